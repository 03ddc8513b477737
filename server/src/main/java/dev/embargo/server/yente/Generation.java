package dev.embargo.server.yente;

import dev.embargo.lists.model.Entity;
import dev.embargo.parties.FtmIds;
import dev.embargo.parties.Grouping;
import dev.embargo.parties.Party;
import dev.embargo.parties.PartyGrouper;
import dev.embargo.parties.PartyIdHistory;
import dev.embargo.server.lists.ServedLists;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the yente answers need beyond one listing, computed once per served generation of the lists: which
 * listings are the same party (their ids are each other's {@code referents}) and when each listing was first
 * seen, last seen and last changed.
 *
 * @param grouping the parties of the generation's listings
 * @param parties  the parties by id
 * @param history  the listings' times from the snapshot history
 */
public record Generation(Grouping grouping, Map<String, Party> parties, ListingHistory history) {
    public Generation {
        parties = Map.copyOf(parties);
    }

    /** The generation's parties, as grouped when its lists were indexed, and its history. */
    public static Generation of(ServedLists served) {
        Grouping grouping = served.parties().grouping();
        Map<String, Party> parties = new LinkedHashMap<>();
        grouping.parties().forEach(p -> parties.put(p.id(), p));
        return new Generation(grouping, parties, ListingHistory.of(served));
    }

    /** Groups {@code listings} (each id taken once) and keeps their history. */
    static Generation of(List<Entity> listings, ListingHistory history) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Entity e : listings) {
            byId.putIfAbsent(e.id(), e);
        }
        Grouping grouping =
                PartyGrouper.of(new ArrayList<>(byId.values())).group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
        Map<String, Party> parties = new LinkedHashMap<>();
        grouping.parties().forEach(p -> parties.put(p.id(), p));
        return new Generation(grouping, parties, history);
    }

    /**
     * yente's referents of a listing: the FtM ids of the other listings of its party (the ids a client may
     * know the same party by), in the party's order; empty for a party listed once.
     */
    public List<String> referents(String listingId) {
        String partyId = grouping.partyOfListing().get(listingId);
        if (partyId == null) {
            return List.of();
        }
        Party party = parties.get(partyId);
        if (party == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(party.listingIds().size());
        for (String l : party.listingIds()) {
            if (!l.equals(listingId)) {
                out.add(FtmIds.of(l));
            }
        }
        return out;
    }
}
