package dev.embargo.matching.score;

import dev.embargo.matching.ScoringPolicy;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import dev.embargo.matching.text.TranscriptionKey;

/**
 * How alike two name words are, and by which rule. Pure; the same pair always gives the same answer.
 * Similarities are graded so that only the same spelling reaches 1: a romanisation variant is strong
 * evidence, equal consonants with close spelling less, and a consonant match alone with a different spelling
 * stays low, so that a phonetic code never makes a full match by itself (the values: {@link ScoringPolicy}).
 */
public final class TokenSimilarity {
    private static final ScoringPolicy.WordSimilarity POLICY = ScoringPolicy.DEFAULT.similarity();
    /** Below this two words are not paired at all. */
    public static final double MIN_PAIR = POLICY.minPair();

    private static final double MIN_EDIT = POLICY.minEdit();
    private static final double EDIT_FACTOR = POLICY.editFactor();
    private static final double PHONETIC_BASE = POLICY.phoneticBase();
    private static final double PHONETIC_SPELLING = POLICY.phoneticSpelling();

    public record Result(double similarity, MatchRule rule) {
        static final Result NONE = new Result(0, null);
    }

    // The fixed outcomes, made once: a query compares every word with every word of a dozen names, and the
    // quick compiler of a short batch run does not remove short-lived objects.
    private static final Result EXACT = new Result(1, MatchRule.EXACT);
    private static final Result SAME_AFTER_TRANSLITERATION = new Result(1, MatchRule.TRANSLITERATION);
    private static final Result SAME_LEGAL_FORM = new Result(1, MatchRule.LEGAL_FORM);
    private static final Result OTHER_LEGAL_FORM = new Result(POLICY.otherLegalForm(), MatchRule.LEGAL_FORM);
    private static final Result INITIAL = new Result(POLICY.initial(), MatchRule.INITIAL);
    private static final Result VARIANT = new Result(POLICY.variant(), MatchRule.ROMANISATION_VARIANT);
    private static final Result VOWEL_VARIANT = new Result(POLICY.vowelVariant(), MatchRule.ROMANISATION_VARIANT);
    private static final Result NO_CONSONANTS = new Result(POLICY.noConsonants(), MatchRule.PHONETIC);
    private static final Result SAME_CONSONANTS = new Result(POLICY.sameConsonants(), MatchRule.TRANSLITERATION);
    private static final Result SAME_CONSONANT = new Result(POLICY.sameConsonant(), MatchRule.TRANSLITERATION);
    private static final Result MERGED_CONSONANTS = new Result(POLICY.mergedConsonants(), MatchRule.PHONETIC);
    private static final Result CLOSE_CONSONANTS = new Result(POLICY.closeConsonants(), MatchRule.PHONETIC);

    private TokenSimilarity() {}

