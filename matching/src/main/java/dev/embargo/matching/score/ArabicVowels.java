package dev.embargo.matching.score;

/**
 * Two Latin spellings of one Arabic name, told by how Arabic writes it: the same consonants in the same places,
 * and in each place where one spelling writes vowels the other writes vowels of the same kind. Arabic has three
 * vowels, a, i and u, short or long, and the romanisations write them as they hear them: a as a or e (French and
 * Levantine Imed, Mekki, Khemais), i as i, e, ee, y or ey, u as u, o, ou or oo; the diphthongs ay and aw as ai,
 * ay, ei, ey and aw, au, ou. A vowel written between two consonants in one spelling and not in the other is another
 * name, not another spelling (Mohamed / Mahmoud, محمد / محمود), and so is another vowel (Hassan / Hussein, Ali /
 * Alaa, Tarak / Tariq). Consonants are read as the spellings write them, a doubled one as one (Habbo / Hebo), a
 * digraph (kh, sh, gh, th, dh, ch, zh, ph, dj) as one sound, and only the letters Arabic writes one way and the
 * romanisations several are taken as one: q as k or g (Qaddafi / Gaddafi), dh as d or z (Fadhil / Fadil, Mundhir /
 * Munzir), th as t or s. y and w before a vowel are the consonants ي and و (Sayyid, Zayniyah), elsewhere they write
 * a long vowel or a diphthong (Husayn, 'Awni). A final h after a is the ta marbuta, often not written (Zayniyah /
 * Zeiniye, Fatimah / Fatima); after another vowel it is a consonant (Saleh / Salih, not Sala).
 *
 * <p>The reading widens {@link TokenSimilarity#vowelsOnlyDiffer}, which asks for words of one length, to vowels
 * written with more or fewer letters, and narrows it to vowels of one kind. Pure.
 */
final class ArabicVowels {
    private ArabicVowels() {}

    private static final int A = 1;
    private static final int I = 2;
    private static final int U = 4;
    private static final int KINDS = A | I | U;
    /**
     * A unit's value: a consonant's letter (a digraph's in upper case), or for a vowel this bit, the kinds it may be
     * read as (A, I, U), the kinds its letters other than e say (e writes a or i), its last letter, its length in
     * letters and whether a final h was read as the ta marbuta.
     */
    private static final int VOWEL = 1 << 30;

    private static final int STRONG_SHIFT = 3;
    private static final int LENGTH_SHIFT = 6;
    private static final int LAST_SHIFT = 10;
    private static final int TA_MARBUTA = 1 << 18;

    private static final long END = -1;

    /** The fewest letters of a word read this way: shorter words are too often other names a vowel apart. */
    private static final int MIN_LETTERS = 4;

    /** Whether {@code a} and {@code b} (lower-case Latin words) spell one Arabic name as above. */
    static boolean sameName(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (la < MIN_LETTERS || lb < MIN_LETTERS || Math.abs(la - lb) > 3) {
            return false;
        }
        char fa = a.charAt(0);
        char fb = b.charAt(0);
        // A first vowel spelled two ways only in longer words: Ibrahim / Ebrahim, but Ivan is not Evan.
        if (fa != fb && !(isVowel(fa) && isVowel(fb) && Math.min(la, lb) > MIN_LETTERS)) {
            return false;
        }
        int i = 0;
        int j = 0;
        int consonants = 0;
        while (true) {
            long ua = unit(a, i);
            long ub = unit(b, j);
            if (ua == END || ub == END) {
                return ua == ub && consonants >= 2;
            }
            int va = (int) (ua >>> 32);
            int vb = (int) (ub >>> 32);
            i = (int) ua;
            j = (int) ub;
            if ((va & VOWEL) != (vb & VOWEL)) {
                return false;
            }
            if ((va & VOWEL) == 0) {
                if (!sameConsonant(va, vb)) {
                    return false;
                }
                consonants++;
            } else if (!sameVowel(va, vb) || (i == la || j == lb) && !sameEnding(va, vb)) {
                return false;
            }
        }
    }

