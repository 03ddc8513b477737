package dev.embargo.matching.text;

import java.util.Locale;

/**
 * Korean names written in Cyrillic (Ким Чен Ын, Пак Пон Чжу) follow the Kontsevich system or the older
 * Soviet usage, not Russian phonetics: чж and ч are Korean j, чх is ch, ы is the vowel written eu/u in Latin,
 * е after ч is eo/o. Read by Russian rules they come out as "Kim Chen Yn"; read back by these rules they
 * come out as "kim jon un", which meets "Kim Jong Un".
 */
public final class CyrillicKorean {
    private CyrillicKorean() {}

    /** Compiled once: asked of every Cyrillic name. */
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s-]+");

    /** Two to four words of at most four letters each: the shape of a Korean name, not of a Russian one. */
    public static boolean looksKorean(String text) {
        String[] words = WORD_BREAK.split(text.strip());
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || w.length() > 4) {
                return false;
            }
        }
        return true;
    }

    public static String romanize(String text) {
        String s = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length() * 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            switch (c) {
                case 'ч' -> {
                    if (next == 'ж') {
                        out.append('j');
                        i++;
                    } else if (next == 'х') {
                        out.append("ch");
                        i++;
                    } else {
                        out.append('j');
                        if (next == 'е' || next == 'ё') {
                            out.append('o');
                            i++;
                        }
                    }
                }
                case 'к' -> {
                    if (next == 'х') {
                        out.append("kh");
                        i++;
                    } else {
                        out.append('k');
                    }
                }
                case 'п' -> {
                    if (next == 'х') {
                        i++;
                    }
                    out.append('p');
                }
                case 'т' -> {
                    if (next == 'х') {
                        i++;
                    }
                    out.append('t');
                }
                case 'а' -> out.append('a');
                case 'б' -> out.append('b');
                case 'в' -> out.append('w');
                case 'г' -> out.append('g');
                case 'д' -> out.append('d');
                case 'е' -> out.append('e');
                case 'ё' -> out.append("yo");
                case 'ж' -> out.append('j');
                case 'з' -> out.append('z');
                case 'и', 'й' -> out.append('i');
                case 'л' -> out.append('l');
                case 'м' -> out.append('m');
                case 'н' -> out.append('n');
                case 'о' -> out.append('o');
                case 'р' -> out.append('r');
                case 'с' -> out.append('s');
                case 'у', 'ы' -> out.append('u');
                case 'х' -> out.append('h');
                case 'ц' -> out.append("ts");
                case 'ш' -> out.append("sh");
                case 'э' -> out.append("ae");
                case 'ю' -> out.append("yu");
                case 'я' -> out.append("ya");
                case 'ь', 'ъ' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
