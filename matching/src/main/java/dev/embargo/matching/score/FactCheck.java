package dev.embargo.matching.score;

/**
 * One supporting fact compared: what the query said, what the list says, whether they agree, and what
 * that did to the score.
 *
 * @param fact    "date of birth", "country", "identifier"
 * @param query   the query's value
 * @param listed  the listed value it was compared with (or all listed values when none agreed)
 * @param outcome "agrees", "close", "disagrees"
 * @param effect  added to the score (negative when it lowered it)
 */
public record FactCheck(String fact, String query, String listed, String outcome, double effect) {}
