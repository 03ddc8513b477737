package dev.embargo.lists.un;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an XML list file into text an XML parser accepts, repairing the damage files pick up
 * when re-hosted or re-encoded on the way, and counting every repair so the reader can report it:
 * <ul>
 *   <li>byte sequences that are not valid in the declared encoding become U+FFFD;</li>
 *   <li>characters XML 1.0 forbids (C0 controls other than tab and line ends, U+FFFE, U+FFFF) are dropped;</li>
 *   <li>a {@code <} or {@code &} that cannot start markup or a reference is escaped, so it reads as the text
 *       it was (such text is never well-formed XML, so well-formed files are left exactly as they are).</li>
 * </ul>
 * Line ends are never touched, so line numbers stay those of the file.
 */
final class XmlTextRepair {
    private static final int LINES_KEPT = 5;
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Set<String> PREDEFINED_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final int LONGEST_REFERENCE = 12;

    private XmlTextRepair() {}

    /** How often one kind of repair was made, the first lines it was made on, and whether on more. */
    record Tally(int count, List<Integer> firstLines, boolean moreLines) {
        Tally {
            firstLines = List.copyOf(firstLines);
        }

        boolean any() {
            return count > 0;
        }

        String linesText() {
            StringBuilder s = new StringBuilder(firstLines.size() == 1 ? "line " : "lines ");
            for (int i = 0; i < firstLines.size(); i++) {
                s.append(i == 0 ? "" : ", ").append(firstLines.get(i));
            }
            return s.append(moreLines ? ", …" : "").toString();
        }
    }

    /**
     * @param text            the repaired text
     * @param charset         the encoding the bytes were read in
     * @param malformedBytes  byte sequences that were not valid in that encoding (each now U+FFFD)
     * @param forbiddenChars  characters XML 1.0 forbids, dropped
     * @param strayMarkup     {@code <} and {@code &} that started no markup, escaped
     */
    record Result(String text, Charset charset, Tally malformedBytes, Tally forbiddenChars, Tally strayMarkup) {
        boolean repaired() {
            return malformedBytes.any() || forbiddenChars.any() || strayMarkup.any();
        }
    }

