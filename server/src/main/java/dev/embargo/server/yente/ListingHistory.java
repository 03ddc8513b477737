package dev.embargo.server.yente;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.sync.SnapshotStore;
import dev.embargo.server.lists.ServedLists;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * When each listing was first seen, last seen and last changed, from the snapshots {@code embargo sync} keeps
 * ({@code DIR/snapshots/NAME}, named by the time they were taken). The served generation's snapshot and up to
 * {@link #MAX_SNAPSHOTS} before it are read oldest first; a listing's record "changed" in a snapshot when its
 * FtM properties or schema differ from the last snapshot that held it.
 *
 * <p>The history cannot see before its oldest snapshot, so a record unchanged across it has that snapshot's time
 * as {@code last_change}: {@code changed_since} may then return a record that did not change, but never misses
 * one that did. {@code first_seen} is the earlier of the listing date the list gives and the first snapshot that
 * held it. Served from a plain folder (no snapshots), the list's publication date stands in for the snapshot
 * time, and the time the lists were loaded where the list has none.
 *
 * @param seen     per listing id
 * @param snapshots the snapshot names read, oldest first (empty for a plain folder)
 */
public record ListingHistory(Map<String, Seen> seen, List<String> snapshots) {
    /** Older snapshots read besides the served one: bounds the work to a few list loads per new generation. */
    static final int MAX_SNAPSHOTS = 12;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    static final DateTimeFormatter YENTE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** A listing's times, in yente's form ({@code 2026-03-01T12:00:00}). */
    public record Seen(String firstSeen, String lastSeen, String lastChange) {}

    public ListingHistory {
        seen = Map.copyOf(seen);
        snapshots = List.copyOf(snapshots);
    }

    public Optional<Seen> of(String listingId) {
        return Optional.ofNullable(seen.get(listingId));
    }

    /** The history of the served generation, read from its snapshot store when it is served from one. */
    public static ListingHistory of(ServedLists served) {
        Path folder = served.folder();
        Path parent = folder == null ? null : folder.getParent();
        if (parent != null
                && parent.getFileName() != null
                && parent.getFileName().toString().equals(SnapshotStore.SNAPSHOTS)
                && snapshotTime(folder.getFileName().toString()).isPresent()) {
            try {
                return fromStore(served, new SnapshotStore(parent.getParent()));
            } catch (IOException | RuntimeException e) {
                // An unreadable history must not take the entities down with it: they get the plain times.
                return plain(served);
            }
        }
        return plain(served);
    }

    /** Without snapshots: the list's own dates. */
    static ListingHistory plain(ServedLists served) {
        return plain(served.report().entities(), served.loadedAt());
    }

    /** Without snapshots: the lists' own dates, and {@code loadedAt} for a list without a publication date. */
    static ListingHistory plain(List<Entity> listings, Instant loadedAt) {
        Map<String, Seen> out = new HashMap<>();
        for (Entity e : listings) {
            Instant known = e.published() != null ? atMidnight(e.published()) : loadedAt;
            Instant first =
                    e.listedOn() != null && atMidnight(e.listedOn()).isBefore(known) ? atMidnight(e.listedOn()) : known;
            out.putIfAbsent(e.id(), new Seen(format(first), format(known), format(known)));
        }
        return new ListingHistory(out, List.of());
    }

    private static ListingHistory fromStore(ServedLists served, SnapshotStore store) throws IOException {
        String current = served.folder().getFileName().toString();
        List<String> older = new ArrayList<>();
        for (String name : store.snapshotNames()) {
            if (name.compareTo(current) < 0 && snapshotTime(name).isPresent()) {
                older.add(name);
            }
        }
        older = older.subList(Math.max(0, older.size() - MAX_SNAPSHOTS), older.size());
        Map<String, Instant> first = new HashMap<>();
        Map<String, Instant> changed = new HashMap<>();
        Map<String, Integer> fingerprint = new HashMap<>();
        // Unchanged lists are hard links to the same file from one snapshot to the next: read once.
        Map<List<Object>, List<Entity>> readBefore = new HashMap<>();
        for (String name : older) {
            Instant at = snapshotTime(name).orElseThrow();
            for (Entity e : entitiesOf(store.snapshotFolder(name), readBefore)) {
                record(e, at, first, changed, fingerprint);
            }
        }
        Instant now = snapshotTime(current).orElseThrow();
        for (Entity e : served.report().entities()) {
            record(e, now, first, changed, fingerprint);
        }
        Map<String, Seen> out = new HashMap<>();
        for (Entity e : served.report().entities()) {
            Instant f = first.get(e.id());
            if (e.listedOn() != null && atMidnight(e.listedOn()).isBefore(f)) {
                f = atMidnight(e.listedOn());
            }
            out.putIfAbsent(e.id(), new Seen(format(f), format(now), format(changed.get(e.id()))));
        }
        List<String> names = new ArrayList<>(older);
        names.add(current);
        return new ListingHistory(out, names);
    }

    private static void record(
            Entity e,
            Instant at,
            Map<String, Instant> first,
            Map<String, Instant> changed,
            Map<String, Integer> fingerprint) {
        int print = FtmEntity.properties(e).hashCode() * 31 + FtmSchema.of(e).ordinal();
        first.putIfAbsent(e.id(), at);
        Integer before = fingerprint.put(e.id(), print);
        if (before == null || before != print) {
            changed.put(e.id(), at);
        }
    }

    /** Every listing in one snapshot, each list folder read once per distinct set of files. */
    private static List<Entity> entitiesOf(Path snapshot, Map<List<Object>, List<Entity>> readBefore)
            throws IOException {
        List<Entity> out = new ArrayList<>();
        if (!Files.isDirectory(snapshot)) {
            return out;
        }
        List<Path> listFolders;
        try (Stream<Path> s = Files.list(snapshot)) {
            listFolders = s.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        for (Path folder : listFolders) {
            List<Object> key = filesKey(folder);
            List<Entity> entities = readBefore.get(key);
            if (entities == null) {
                entities = new ArrayList<>();
                for (LoadedList l : ListLoader.loadDirectory(folder).lists()) {
                    entities.addAll(l.entities());
                }
                readBefore.put(key, entities);
            }
            out.addAll(entities);
        }
        return out;
    }

    /** The files of a list folder by name, identity (inode where there is one), size and modification time. */
    private static List<Object> filesKey(Path folder) throws IOException {
        List<Object> key = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                key.add(p.getFileName().toString());
                key.add(a.fileKey() == null ? p.toString() : a.fileKey());
                key.add(a.size());
                key.add(a.lastModifiedTime().toMillis());
            }
        }
        return key;
    }

    static Optional<Instant> snapshotTime(String name) {
        if (name.length() < 16) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(name.substring(0, 16), STAMP).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Instant atMidnight(LocalDate d) {
        return d.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    static String format(Instant t) {
        return YENTE_TIME.format(t.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }
}
