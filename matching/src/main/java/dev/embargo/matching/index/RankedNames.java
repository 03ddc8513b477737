package dev.embargo.matching.index;

/**
 * The candidate names of one query reading, best first, and the query word weight that found each.
 *
 * @param ids     name ids of {@link CandidateIndex}
 * @param weights the weight of the query words that found each name
 */
public record RankedNames(int[] ids, float[] weights) {}
