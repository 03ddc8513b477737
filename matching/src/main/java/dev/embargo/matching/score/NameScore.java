package dev.embargo.matching.score;

import java.util.List;

/**
 * How well a query name matched one listed name, before supporting facts.
 *
 * @param score          0..1
 * @param pairs          which words were paired, by which rule
 * @param queryCoverage  weighted share of the query's words that found a partner
 * @param nameCoverage   weighted share of the listed name's words that found a partner
 * @param cap            why the score was held down, or null
 * @param lowered        what counted against the name beyond the words left over, or null
 */
public record NameScore(
        double score, List<TokenPair> pairs, double queryCoverage, double nameCoverage, String cap, String lowered) {
    public static final NameScore ZERO = new NameScore(0, List.of(), 0, 0, null, null);

    public NameScore(double score, List<TokenPair> pairs, double queryCoverage, double nameCoverage, String cap) {
        this(score, pairs, queryCoverage, nameCoverage, cap, null);
    }
}
