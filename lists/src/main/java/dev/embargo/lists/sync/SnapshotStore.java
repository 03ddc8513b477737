package dev.embargo.lists.sync;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder {@code embargo sync} keeps lists in:
 * <pre>
 *   DIR/current                                  names the current snapshot ("20260301T120000Z")
 *   DIR/snapshots/20260301T120000Z/un/consolidated.xml
 *   DIR/snapshots/20260301T120000Z/us-ofac-sdn/sdn.csv ...
 * </pre>
 * A snapshot is never changed once it is named in {@code current}: a sync builds a new one beside it
 * (unchanged files hard-linked, so it costs no space) and then swaps the marker atomically, so a reader
 * always sees one whole snapshot. Because files are shared between snapshots by hard links, a file in a
 * snapshot is only ever replaced, never written in place.
 */
public final class SnapshotStore {
    public static final String CURRENT_MARKER = "current";
    public static final String SNAPSHOTS = "snapshots";
    private static final String STAGING_PREFIX = ".incoming-";
    private static final Pattern SNAPSHOT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path root;

    public SnapshotStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /**
     * The folder of list files {@code dir} stands for: the current snapshot when {@code dir} is a sync
     * store (holds a {@code current} marker), otherwise {@code dir} itself as a plain tree of list files.
     */
    public static Path resolveListsFolder(Path dir) throws IOException {
        SnapshotStore store = new SnapshotStore(dir);
        Optional<Path> current = store.currentSnapshot();
        return current.orElse(dir);
    }

    /**
     * Fails when this folder holds anything but a store (or nothing): once {@code current} exists, --lists
     * reads only the snapshot, so list files lying beside it would silently stop being screened against.
     */
    void checkUsableAsStore() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<String> foreign;
        try (Stream<Path> s = Files.list(root)) {
            foreign = s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(SNAPSHOTS) && !n.equals(CURRENT_MARKER) && !n.startsWith("."))
                    .sorted()
                    .toList();
        }
        if (!foreign.isEmpty()) {
            throw new IOException(root + " is not a sync store: it holds "
                    + String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))
                    + (foreign.size() > 5 ? ", ..." : "")
                    + "; sync into an empty folder (or move those files away) so none of them is silently hidden");
        }
    }

    /** The current snapshot's name, empty when this folder has no {@code current} marker. */
    public Optional<String> currentName() throws IOException {
        Path marker = root.resolve(CURRENT_MARKER);
        if (!Files.isRegularFile(marker)) {
            return Optional.empty();
        }
        String name = Files.readString(marker, StandardCharsets.UTF_8).strip();
        if (!SNAPSHOT_NAME.matcher(name).matches()) {
            throw new IOException(marker + ": expected the name of a folder in " + root.resolve(SNAPSHOTS)
                    + ", found \"" + abbreviate(name) + "\"");
        }
        return Optional.of(name);
    }

    /** The current snapshot's folder; fails when the marker names a folder that is not there. */
    public Optional<Path> currentSnapshot() throws IOException {
        Optional<String> name = currentName();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Path folder = snapshotFolder(name.get());
        if (!Files.isDirectory(folder)) {
            throw new IOException(
                    root.resolve(CURRENT_MARKER) + " names snapshot " + name.get() + ", but " + folder + " is missing");
        }
        return Optional.of(folder);
    }

    public Path snapshotFolder(String name) {
        return root.resolve(SNAPSHOTS).resolve(name);
    }

    /** Finished snapshots, oldest first (their names sort by time). */
    public List<String> snapshotNames() throws IOException {
        Path dir = root.resolve(SNAPSHOTS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> SNAPSHOT_NAME.matcher(n).matches())
                    .sorted()
                    .toList();
        }
    }

    /** A name for a snapshot taken at {@code when} that no existing snapshot has. */
    public String newSnapshotName(Instant when) {
        String base = STAMP.format(when);
        String name = base;
        for (int n = 2; Files.exists(snapshotFolder(name)) || Files.exists(stagingFolder(name)); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    /** Creates the hidden folder a snapshot is built in before it gets its name. */
    Path createStaging(String name) throws IOException {
        Path staging = stagingFolder(name);
        Files.createDirectories(staging);
        return staging;
    }

    private Path stagingFolder(String name) {
        return root.resolve(SNAPSHOTS).resolve(STAGING_PREFIX + name);
    }

    /** Gives a built snapshot its name; it is not current until {@link #makeCurrent}. */
    Path publish(Path staging, String name) throws IOException {
        Path target = snapshotFolder(name);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Points {@code current} at {@code name}: written beside it, then moved over it in one step. */
    public void makeCurrent(String name) throws IOException {
        if (!SNAPSHOT_NAME.matcher(name).matches() || !Files.isDirectory(snapshotFolder(name))) {
            throw new IOException("no snapshot named " + name + " in " + root.resolve(SNAPSHOTS));
        }
        Path marker = root.resolve(CURRENT_MARKER);
        Path temp = root.resolve("." + CURRENT_MARKER + ".tmp");
        Files.writeString(temp, name + "\n", StandardCharsets.UTF_8);
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(temp, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes the oldest snapshots beyond the newest {@code keep}; never the current one. */
    public List<String> prune(int keep) throws IOException {
        List<String> names = snapshotNames();
        String current = currentName().orElse(null);
        List<String> doomed = names.subList(0, Math.max(0, names.size() - keep)).stream()
                .filter(n -> !n.equals(current))
                .toList();
        for (String n : doomed) {
            deleteTree(snapshotFolder(n));
        }
        return doomed;
    }

    /** Removes half-built snapshots a sync that was killed left behind. */
    void removeAbandonedStaging() throws IOException {
        Path dir = root.resolve(SNAPSHOTS);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> leftovers;
        try (Stream<Path> s = Files.list(dir)) {
            leftovers = s.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX))
                    .toList();
        }
        for (Path p : leftovers) {
            deleteTree(p);
        }
    }

    /** Holds this store for one sync; a second sync on the same folder fails instead of interleaving. */
    public Lock lock() throws IOException {
        Files.createDirectories(root);
        FileChannel channel =
                FileChannel.open(root.resolve(".sync.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another embargo sync is running on " + root);
        }
        return new Lock(channel, lock);
    }

    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /** Fills {@code to} with the files of {@code from}, hard-linked where the file system allows. */
    static void linkTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = walk.filter(p -> !isHidden(from.relativize(p))).toList();
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else if (Files.isRegularFile(p)) {
                linkOrCopy(p, target);
            }
        }
    }

    /** Dot-files and dot-folders (a download area, an editor's swap file) are not part of a snapshot. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static void linkOrCopy(Path existing, Path link) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
