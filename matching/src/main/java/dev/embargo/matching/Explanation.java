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
public record Explanation(String summary, String queryReading, List<Pair> pairs, List<String> unmatchedQuery,
                          List<String> unmatchedName, double nameScore, String cap, List<FactCheck> facts,
                          String identifier) {

    /** Query words paired with listed-name words. */
    public record Pair(String query, String name, String rule, double similarity) {
    }
}
