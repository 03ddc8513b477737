package dev.embargo.matching.index;

import dev.embargo.lists.model.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The listed parties in the order the index numbers them, and each by its id. A party listed twice under
 * one id (the same file loaded twice) is found by id as its first entry.
 *
 * <p>Each listing also has a party key: listings with the same key are one party listed by several lists
 * (the grouping is made elsewhere and passed in as a function from listing to party id, so that matching does
 * not depend on how it is made). Without a grouping every listing is a party of its own.
 */
public final class EntityTable {
    private final List<Entity> entities;
    private final Map<String, Integer> byId;
    /** Each listing's party key, 0..partyCount. */
    private final int[] partyKey;
    /** Each party key's id as the grouping gave it, or null for a listing no grouping covered. */
    private final String[] partyIds;
    /** Each party key's listings (entity indices), in list order then by id. */
    private final int[][] members;

    public EntityTable(List<Entity> entities) {
        this(entities, e -> null);
    }

    /**
     * @param partyOf the id of the party a listing belongs to; null for a listing that is a party of its own
     */
    public EntityTable(List<Entity> entities, Function<Entity, String> partyOf) {
        this.entities = List.copyOf(entities);
        Map<String, Integer> ids = new HashMap<>(this.entities.size() * 2);
        for (int i = 0; i < this.entities.size(); i++) {
            ids.putIfAbsent(this.entities.get(i).id(), i);
        }
        this.byId = ids;
        this.partyKey = new int[this.entities.size()];
        Map<String, Integer> keys = new HashMap<>(this.entities.size() * 2);
        List<String> partyIdList = new ArrayList<>();
        List<List<Integer>> memberList = new ArrayList<>();
        for (int i = 0; i < this.entities.size(); i++) {
            String party = partyOf.apply(this.entities.get(i));
            int key;
            if (party == null) {
                key = partyIdList.size();
                partyIdList.add(null);
                memberList.add(new ArrayList<>(1));
            } else {
                key = keys.computeIfAbsent(party, p -> {
                    partyIdList.add(p);
                    memberList.add(new ArrayList<>(2));
                    return partyIdList.size() - 1;
                });
            }
            partyKey[i] = key;
            memberList.get(key).add(i);
        }
        this.partyIds = partyIdList.toArray(new String[0]);
        this.members = new int[memberList.size()][];
        Comparator<Integer> order = Comparator.comparing(
                        (Integer i) -> this.entities.get(i).source())
                .thenComparing(i -> this.entities.get(i).id());
        for (int k = 0; k < members.length; k++) {
            List<Integer> m = memberList.get(k);
            m.sort(order);
            members[k] = m.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    public List<Entity> all() {
        return entities;
    }

    public int size() {
        return entities.size();
    }

    public Entity get(int index) {
        return entities.get(index);
    }

    /** How many distinct ids the table holds. */
    public int distinctIds() {
        return byId.size();
    }

    public Optional<Entity> byId(String id) {
        Integer i = byId.get(id);
        return i == null ? Optional.empty() : Optional.of(entities.get(i));
    }

    /** The index of the party with {@code id}; the party must be in the table. */
    public int indexOf(String id) {
        return byId.get(id);
    }

    /** The party key of the listing at {@code index}. */
    public int partyOf(int index) {
        return partyKey[index];
    }

    /** How many parties (distinct party keys) the listings make. */
    public int partyCount() {
        return members.length;
    }

    /** The party's id as the grouping gave it, or null when the listing was grouped by none. */
    public String partyId(int key) {
        return partyIds[key];
    }

    /** The party's listings, in list order then by id. */
    public List<Entity> listingsOf(int key) {
        int[] m = members[key];
        List<Entity> out = new ArrayList<>(m.length);
        for (int i : m) {
            out.add(entities.get(i));
        }
        return List.copyOf(out);
    }
}
