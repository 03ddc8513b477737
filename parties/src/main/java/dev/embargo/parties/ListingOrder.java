package dev.embargo.parties;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order that picks a party's anchor listing: the list first in {@link Source} order (the UN first, whose
 * listings the others cite), then the smallest id in that list, numbers compared as numbers.
 */
final class ListingOrder {
    private ListingOrder() {}

    private record Keyed(Entity listing, Source source, String idInSource) {}

    private static final Comparator<Keyed> ORDER =
            Comparator.comparing(Keyed::source).thenComparing(Keyed::idInSource, ListingOrder::compareIds);

    static List<Entity> sorted(List<Entity> listings) {
        List<Keyed> keyed = new ArrayList<>(listings.size());
        for (Entity e : listings) {
            keyed.add(new Keyed(e, e.source(), e.idInSource()));
        }
        keyed.sort(ORDER);
        List<Entity> out = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            out.add(k.listing());
        }
        return out;
    }

    static int compareIds(String x, String y) {
        if (allDigits(x) && allDigits(y)) {
            // As numbers: leading zeros skipped (one digit kept), then the longer is larger, then digit by digit.
            int fx = firstSignificant(x);
            int fy = firstSignificant(y);
            int byLength = Integer.compare(x.length() - fx, y.length() - fy);
            if (byLength != 0) {
                return byLength;
            }
            for (int i = fx, j = fy; i < x.length(); i++, j++) {
                if (x.charAt(i) != y.charAt(j)) {
                    return x.charAt(i) - y.charAt(j);
                }
            }
        }
        return x.compareTo(y);
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int firstSignificant(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return i;
    }
}
