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

    int size() {
        return lists.size();
    }

    /** Collects (key, id) pairs, then freezes them into sorted, duplicate-free arrays. */
    static final class Builder {
        private final Map<String, int[]> growing = new HashMap<>();
        private final Map<String, Integer> sizes = new HashMap<>();

        void add(String key, int id) {
            if (key == null || key.isEmpty()) {
                return;
            }
            int[] list = growing.get(key);
            int size = sizes.getOrDefault(key, 0);
            if (list == null) {
                list = new int[2];
            } else if (size > 0 && list[size - 1] == id) {
                return;
            } else if (size == list.length) {
                list = Arrays.copyOf(list, size * 2);
            }
            list[size] = id;
            growing.put(key, list);
            sizes.put(key, size + 1);
        }

        Postings build() {
            Map<String, int[]> frozen = new HashMap<>(growing.size() * 2);
            growing.forEach((k, v) -> {
                int[] ids = Arrays.copyOf(v, sizes.get(k));
                Arrays.sort(ids);
                frozen.put(k, Arrays.stream(ids).distinct().toArray());
            });
            return new Postings(frozen);
        }
    }
}
