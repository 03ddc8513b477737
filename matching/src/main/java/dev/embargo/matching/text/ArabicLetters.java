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
        return romanize(text, false);
    }

    /**
     * Persian, Urdu, Pashto and Turkish (and the Latin spellings of their speakers' names) say ث as s and ذ
     * and ض as z, where Arabic says th, dh and d: رضا is Reza, فضل Fazal, عثمان Osman. A name holding one of
     * those letters gets this second reading; null when it holds none (the reading would be the first one).
     */
    public static String romanizeAsPersianSounds(String written) {
        String text = withoutPresentationForms(written);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'ث' || c == 'ذ' || c == 'ض') {
                return romanize(text, true);
            }
        }
        return null;
    }

    /**
     * Arabic presentation forms (the shapes a letter takes at the start, middle or end of a word, and
     * ligatures such as ﷲ), which some lists hold instead of the letters, are put as the letters they are
     * shapes of: read as they are, "ﻤﺣﻤﺩ" would not meet محمد.
     */
    private static String withoutPresentationForms(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF')) {
                return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    private static String romanize(String written, boolean persianSounds) {
        String text = withoutPresentationForms(written);
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
                char c = w.charAt(i);
                out.append(persianSounds && c == 'ث' ? "s" : persianSounds && (c == 'ذ' || c == 'ض') ? "z" : letter(c));
            }
        }
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    private static String letter(char c) {
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
