package dev.embargo.lists.diff;

import java.util.List;

/**
 * An entity present in both versions of a list whose facts differ.
 *
 * @param name   the primary name in the newer version
 * @param fields the facts that differ, in {@link EntityField} order
 */
public record EntityChange(String id, String name, List<EntityField> fields) {
    public EntityChange {
        fields = List.copyOf(fields);
    }
}
