package dev.embargo.matching.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many listed organisations each acronym stands for (and, through the same count, how many listed people
 * hold initials and a family name, {@code score.InitialsAndFamily}): an acronym that two organisations share names
 * neither of them ({@code ScoringPolicy.ACRONYM}). Two holders are one organisation when they are the same party
 * or when their significant words agree ({@link Acronyms#organisationKey}: one organisation on several lists); a
 * listed name that is the acronym itself, one word ("KOMID", "HAMAS"), holds it for its party too, so another
 * organisation whose initials happen to spell it does not take it. Immutable once built.
 */
public final class AcronymHolders {
    /** No acronym held by anyone: every organisation is the only holder of its own acronyms. */
    public static final AcronymHolders NONE = new AcronymHolders(Map.of());

    private record Holders(int organisations, Set<String> keys) {}

    private final Map<String, Holders> byAcronym;

    private AcronymHolders(Map<String, Holders> byAcronym) {
        this.byAcronym = byAcronym;
    }

    /**
     * The number of organisations holding {@code acronym}, counting one named by {@code ownKey} (its
     * {@link Acronyms#organisationKey}, or null) that is not among them: a name compared outside the lists.
     */
    public int organisations(String acronym, String ownKey) {
        Holders h = byAcronym.get(acronym);
        if (h == null) {
            return ownKey == null ? 0 : 1;
        }
        return h.organisations() + (ownKey != null && !h.keys().contains(ownKey) ? 1 : 0);
    }

    /**
     * Every acronym held, with the number of organisations holding it ({@link #organisations} with no own key):
     * what a holder's acronym reading is scored by, so that two lists can be compared key by key.
     */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new HashMap<>(byAcronym.size() * 2);
        byAcronym.forEach((acronym, h) -> out.put(acronym, h.organisations()));
        return out;
    }

    /** Collects the holders of each acronym, then counts the organisations among them. Not thread-safe. */
    public static final class Builder {
        private record Holder(int party, String key) {}

        private final Map<String, List<Holder>> holders = new HashMap<>();

        /**
         * {@code party} (a party key) holds {@code acronym}, through a name whose significant words are
         * {@code key} (null for a name that is the acronym itself).
         */
        public void add(String acronym, int party, String key) {
            holders.computeIfAbsent(acronym, a -> new ArrayList<>(2)).add(new Holder(party, key));
        }

        public AcronymHolders build() {
            Map<String, Holders> out = new HashMap<>(holders.size() * 2);
            holders.forEach((acronym, list) -> {
                // Union-find over the holders: joined by a shared party or a shared key.
                int[] parent = new int[list.size()];
                Map<Integer, Integer> firstOfParty = new HashMap<>();
                Map<String, Integer> firstOfKey = new HashMap<>();
                Set<String> keys = new HashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    parent[i] = i;
                    Holder h = list.get(i);
                    Integer p = firstOfParty.putIfAbsent(h.party(), i);
                    if (p != null) {
                        union(parent, p, i);
                    }
                    if (h.key() != null) {
                        keys.add(h.key());
                        Integer k = firstOfKey.putIfAbsent(h.key(), i);
                        if (k != null) {
                            union(parent, k, i);
                        }
                    }
                }
                int roots = 0;
                for (int i = 0; i < parent.length; i++) {
                    roots += root(parent, i) == i ? 1 : 0;
                }
                out.put(acronym, new Holders(roots, Set.copyOf(keys)));
            });
            return new AcronymHolders(Map.copyOf(out));
        }

        private static int root(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private static void union(int[] parent, int a, int b) {
            parent[root(parent, a)] = root(parent, b);
        }
    }
}
