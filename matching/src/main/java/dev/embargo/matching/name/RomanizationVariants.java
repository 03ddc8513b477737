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
        String whole = wholeWord(word);
        if (whole != null) {
            return whole;
        }
        StringBuilder s = new StringBuilder(word.length() + 2);
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
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            char next2 = i + 2 < n ? w.charAt(i + 2) : 0;
            switch (c) {
                case 't' -> {
                    if (next == 's' && next2 == 'j') { // Dutch tsj = ch (Tsjetsjenië)
                        s.append("ch");
                        i += 2;
                    } else if (next == 'c' && next2 == 'h') { // tch = ch
                        s.append("ch");
                        i += 2;
                    } else if (next == 'h') {
                        s.append('t');
                        i++;
                    } else {
                        s.append('t');
                    }
                }
                case 'd' -> {
                    if (next == 'z' && next2 == 'h') {
                        s.append('j');
                        i += 2;
                    } else if (next == 'j') {
                        s.append('j');
                        i++;
                    } else if (next == 'h') {
                        s.append('d');
                        i++;
                    } else {
                        s.append('d');
                    }
                }
                case 'z' -> {
                    if (next == 'h') {
                        s.append('j');
                        i++;
                    } else {
                        s.append('z');
                    }
                }
                case 'k' -> {
                    if (next == 'h') {
                        s.append('h');
                        i++;
                    } else {
                        s.append('k');
                    }
                }
                case 'c' -> {
                    if (next == 'h') {
                        s.append("ch");
                        i++;
                    } else if (next == 'k') {
                        s.append('k');
                        i++;
                    } else if (next == 'e' || next == 'i' || next == 'y') {
                        s.append('s');
                    } else {
                        s.append('k');
                    }
                }
                case 'q' -> {
                    s.append('k');
                    if (next == 'u') {
                        i++;
                    }
                }
                case 'g' -> {
                    if (next == 'h') {
                        s.append('g');
                        i++;
                    } else {
                        s.append('g');
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        s.append('f');
                        i++;
                    } else {
                        s.append('p');
                    }
                }
                case 's' -> {
                    if (next == 'c' && next2 == 'h') {
                        s.append("sh");
                        i += 2;
                    } else {
                        s.append('s');
                    }
                }
                case 'w' -> s.append('v');
                case 'x' -> s.append("ks");
                case 'y' -> s.append(i == 0 && isVowel(next) ? 'y' : 'i');
                case 'j' -> s.append(i == 0 && next == 'u' ? 'y' : 'j');
                case 'e' -> {
                    if (next == 'o') { // Korean eo = o
                        s.append('o');
                        i++;
                    } else if (next == 'u') { // Korean eu = u
                        s.append('u');
                        i++;
                    } else if (next == 'e') {
                        s.append('i');
                        i++;
                    } else {
                        s.append('e');
                    }
                }
                case 'o' -> {
                    if (next == 'u' || next == 'o') { // ou/oo = u (Dutch oe handled below)
                        s.append('u');
                        i++;
                    } else if (next == 'e' && i > 0) { // Dutch oe = u (Poetin)
                        s.append('u');
                        i++;
                    } else {
                        s.append('o');
                    }
                }
                case 'i' -> {
                    if (next == 'j') { // Dutch ij = y
                        s.append('i');
                        i++;
                    } else if (next == 'e' && i + 2 < n) {
                        s.append('i');
                        i++;
                    } else {
                        s.append('i');
                    }
                }
                default -> s.append(c);
            }
        }
        return koreanSyllable(collapseDoubles(s));
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

    private static String collapseDoubles(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != prev) {
                out.append(c);
            }
            prev = c;
        }
        return out.toString();
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
