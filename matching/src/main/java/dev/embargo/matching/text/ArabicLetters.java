package dev.embargo.matching.text;

/**
 * Arabic and Persian letters to the consonants English spellings use for them (ح → h, خ → kh, ش → sh,
 * ث → th, ذ → dh, غ → gh, ق → q, ع and hamza dropped). Short vowels are not written in the script, so the
 * result is a consonant skeleton with the long-vowel letters ا/و/ي as a/w/y; it is compared with Latin
 * names by consonants only. The article ال is split off as its own word "al".
 */
public final class ArabicLetters {
    private ArabicLetters() {}

    /** Compiled once, not per name. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");

    public static String romanize(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        String[] words = WHITESPACE.split(text.strip());
        for (String word : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String w = word;
            if (w.length() > 3 && w.startsWith("ال")) {
                out.append("al ");
                w = w.substring(2);
            }
            for (int i = 0; i < w.length(); i++) {
                out.append(letter(w.charAt(i), i == w.length() - 1));
            }
        }
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    private static String letter(char c, boolean last) {
        return switch (c) {
            case 'ا', 'آ', 'أ', 'إ', 'ٱ', 'ى' -> "a";
            case 'ب' -> "b";
            case 'پ' -> "p";
            case 'ت' -> "t";
            case 'ث' -> "th";
            case 'ج' -> "j";
            case 'چ' -> "ch";
            case 'ح' -> "h";
            case 'خ' -> "kh";
            case 'د' -> "d";
            case 'ذ' -> "dh";
            case 'ر' -> "r";
            case 'ز' -> "z";
            case 'ژ' -> "zh";
            case 'س' -> "s";
            case 'ش' -> "sh";
            case 'ص' -> "s";
            case 'ض' -> "d";
            case 'ط' -> "t";
            case 'ظ' -> "z";
            case 'ع', 'ء', 'ئ', 'ؤ' -> "";
            case 'غ' -> "gh";
            case 'ف' -> "f";
            case 'ق' -> "q";
            case 'ك', 'ک' -> "k";
            case 'گ' -> "g";
            case 'ل' -> "l";
            case 'م' -> "m";
            case 'ن' -> "n";
            case 'ه' -> "h";
            case 'ة' -> "a";
            case 'و' -> "w";
            case 'ي', 'ی' -> "y";
            case '\u0640' -> "";
            default ->
                Character.getType(c) == Character.NON_SPACING_MARK
                        ? ""
                        : Character.isLetterOrDigit(c) ? String.valueOf(c) : " ";
        };
    }
}
