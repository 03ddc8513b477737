package dev.embargo.report.party;

import dev.embargo.parties.Grouping;
import dev.embargo.parties.Party;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two versions of the lists per party, beside what changed per listing: parties that
 * appeared, ended, or whose listings came, went or changed. The newer grouping must have been made with the
 * older one's {@link Grouping#history()}, so that a party that stays keeps its id and the two can be matched by
 * id.
 *
 * @param oldCount  parties in the older version
 * @param newCount  parties in the newer version
 * @param added     parties only in the newer version
 * @param removed   parties only in the older version
 * @param changed   parties in both whose listings came, went or changed
 * @param unchanged how many parties are in both, with the same listings, none changed
 */
public record PartyDiff(
        int oldCount, int newCount, List<Entry> added, List<Entry> removed, List<Entry> changed, int unchanged) {
    public PartyDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /**
     * One party that changed.
     *
     * @param id       the party's id
     * @param name     its anchor listing's name (in the newer version when it has one)
     * @param listings its listings (in the newer version when it has one)
     * @param joined   listings now of it that were not before (newly listed, or moved from another party)
     * @param left     listings of it before that are not now (delisted, or moved to another party)
     * @param changed  its listings whose facts changed, with the fields
     */
    public record Entry(
            String id,
            String name,
            List<String> listings,
            List<String> joined,
            List<String> left,
            Map<String, List<String>> changed) {
        public Entry {
            listings = List.copyOf(listings);
            joined = List.copyOf(joined);
            left = List.copyOf(left);
            changed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changed));
        }
    }

    /**
     * @param changedFields the fields that changed of each listing in both versions whose facts changed
     * @param nameOf        a listing's primary name (newer version first)
     */
    public static PartyDiff of(
            Grouping older,
            Grouping newer,
            Map<String, List<String>> changedFields,
            java.util.function.Function<String, String> nameOf) {
        Map<String, Party> before = new LinkedHashMap<>();
        older.parties().forEach(p -> before.put(p.id(), p));
        Map<String, Party> after = new LinkedHashMap<>();
        newer.parties().forEach(p -> after.put(p.id(), p));
        List<Entry> added = new ArrayList<>();
        List<Entry> removed = new ArrayList<>();
        List<Entry> changed = new ArrayList<>();
        int unchanged = 0;
        for (Party p : newer.parties()) {
            Party old = before.get(p.id());
            Map<String, List<String>> fields = new LinkedHashMap<>();
            for (String l : p.listingIds()) {
                List<String> f = changedFields.get(l);
                if (f != null) {
                    fields.put(l, f);
                }
            }
            if (old == null) {
                added.add(entry(p, p.listingIds(), List.of(), fields, nameOf));
                continue;
            }
            Set<String> was = new LinkedHashSet<>(old.listingIds());
            Set<String> is = new LinkedHashSet<>(p.listingIds());
            List<String> joined =
                    p.listingIds().stream().filter(l -> !was.contains(l)).toList();
            List<String> left =
                    old.listingIds().stream().filter(l -> !is.contains(l)).toList();
            if (joined.isEmpty() && left.isEmpty() && fields.isEmpty()) {
                unchanged++;
            } else {
                changed.add(entry(p, joined, left, fields, nameOf));
            }
        }
        for (Party p : older.parties()) {
            if (!after.containsKey(p.id())) {
                removed.add(entry(p, List.of(), p.listingIds(), Map.of(), nameOf));
            }
        }
        return new PartyDiff(older.parties().size(), newer.parties().size(), added, removed, changed, unchanged);
    }

    private static Entry entry(
            Party p,
            List<String> joined,
            List<String> left,
            Map<String, List<String>> fields,
            java.util.function.Function<String, String> nameOf) {
        return new Entry(p.id(), nameOf.apply(p.listingIds().getFirst()), p.listingIds(), joined, left, fields);
    }

    /** The per-party part of {@code embargo diff}'s table. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                java.util.Locale.ROOT,
                "parties: %,d -> %,d; %d added, %d removed, %d changed, %,d unchanged%n",
                oldCount,
                newCount,
                added.size(),
                removed.size(),
                changed.size(),
                unchanged));
        for (Entry e : added) {
            sb.append("  + ")
                    .append(e.id())
                    .append("  ")
                    .append(e.name())
                    .append("  ")
                    .append(e.listings());
            sb.append('\n');
        }
        for (Entry e : removed) {
            sb.append("  - ")
                    .append(e.id())
                    .append("  ")
                    .append(e.name())
                    .append("  ")
                    .append(e.left());
            sb.append('\n');
        }
        for (Entry e : changed) {
            List<String> what = new ArrayList<>();
            e.joined().forEach(l -> what.add("+" + l));
            e.left().forEach(l -> what.add("-" + l));
            e.changed().forEach((l, f) -> what.add("~" + l + " " + f));
            sb.append("  ~ ").append(e.id()).append("  ").append(e.name()).append("  ");
            sb.append(String.join(", ", what)).append('\n');
        }
        return sb.toString();
    }

    /** The per-party part of {@code embargo diff --format json}. */
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("added", added.stream().map(PartyDiff::json).toList());
        m.put("removed", removed.stream().map(PartyDiff::json).toList());
        m.put("changed", changed.stream().map(PartyDiff::json).toList());
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("old_parties", oldCount);
        counts.put("new_parties", newCount);
        counts.put("added", added.size());
        counts.put("removed", removed.size());
        counts.put("changed", changed.size());
        counts.put("unchanged", unchanged);
        m.put("counts", counts);
        return m;
    }

    private static Map<String, Object> json(Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("listings", e.listings());
        m.put("joined", e.joined());
        m.put("left", e.left());
        Map<String, Object> changed = new LinkedHashMap<>();
        changed.putAll(e.changed());
        m.put("changed", changed);
        return m;
    }
}
