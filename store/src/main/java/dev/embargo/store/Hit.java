package dev.embargo.store;

import java.util.List;

/**
 * A party a record matched at the threshold, as an alert would hold it.
 *
 * @param entityId    the listing whose name matched best
 * @param matchedName the listed name that matched best
 * @param score       0..1
 * @param explanation the engine's explanation, JSON
 * @param fingerprint what decides whether it differs materially from a decided alert
 * @param partyId     the party ({@link AlertBook#partyKey}): one alert per record and party
 * @param listings    every listing of the party, {@code entityId} among them
 */
public record Hit(
        String entityId,
        String matchedName,
        double score,
        String explanation,
        Fingerprint fingerprint,
        String partyId,
        List<String> listings) {
    public Hit {
        listings = List.copyOf(listings);
    }

    /** A hit on a listing that is a party of its own. */
    public Hit(String entityId, String matchedName, double score, String explanation, Fingerprint fingerprint) {
        this(entityId, matchedName, score, explanation, fingerprint, entityId, List.of(entityId));
    }
}
