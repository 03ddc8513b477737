package dev.embargo.matching.name;

/**
 * Keys that let different romanisations of the same name meet.
 *
 * <p>{@link #variantKey} rewrites the spellings that romanisation systems and languages disagree on, so that
 * they share one key: Korean (jeong/chong/jong, eun/un, ri/rhee/lee/yi, pak/park/bak, choe/choi, kim/gim),
 * Russian (tch/ch, -off/-ow/-ov, yu/ju/iu, kh/h, zh/j), Arabic (mohammed/muhammad/mohamed, el/al, ibn/bin,
 * qaddafi/gaddafi/kadhafi), Dutch/German/French (oe/u, ij/y, tsj/ch, sch/sh). A shared key is strong
 * evidence of the same name, but not as strong as the same spelling.
 *
 * <p>{@link #skeleton} keeps only consonants (voiced and voiceless merged), the way Arabic and Hebrew write
 * names; it lets vowel typos and vowelless scripts meet, and is weaker still.
 */
public final class RomanizationVariants {
    private RomanizationVariants() {
    }

    /** Whole-word equivalences that rewriting rules cannot express. */
    private static String wholeWord(String w) {
        return switch (w) {
            case "lee", "yi", "rhee", "li", "i", "ree", "rhie" -> "ri";
            case "park", "bak", "pak", "bahk" -> "pak";
            case "choi", "choe", "chey", "choy", "chwe" -> "choe";
            case "gim", "kim" -> "kim";
            case "ibn", "ben", "bin", "bn", "bint" -> "bin";
            case "el", "al", "ul", "il" -> w.equals("il") ? "il" : "al";
            case "abd", "abdel", "abdul", "abdal" -> "abd";
            case "mohammed", "muhammad", "mohamed", "mohammad", "muhammed", "mohamad", "mohamud", "mahomed",
                 "muhamad", "mukhammad", "mukhammed", "mouhamed", "mohammd", "mehmet", "mehmed" -> "mhmd";
            case "usama", "osama" -> "osama";
            case "yusuf", "yousef", "yousuf", "youssef", "yusif", "josef", "joseph", "yosef" -> "yusf";
            default -> null;
        };
    }

