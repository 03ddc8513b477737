package dev.embargo.bench.quality;

import dev.embargo.lists.model.EntityKind;
import java.util.List;

/**
 * A query name and a listed name, labelled: the same party or not.
 *
 * @param family what the pair measures ("asymmetry", "order", "cross-script", ...): a family holds the pairs that
 *               must match and the near-misses that must not, so that its precision and recall mean something
 * @param kind   how the pair was made ("middle-dropped", "bin-swapped", ...)
 * @param query  the name screened
 * @param listed the name compared against, as if listed
 * @param party  the listed party's kind
 * @param same   the two names are of the same party
 * @param from   the listings the pair was drawn from (their ids or names): a change to the lists that touches none
 *               of them leaves the pair as it is
 */
public record LabelledPair(
        String family, String kind, String query, String listed, EntityKind party, boolean same, List<String> from) {
    public LabelledPair {
        from = List.copyOf(from);
    }

    /** A pair drawn from the listings its two names are written on. */
    public LabelledPair(String family, String kind, String query, String listed, EntityKind party, boolean same) {
        this(family, kind, query, listed, party, same, List.of(query, listed));
    }
}
