package dev.embargo.store;

/**
 * An alert as stored.
 *
 * @param id              its number
 * @param recordId        the portfolio record
 * @param entityId        the listing that matched best when it was raised
 * @param current         whether it is the current alert of its record and party
 * @param state           where it stands
 * @param score           the score when raised
 * @param matchedName     the listed name matched
 * @param explanation     the engine's explanation when raised, JSON
 * @param fingerprint     what decides whether a later screening differs materially, JSON
 * @param materialChange  why it was raised again after a decision (null for a first alert)
 * @param replaces        the alert of the same pair it follows, or null
 * @param runId           the screening run that raised it
 * @param raisedAt        when, ms since 1970
 * @param updatedAt       last change, ms since 1970
 * @param closedReason    why the system closed it, or null
 * @param pendingDecision a decision awaiting its second reviewer, or null
 * @param version         the version a decision must name (optimistic locking)
 * @param partyId         the party: the screener's party id, or the listing's id where listings were not grouped
 * @param listings        every listing of the party when it was raised, {@code entityId} among them
 */
public record Alert(
        long id,
        String recordId,
        String entityId,
        boolean current,
        AlertState state,
        double score,
        String matchedName,
        String explanation,
        String fingerprint,
        String materialChange,
        Long replaces,
        long runId,
        long raisedAt,
        long updatedAt,
        String closedReason,
        Long pendingDecision,
        int version,
        String partyId,
        java.util.List<String> listings) {
    public Alert {
        listings = java.util.List.copyOf(listings);
    }
}
