package dev.embargo.scanning.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes decoded as text: UTF-8 (byte order mark dropped), or UTF-16 when it carries a byte order mark;
 * bytes that are not valid UTF-8 are taken as windows-1252, the usual encoding of older Western files,
 * and a warning says so. Line breaks are kept exactly as they are, so offsets match the input.
 */
record DecodedText(String text, Optional<String> warning) {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static DecodedText of(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return utf8OrWindows1252(content, 3);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return new DecodedText(
                    new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE), Optional.empty());
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return new DecodedText(
                    new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE), Optional.empty());
        }
        return utf8OrWindows1252(content, 0);
    }

    private static DecodedText utf8OrWindows1252(byte[] content, int offset) {
        // Decoding that replaces bad bytes by U+FFFD is much quicker than a strict decoder and gives the same
        // text for valid UTF-8; only a text with U+FFFD in it (bad bytes, or the character itself) needs the
        // strict decoder to tell which.
        DecodedText valid = validUtf8(content, offset);
        if (valid != null) {
            return valid;
        }
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = strict.decode(ByteBuffer.wrap(content, offset, content.length - offset));
            return new DecodedText(chars.toString(), Optional.empty());
        } catch (CharacterCodingException e) {
            return new DecodedText(
                    new String(content, offset, content.length - offset, WINDOWS_1252),
                    Optional.of("not valid UTF-8; read as windows-1252"));
        }
    }

    /** The text when {@code content} from {@code offset} is surely valid UTF-8, else null. */
    private static DecodedText validUtf8(byte[] content, int offset) {
        String lenient = new String(content, offset, content.length - offset, StandardCharsets.UTF_8);
        return lenient.indexOf('\uFFFD') < 0 ? new DecodedText(lenient, Optional.empty()) : null;
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
