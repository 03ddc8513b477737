package dev.embargo.matching.name;

import java.util.HashMap;
import java.util.Map;

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

    /**
     * Whole-word equivalences that rewriting rules cannot express, looked up after doubled letters are
     * collapsed. A map rather than a switch on strings: the switch made this the largest method the optimising
     * compiler met while the index was built (a third of a second per compilation, and it was compiled three
     * times), on two cores time taken from the build itself.
     */
    private static final Map<String, String> WHOLE_WORDS = wholeWords(
            "ri", "lee yi rhee li i ree rhie",
            "pak", "park bak pak bahk",
            "choe", "choi choe chey choy chwe",
            "kim", "gim kim",
            "bin", "ibn ben bin bn bint",
            "al", "el al ul",
            "il", "il",
            "abd", "abd abdel abdul abdal",
            "mhmd", "mohammed muhammad mohamed mohammad muhammed mohamad mohamud mahomed muhamad mukhammad "
                    + "mukhammed mouhamed mohammd mehmet mehmed",
            "osama", "usama osama",
            "yusf", "yusuf yousef yousuf youssef yusif josef joseph yosef");
    /** The longest spelling in {@link #WHOLE_WORDS}: longer words skip the look-up. */
    private static final int LONGEST_WHOLE_WORD = WHOLE_WORDS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private static Map<String, String> wholeWords(String... keyAndSpellings) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyAndSpellings.length; i += 2) {
            for (String spelling : keyAndSpellings[i + 1].split(" ")) {
                // Looked up as the word arrives, with its doubled letters collapsed: so are the spellings here
                // (mukhammad would never have matched as written).
                String previous = map.put(collapseRepeatedLetters(spelling), keyAndSpellings[i]);
                if (previous != null && !previous.equals(keyAndSpellings[i])) {
                    throw new IllegalStateException("two keys for " + spelling);
                }
            }
        }
        return Map.copyOf(map);
    }

    public static String variantKey(String word) {
        String collapsed = collapseRepeatedLetters(word);
        if (collapsed.length() <= LONGEST_WHOLE_WORD) {
            String whole = WHOLE_WORDS.get(collapsed);
            if (whole != null) {
                return whole;
            }
        }
        // The rules read and write char arrays: the same rules over strings (substrings, concatenations and
        // three charAt calls per letter) compiled to several times the code, which the build paid for.
        char[] w = collapsed.toCharArray();
        int n = w.length;
        // Suffixes and clusters first, while the spelling still shows them.
        // Doubled letters are already single here, so Smirnoff arrives as smirnof: -of and -ow become -ov.
        if (n > 4 && w[n - 2] == 'o' && (w[n - 1] == 'f' || w[n - 1] == 'w')) {
            w[n - 1] = 'v';
        }
        if (n >= 3 && w[n - 3] == 'i' && w[n - 2] == 'e' && w[n - 1] == 'f') {
            w[n - 1] = 'v';
        }
        // German and Polish write the Russian й as j (Sergej, Dmitrij), English as y (Sergey, Dmitriy).
        if (n > 3 && w[n - 1] == 'j' && isVowel(w[n - 2])) {
            w[n - 1] = 'i';
        }
        // Alexander / Aleksandr, Peter / Petr: an unstressed -er after a consonant is often not written.
        if (n >= 5 && w[n - 2] == 'e' && w[n - 1] == 'r' && !isVowel(w[n - 3])) {
            w[n - 2] = 'r';
            n--;
        }
        // Written into an array, a doubled letter dropped as it is written (what collapsing the doubles of
        // the finished key does): no builder, one string at the end.
        char[] s = new char[2 * n + 1];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = w[i];
            char next = i + 1 < n ? w[i + 1] : 0;
            char next2 = i + 2 < n ? w[i + 2] : 0;
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
        return koreanSyllable(s, len);
    }

    /** Appends {@code c} unless it repeats the last letter written; the new length. */
    private static int put(char[] out, int len, char c) {
        if (len == 0 || out[len - 1] != c) {
            out[len++] = c;
        }
        return len;
    }

    /**
     * The key written in {@code s[0, len)} as a string. Short words shaped like one Korean syllable are
     * romanised with voiced or voiceless initials depending on the system (Gang/Kang, Byong/Pyong, Dong/Tong,
     * Jong/Chong): those initials are merged.
     */
    private static String koreanSyllable(char[] s, int len) {
        if (len > 5 || len < 2) {
            return new String(s, 0, len);
        }
        if (s[0] == 'c' && s[1] == 'h' && len > 2 && isVowel(s[2])) {
            s[1] = 'j';
            return new String(s, 1, len - 1);
        }
        if (!isVowel(s[1]) && s[1] != 'y') {
            return new String(s, 0, len);
        }
        switch (s[0]) {
            case 'g' -> s[0] = 'k';
            case 'b' -> s[0] = 'p';
            case 'd' -> s[0] = 't';
            default -> {
            }
        }
        return new String(s, 0, len);
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
        int n = word.length();
        // Into an array, one string at the end: a builder's checks per letter were most of the cost.
        char[] s = new char[n];
        int len = 0;
        char prev = 0;
        char before = 0;
        for (int i = 0; i < n; i++) {
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
            if (c == 'h' && (i == 0 || !startsDigraphWithH(before))) {
                m = 'h';
            }
            if (m != 0 && m != prev) {
                s[len++] = m;
            }
            if (m != 0) {
                prev = m;
            } else if (c != 'h') {
                prev = 0;
            }
            before = c;
        }
        return new String(s, 0, len);
    }

    private static boolean startsDigraphWithH(char c) {
        return c == 'k' || c == 's' || c == 't' || c == 'g' || c == 'd' || c == 'c' || c == 'z' || c == 'p';
    }
}
