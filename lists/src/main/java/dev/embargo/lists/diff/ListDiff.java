package dev.embargo.lists.diff;

import dev.embargo.lists.model.Entity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two versions of a list, entity by entity, matched by id.
 *
 * @param oldCount  entities in the older version
 * @param newCount  entities in the newer version
 * @param added     ids only in the newer version
 * @param removed   ids only in the older version
 * @param changed   ids in both whose facts differ
 * @param unchanged ids in both with the same facts
 */
public record ListDiff(
        int oldCount,
        int newCount,
        List<EntityRef> added,
        List<EntityRef> removed,
        List<EntityChange> changed,
        int unchanged) {
    public ListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** Compares two versions of a list. Each side's entities should come from one source. */
    public static ListDiff between(Collection<Entity> older, Collection<Entity> newer) {
        Map<String, Entity> before = byId(older);
        Map<String, Entity> after = byId(newer);
        List<EntityRef> added = new ArrayList<>();
        List<EntityChange> changed = new ArrayList<>();
        int unchanged = 0;
        for (Entity now : after.values()) {
            Entity then = before.get(now.id());
            if (then == null) {
                added.add(EntityRef.of(now));
                continue;
            }
            List<EntityField> fields = new ArrayList<>();
            for (EntityField f : EntityField.values()) {
                if (f.differs(then, now)) {
                    fields.add(f);
                }
            }
            if (fields.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new EntityChange(now.id(), now.primaryName().full(), fields));
            }
        }
        List<EntityRef> removed = new ArrayList<>();
        for (Entity then : before.values()) {
            if (!after.containsKey(then.id())) {
                removed.add(EntityRef.of(then));
            }
        }
        Comparator<EntityRef> refOrder = Comparator.comparing(EntityRef::id, IdOrder.INSTANCE);
        added.sort(refOrder);
        removed.sort(refOrder);
        changed.sort(Comparator.comparing(EntityChange::id, IdOrder.INSTANCE));
        return new ListDiff(older.size(), newer.size(), added, removed, changed, unchanged);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Ids repeated within one version (a list should not have any) count once: the first one wins. */
    private static Map<String, Entity> byId(Collection<Entity> entities) {
        Map<String, Entity> map = new LinkedHashMap<>();
        for (Entity e : entities) {
            map.putIfAbsent(e.id(), e);
        }
        return map;
    }
}
