package dev.embargo.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class TokenSimilarityTest {

    /**
     * The distance over the whole table, as it was computed before the band (giving up, as it did, once a
     * whole row is beyond the limit): the reference the band must agree with.
     */
    private static int wholeTable(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        if (2 * Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[][] d = new int[n + 1][m + 1];
        for (int j = 0; j <= m; j++) {
            d[0][j] = 2 * j;
        }
        for (int i = 1; i <= n; i++) {
            d[i][0] = 2 * i;
            int rowMin = d[i][0];
            for (int j = 1; j <= m; j++) {
                char ca = a.charAt(i - 1);
                char cb = b.charAt(j - 1);
                int v = Math.min(Math.min(d[i - 1][j] + 2, d[i][j - 1] + 2), d[i - 1][j - 1] + (ca == cb ? 0 : 2));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb && ca != cb) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[n][m];
    }

    @Property(tries = 3000)
    void theBandGivesTheWholeTablesDistanceWithinTheLimit(
            @ForAll @StringLength(max = 14) @Chars({'a', 'b', 'c', 'd', 'e'}) String a,
            @ForAll @StringLength(max = 14) @Chars({'a', 'b', 'c', 'd', 'e'}) String b,
            @ForAll @IntRange(min = 0, max = 7) int limit) {
        int whole = wholeTable(a, b, limit);
        int banded = TokenSimilarity.damerauLevenshtein(a, b, limit);
        if (whole <= limit) {
            assertThat(banded).as("%s / %s within %d", a, b, limit).isEqualTo(whole);
        } else {
            assertThat(banded).as("%s / %s beyond %d", a, b, limit).isGreaterThan(limit);
        }
    }

    /** A word and another made from it by up to three random edits (substitutions, insertions, deletions, swaps). */
    @Provide
    Arbitrary<String[]> nearPairs() {
        Arbitrary<String> word = Arbitraries.strings()
                .withChars('a', 'b', 'k', 'h', 'm', 'o', 'y', '1', '-')
                .ofMinLength(1)
                .ofMaxLength(11);
        return Combinators.combine(word, Arbitraries.integers().between(0, 3), Arbitraries.longs())
                .as((a, edits, seed) -> new String[] {a, edited(a, edits, new java.util.Random(seed), "abkhmoy1-")});
    }

    /** {@code a} with {@code edits} random substitutions, insertions, deletions or swaps, from {@code letters}. */
    static String edited(String a, int edits, java.util.Random random, String letters) {
        StringBuilder b = new StringBuilder(a);
        for (int e = 0; e < edits; e++) {
            int at = b.isEmpty() ? 0 : random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> {
                    if (!b.isEmpty()) {
                        b.setCharAt(at, letters.charAt(random.nextInt(letters.length())));
                    }
                }
                case 1 -> b.insert(at, letters.charAt(random.nextInt(letters.length())));
                case 2 -> {
                    if (!b.isEmpty()) {
                        b.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at + 1 < b.length()) {
                        char c = b.charAt(at);
                        b.setCharAt(at, b.charAt(at + 1));
                        b.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * {@code compare} takes a spelling's edit similarity as 0 without computing it when {@code mayBeClose} rules
     * the pair out: that must be what {@code editSimilarity} would have said (near pairs, where it matters).
     */
    @Property(tries = 5000)
    void wordsRuledOutByTheirLettersHaveNoEditSimilarity(@ForAll("nearPairs") String[] pair) {
        Token ta = new Token(pair[0], pair[0], "", TokenKind.WORD, false);
        Token tb = new Token(pair[1], pair[1], "", TokenKind.WORD, false);
        if (!TokenSimilarity.mayBeClose(ta.textLetters(), tb.textLetters(), ta.textLength(), tb.textLength())) {
            assertThat(TokenSimilarity.editSimilarity(pair[0], pair[1]))
                    .as("%s / %s", pair[0], pair[1])
                    .isZero();
        }
    }

    /** {@code compare} as it was written before it shared edit similarities and read hashes: the reference. */
    private static TokenSimilarity.Result reference(Token q, Token n, boolean queryTransliterated) {
        TokenKind qk = q.kind();
        TokenKind nk = n.kind();
        TokenSimilarity.Result none = new TokenSimilarity.Result(0, null);
        if (qk == TokenKind.NUMBER || nk == TokenKind.NUMBER) {
            return qk == nk && q.text().equals(n.text()) ? new TokenSimilarity.Result(1, MatchRule.EXACT) : none;
        }
        if (qk == TokenKind.LEGAL_FORM || nk == TokenKind.LEGAL_FORM) {
            if (qk != nk) {
                return none;
            }
            return new TokenSimilarity.Result(q.variant().equals(n.variant()) ? 1 : 0.7, MatchRule.LEGAL_FORM);
        }
        if (q.vowelless() || n.vowelless()) {
            String a = q.skeleton();
            String b = n.skeleton();
            if (a.isEmpty() || b.isEmpty()) {
                return a.isEmpty() && b.isEmpty() ? new TokenSimilarity.Result(0.7, MatchRule.PHONETIC) : none;
            }
            if (a.equals(b)) {
                if (a.length() < 2) {
                    return new TokenSimilarity.Result(0.85, MatchRule.TRANSLITERATION);
                }
                return TokenSimilarity.consonants(q.text()).equals(TokenSimilarity.consonants(n.text()))
                        ? new TokenSimilarity.Result(0.93, MatchRule.TRANSLITERATION)
                        : new TokenSimilarity.Result(0.8, MatchRule.PHONETIC);
            }
            int shorter = Math.min(a.length(), b.length());
            if (shorter >= 3 && TokenSimilarity.damerauLevenshtein(a, b, 2) <= (shorter >= 5 ? 2 : 1)) {
                return new TokenSimilarity.Result(0.78, MatchRule.PHONETIC);
            }
            return none;
        }
        if (q.text().equals(n.text())) {
            return new TokenSimilarity.Result(1, queryTransliterated ? MatchRule.TRANSLITERATION : MatchRule.EXACT);
        }
        if (qk == TokenKind.INITIAL || nk == TokenKind.INITIAL) {
            Token initial = qk == TokenKind.INITIAL ? q : n;
            Token word = qk == TokenKind.INITIAL ? n : q;
            return initial != word && word.text().charAt(0) == initial.text().charAt(0)
                    ? new TokenSimilarity.Result(0.75, MatchRule.INITIAL)
                    : none;
        }
        if (q.variant().equals(n.variant())
                && q.text().matches(".*[aeiouy].*")
                && n.text().matches(".*[aeiouy].*")) {
            return new TokenSimilarity.Result(0.95, MatchRule.ROMANISATION_VARIANT);
        }
        double edit = Math.max(
                mayBeCloseAsWritten(q.variant(), n.variant())
                        ? TokenSimilarity.editSimilarity(q.variant(), n.variant())
                        : 0,
                mayBeCloseAsWritten(q.text(), n.text()) ? TokenSimilarity.editSimilarity(q.text(), n.text()) : 0);
        double best = 0;
        MatchRule rule = null;
        if (edit >= 0.7) {
            best = edit * 0.95;
            rule = MatchRule.EDIT_DISTANCE;
        }
        if (q.skeleton().length() >= 2 && q.skeleton().equals(n.skeleton())) {
            double phonetic = 0.45 + 0.45 * TokenSimilarity.editSimilarity(q.text(), n.text());
            if (phonetic > best) {
                best = phonetic;
                rule = MatchRule.PHONETIC;
            }
            if (best < 0.9
                    && TokenSimilarity.vowelsOnlyDiffer(q.text(), n.text())
                    && !ArabicVowels.otherVowelKinds(q.text(), n.text())) {
                return new TokenSimilarity.Result(0.9, MatchRule.ROMANISATION_VARIANT);
            }
        }
        if (best < 0.9 && ArabicVowels.sameName(q.text(), n.text())) {
            return new TokenSimilarity.Result(0.9, MatchRule.ROMANISATION_VARIANT);
        }
        if (best < 0.95 && TokenSimilarity.yoWrittenAsE(q.text(), n.text())) {
            return new TokenSimilarity.Result(0.95, MatchRule.ROMANISATION_VARIANT);
        }
        return best >= TokenSimilarity.MIN_PAIR ? new TokenSimilarity.Result(best, rule) : none;
    }

    private static boolean mayBeCloseAsWritten(String a, String b) {
        Token ta = new Token(a, a, "", TokenKind.WORD, false);
        Token tb = new Token(b, b, "", TokenKind.WORD, false);
        return TokenSimilarity.mayBeClose(ta.textLetters(), tb.textLetters(), a.length(), b.length());
    }

    private static Token token(String written, int kind, boolean vowelless) {
        String word = written.isEmpty() ? "o" : written;
        return switch (kind) {
            case 0 -> new Token(word, word, word, TokenKind.NUMBER, false);
            case 1 -> new Token(word, word.substring(0, Math.min(2, word.length())), word, TokenKind.LEGAL_FORM, false);
            case 2 -> {
                String initial = word.substring(0, 1);
                yield new Token(initial, initial, initial, TokenKind.INITIAL, false);
            }
            default -> Token.joinedWords(word, vowelless);
        };
    }

    /** Compare gives what it gave before, for near words of every kind, as written and read from other scripts. */
    @Property(tries = 5000)
    void compareAsBefore(
            @ForAll("nearPairs") String[] pair,
            @ForAll @IntRange(min = 0, max = 8) int kindQ,
            @ForAll @IntRange(min = 0, max = 8) int kindN,
            @ForAll boolean vowellessQ,
            @ForAll boolean vowellessN,
            @ForAll boolean transliterated) {
        Token q = token(pair[0], kindQ, vowellessQ && kindQ > 2);
        Token n = token(pair[1], kindN, vowellessN && kindN > 5);
        assertThat(TokenSimilarity.compare(q, n, transliterated))
                .as("%s / %s", q, n)
                .isEqualTo(reference(q, n, transliterated));
    }

    @Property(tries = 1000)
    void nearWordsMeetTheirDistance(
            @ForAll @StringLength(min = 1, max = 12) @Chars({'k', 'i', 'm', 'j', 'o', 'n', 'g'}) String a,
            @ForAll @IntRange(min = 0, max = 11) int at) {
        // One swap of neighbours (half an edit each way) and one deletion: near words, where the band matters.
        StringBuilder b = new StringBuilder(a);
        int i = Math.min(at, a.length() - 1);
        if (i + 1 < b.length()) {
            char c = b.charAt(i);
            b.setCharAt(i, b.charAt(i + 1));
            b.setCharAt(i + 1, c);
        }
        b.deleteCharAt(b.length() - 1);
        for (int limit = 0; limit <= 6; limit++) {
            int whole = wholeTable(a, b.toString(), limit);
            int banded = TokenSimilarity.damerauLevenshtein(a, b.toString(), limit);
            assertThat(whole <= limit ? banded == whole : banded > limit)
                    .as("%s / %s at %d", a, b, limit)
                    .isTrue();
        }
    }

    @Example
    void typingErrorsCountAsDocumented() {
        assertThat(TokenSimilarity.damerauLevenshtein("lakahl", "lakhal", 4)).isEqualTo(1);
        assertThat(TokenSimilarity.damerauLevenshtein("kim", "kin", 4)).isEqualTo(2);
        assertThat(TokenSimilarity.damerauLevenshtein("abcdef", "ghijkl", 4)).isGreaterThan(4);
        assertThat(TokenSimilarity.editSimilarity("mohammed", "mohamed")).isEqualTo(1 - 2 / 2.0 / 8);
    }

    private static TokenSimilarity.Result latin(String a, String b) {
        return TokenSimilarity.compare(word(a), word(b), false);
    }

    private static Token word(String w) {
        return new Token(
                w,
                dev.embargo.matching.name.RomanizationVariants.variantKey(w),
                dev.embargo.matching.name.RomanizationVariants.skeleton(w),
                TokenKind.WORD,
                false);
    }

    /** Russian ё written yo, jo or e: one name; the same letters in Korean, Chinese or Spanish words: not. */
    @Example
    void russianYoWrittenAsEIsARomanisationVariant() {
        for (String[] pair : new String[][] {
            {"pyotr", "petr"},
            {"pjotr", "pyotr"},
            {"fyodor", "fedor"},
            {"semyonov", "semenov"},
            {"semyon", "semen"},
            {"artjom", "artem"},
            {"solovyov", "solovev"},
            {"fyodorovna", "fedorovna"},
            {"seleznjov", "seleznev"},
            {"alyona", "alena"}
        }) {
            assertThat(latin(pair[0], pair[1]).rule())
                    .as(pair[0] + " / " + pair[1])
                    .isEqualTo(MatchRule.ROMANISATION_VARIANT);
            assertThat(latin(pair[1], pair[0]).similarity()).isEqualTo(0.95);
        }
        for (String[] pair : new String[][] {
            {"kyong", "keng"},
            {"hyon", "hen"},
            {"hyok", "hek"},
            {"concepcion", "concepcen"},
            {"palacios", "palaces"},
            {"pyotr", "patr"},
            {"yosef", "esef"},
            {"diosdado", "desdado"},
            {"iriondo", "irendo"},
            {"kyongchol", "kengchol"}
        }) {
            assertThat(latin(pair[0], pair[1]).similarity())
                    .as(pair[0] + " / " + pair[1])
                    .isLessThan(0.9);
        }
    }
}
