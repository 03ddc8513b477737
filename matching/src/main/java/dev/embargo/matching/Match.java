package dev.embargo.matching;

import dev.embargo.lists.model.Entity;
import java.util.List;
import java.util.Objects;

/**
 * A listed party a query may be: the listing whose name matched best, and every listing of the same party.
 *
 * @param entity      the listing whose name matched best
 * @param matchedName the listed name (as written in the list) that matched best
 * @param score       0..1
 * @param explanation why
 * @param partyId     the party's id as the grouping gave it (a FollowTheMoney id), or null when the listings
 *                    were not grouped: then the listing is a party of its own
 * @param listings    every listing of the party (with {@code entity}), in list order then by id
 */
public record Match(
        Entity entity,
        String matchedName,
        double score,
        Explanation explanation,
        String partyId,
        List<Entity> listings) {
    public Match {
        Objects.requireNonNull(entity, "entity");
        listings = List.copyOf(listings);
    }

    /** A match of a listing that is a party of its own. */
    public Match(Entity entity, String matchedName, double score, Explanation explanation) {
        this(entity, matchedName, score, explanation, null, List.of(entity));
    }

    /** This match as one of the party {@code partyId}, listed as {@code listings}. */
    public Match withParty(String partyId, List<Entity> listings) {
        return new Match(entity, matchedName, score, explanation, partyId, listings);
    }
}