    static Result repair(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        Charset charset = declaredCharset(bytes, start);
        DecodedText decoded = decode(bytes, start, charset);
        return clean(decoded.text, charset, decoded.malformed);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** The encoding the XML declaration names; UTF-8 when it names none or one the JDK does not know. */
    private static Charset declaredCharset(byte[] bytes, int start) {
        String head = new String(bytes, start, Math.min(200, bytes.length - start), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_ENCODING.matcher(head);
        if (m.find()) {
            try {
                Charset declared = Charset.forName(m.group(1));
                // Only single-byte and UTF-8 encodings fit an ASCII declaration; anything else is a mislabel.
                if (declared.newEncoder().maxBytesPerChar() <= 1.0f) {
                    return declared;
                }
            } catch (IllegalCharsetNameException | UnsupportedCharsetException | UnsupportedOperationException e) {
                // A declaration we cannot honour: read as UTF-8, which XML assumes by default.
            }
        }
        return StandardCharsets.UTF_8;
    }

    private record DecodedText(String text, int malformed) {}

    private static DecodedText decode(byte[] bytes, int start, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The JDK's own decoding is several times faster; without a U+FFFD in the result no byte was bad.
            String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') < 0) {
                return new DecodedText(fast, 0);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 16);
        int malformed = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                out = grow(out);
                continue;
            }
            // Malformed or unmappable: stand in one replacement character for the bad bytes and go on.
            if (!out.hasRemaining()) {
                out = grow(out);
            }
            out.put('\uFFFD');
            in.position(in.position() + result.length());
            malformed++;
        }
        while (decoder.flush(out).isOverflow()) {
            out = grow(out);
        }
        out.flip();
        return new DecodedText(out.toString(), malformed);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }

    private static Result clean(String text, Charset charset, int malformedCount) {
        TallyBuilder malformed = new TallyBuilder();
        TallyBuilder forbidden = new TallyBuilder();
        TallyBuilder stray = new TallyBuilder();
        StringBuilder out = null;
        int line = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                line++;
            }
            String replacement = null;
            int skipTo = -1;
            if (c == '\uFFFD' && malformedCount > 0) {
                malformed.seen(line);
            } else if (isForbidden(c, text, i)) {
                forbidden.seen(line);
                replacement = "";
            } else if (c == '<') {
                int end = unparsedSectionEnd(text, i);
                if (end > i) {
                    // Comments and CDATA are copied as they are (only forbidden characters go).
                    skipTo = end;
                } else if (!startsMarkup(text, i)) {
                    stray.seen(line);
                    replacement = "&lt;";
                }
            } else if (c == '&' && !startsReference(text, i)) {
                stray.seen(line);
                replacement = "&amp;";
            }
            if (skipTo > i) {
                for (int j = i; j < skipTo; j++) {
                    char d = text.charAt(j);
                    if (j > i && (d == '\n' || (d == '\r' && (j + 1 >= n || text.charAt(j + 1) != '\n')))) {
                        line++;
                    }
                    if (isForbidden(d, text, j)) {
                        forbidden.seen(line);
                        if (out == null) {
                            out = new StringBuilder(n + 64).append(text, 0, j);
                        }
                    } else if (out != null) {
                        out.append(d);
                    }
                }
                i = skipTo - 1;
                continue;
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(n + 64).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return new Result(
                out == null ? text : out.toString(),
                charset,
                new Tally(malformedCount, malformed.lines, malformed.moreLines),
                forbidden.build(),
                stray.build());
    }

    private static boolean isForbidden(char c, String text, int i) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c == '\uFFFE' || c == '\uFFFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /** The index just past a comment or CDATA section starting at {@code i}, or -1 when none starts there. */
    private static int unparsedSectionEnd(String text, int i) {
        String close;
        if (text.startsWith("<!--", i)) {
            close = "-->";
        } else if (text.startsWith("<![CDATA[", i)) {
            close = "]]>";
        } else {
            return -1;
        }
        int end = text.indexOf(close, i + 4);
        // An unclosed section runs to the end; the parser will then report the file as cut off.
        return end < 0 ? text.length() : end + close.length();
    }

    private static boolean startsMarkup(String text, int i) {
        if (i + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(i + 1);
        return next == '/' || next == '?' || next == '!' || isNameStart(next);
    }

    private static boolean isNameStart(char c) {
        return c == '_' || c == ':' || Character.isLetter(c);
    }

    private static boolean startsReference(String text, int i) {
        int semicolon = text.indexOf(';', i + 1, Math.min(text.length(), i + LONGEST_REFERENCE + 1));
        if (semicolon < 0) {
            return false;
        }
        String body = text.substring(i + 1, semicolon);
        if (body.startsWith("#x") || body.startsWith("#X")) {
            return isXmlChar(body.substring(2), 16);
        }
        if (body.startsWith("#")) {
            return isXmlChar(body.substring(1), 10);
        }
        return PREDEFINED_ENTITIES.contains(body);
    }

    private static boolean isXmlChar(String digits, int radix) {
        if (digits.isEmpty()) {
            return false;
        }
        int cp;
        try {
            cp = Integer.parseInt(digits, radix);
        } catch (NumberFormatException e) {
            return false;
        }
        return cp == 0x9
                || cp == 0xA
                || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static final class TallyBuilder {
        private int count;
        private final List<Integer> lines = new ArrayList<>();
        private boolean moreLines;

        void seen(int line) {
            count++;
            if (lines.isEmpty() || lines.getLast() != line) {
                if (lines.size() < LINES_KEPT) {
                    lines.add(line);
                } else {
                    moreLines = true;
                }
            }
        }

        Tally build() {
            return new Tally(count, lines, moreLines);
        }
    }
}
