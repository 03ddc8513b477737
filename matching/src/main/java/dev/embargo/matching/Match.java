package dev.embargo.matching;

import dev.embargo.lists.model.Entity;

/**
 * A listed party a query may be.
 *
 * @param entity      the listed party
 * @param matchedName the listed name (as written in the list) that matched best
 * @param score       0..1
 * @param explanation why
 */
public record Match(Entity entity, String matchedName, double score, Explanation explanation) {}
