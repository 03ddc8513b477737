package dev.embargo.matching.index;

import dev.embargo.lists.model.Entity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The listed parties in the order the index numbers them, and each by its id. A party listed twice under
 * one id (the same file loaded twice) is found by id as its first entry.
 */
public final class EntityTable {
    private final List<Entity> entities;
    private final Map<String, Integer> byId;

    public EntityTable(List<Entity> entities) {
        this.entities = List.copyOf(entities);
        Map<String, Integer> ids = new HashMap<>(this.entities.size() * 2);
        for (int i = 0; i < this.entities.size(); i++) {
            ids.putIfAbsent(this.entities.get(i).id(), i);
        }
        this.byId = ids;
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
}
