package dev.embargo.matching.index;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The exact index of the listed parties' identifiers (IMO numbers, currency addresses, BICs, ...): an
 * identifier that is found decides, whatever the name says.
 */
public final class IdentifierIndex {
    private static final int[] NO_ENTITIES = new int[0];

    /** A party holding an identifier the query gave, and that identifier as the list writes it. */
    public record Hit(int entity, String shown) {}

    private final EntityTable entities;
    private final Map<String, int[]> byKey;

    private IdentifierIndex(EntityTable entities, Map<String, int[]> byKey) {
        this.entities = entities;
        this.byKey = byKey;
    }

    /** Exact keys of every party's identifiers to the parties that hold them. */
    public static IdentifierIndex build(EntityTable entities) {
        List<Entity> all = entities.all();
        Map<String, List<Integer>> ids = new HashMap<>();
        for (int e = 0; e < all.size(); e++) {
            for (Identifier id : all.get(e).identifiers()) {
                List<Integer> list = ids.computeIfAbsent(IdentifierKeys.key(id), k -> new ArrayList<>());
                if (list.isEmpty() || list.getLast() != e) {
                    list.add(e);
                }
            }
        }
        Map<String, int[]> idIndex = new HashMap<>(ids.size() * 2);
        ids.forEach(
                (k, v) -> idIndex.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return new IdentifierIndex(entities, idIndex);
    }

    /**
     * The parties holding one of {@code values}, or the identifier that {@code name} is written as
     * ({@link IdentifierKeys#identifierIn}); each party once, in the order found.
     */
    public List<Hit> find(String name, List<String> values) {
        List<String> all = new ArrayList<>(values);
        String named = IdentifierKeys.identifierIn(name);
        if (named != null) {
            all.add(named);
        }
        if (all.isEmpty()) {
            return List.of();
        }
        List<Hit> out = new ArrayList<>();
        Set<Integer> found = new HashSet<>();
        for (String v : all) {
            for (String key : IdentifierKeys.candidateKeys(v)) {
                for (int e : byKey.getOrDefault(key, NO_ENTITIES)) {
                    if (found.add(e)) {
                        Entity entity = entities.get(e);
                        String shown = entity.identifiers().stream()
                                .filter(id -> IdentifierKeys.key(id).equals(key))
                                .map(id -> id.type().name().toLowerCase(Locale.ROOT) + " " + id.value())
                                .findFirst()
                                .orElse(v);
                        out.add(new Hit(e, shown));
                    }
                }
            }
        }
        return out;
    }
}
