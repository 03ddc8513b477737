package dev.embargo.matching;

/**
 * Two names compared.
 *
 * @param score       0..1
 * @param match       {@code score >= threshold}
 * @param explanation why
 */
public record Comparison(double score, boolean match, Explanation explanation) {}
