package dev.embargo.parties;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * FollowTheMoney ids for listings, reversibly. FtM allows only {@code ^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$};
 * listing ids are {@code source:id} with ids that hold {@code /}, {@code #}, dots and any other character. The
 * FtM form is the source code, a dot, then the id with letters, digits and inner hyphens kept and every other
 * byte of its UTF-8 written as a dot and two lowercase hex digits: {@code us-ofac-sdn:20157} becomes
 * {@code us-ofac-sdn.20157}, {@code un:KPi.033} becomes {@code un.KPi.2e033}, {@code ca-sema:russia/1-part-1/490}
 * becomes {@code ca-sema.russia.2f1-part-1.2f490}. Source codes hold no dot, so the first dot ends the source,
 * and after it a dot always starts an escape: the mapping is one-to-one and {@link #listingId} undoes it.
 */
public final class FtmIds {
    /** FollowTheMoney's id rule. */
    public static final Pattern VALID = Pattern.compile("^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$");

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private FtmIds() {}

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** The FtM id of a listing id {@code source:id}. */
    public static String of(String listingId) {
        int colon = listingId.indexOf(':');
        if (colon <= 0 || colon == listingId.length() - 1) {
            throw new IllegalArgumentException("expected a listing id source:id, got \"" + listingId + "\"");
        }
        String source = listingId.substring(0, colon);
        if (!isSourceCode(source)) {
            throw new IllegalArgumentException(
                    "expected a source code of lowercase letters, digits and inner hyphens, got \"" + source + "\"");
        }
        String id = listingId.substring(colon + 1);
        if (keptAsIs(id)) {
            return source + "." + id;
        }
        if (!wellFormed(id)) {
            throw new IllegalArgumentException(
                    "expected an id of whole Unicode characters, got a lone surrogate in \"" + listingId + "\"");
        }
        StringBuilder out =
                new StringBuilder(listingId.length() + 8).append(source).append('.');
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean alnum = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
            // A hyphen may stand inside the id but not at its end (FtM ids end in a letter or digit).
            if (alnum || (b == '-' && i < bytes.length - 1)) {
                out.append((char) b);
            } else {
                out.append('.').append(HEX[b >> 4]).append(HEX[b & 0xf]);
            }
        }
        return out.toString();
    }

    /** Lowercase letters, digits and inner hyphens: {@code [0-9a-z]([0-9a-z-]*[0-9a-z])?}. */
    private static boolean isSourceCode(String s) {
        if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Whether every character of the id is kept as it is (most ids are numbers): then no byte is escaped. */
    private static boolean keptAsIs(String id) {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!alnum && !(c == '-' && i < id.length() - 1)) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 cannot carry a lone surrogate: such a string would not come back from its bytes. */
    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The listing id an FtM id of {@link #of} stands for; an id not of that form is refused. */
    public static String listingId(String ftmId) {
        if (!isValid(ftmId)) {
            throw new IllegalArgumentException("expected a FollowTheMoney id, got \"" + ftmId + "\"");
        }
        int dot = ftmId.indexOf('.');
        if (dot <= 0 || dot == ftmId.length() - 1) {
            throw new IllegalArgumentException("expected source.id, got \"" + ftmId + "\"");
        }
        String source = ftmId.substring(0, dot);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(ftmId.length());
        for (int i = dot + 1; i < ftmId.length(); i++) {
            char c = ftmId.charAt(i);
            if (c == '.') {
                if (i + 2 >= ftmId.length()) {
                    throw new IllegalArgumentException("cut-off escape at " + i + " in \"" + ftmId + "\"");
                }
                int hi = Character.digit(ftmId.charAt(i + 1), 16);
                int lo = Character.digit(ftmId.charAt(i + 2), 16);
                if (hi < 0
                        || lo < 0
                        || Character.isUpperCase(ftmId.charAt(i + 1))
                        || Character.isUpperCase(ftmId.charAt(i + 2))) {
                    throw new IllegalArgumentException(
                            "expected two lowercase hex digits after the dot at " + i + " in \"" + ftmId + "\"");
                }
                int b = hi << 4 | lo;
                boolean keptAsIs = (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
                if (keptAsIs) {
                    throw new IllegalArgumentException(
                            "escape of a letter or digit at " + i + " in \"" + ftmId + "\" (not written by of())");
                }
                bytes.write(b);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        String id;
        try {
            id = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("escapes that are not UTF-8 in \"" + ftmId + "\"", e);
        }
        String listingId = source + ":" + id;
        if (!of(listingId).equals(ftmId)) {
            throw new IllegalArgumentException("\"" + ftmId + "\" is not the form of() writes");
        }
        return listingId;
    }
}
