package dev.embargo.spark;

import dev.embargo.lists.ListCheck;
import dev.embargo.lists.ListFailure;
import dev.embargo.lists.ListIntake;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.sync.SnapshotStore;
import dev.embargo.matching.Screener;
import dev.embargo.parties.PartyGrouper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The bytes of a folder of list files, read once on the driver and broadcast: every executor builds its
 * index from exactly the files the driver checked, with the same loader the CLI uses, so a job screens as
 * {@code embargo screen} does. The files are what is shipped (about the size of the lists, tens of MB)
 * rather than the built index, which holds far more and has no serial form.
 *
 * @param files the files by their path below the folder, in path order
 * @param hash  SHA-256 of the paths and bytes: names this snapshot in the per-JVM cache of screeners
 */
public record ListSnapshot(Map<String, byte[]> files, String hash) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The largest snapshot read: well above the official lists together (about 100 MB), below a heap's worth. */
    public static final long MAX_BYTES = 1L << 30;

    /**
     * Screeners by snapshot hash, one per JVM. The one JVM-wide cache Embargo keeps: Spark runs many tasks,
     * of many partitions, in one executor JVM and gives a task no other place that outlives it, while
     * building the index costs seconds and a few hundred MB; so each executor builds it once for a snapshot
     * and every task in that JVM shares it (Screener is safe to share between threads). Keyed by content,
     * a new snapshot gets its own screener and an old one is never served for it.
     */
    private static final Map<String, Screener> SCREENERS = new ConcurrentHashMap<>();

    /**
     * Reads the lists in {@code dir} (a store {@code embargo sync} fills, or a plain folder) after checking
     * every list as a sync checks a download.
     *
     * @throws DamagedListsException when a list's files fail the checks: the job must not screen without it
     */
    public static ListSnapshot read(Path dir) throws IOException {
        Path folder = SnapshotStore.resolveListsFolder(dir);
        ListIntake.Result intake = ListIntake.read(folder, Map.of(), ListCheck.DEFAULT, java.time.Instant.now());
        if (!intake.failures().isEmpty()) {
            List<String> why = new ArrayList<>();
            for (ListFailure f : intake.failures()) {
                why.add("list " + f.key() + " failed the checks: " + f.message());
            }
            throw new DamagedListsException(
                    folder + ": the lists " + String.join("; ", why) + " — not screening with a list missing");
        }
        if (intake.copies().isEmpty()) {
            throw new DamagedListsException(folder + ": expected sanctions lists, found none");
        }
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                total += Files.size(p);
                if (total > MAX_BYTES) {
                    throw new IOException(folder + ": expected lists of at most " + MAX_BYTES + " bytes in all");
                }
                files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return new ListSnapshot(Map.copyOf(files), hash(files));
    }

    /** Total bytes of the files: what each executor receives once. */
    public long bytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    /** This JVM's screener for the snapshot, built on first use from the files written to a temporary folder. */
    public Screener screener() {
        return SCREENERS.computeIfAbsent(hash, h -> build());
    }

    /** The entities of the snapshot, loaded as the CLI loads a folder. */
    public List<Entity> entities() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("embargo-lists-");
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                Path p = dir.resolve(f.getKey()).normalize();
                if (!p.startsWith(dir)) {
                    throw new IOException(f.getKey() + ": expected a path inside the lists folder");
                }
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            return ListLoader.loadDirectory(dir).lists().stream()
                    .flatMap(l -> l.entities().stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** Keyed by party, as {@code embargo screen} is, so the job answers one hit per party as the CLI does. */
    private Screener build() {
        List<Entity> entities = entities();
        Map<String, String> partyOf = PartyGrouper.partyOfListing(entities);
        return Screener.of(entities, e -> partyOf.get(e.id()));
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder left behind costs disk space only; the screener is built.
        }
    }

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                sha.update(f.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Long.toString(f.getValue().length).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(f.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A lists folder the job must not start with: a list failed the checks, or there are none. */
    public static final class DamagedListsException extends IOException {
        private static final long serialVersionUID = 1L;

        public DamagedListsException(String message) {
            super(message);
        }
    }
}
