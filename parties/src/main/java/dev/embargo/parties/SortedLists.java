package dev.embargo.parties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Small sorted lists without repeats, the sets of facts grouping compares: a listing has a few names, dates and
 * countries, which a sorted immutable list holds in far fewer objects than a tree set, and intersects in order.
 */
final class SortedLists {
    private SortedLists() {}

    /** The values sorted in their natural order, each once, as an immutable list. */
    static <T extends Comparable<? super T>> List<T> of(Collection<T> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        if (values.size() == 1) {
            return List.of(values.iterator().next());
        }
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int kept = 1;
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).compareTo(sorted.get(kept - 1)) != 0) {
                sorted.set(kept++, sorted.get(i));
            }
        }
        return List.copyOf(sorted.subList(0, kept));
    }

    /** The values both sorted lists hold, in order. */
    static <T extends Comparable<? super T>> List<T> common(List<T> a, List<T> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return List.of();
        }
        List<T> out = new ArrayList<>(Math.min(a.size(), b.size()));
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int c = a.get(i).compareTo(b.get(j));
            if (c == 0) {
                out.add(a.get(i));
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    /** Whether two sorted lists have no value in common. */
    static <T extends Comparable<? super T>> boolean disjoint(List<T> a, List<T> b) {
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int c = a.get(i).compareTo(b.get(j));
            if (c == 0) {
                return false;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return true;
    }
}
