package dev.embargo.matching.text;

import java.text.Normalizer;

/**
 * Folds Latin text to lower-case ASCII letters and digits separated by single spaces: diacritics dropped
 * (Tsjetsjenië → tsjetsjenie), special letters spelled out (ß → ss, æ → ae, ø → o, ł → l), apostrophes
 * and breves removed so that P'yŏngyang, Pyongyang and P'yo'ngyang fold alike, and every other mark a
 * word break. A fixed lookup table keeps this on the hot path without allocation per character.
 */
public final class LatinFolder {
    private static final int TABLE_END = 0x2000;
    /** For each char below TABLE_END: its folded form; "" drops it, " " breaks a word. */
    private static final String[] TABLE = buildTable();

    private LatinFolder() {}

    public static String fold(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String f;
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    out.append(c);
                    space = false;
                    continue;
                }
                if (c >= 'A' && c <= 'Z') {
                    out.append((char) (c + 32));
                    space = false;
                    continue;
                }
                f = TABLE[c];
            } else if (c < TABLE_END) {
                f = TABLE[c];
            } else {
                f = foldRare(c);
            }
            if (f.isEmpty()) {
                continue;
            }
            if (f.equals(" ")) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                continue;
            }
            out.append(f);
            space = false;
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        return out.toString();
    }

    private static String foldRare(char c) {
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BB' || c == '\u02BF' || c == '\u02BE') {
            return "";
        }
        if (c >= '\u1E00' && c <= '\u1EFF' || c >= '\uFF00' && c <= '\uFFEF') {
            return decompose(c);
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : " ";
    }

    private static String[] buildTable() {
        String[] table = new String[TABLE_END];
        for (int c = 0; c < TABLE_END; c++) {
            table[c] = decompose((char) c);
        }
        // Marks that sit inside a name rather than between names.
        for (char c : "'`´\u02B9\u02BA\u02BC\u02BB\u02BF\u02BE\u02C8\u0301\u0306\u0300\u0308".toCharArray()) {
            if (c < TABLE_END) {
                table[c] = "";
            }
        }
        String[][] special = {
            {"ß", "ss"},
            {"æ", "ae"},
            {"Æ", "ae"},
            {"ø", "o"},
            {"Ø", "o"},
            {"œ", "oe"},
            {"Œ", "oe"},
            {"ł", "l"},
            {"Ł", "l"},
            {"đ", "d"},
            {"Đ", "d"},
            {"ð", "d"},
            {"Ð", "d"},
            {"þ", "th"},
            {"Þ", "th"},
            {"ı", "i"},
            {"ħ", "h"},
            {"Ħ", "h"},
            {"ŀ", "l"},
            {"Ŀ", "l"},
            {"ŉ", "n"},
            {"ŋ", "ng"},
            {"Ŋ", "ng"},
            {"ſ", "s"},
            {"ƒ", "f"},
            {"ǝ", "e"},
            {"ə", "e"},
            {"Ə", "e"},
            {"ʻ", ""},
            {"ʼ", ""},
            {"ʿ", ""},
            {"ʾ", ""},
            {"&", " and "},
            {"ĳ", "ij"},
            {"Ĳ", "ij"},
            {"ĸ", "q"},
        };
        for (String[] s : special) {
            table[s[0].charAt(0)] = s[1].equals(" and ") ? " " : s[1];
        }
        return table;
    }

    private static String decompose(char c) {
        if (c < 128) {
            if (Character.isLetterOrDigit(c)) {
                return String.valueOf(Character.toLowerCase(c));
            }
            return c == '\'' || c == '`' ? "" : " ";
        }
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return "";
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char x = d.charAt(i);
            if (x < 128 && Character.isLetterOrDigit(x)) {
                sb.append(Character.toLowerCase(x));
            }
        }
        if (sb.length() > 0) {
            return sb.toString();
        }
        return Character.isLetterOrDigit(c) ? String.valueOf(Character.toLowerCase(c)) : " ";
    }
}
