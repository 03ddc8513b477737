package dev.embargo.matching.name;

import java.util.HashMap;
import java.util.Map;

/**
 * Keys that let different romanisations of the same name meet.
 *
 * <p>{@link #variantKey} rewrites the spellings that romanisation systems and languages disagree on, so that
 * they share one key: Korean (jeong/chong/jong, eun/un, ri/rhee/lee/yi, pak/park/bak, choe/choi, kim/gim),
 * Russian (tch/ch, -off/-ow/-ov, -vic/-vich, yu/ju/iu and ya/ia at a word's start, kh/h, zh/j inside a word and French j
 * as in Joukov/Zhukov), Arabic (mohammed/muhammad/mohamed, el/al, ibn/bin, qaddafi/gaddafi/kadhafi),
 * Dutch/German/French (oe/u, ij/y, tsj/ch, sch/sh), and Russian names as Dutch, German and French write them
 * (Prigozjin/Prigojine/Prigozhin, Sjojgoe/Schoigu/Shoigu, Abramowitsch/Abramovich, Jewgeni/Evgueni/Yevgeny).
 * A shared key is strong
 * evidence of the same name, but not as strong as the same spelling.
 *
 * <p>{@link #skeleton} keeps only consonants (voiced and voiceless merged), the way Arabic and Hebrew write
 * names; it lets vowel typos and vowelless scripts meet, and is weaker still.
 */
public final class RomanizationVariants {
    private RomanizationVariants() {}

    /**
     * Whole-word equivalences that rewriting rules cannot express, looked up after doubled letters are
     * collapsed. A map rather than a switch on strings: a switch this large makes a method the optimising
     * compiler spends long on, and compiles more than once, while the index is built: time taken from the build.
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
            "mhmd",
                    "mohammed muhammad mohamed mohammad muhammed mohamad mohamud mahomed muhamad mukhammad "
                            + "mukhammed mouhamed mohammd mehmet mehmed",
            "osama", "usama osama",
            "yusf", "yusuf yousef yousuf youssef yusif josef joseph yosef",
            // German and Dutch write Russian х as ch, which elsewhere is English ch.
            "mihail", "mikhail mihail michail",
            // Arabic qaf is written q, k or g (as Libyans say it), its dhal dh, th or dd: the rules make q a k but
            // leave g a g in words longer than a Korean syllable, so the name's spellings are listed.
            "kadafi",
                    "qadhafi qaddafi qadafi gaddafi gadhafi gadafi kadhafi kaddafi kadafi khadafi ghaddafi "
                            + "gathafi qathafi");
    /** The longest spelling in {@link #WHOLE_WORDS}: longer words skip the look-up. */
    private static final int LONGEST_WHOLE_WORD =
            WHOLE_WORDS.keySet().stream().mapToInt(String::length).max().orElse(0);

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

    /**
     * Whether the word is one of the whole words that Korean and Chinese names share as one syllable (Li, Yi,
     * Ri, Lee: 李), whose key stays across the two; not one that only other languages' names use (bin, ben).
     */
    static boolean isKoreanAndChineseWord(String word) {
        return "ri".equals(WHOLE_WORDS.get(collapseRepeatedLetters(word)));
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
        // three charAt calls per letter) compile to several times the code, which the index build pays for.
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
        // The Slavic ending -vič / -vić (Russian -вич, Serbian -вић) loses its diacritic where a system writes č or
        // ć and the text cannot carry it (ISO 9 in a payment message, "STANKEVIC, SERGEJ NIKOLAEVIC"; Milosevic):
        // it is -vich.
        if (n >= 5 && w[n - 3] == 'v' && w[n - 2] == 'i' && w[n - 1] == 'c') {
            w = java.util.Arrays.copyOf(w, n + 1);
            w[n++] = 'h';
        }
        // German and Polish write the Russian й as j (Sergej, Dmitrij), English as y (Sergey, Dmitriy).
        if (n > 3 && w[n - 1] == 'j' && isVowel(w[n - 2])) {
            w[n - 1] = 'i';
        }
        // French writes a final e to keep an n sounded: Poutine, Prigojine, Setchine; Amine, Yassine.
        if (n >= 5 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'e') {
            n--;
        }
        // Alexander / Aleksandr, Peter / Petr: an unstressed -er after a consonant is often not written.
        if (n >= 5 && w[n - 2] == 'e' && w[n - 1] == 'r' && !isVowel(w[n - 3])) {
            w[n - 2] = 'r';
            n--;
        }
        // Written into an array, a doubled letter dropped as it is written (what collapsing the doubles of
        // the finished key does): no builder, one string at the end. Each letter's rule says what it is written
        // as (rewrite), and the writing is done here, in one place: a write in every branch of the rules makes
        // the method so large that the optimising compiler compiles it again and again while a server starts.
        char[] s = new char[2 * n + 1];
        int len = 0;
        for (int i = 0; i < n; ) {
            int rule = rewrite(w, i, n);
            len = put(s, len, (char) (rule & 0xFFFF));
            char second = (char) (rule >>> 16 & 0xFF);
            if (second != 0) {
                len = put(s, len, second);
            }
            i += 1 + (rule >>> 24);
        }
        return koreanSyllable(s, len);
    }

