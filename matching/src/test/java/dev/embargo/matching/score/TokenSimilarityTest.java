package dev.embargo.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;

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

    /**
     * {@code compare} takes a spelling's edit similarity as 0 without computing it when {@code mayBeClose} rules
     * the pair out: that must be what {@code editSimilarity} would have said.
     */
    @Property(tries = 5000)
    void wordsRuledOutByTheirLettersHaveNoEditSimilarity(
            @ForAll @StringLength(max = 11) @Chars({'a', 'b', 'k', 'h', 'm', 'o', '1', '-'}) String a,
            @ForAll @StringLength(max = 11) @Chars({'a', 'b', 'k', 'h', 'm', 'o', '1', '-'}) String b) {
        Token ta = new Token(a, a, "", TokenKind.WORD, false);
        Token tb = new Token(b, b, "", TokenKind.WORD, false);
        if (!TokenSimilarity.mayBeClose(ta.textLetters(), tb.textLetters(), a, b)) {
            assertThat(TokenSimilarity.editSimilarity(a, b)).as("%s / %s", a, b).isZero();
        }
    }

    @Property(tries = 1000)
    void nearWordsMeetTheirDistance(@ForAll @StringLength(min = 1, max = 12) @Chars({'k', 'i', 'm', 'j', 'o', 'n', 'g'}) String a,
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
            assertThat(whole <= limit ? banded == whole : banded > limit).as("%s / %s at %d", a, b, limit).isTrue();
        }
    }

    @Example
    void typingErrorsCountAsDocumented() {
        assertThat(TokenSimilarity.damerauLevenshtein("lakahl", "lakhal", 4)).isEqualTo(1);
        assertThat(TokenSimilarity.damerauLevenshtein("kim", "kin", 4)).isEqualTo(2);
        assertThat(TokenSimilarity.damerauLevenshtein("abcdef", "ghijkl", 4)).isGreaterThan(4);
        assertThat(TokenSimilarity.editSimilarity("mohammed", "mohamed")).isEqualTo(1 - 2 / 2.0 / 8);
    }
}
