package dev.embargo.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What of an alert decides whether a later screening says something new: a decided alert is raised again only
 * when the new screening differs from it materially (see {@link #changesSince}).
 *
 * @param score        the score
 * @param matchedNames the listed names matched
 * @param evidence     the kinds of supporting facts that agreed (date of birth, country, identifier)
 * @param recordHash   {@link PortfolioRecord#screeningHash()} of the record screened
 * @param listingHash  {@link ListsSnapshot#listingHash} of the listing matched
 */
public record Fingerprint(
        double score, List<String> matchedNames, List<String> evidence, String recordHash, String listingHash) {

    /** A rise in score at least this large is material; a fall never is (the alert becomes weaker). */
    public static final double MATERIAL_SCORE_RISE = 0.05;

    public Fingerprint {
        matchedNames = List.copyOf(new TreeSet<>(matchedNames));
        evidence = List.copyOf(new TreeSet<>(evidence));
    }

    /**
     * What changed materially from {@code before} (the fingerprint of the decided alert) to this one, in
     * words; empty when nothing did. Material: the score rose by {@value #MATERIAL_SCORE_RISE} or more, a
     * kind of evidence agrees that had not, the record's screened fields changed, or the listing's names, dates,
     * countries or identifiers changed. A listed name matched that had not is said beside any of those, but is
     * not material by itself: with the record and the party's names unchanged it is another of the names the
     * reviewer decided on, met no better than the score says, and which of a party's names meets a record best
     * at about the same score follows word weights that every list change moves (two names of one listing can
     * score the same, and with three names or more which of them the candidate ranking brings to scoring moves
     * with those weights too).
     */
    public List<String> changesSince(Fingerprint before) {
        List<String> material = new ArrayList<>();
        if (score - before.score >= MATERIAL_SCORE_RISE - 1e-9) {
            material.add(String.format(Locale.ROOT, "score rose from %.2f to %.2f", before.score, score));
        }
        List<String> names = new ArrayList<>();
        for (String n : matchedNames) {
            if (!before.matchedNames.contains(n)) {
                names.add("new matched name \"" + n + "\"");
            }
        }
        for (String e : evidence) {
            if (!before.evidence.contains(e)) {
                material.add("new evidence: " + e + " agrees");
            }
        }
        if (!recordHash.equals(before.recordHash)) {
            material.add("the record's name, kind, dates of birth, countries or identifiers changed");
        }
        if (!listingHash.equals(before.listingHash)) {
            material.add("the listing's names, dates of birth, countries or identifiers changed");
        }
        if (material.isEmpty()) {
            return material;
        }
        // The names after a score's rise, before the rest, as the alert's note has always read.
        int at = material.getFirst().startsWith("score rose") ? 1 : 0;
        material.addAll(at, names);
        return material;
    }

    String toJson() {
        return StoreJson.write(this);
    }

    static Fingerprint fromJson(String json) {
        try {
            return StoreJson.MAPPER.readValue(json, Fingerprint.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("alert fingerprint unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
