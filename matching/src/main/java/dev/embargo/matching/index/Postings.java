package dev.embargo.matching.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** An immutable map from a key to the sorted ids of the names that contain it. */
final class Postings {
    private static final int[] EMPTY = new int[0];
    private final Map<String, int[]> lists;

    private Postings(Map<String, int[]> lists) {
        this.lists = lists;
    }

    int[] get(String key) {
        return lists.getOrDefault(key, EMPTY);
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

        Postings build() {
            Map<String, int[]> frozen = new HashMap<>(growing.size() * 2);
            growing.forEach((k, v) -> {
                // Ids arrive in ascending order and add() skips repeats, so each list is already sorted and unique.
                frozen.put(k, Arrays.copyOf(v.ids, v.size));
            });
            return new Postings(frozen);
        }
    }
}
