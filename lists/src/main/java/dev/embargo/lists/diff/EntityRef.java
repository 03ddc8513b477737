package dev.embargo.lists.diff;

import dev.embargo.lists.model.Entity;

/** An entity named in a diff: its id and primary name. */
public record EntityRef(String id, String name) {
    public static EntityRef of(Entity e) {
        return new EntityRef(e.id(), e.primaryName().full());
    }
}
