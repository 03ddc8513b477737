package dev.embargo.matching.text;

/**
 * Hebrew letters to Latin consonants (ש → sh, צ → ts, ח → kh, כ → k, ו → w, י → y, א and ע dropped).
 * Like Arabic, Hebrew leaves out most vowels, so names are compared with Latin ones by consonants.
 */
public final class HebrewLetters {
    private HebrewLetters() {}

    public static String romanize(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean last = i == text.length() - 1 || Character.isWhitespace(text.charAt(i + 1));
            out.append(
                    switch (c) {
                        case 'א', 'ע' -> "";
                        case 'ב' -> "b";
                        case 'ג' -> "g";
                        case 'ד' -> "d";
                        case 'ה' -> last ? "" : "h";
                        case 'ו' -> "w";
                        case 'ז' -> "z";
                        case 'ח' -> "kh";
                        case 'ט' -> "t";
                        case 'י' -> "y";
                        case 'כ', 'ך' -> "k";
                        case 'ל' -> "l";
                        case 'מ', 'ם' -> "m";
                        case 'נ', 'ן' -> "n";
                        case 'ס' -> "s";
                        case 'פ', 'ף' -> "f";
                        case 'צ', 'ץ' -> "ts";
                        case 'ק' -> "k";
                        case 'ר' -> "r";
                        case 'ש' -> "sh";
                        case 'ת' -> "t";
                        default ->
                            Character.getType(c) == Character.NON_SPACING_MARK
                                    ? ""
                                    : Character.isWhitespace(c) ? " " : String.valueOf(c);
                    });
        }
        return out.toString().strip();
    }
}
