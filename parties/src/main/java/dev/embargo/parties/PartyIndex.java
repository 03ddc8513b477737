package dev.embargo.parties;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Screener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The listings grouped into parties and the screening index built over them, so that screening answers one
 * hit per party: what every command and the server screen and scan with. Immutable.
 */
public final class PartyIndex {
    private final Grouping grouping;
    private final Screener screener;
    private final Duration groupingTime;
    private final Duration indexTime;
    private final Map<String, Party> byId;

    private PartyIndex(Grouping grouping, Screener screener, Duration groupingTime, Duration indexTime) {
        this.grouping = grouping;
        this.screener = screener;
        this.groupingTime = groupingTime;
        this.indexTime = indexTime;
        this.byId = new HashMap<>(grouping.parties().size() * 2);
        grouping.parties().forEach(p -> byId.put(p.id(), p));
    }

    /** Every listing in exactly one party, with the evidence. */
    public Grouping grouping() {
        return grouping;
    }

    /** The screening index, its listings keyed by party. */
    public Screener screener() {
        return screener;
    }

    /** How long grouping took: what parties add to building the index. */
    public Duration groupingTime() {
        return groupingTime;
    }

    /** How long building the screening index took. */
    public Duration indexTime() {
        return indexTime;
    }
    /**
     * Groups {@code listings} (party ids kept from {@code previous} where their listings stay) and indexes them.
     * A listing id loaded twice (one file read twice) is grouped once; both copies belong to its party.
     */
    public static PartyIndex build(List<Entity> listings, PartyIdHistory previous) {
        long started = System.nanoTime();
        Set<String> seen = new HashSet<>(listings.size() * 2);
        List<Entity> distinct = new ArrayList<>(listings.size());
        for (Entity e : listings) {
            if (seen.add(e.id())) {
                distinct.add(e);
            }
        }
        Grouping grouping = PartyGrouper.of(distinct).group(PartyGrouper.Options.ALL, previous);
        long grouped = System.nanoTime();
        Map<String, String> partyOf = grouping.partyOfListing();
        Screener screener = Screener.of(listings, e -> partyOf.get(e.id()));
        long indexed = System.nanoTime();
        return new PartyIndex(
                grouping, screener, Duration.ofNanos(grouped - started), Duration.ofNanos(indexed - grouped));
    }

    /** Indexes {@code listings} with party ids from their anchor listings (no earlier grouping to keep). */
    public static PartyIndex build(List<Entity> listings) {
        return build(listings, PartyIdHistory.NONE);
    }

    /** The party with this id. */
    public Optional<Party> party(String partyId) {
        return Optional.ofNullable(byId.get(partyId));
    }

    /** The party a listing ({@code source:id}) belongs to. */
    public Optional<Party> partyOfListing(String listingId) {
        return grouping.partyOf(listingId).flatMap(this::party);
    }

    /** The listings of a party, as loaded, in the party's order (anchor first). */
    public List<Entity> listings(Party party) {
        List<Entity> out = new ArrayList<>(party.listingIds().size());
        for (String id : party.listingIds()) {
            screener.entity(id).ifPresent(out::add);
        }
        return List.copyOf(out);
    }
}
