package dev.embargo.scanning.claim;

/**
 * The document with PDF line breaks undone: whitespace runs become one space, a word hyphenated across a
 * line break is joined ("Noord-\nKorea" keeps its hyphen, "cyber-\ndiefstal" loses it). {@link #origin} maps
 * every flat offset back to the document so claims report offsets in the text as given.
 */
final class FlatText {
    final String flat;
    private final int[] origin;
    private final int length;

    private FlatText(String flat, int[] origin, int length) {
        this.flat = flat;
        this.origin = origin;
        this.length = length;
    }

    static FlatText of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                origin[out.length()] = i;
                out.append(c);
                i++;
                continue;
            }
            int runStart = i;
            boolean lineBreak = false;
            while (i < text.length() && isSpace(text.charAt(i))) {
                lineBreak |= text.charAt(i) == '\n' || text.charAt(i) == '\r';
                i++;
            }
            int n = out.length();
            boolean hyphenated = lineBreak
                    && n >= 2
                    && out.charAt(n - 1) == '-'
                    && Character.isLetter(out.charAt(n - 2))
                    && i < text.length()
                    && Character.isLetter(text.charAt(i));
            if (hyphenated) {
                if (Character.isLowerCase(text.charAt(i))) {
                    out.setLength(n - 1);
                }
                continue;
            }
            if (n > 0 && i < text.length()) {
                origin[n] = runStart;
                out.append(' ');
            }
        }
        origin[out.length()] = text.length();
        return new FlatText(out.toString(), origin, text.length());
    }

    /** Whitespace, and the no-break spaces; ASCII told inline (the Unicode look-up was a tenth of this pass). */
    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    /** Document offset of the character at flat offset {@code f}. */
    int start(int f) {
        return f >= flat.length() ? length : origin[f];
    }

    /** Document offset just after the flat span ending (exclusive) at {@code f}. */
    int end(int f) {
        return f <= 0 ? 0 : Math.min(length, origin[f - 1] + 1);
    }
}