    public static Result compare(Token q, Token n, boolean queryTransliterated) {
        TokenKind qk = q.kind();
        TokenKind nk = n.kind();
        if (qk == TokenKind.NUMBER || nk == TokenKind.NUMBER) {
            return qk == nk && q.sameText(n) ? EXACT : Result.NONE;
        }
        if (qk == TokenKind.LEGAL_FORM || nk == TokenKind.LEGAL_FORM) {
            if (qk != nk) {
                return Result.NONE;
            }
            return q.sameVariant(n) ? SAME_LEGAL_FORM : OTHER_LEGAL_FORM;
        }
        if (q.vowelless() || n.vowelless()) {
            return compareConsonants(q, n);
        }
        if (q.sameText(n)) {
            return queryTransliterated ? SAME_AFTER_TRANSLITERATION : EXACT;
        }
        // A listed word read as a given name whose row holds it stands for that given name written out: it meets
        // the query's word of that key and nothing else (its spelling meets by the listed name's own reading).
        if (n.standsForAGivenNameWrittenOut()) {
            return q.nicknameForm() == Token.AS_WRITTEN && q.sameVariant(n) ? VARIANT : Result.NONE;
        }
        if (qk == TokenKind.INITIAL || nk == TokenKind.INITIAL) {
            Token initial = qk == TokenKind.INITIAL ? q : n;
            Token word = qk == TokenKind.INITIAL ? n : q;
            // A particle (al, el, de, van) is never written as an initial: "E. Y. Moreno" is not EL MORENO.
            if (initial != word
                    && word.kind() != TokenKind.PARTICLE
                    && word.text().charAt(0) == initial.text().charAt(0)) {
                return INITIAL;
            }
            return Result.NONE;
        }
        // Romanisation variants are about how sounds are spelled; letter strings without a vowel are acronyms
        // (NK, NNC), which only match as written.
        if (q.sameVariant(n) && hasVowel(q.text()) && hasVowel(n.text())) {
            return VARIANT;
        }
        // Typing errors are counted on the spelling as written and on the variant key; the closer wins
        // (a transposition like lakahl/lakhal is one edit as written but two once kh is rewritten).
        // Words too far apart for mayBeClose are beyond the edit limit, where editSimilarity is 0: the spelling's
        // similarity is worked out once, for the edit rule and the phonetic one; when both words are their own
        // variant keys, the keys' similarity is the same number.
        double asWritten = mayBeClose(q.textLetters(), n.textLetters(), q.textLength(), n.textLength())
                ? editSimilarity(q.text(), n.text())
                : 0;
        double asVariants = q.variantIsText() && n.variantIsText()
                ? asWritten
                : mayBeClose(q.variantLetters(), n.variantLetters(), q.variantLength(), n.variantLength())
                        ? editSimilarity(q.variant(), n.variant())
                        : 0;
        double edit = Math.max(asVariants, asWritten);
        double best = 0;
        MatchRule rule = null;
        if (edit >= MIN_EDIT) {
            best = edit * EDIT_FACTOR;
            rule = MatchRule.EDIT_DISTANCE;
        }
        if (q.skeleton().length() >= 2 && q.sameSkeleton(n)) {
            double phonetic = PHONETIC_BASE + PHONETIC_SPELLING * asWritten;
            if (phonetic > best) {
                best = phonetic;
                rule = MatchRule.PHONETIC;
            }
            if (best < VOWEL_VARIANT.similarity()
                    && vowelsOnlyDiffer(q.text(), n.text())
                    && !ArabicVowels.otherVowelKinds(q.text(), n.text())) {
                return VOWEL_VARIANT;
            }
        }
        // Not within the skeleton's test either: the skeleton keeps a final h that an Arabic name's spellings
        // write or not (Zayniyah / Zeiniye), and reads q as k where Gaddafi writes g.
        if (best < VOWEL_VARIANT.similarity()
                && (ArabicVowels.sameName(q.text(), n.text())
                        || ArabicVowels.sameNameAfterArticles(q.text(), n.text()))) {
            return VOWEL_VARIANT;
        }
        // Not within the skeleton's test: jo keeps a j that the skeleton writes (Pjotr / Petr).
        if (best < VARIANT.similarity() && yoWrittenAsE(q.text(), n.text())) {
            return VARIANT;
        }
        return best >= MIN_PAIR ? new Result(best, rule) : Result.NONE;
    }

