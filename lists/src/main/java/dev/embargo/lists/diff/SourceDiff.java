package dev.embargo.lists.diff;

import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The changes to one source between two sets of lists (two snapshots, two folders, two files).
 *
 * @param presence      whether the source is in both sets; a source in only one is counted, not compared
 *                      (listing all its entities as added or removed would drown the real changes)
 * @param oldPublished  publication date of the older version, or null
 * @param newPublished  publication date of the newer version, or null
 * @param entities      the entity-level diff; empty lists when {@code presence} is not BOTH
 */
public record SourceDiff(
        Source source, Presence presence, LocalDate oldPublished, LocalDate newPublished, ListDiff entities) {
    public enum Presence {
        BOTH,
        ONLY_OLD,
        ONLY_NEW;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SourceDiff {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(entities, "entities");
    }

    /** Compares two sets of loaded lists source by source, in {@link Source} order. */
    public static List<SourceDiff> perSource(List<LoadedList> older, List<LoadedList> newer) {
        Map<Source, List<LoadedList>> before = bySource(older);
        Map<Source, List<LoadedList>> after = bySource(newer);
        TreeSet<Source> sources = new TreeSet<>(before.keySet());
        sources.addAll(after.keySet());
        List<SourceDiff> diffs = new ArrayList<>();
        for (Source s : sources) {
            List<LoadedList> then = before.getOrDefault(s, List.of());
            List<LoadedList> now = after.getOrDefault(s, List.of());
            List<Entity> thenEntities = entities(then);
            List<Entity> nowEntities = entities(now);
            Presence presence = then.isEmpty() ? Presence.ONLY_NEW : now.isEmpty() ? Presence.ONLY_OLD : Presence.BOTH;
            ListDiff diff = presence == Presence.BOTH
                    ? ListDiff.between(thenEntities, nowEntities)
                    : new ListDiff(thenEntities.size(), nowEntities.size(), List.of(), List.of(), List.of(), 0);
            diffs.add(new SourceDiff(s, presence, published(then), published(now), diff));
        }
        return diffs;
    }

    private static Map<Source, List<LoadedList>> bySource(List<LoadedList> lists) {
        Map<Source, List<LoadedList>> map = new EnumMap<>(Source.class);
        for (LoadedList l : lists) {
            map.computeIfAbsent(l.source(), k -> new ArrayList<>()).add(l);
        }
        return map;
    }

    private static List<Entity> entities(List<LoadedList> lists) {
        return lists.stream().flatMap(l -> l.entities().stream()).toList();
    }

    /** The newest publication date among a source's files (one file for all lists but odd folders). */
    private static LocalDate published(List<LoadedList> lists) {
        return lists.stream()
                .map(LoadedList::published)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }
}
