package dev.embargo.matching.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An immutable map from a key to the sorted ids of the names that contain it, and to how many listed parties
 * use it (its document frequency, which weighs the word: one look-up gives a query word both).
 */
final class Postings {
    private static final int[] EMPTY = new int[0];

    /** The names holding a key, and how many entities do. */
    record Entry(int[] ids, int entities) {}

    private final Map<String, Entry> lists;

    private Postings(Map<String, Entry> lists) {
        this.lists = lists;
    }

    int[] get(String key) {
        Entry e = lists.get(key);
        return e == null ? EMPTY : e.ids();
    }

    /** The key's entry; null when no name holds it. */
    Entry entry(String key) {
        return lists.get(key);
    }

    /** Collects (key, id) pairs, then freezes them into sorted, duplicate-free arrays. */
    static final class Builder {
        /** A growing list of ids; one object per key keeps adding to a single map lookup. */
        private static final class Ids {
            int[] ids = new int[2];
            int size;
        }

        private final Map<String, Ids> growing = new HashMap<>();

        void add(String key, int id) {
            if (key == null || key.isEmpty()) {
                return;
            }
            Ids list = growing.computeIfAbsent(key, k -> new Ids());
            if (list.size > 0 && list.ids[list.size - 1] == id) {
                return;
            }
            if (list.size == list.ids.length) {
                list.ids = Arrays.copyOf(list.ids, list.size * 2);
            }
            list.ids[list.size++] = id;
        }

        /** Freezes the lists, each with its key's count in {@code entities} (0 for keys it lacks). */
        Postings build(Map<String, Integer> entities) {
            Map<String, Entry> frozen = new HashMap<>(growing.size() * 2);
            growing.forEach((k, v) -> {
                // Ids arrive in ascending order and add() skips repeats, so each list is already sorted and unique.
                frozen.put(k, new Entry(Arrays.copyOf(v.ids, v.size), entities.getOrDefault(k, 0)));
            });
            return new Postings(frozen);
        }

        Postings build() {
            return build(Map.of());
        }
    }
}