    /**
     * The same letters but for a vowel or two inside the word: Jaber / Jabir, Mohammad / Mohammed, Hussein /
     * Hussain. Romanisations of Arabic, Persian and Korean names disagree on vowels far more than on consonants,
     * and within a word that keeps its first and last letters such a spelling is the same name. The first and last
     * letters must agree: an end vowel often tells names apart (Maria / Mario); and the word must have four letters
     * or more (Song / Sung, a Korean syllable romanised two ways).
     */
    static boolean vowelsOnlyDiffer(String a, String b) {
        int length = a.length();
        if (length < 4
                || length != b.length()
                || a.charAt(0) != b.charAt(0)
                || a.charAt(length - 1) != b.charAt(length - 1)) {
            return false;
        }
        int differ = 0;
        for (int i = 1; i < length - 1; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (!isVowel(x) || !isVowel(y)) {
                    return false;
                }
                differ++;
            }
        }
        return differ >= 1 && differ <= (length >= 6 ? 2 : 1);
    }

    /**
     * The same word but for Russian ё, written yo or jo after a consonant on one side and e or the other of the
     * two on the other: Pyotr / Petr / Pjotr, Fyodor / Fedor, Semyonov / Semenov, Artjom / Artem, Solovyov /
     * Solovev. Russian print and passports write ё as е, English and German transliterations write yo and jo,
     * so more than one spelling of a Russian name is common, on the lists and in queries. A romanisation
     * variant: the same sounds spelled by two systems. The key cannot hold it (Korean hyeon and hyon share a
     * key the rule would split), so it is tested here, only for words whose consonants agree.
     *
     * <p>Not io, the French and Polish spelling (Fiodor, Piotr): Spanish, Basque, Italian and Greek words write
     * io after a consonant far more often (Diosdado, Briones, Iriondo, Giorgos), and there it is no e. Not yo
     * before ng (Korean and Chinese Kyong, Pyong), nor in a word of one syllable ending in one consonant
     * (Korean Hyon, Hyok, Ryol).
     */
    static boolean yoWrittenAsE(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 2) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean read = false;
        while (i < n || j < m) {
            if (i < n && j < m && a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            int inA = yoLetters(a, i);
            int inB = yoLetters(b, j);
            if (inA == 0 || inB == 0 || inA == 1 && inB == 1) {
                return false;
            }
            i += inA;
            j += inB;
            read = true;
        }
        return read;
    }

    /** How many letters of {@code w} at {@code i} write ё: 2 for yo or jo, 1 for e, after a consonant; else 0. */
    private static int yoLetters(String w, int i) {
        if (i >= w.length() || i < 1) {
            return 0;
        }
        if (w.charAt(i) == 'e') {
            char before = w.charAt(i - 1);
            return isVowel(before) || before == 'y' ? 0 : 1;
        }
        return yoAt(w, i) ? 2 : 0;
    }

    /** Whether {@code w} has ё written yo or jo at {@code i}, after a consonant, in a Russian shape. */
    private static boolean yoAt(String w, int i) {
        int n = w.length();
        if (i < 1 || i + 2 >= n || w.charAt(i + 1) != 'o') {
            return false;
        }
        char y = w.charAt(i);
        char before = w.charAt(i - 1);
        char after = w.charAt(i + 2);
        if (y != 'y' && y != 'j' || isVowel(before) || before == 'y' || isVowel(after) || after == 'y') {
            return false;
        }
        if (after == 'n' && i + 3 < n && w.charAt(i + 3) == 'g') {
            return false;
        }
        if (i + 3 == n) {
            for (int k = 0; k < i; k++) {
                if (isVowel(w.charAt(k)) || w.charAt(k) == 'y') {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') {
                return true;
            }
        }
        return false;
    }

    private static Result compareConsonants(Token q, Token n) {
        String a = q.skeleton();
        String b = n.skeleton();
        if (TranscriptionKey.isMarked(a) || TranscriptionKey.isMarked(b)) {
            return TranscribedWords.compare(q, n);
        }
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty() ? NO_CONSONANTS : Result.NONE;
        }
        Result result = compareSkeletons(a, b, q.text(), n.text());
        if (result != Result.NONE || q.vowelless() == n.vowelless()) {
            return result;
        }
        // Persian and Urdu write v with و, the letter Arabic script also writes the long vowels o and u with; the
        // reading keeps it as w and the skeleton drops it as a vowel, while the Latin spelling writes v (Khosravi /
        // خسروی, Marvi, Parviz). So a Latin v also meets a written و, the two kept as one consonant on both sides:
        // only where the script writes that letter (Hasanov is not حسن), and only as a second chance, so that
        // Hebrew's v of ב still meets its b the first way.
        Token latin = q.vowelless() ? n : q;
        Token script = q.vowelless() ? q : n;
        if (latin.text().indexOf('v') < 0 || script.text().indexOf('w') < 0) {
            return result;
        }
        // Kept as a consonant, each و adds at most one to the script's skeleton, and the Latin skeleton keeps its
        // length: skeletons that cannot come within one of each other are not read again (most pairs compared).
        int scriptLength = script.skeleton().length();
        int latinLength = latin.skeleton().length();
        if (scriptLength > latinLength || scriptLength + count(script.text(), 'w') < latinLength - 1) {
            return result;
        }
        String latinText = latin.text().replace('v', WAW_AS_V);
        String scriptText = script.text().replace('w', WAW_AS_V);
        String latinSkeleton = dev.embargo.matching.name.RomanizationVariants.skeleton(latinText);
        String scriptSkeleton = dev.embargo.matching.name.RomanizationVariants.skeleton(scriptText);
        return compareSkeletons(scriptSkeleton, latinSkeleton, scriptText, latinText);
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** و read as the consonant v, and a Latin v, in the second chance above: a letter neither side writes. */
    private static final char WAW_AS_V = '\u028B';

    private static Result compareSkeletons(String a, String b, String textA, String textB) {
        if (a.isEmpty() || b.isEmpty()) {
            return Result.NONE;
        }
        if (a.equals(b)) {
            if (a.length() < 2) {
                return SAME_CONSONANT;
            }
            // The skeleton merges voiced and voiceless consonants (d/t, z/s, b/p), which spellings of one name
            // confuse in Latin letters but a script that writes consonants keeps apart (د/ت, ز/س): the same
            // skeleton with other consonants is a weaker pair ("Taylor" / دلاور).
            return consonants(textA).equals(consonants(textB)) ? SAME_CONSONANTS : MERGED_CONSONANTS;
        }
        // Skeletons an edit apart: in short ones (three or four consonants) one edit is a third or a quarter of the
        // name, another name more often than a slip; two edits only in longer ones.
        int shorter = Math.min(a.length(), b.length());
        if (shorter >= 3 && damerauLevenshtein(a, b, 2) <= (shorter >= 5 ? 2 : 1)) {
            return CLOSE_CONSONANTS;
        }
        return Result.NONE;
    }

    /**
     * A word's consonants as its spelling writes them, for a script without written vowels: vowels, y, w and v
     * dropped (in Arabic and Hebrew w and y are long vowels as often as consonants, and Persian و is v in Latin
     * spellings), a final h dropped, digraphs read as one sound
     * (kh, sh, th, dh, gh, ch, ph), q read as k and doubled letters as one. Voicing is kept.
     */
    static String consonants(String text) {
        StringBuilder out = new StringBuilder(text.length());
        char last = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            char sound;
            if (next == 'h' && (c == 'k' || c == 's' || c == 't' || c == 'd' || c == 'g' || c == 'c' || c == 'p')) {
                sound = Character.toUpperCase(c);
                i++;
            } else if (c == 'a'
                    || c == 'e'
                    || c == 'i'
                    || c == 'o'
                    || c == 'u'
                    || c == 'y'
                    || c == 'w'
                    || c == 'h' && (i == text.length() - 1)) {
                last = 0;
                continue;
            } else {
                sound = c == 'q' ? 'k' : c;
            }
            if (sound != last) {
                out.append(sound);
            }
            last = sound;
        }
        return out.toString();
    }

    /**
     * Cheap test that two words can be within the edit limit of {@link #editSimilarity}: each edit changes
     * the set of letters a word uses by at most two.
     */
    static boolean mayBeClose(int lettersA, int lettersB, int lengthA, int lengthB) {
        int max = Math.max(lengthA, lengthB);
        int limit = editLimit(max);
        // A three-letter word may still differ by two swapped letters (Sko / Sok), which keeps its letter set.
        return Math.abs(lengthA - lengthB) <= limit && Integer.bitCount(lettersA ^ lettersB) <= 2 * limit;
    }

    /** Whole edits allowed between words of this length: none up to 3 letters, then 1, 2, 3. */
    private static int editLimit(int length) {
        return length <= 3 ? 0 : length <= 5 ? 1 : length <= 8 ? 2 : 3;
    }

    /**
     * 1 − (edit distance / longer length), 0 for words too far apart to matter. Two swapped neighbouring
     * letters, the commonest typing error (Lakahl / Lakhal, Adb / Abd), cost half an edit; in a word of three
     * letters that swap is the only error allowed.
     */
    public static double editSimilarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1;
        }
        int limit = editLimit(max);
        if (Math.abs(a.length() - b.length()) > limit) {
            return 0;
        }
        int halfLimit = Math.max(1, 2 * limit);
        int halves = damerauLevenshtein(a, b, halfLimit);
        return halves > halfLimit ? 0 : 1.0 - halves / 2.0 / max;
    }

    /**
     * Optimal-string-alignment distance in half edits (insert, delete, substitute 2; swap of neighbours 1),
     * giving up (returning more than {@code limit}) once it must exceed {@code limit}. Only the diagonal band
     * a distance within the limit can pass through is computed: every step off the diagonal is an insertion
     * or deletion (2 half edits), so an alignment of at most {@code limit} stays within {@code limit / 2} of
     * it; cells outside the band count as beyond the limit. The answer is exact whenever it is within the
     * limit ({@code TokenSimilarityTest} checks it against the whole table).
     */
    static int damerauLevenshtein(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (2 * Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int band = limit / 2;
        int beyond = limit + 1;
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j <= band ? 2 * j : beyond;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - band);
            int to = Math.min(m, i + band);
            // The cells just outside this row's band are read by the next row: mark them beyond the limit.
            cur[0] = i <= band ? 2 * i : beyond;
            if (from > 1) {
                cur[from - 1] = beyond;
            }
            if (to < m) {
                cur[to + 1] = beyond;
            }
            int rowMin = i <= band ? cur[0] : beyond;
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 2;
                int v = Math.min(Math.min(prev[j] + 2, cur[j - 1] + 2), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb && ca != cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                v = Math.min(v, beyond);
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return beyond;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