    /**
     * Two vowels written in one place: of a kind in common, and neither writing a kind the other cannot be read as
     * (ay and ei are one diphthong; Brown's ow is not Braun's au, Palacios' io not Palaces' e).
     */
    private static boolean sameVowel(int a, int b) {
        int kindsA = a & KINDS;
        int kindsB = b & KINDS;
        int strongA = a >>> STRONG_SHIFT & KINDS;
        int strongB = b >>> STRONG_SHIFT & KINDS;
        return (kindsA & kindsB) != 0 && (strongA & ~kindsB) == 0 && (strongB & ~kindsA) == 0;
    }

    /**
     * Two vowels that end their words: written with as many letters and ending in the same one, as the end of a
     * name often tells two names apart (Maria / Mario, Evgenia / Evgeny, Howe / Howie, Fortune / Fortuna); a and
     * e are one where a spelling writes the ta marbuta's h (Zayniyah / Zeiniye).
     */
    private static boolean sameEnding(int a, int b) {
        int lastA = a >>> LAST_SHIFT & 0xFF;
        int lastB = b >>> LAST_SHIFT & 0xFF;
        if ((a >>> LENGTH_SHIFT & 0xF) != (b >>> LENGTH_SHIFT & 0xF)) {
            return false;
        }
        if (lastA == lastB) {
            return true;
        }
        boolean marbuta = (a & TA_MARBUTA) != 0 || (b & TA_MARBUTA) != 0;
        return marbuta && (lastA == 'a' || lastA == 'e') && (lastB == 'a' || lastB == 'e');
    }

    /**
     * Whether {@code a} and {@code b} spell one Arabic name after the article written onto it, assimilated to a
     * "sun letter" on both sides: el-s-seid written elsseid, es-seid written essid (the article's l written as
     * the letter it is said as, or the letter written twice). Both words must show the article: a word that
     * begins with a vowel and a doubled letter is otherwise a name of its own (Emma, Anna, Essen).
     */
    static boolean sameNameAfterArticles(String a, String b) {
        int ra = assimilatedArticle(a);
        if (ra == 0) {
            return false;
        }
        int rb = assimilatedArticle(b);
        if (rb == 0) {
            return false;
        }
        String x = a.substring(ra);
        String y = b.substring(rb);
        return x.equals(y) || sameName(x, y);
    }

    /**
     * Whether {@code single} is the article al- or el- and the name after it, {@code joined}, written as one word
     * with the article's vowel left out, as the Maghreb says and writes it before a name beginning with a vowel:
     * Lazhar for Al-Azhar, Lamine for Al-Amin. Only for an article written apart in the other name (the caller's
     * words written together), so that a name of its own that begins like the article (Elena, Alicia) is never
     * read so.
     */
    static boolean elidedArticle(String single, String joined) {
        if (single.length() < MIN_LETTERS
                || joined.length() != single.length() + 1 && joined.length() != single.length() + 2
                || single.charAt(0) != 'l'
                || !isVowel(single.charAt(1))
                || joined.charAt(1) != 'l'
                || joined.charAt(0) != 'a' && joined.charAt(0) != 'e'
                || !isVowel(joined.charAt(2))) {
            return false;
        }
        String rest = joined.substring(1);
        return rest.equals(single) || sameName(rest, single);
    }

    /**
     * Whether {@code single} is the article assimilated to a sun letter and the name after it written as one word
     * (Essayed, Elssayed) and {@code joined} the article written apart and the same name (Al Sayed, El-Sayed,
     * written together by the caller): one name, the article spelled as said or as written.
     */
    static boolean assimilatedArticleApart(String single, String joined) {
        int ra = assimilatedArticle(single);
        if (ra == 0
                || joined.length() < 5
                || joined.charAt(1) != 'l'
                || joined.charAt(0) != 'a' && joined.charAt(0) != 'e'
                || joined.charAt(2) != single.charAt(ra)) {
            return false;
        }
        String x = single.substring(ra);
        String y = joined.substring(2);
        return x.equals(y) || sameName(x, y);
    }

    /**
     * The letters of an assimilated article at the start of {@code w}: 2 for al or el before a doubled sun letter
     * (elsseid), 1 for a or e before one (essid); else 0.
     */
    static int assimilatedArticle(String w) {
        int n = w.length();
        if (n < 5 || w.charAt(0) != 'a' && w.charAt(0) != 'e') {
            return 0;
        }
        if (n >= 6 && w.charAt(1) == 'l' && w.charAt(2) == w.charAt(3) && sunLetter(w.charAt(2))) {
            return 2;
        }
        return w.charAt(1) == w.charAt(2) && sunLetter(w.charAt(1)) ? 1 : 0;
    }

