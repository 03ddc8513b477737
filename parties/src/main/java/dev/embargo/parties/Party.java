package dev.embargo.parties;

import java.util.List;
import java.util.Objects;

/**
 * One party: the listings of it across the lists, and the evidence that ties them together.
 *
 * @param id         a FollowTheMoney-valid id, kept from one list version to the next (see {@link PartyIds})
 * @param listingIds the listings' ids ({@code source:id}), the anchor (first list in {@code Source} order,
 *                   then smallest id) first
 * @param evidence   every edge found between two of its listings; empty for a party listed once
 */
public record Party(String id, List<String> listingIds, List<Evidence> evidence) {
    public Party {
        Objects.requireNonNull(id, "id");
        listingIds = List.copyOf(listingIds);
        evidence = List.copyOf(evidence);
        if (listingIds.isEmpty()) {
            throw new IllegalArgumentException("party " + id + " has no listing");
        }
    }
}