    /**
     * What the letter at {@code i} of {@code w[0, n)} is written as in the key: {@link #rule}'s packing of one or
     * two letters and how many letters after it the rule also reads.
     */
    private static int rewrite(char[] w, int i, int n) {
        char c = w[i];
        char next = i + 1 < n ? w[i + 1] : 0;
        char next2 = i + 2 < n ? w[i + 2] : 0;
        return switch (c) {
            // German tsch = ch (Abramowitsch), Dutch tsj = ch (Tsjetsjenië), tch = ch, th = t
            case 't' ->
                schFollows(w, i, n)
                        ? rule('c', 'h', 3)
                        : (next == 's' && next2 == 'j') || (next == 'c' && next2 == 'h')
                                ? rule('c', 'h', 2)
                                : next == 'h' ? rule('t', 1) : 't';
            // dzh, Dutch dzj and German dsch = j (Ahmadinedschad)
            case 'd' ->
                schFollows(w, i, n)
                        ? rule('j', 3)
                        : next == 'z' && (next2 == 'h' || next2 == 'j')
                                ? rule('j', 2)
                                : next == 'j' ? rule('j', 1) : next == 'h' ? rule('d', 1) : 'd';
            // zh and Dutch zj = j (Prigozhin, Prigozjin; French writes Prigojine)
            case 'z' -> next == 'h' || next == 'j' ? rule('j', 1) : 'z';
            case 'k' -> next == 'h' ? rule('h', 1) : 'k';
            case 'c' ->
                next == 'h'
                        ? rule('c', 'h', 1)
                        : next == 'k' ? rule('k', 1) : next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
            case 'q' -> next == 'u' ? rule('k', 1) : 'k';
            // gh = g; French gu before e or i = g (Sergueï, Evgueni)
            case 'g' -> next == 'h' || (next == 'u' && (next2 == 'e' || next2 == 'i')) ? rule('g', 1) : 'g';
            case 'p' -> next == 'h' ? rule('f', 1) : 'p';
            // German sch and Dutch sj = sh (Patruschew, Patroesjev)
            case 's' -> next == 'c' && next2 == 'h' ? rule('s', 'h', 2) : next == 'j' ? rule('s', 'h', 1) : 's';
            case 'w' -> 'v';
            case 'x' -> rule('k', 's', 0);
            // A word's first ye and je before a consonant are an e, as Russian Е is written e by others
            // (Yevgeny, Jewgeni, Evgueni; Yelena, Jelena, Elena), in words longer than a Korean syllable, whose ye
            // and je (yeong, jeong) stay apart.
            case 'y' -> startsWithYe(w, i, n) ? rule('e', 1) : i == 0 && isVowel(next) ? 'y' : 'i';
            // ju and Dutch joe at a word's start = yu (Juri, Joeri); German and Dutch write й as j between a vowel
            // and a consonant (Sjojgoe, Majkop)
            case 'j' ->
                startsWithYe(w, i, n)
                        ? rule('e', 1)
                        : i == 0 && (next == 'u' || (next == 'o' && next2 == 'e'))
                                ? 'y'
                                : i > 0 && isVowel(w[i - 1]) && isConsonant(next) ? 'i' : 'j';
            // Korean eo = o, eu = u; ee = i
            case 'e' -> next == 'o' ? rule('o', 1) : next == 'u' ? rule('u', 1) : next == 'e' ? rule('i', 1) : 'e';
            // ou/oo = u, and Dutch oe = u (Poetin; Oesmanov at the start of a word longer than a Korean syllable,
            // whose oe stays)
            case 'o' -> next == 'u' || next == 'o' || (next == 'e' && (i > 0 || n > 5)) ? rule('u', 1) : 'o';
            // A word's first i before a vowel is a y (Iurii, Iakov, Iosif: Russian Ю, Я, Ё as passports and ICAO
            // write them, Yuri, Yakov, Yosif in English); Dutch ij = y; ie = i before a word's last letter
            case 'i' -> i == 0 && isVowel(next) ? 'y' : next == 'j' || (next == 'e' && i + 2 < n) ? rule('i', 1) : 'i';
            default -> c;
        };
    }

    /** Whether German sch follows the letter at {@code i} (tsch, dsch). */
    private static boolean schFollows(char[] w, int i, int n) {
        return i + 3 < n && w[i + 1] == 's' && w[i + 2] == 'c' && w[i + 3] == 'h';
    }

    /** {@code c} written, and {@code skip} letters after it read with it. */
    private static int rule(char c, int skip) {
        return c | skip << 24;
    }

    /** {@code first} and {@code second} written, and {@code skip} letters after the first read with it. */
    private static int rule(char first, char second, int skip) {
        return first | second << 16 | skip << 24;
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
            default -> {}
        }
        return new String(s, 0, len);
    }

    /** Doubled letters are spelling noise (Yyu, Jaaber, Abdelkadder), except oo and ee, which spell u and i. */
    private static String collapseRepeatedLetters(String w) {
        int n = w.length();
        for (int i = 1; i < n; i++) {
            char c = w.charAt(i);
            if (c == w.charAt(i - 1) && c != 'o' && c != 'e') {
                char[] out = new char[n];
                int len = 0;
                char prev = 0;
                for (int k = 0; k < n; k++) {
                    char x = w.charAt(k);
                    if (x != prev || x == 'o' || x == 'e') {
                        out[len++] = x;
                    }
                    prev = x;
                }
                return new String(out, 0, len);
            }
        }
        return w;
    }

    /** Whether {@code w[0, n)} starts, at {@code i}, with ye or je before a consonant and is longer than a syllable. */
    private static boolean startsWithYe(char[] w, int i, int n) {
        return i == 0 && n > 5 && w[1] == 'e' && isConsonant(w[2]);
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && !isVowel(c) && c != 'y';
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