    /** The letters that the article's l is said as before them (the "sun letters"), as Latin spellings write them. */
    private static boolean sunLetter(char c) {
        return c == 't' || c == 'd' || c == 'r' || c == 'z' || c == 's' || c == 'n' || c == 'l';
    }

    /**
     * Whether two words of one length that differ in vowels alone ({@link TokenSimilarity#vowelsOnlyDiffer}) write,
     * in some place, vowels of two kinds that no spelling confuses: a and i, a and u, i and o or u (Said / Saad,
     * Hamid / Hamad, Hasan / Husan): other names, as Arabic tells its three vowels apart. e stands for a or i and
     * is confused with both (Jaber / Jabir, Mohammed / Mohammad); a and o are one vowel in Belarusian spellings
     * of Russian names (Raman / Roman, Viktar / Viktor).
     */
    static boolean otherVowelKinds(String a, String b) {
        for (int i = 0; i < a.length() && i < b.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y
                    && isVowel(x)
                    && isVowel(y)
                    && x != 'e'
                    && y != 'e'
                    && (kinds(x) & kinds(y)) == 0
                    && !(x == 'a' && y == 'o' || x == 'o' && y == 'a')) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameConsonant(int a, int b) {
        if (a == b) {
            return true;
        }
        return oneOf(a, b, 'q', 'k')
                || oneOf(a, b, 'q', 'g')
                || oneOf(a, b, 'D', 'd')
                || oneOf(a, b, 'D', 'z')
                || oneOf(a, b, 'T', 't')
                || oneOf(a, b, 'T', 's');
    }

    private static boolean oneOf(int a, int b, char x, char y) {
        return a == x && b == y || a == y && b == x;
    }

    /** The unit of {@code w} at {@code i}: its value in the high half, the index after it in the low; or END. */
    private static long unit(String w, int i) {
        int n = w.length();
        while (i < n && (w.charAt(i) < 'a' || w.charAt(i) > 'z')) {
            i++;
        }
        if (i >= n) {
            return END;
        }
        if (vowelAt(w, i)) {
            int kinds = 0;
            int strong = 0;
            int length = 0;
            char last = 0;
            while (i < n && vowelAt(w, i)) {
                last = w.charAt(i);
                kinds |= kinds(last);
                strong |= last == 'e' ? 0 : kinds(last);
                length++;
                i++;
            }
            int value =
                    VOWEL | kinds | strong << STRONG_SHIFT | Math.min(length, 15) << LENGTH_SHIFT | last << LAST_SHIFT;
            // The ta marbuta: a final h after a, not written by every spelling.
            if (i == n - 1 && w.charAt(i) == 'h' && last == 'a') {
                i++;
                value |= TA_MARBUTA;
            }
            return (long) value << 32 | i;
        }
        char c = w.charAt(i);
        char next = i + 1 < n ? w.charAt(i + 1) : 0;
        int value;
        int length;
        if (next == 'h' && "kstdgczp".indexOf(c) >= 0) {
            value = Character.toUpperCase(c);
            length = 2;
        } else if (c == 'd' && next == 'j') {
            value = 'j';
            length = 2;
        } else {
            value = c;
            length = 1;
        }
        i += length;
        // A doubled consonant is one (Habbo / Hebo, Hassan / Hasan).
        while (i + length <= n && w.regionMatches(i, w, i - length, length)) {
            i += length;
        }
        return (long) value << 32 | i;
    }

    /** A vowel letter, or y or w where they write a vowel: not before a vowel, where they are consonants. */
    private static boolean vowelAt(String w, int i) {
        char c = w.charAt(i);
        if (isVowel(c)) {
            return true;
        }
        if (c != 'y' && c != 'w') {
            return false;
        }
        // Written twice, the letter is the doubled consonant (Sayyid, Tawwab), read once.
        return i > 0 && (i + 1 >= w.length() || !isVowel(w.charAt(i + 1)) && w.charAt(i + 1) != c);
    }

    private static int kinds(char c) {
        return switch (c) {
            case 'a' -> A;
            case 'e' -> A | I;
            case 'i', 'y' -> I;
            case 'o', 'u', 'w' -> U;
            default -> 0;
        };
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
