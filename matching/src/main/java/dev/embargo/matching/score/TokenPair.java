package dev.embargo.matching.score;

/**
 * Words of the query paired with words of a listed name: {@code [queryFrom, queryTo)} with
 * {@code [nameFrom, nameTo)} (more than one word on a side when words were joined), by {@code rule}.
 */
public record TokenPair(int queryFrom, int queryTo, int nameFrom, int nameTo, double similarity, MatchRule rule) {}