    public static String variantKey(String word) {
        word = collapseRepeatedLetters(word);
        // The whole-word spellings are at most nine letters long (mukhammad); longer words skip the switch.
        String whole = word.length() <= 9 ? wholeWord(word) : null;
        if (whole != null) {
            return whole;
        }
        String w = word;
        // Suffixes and clusters first, while the spelling still shows them.
        // Doubled letters are already single here, so Smirnoff arrives as smirnof.
        if (w.length() > 4 && (w.endsWith("of") || w.endsWith("ow"))) {
            w = w.substring(0, w.length() - 2) + "ov";
        }
        if (w.endsWith("ief")) {
            w = w.substring(0, w.lastIndexOf("ie")) + "iev";
        }
        // German and Polish write the Russian й as j (Sergej, Dmitrij), English as y (Sergey, Dmitriy).
        if (w.length() > 3 && w.endsWith("j") && isVowel(w.charAt(w.length() - 2))) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        // Alexander / Aleksandr, Peter / Petr: an unstressed -er after a consonant is often not written.
        if (w.length() >= 5 && w.endsWith("er") && !isVowel(w.charAt(w.length() - 3))) {
            w = w.substring(0, w.length() - 2) + "r";
        }
        int n = w.length();
        // Written into an array, a doubled letter dropped as it is written (what collapsing the doubles of
        // the finished key does): no builder, one string at the end.
        char[] s = new char[2 * n + 1];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            char next2 = i + 2 < n ? w.charAt(i + 2) : 0;
            switch (c) {
                case 't' -> {
                    if (next == 's' && next2 == 'j') { // Dutch tsj = ch (Tsjetsjenië)
                        len = put(s, len, 'c');
                        len = put(s, len, 'h');
                        i += 2;
                    } else if (next == 'c' && next2 == 'h') { // tch = ch
                        len = put(s, len, 'c');
                        len = put(s, len, 'h');
                        i += 2;
                    } else if (next == 'h') {
                        len = put(s, len, 't');
                        i++;
                    } else {
                        len = put(s, len, 't');
                    }
                }
                case 'd' -> {
                    if (next == 'z' && next2 == 'h') {
                        len = put(s, len, 'j');
                        i += 2;
                    } else if (next == 'j') {
                        len = put(s, len, 'j');
                        i++;
                    } else if (next == 'h') {
                        len = put(s, len, 'd');
                        i++;
                    } else {
                        len = put(s, len, 'd');
                    }
                }
                case 'z' -> {
                    if (next == 'h') {
                        len = put(s, len, 'j');
                        i++;
                    } else {
                        len = put(s, len, 'z');
                    }
                }
                case 'k' -> {
                    if (next == 'h') {
                        len = put(s, len, 'h');
                        i++;
                    } else {
                        len = put(s, len, 'k');
                    }
                }
                case 'c' -> {
                    if (next == 'h') {
                        len = put(s, len, 'c');
                        len = put(s, len, 'h');
                        i++;
                    } else if (next == 'k') {
                        len = put(s, len, 'k');
                        i++;
                    } else if (next == 'e' || next == 'i' || next == 'y') {
                        len = put(s, len, 's');
                    } else {
                        len = put(s, len, 'k');
                    }
                }
                case 'q' -> {
                    len = put(s, len, 'k');
                    if (next == 'u') {
                        i++;
                    }
                }
                case 'g' -> {
                    if (next == 'h') {
                        len = put(s, len, 'g');
                        i++;
                    } else {
                        len = put(s, len, 'g');
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        len = put(s, len, 'f');
                        i++;
                    } else {
                        len = put(s, len, 'p');
                    }
                }
                case 's' -> {
                    if (next == 'c' && next2 == 'h') {
                        len = put(s, len, 's');
                        len = put(s, len, 'h');
                        i += 2;
                    } else {
                        len = put(s, len, 's');
                    }
                }
                case 'w' -> len = put(s, len, 'v');
                case 'x' -> {
                    len = put(s, len, 'k');
                    len = put(s, len, 's');
                }
                case 'y' -> len = put(s, len, i == 0 && isVowel(next) ? 'y' : 'i');
                case 'j' -> len = put(s, len, i == 0 && next == 'u' ? 'y' : 'j');
                case 'e' -> {
                    if (next == 'o') { // Korean eo = o
                        len = put(s, len, 'o');
                        i++;
                    } else if (next == 'u') { // Korean eu = u
                        len = put(s, len, 'u');
                        i++;
                    } else if (next == 'e') {
                        len = put(s, len, 'i');
                        i++;
                    } else {
                        len = put(s, len, 'e');
                    }
                }
                case 'o' -> {
                    if (next == 'u' || next == 'o') { // ou/oo = u (Dutch oe handled below)
                        len = put(s, len, 'u');
                        i++;
                    } else if (next == 'e' && i > 0) { // Dutch oe = u (Poetin)
                        len = put(s, len, 'u');
                        i++;
                    } else {
                        len = put(s, len, 'o');
                    }
                }
                case 'i' -> {
                    if (next == 'j') { // Dutch ij = y
                        len = put(s, len, 'i');
                        i++;
                    } else if (next == 'e' && i + 2 < n) {
                        len = put(s, len, 'i');
                        i++;
                    } else {
                        len = put(s, len, 'i');
                    }
                }
                default -> len = put(s, len, c);
            }
        }
        return koreanSyllable(new String(s, 0, len));
    }

    /** Appends {@code c} unless it repeats the last letter written; the new length. */
    private static int put(char[] out, int len, char c) {
        if (len == 0 || out[len - 1] != c) {
            out[len++] = c;
        }
        return len;
    }

    /**
     * Short words shaped like one Korean syllable are romanised with voiced or voiceless initials depending on
     * the system (Gang/Kang, Byong/Pyong, Dong/Tong, Jong/Chong): merge those initials.
     */
    private static String koreanSyllable(String w) {
        if (w.length() > 5 || w.length() < 2) {
            return w;
        }
        if (w.startsWith("ch") && w.length() > 2 && isVowel(w.charAt(2))) {
            return "j" + w.substring(2);
        }
        char first = w.charAt(0);
        if (!isVowel(w.charAt(1)) && !(w.charAt(1) == 'i' || w.charAt(1) == 'y')) {
            return w;
        }
        return switch (first) {
            case 'g' -> "k" + w.substring(1);
            case 'b' -> "p" + w.substring(1);
            case 'd' -> "t" + w.substring(1);
            default -> w;
        };
    }

    /** Doubled letters are spelling noise (Yyu, Jaaber, Abdelkadder), except oo and ee, which spell u and i. */
    private static String collapseRepeatedLetters(String w) {
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == w.charAt(i - 1) && c != 'o' && c != 'e') {
                StringBuilder sb = new StringBuilder(w.length());
                char prev = 0;
                for (int k = 0; k < w.length(); k++) {
                    char x = w.charAt(k);
                    if (x != prev || x == 'o' || x == 'e') {
                        sb.append(x);
                    }
                    prev = x;
                }
                return sb.toString();
            }
        }
        return w;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Consonants only, voiced and voiceless merged, doubles collapsed: "mohammed" → "mhmt". */
    public static String skeleton(String word) {
        StringBuilder s = new StringBuilder(word.length());
        char prev = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char m = switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h' -> 0;
                case 'b', 'v', 'p', 'f' -> 'p';
                case 'd', 't' -> 't';
                case 'g', 'k', 'q', 'c' -> 'k';
                case 'z' -> 's';
                case 'j' -> 'j';
                default -> c;
            };
            // h after k, s, t, g, d, c, z or p is part of a digraph (kh, sh, th, gh, dh, ch, zh, ph);
            // elsewhere it is a consonant of its own (Ahmed, the h of Arabic mhmd).
            if (c == 'h' && (i == 0 || "kstgdczp".indexOf(word.charAt(i - 1)) < 0)) {
                m = 'h';
            }
            if (m != 0 && m != prev) {
                s.append(m);
            }
            if (m != 0) {
                prev = m;
            } else if (c != 'h') {
                prev = 0;
            }
        }
        return s.toString();
    }
}
