package dev.embargo.matching;

import dev.embargo.matching.score.FactCheck;
import java.util.List;

/**
 * Why a listed party got its score, short enough to show an analyst.
 *
 * @param summary        one line: the score and its main reasons
 * @param queryReading   how the query was read into Latin ("latin", "hangul", "korean hanja", ...) and the reading
 * @param pairs          which parts of the two names were paired, by which rule, how alike they were
 * @param unmatchedQuery words of the query that found no partner
 * @param unmatchedName  words of the listed name the query did not mention
 * @param nameScore      the score of the names alone
 * @param cap            why the name score was held down, or null
 * @param facts          supporting facts compared, and what each did to the score
 * @param identifier     the identifier that matched exactly (which decides), or null
 */
public record Explanation(
        String summary,
        String queryReading,
        List<Pair> pairs,
        List<String> unmatchedQuery,
        List<String> unmatchedName,
        double nameScore,
        String cap,
        List<FactCheck> facts,
        String identifier) {

    /** Query words paired with listed-name words. */
    public record Pair(String query, String name, String rule, double similarity) {}

    /** An explanation with only a summary so far: no reading, pairs, facts, cap or identifier. */
    public static Builder withSummary(String summary) {
        return new Builder(summary);
    }

    /**
     * An explanation that is not of paired names (an identifier found, nothing in common): only the parts it
     * has are set, the lists stay empty, the name score 0 and the cap null.
     */
    public static final class Builder {
        private final String summary;
        private String queryReading = "";
        private String identifier;

        private Builder(String summary) {
            this.summary = summary;
        }

        public Builder queryReading(String reading) {
            this.queryReading = reading;
            return this;
        }

        public Builder identifier(String matched) {
            this.identifier = matched;
            return this;
        }

        public Explanation build() {
            return new Explanation(
                    summary, queryReading, List.of(), List.of(), List.of(), 0, null, List.of(), identifier);
        }
    }
}
