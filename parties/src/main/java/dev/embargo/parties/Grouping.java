package dev.embargo.parties;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every listing in exactly one party.
 *
 * @param parties              the parties, in the order of their anchor listings
 * @param partyOfListing       listing id to party id, for every listing
 * @param refused              evidence found but not applied, with the guard that refused it
 * @param ambiguousIdentifiers identifier keys left out because one list gives them to two of its listings
 */
public record Grouping(
        List<Party> parties,
        Map<String, String> partyOfListing,
        List<RefusedEdge> refused,
        List<String> ambiguousIdentifiers) {
    public Grouping {
        parties = List.copyOf(parties);
        partyOfListing = Map.copyOf(partyOfListing);
        refused = List.copyOf(refused);
        ambiguousIdentifiers = List.copyOf(ambiguousIdentifiers);
    }

    public Optional<String> partyOf(String listingId) {
        return Optional.ofNullable(partyOfListing.get(listingId));
    }

    /** What a later grouping needs to keep these parties' ids. */
    public PartyIdHistory history() {
        return new PartyIdHistory(partyOfListing);
    }
}
