package dev.embargo.store;

/**
 * A listing a record matched at the threshold, as an alert would hold it.
 *
 * @param entityId    the listing
 * @param matchedName the listed name that matched best
 * @param score       0..1
 * @param explanation the engine's explanation, JSON
 * @param fingerprint what decides whether it differs materially from a decided alert
 */
public record Hit(String entityId, String matchedName, double score, String explanation, Fingerprint fingerprint) {}
