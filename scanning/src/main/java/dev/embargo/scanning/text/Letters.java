package dev.embargo.scanning.text;

/**
 * {@link Character#isLetter(char)} and {@link Character#isLetterOrDigit(char)} with the answer for ASCII
 * worked out inline: the scanner asks them of nearly every character of a document, which is mostly ASCII,
 * and the general look-up through Unicode's property tables was a tenth of a scan. Same answers for every
 * character ({@code LettersTest} checks all 65,536).
 */
public final class Letters {
    private Letters() {}

    public static boolean isLetter(char c) {
        if (c < 128) {
            int lower = c | 0x20;
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(c);
    }

    public static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            int lower = c | 0x20;
            return lower >= 'a' && lower <= 'z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }
}
