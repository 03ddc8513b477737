package dev.embargo.server.lists;

import dev.embargo.lists.ListCheck;
import dev.embargo.lists.ListCopy;
import dev.embargo.lists.ListFailure;
import dev.embargo.lists.ListIntake;
import dev.embargo.lists.sync.SnapshotStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lists the server answers from, reloadable without downtime: a reload reads the folder list by list
 * ({@link ListIntake}, the checks {@code embargo sync} applies to a download), indexes the result beside
 * the generation in service and swaps it in with one atomic write, so every request sees one whole
 * generation. A list whose files fail the checks keeps its copy in service and is reported as failed until
 * a good copy comes; a reload that fails as a whole (the folder gone, memory exhausted) keeps the whole
 * generation. The server's first load goes the same way.
 */
public final class LiveLists {
    /** After a failed reload, the files are read again after this long even when they look unchanged. */
    public static final Duration DEFAULT_RETRY_FAILED_AFTER = Duration.ofMinutes(5);

    /**
     * The outcome of the latest reload attempt.
     *
     * @param reason null when it succeeded; else a short code without paths: {@code lists_failed} (some
     *               lists failed their checks), {@code no_lists}, {@code folder_unavailable},
     *               {@code out_of_memory}
     */
    public record ReloadAttempt(Instant at, boolean ok, String message, String reason) {}

    /** Reads a folder of lists against the copies in service: {@link ListIntake#read} in production. */
    @FunctionalInterface
    interface Reader {
        ListIntake.Result read(Path folder, Map<String, ListCopy> inService, ListCheck check, Instant now)
                throws IOException;
    }

    /** Everything a reload leaves behind, swapped in whole so that a reader sees one consistent state. */
    private record State(ServedLists served, ReloadAttempt attempt, List<ListFailure> failures, String fingerprint) {}

    private final Path configured;
    private final Duration retryFailedAfter;
    private final Reader reader;
    private final AtomicReference<State> state = new AtomicReference<>(new State(null, null, List.of(), null));
    private final ReentrantLock reloading = new ReentrantLock();
    private final List<ReloadListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** @param configured a store that `embargo sync` fills, or a plain folder of list files */
    public LiveLists(Path configured) {
        this(configured, DEFAULT_RETRY_FAILED_AFTER, ListIntake::read);
    }

    LiveLists(Path configured, Duration retryFailedAfter, Reader reader) {
        this.configured = configured;
        this.retryFailedAfter = retryFailedAfter;
        this.reader = reader;
    }

    /** A fixed generation, for tests and embedding: nothing to reload from. */
    public static LiveLists of(ServedLists lists) {
        LiveLists live = new LiveLists(lists.folder());
        live.state.set(new State(lists, null, List.of(), fingerprint(lists.folder())));
        return live;
    }

    public Path configured() {
        return configured;
    }

    /** The generation in service, if one has loaded. */
    public Optional<ServedLists> current() {
        return Optional.ofNullable(state.get().served());
    }

    public Optional<ReloadAttempt> lastAttempt() {
        return Optional.ofNullable(state.get().attempt());
    }

    /** The lists whose files failed the checks at the latest reload, each with the copy kept in its place. */
    public List<ListFailure> failures() {
        return state.get().failures();
    }

    /**
     * Serving, but not everything as it should be: a list failed its checks (its older copy, if any, keeps
     * serving) or the latest reload failed as a whole.
     */
    public boolean degraded() {
        State s = state.get();
        return s.served() != null
                && (!s.failures().isEmpty()
                        || s.attempt() != null && !s.attempt().ok());
    }

    /** Reads the lists now and swaps in what passes the checks. Concurrent calls run one at a time. */
    public ReloadAttempt reload() {
        return reload(false);
    }

    /**
     * Reads the lists now and swaps in what passes the checks; never throws, whatever the files hold.
     *
     * @param acceptShrunk take in lists much smaller than their copies in service (after a real mass
     *                     delisting); the other checks still apply
     * @return the outcome, also kept as {@link #lastAttempt()}
     */
    public ReloadAttempt reload(boolean acceptShrunk) {
        reloading.lock();
        try {
            ServedLists before = state.get().served();
            ReloadAttempt attempt = reloadLocked(acceptShrunk);
            ServedLists after = state.get().served();
            for (ReloadListener l : listeners) {
                l.reloaded(before, after, attempt);
            }
            return attempt;
        } finally {
            reloading.unlock();
        }
    }

    /**
     * Hears every reload attempt, in order, with the generation in service before and after it (the same one
     * when nothing was swapped in; null before the first load). Called on the reloading thread: it must be quick.
     */
    @FunctionalInterface
    public interface ReloadListener {
        void reloaded(ServedLists before, ServedLists after, ReloadAttempt attempt);
    }

    /** Adds a listener of every reload from now on. */
    public void onReload(ReloadListener listener) {
        listeners.add(listener);
    }

    private ReloadAttempt reloadLocked(boolean acceptShrunk) {
        Instant started = Instant.now();
        State before = state.get();
        ServedLists served = before.served();
        String fp = "";
        ReloadAttempt attempt;
        try {
            Path folder = resolve();
            fp = fingerprint(folder);
            Map<String, ListCopy> inService = served == null
                    ? Map.of()
                    : served.copies().stream()
                            .collect(Collectors.toMap(ListCopy::key, c -> c, (a, b) -> a, LinkedHashMap::new));
            // A new snapshot of a store was compared with the previous one by `embargo sync`, which may
            // have been told to accept a shrunken list; files changed in place were not.
            boolean inPlace = served != null && served.folder().equals(folder);
            ListCheck check = acceptShrunk || !inPlace ? ListCheck.DEFAULT.withoutComparison() : ListCheck.DEFAULT;
            ListIntake.Result result = reader.read(folder, inService, check, started);
            List<ListFailure> failures = result.failures();
            if (result.copies().isEmpty()) {
                String why = failures.isEmpty()
                        ? "no list files found in " + folder
                        : failures.size() + " list file(s) failed and none could be read: "
                                + failures.getFirst().message();
                attempt = new ReloadAttempt(started, false, why, failures.isEmpty() ? "no_lists" : "lists_failed");
                state.set(new State(served, attempt, failures, fp));
                return attempt;
            }
            ServedLists next =
                    sameLists(served, result.copies()) && served.folder().equals(folder)
                            ? served
                            : served == null
                                    ? ServedLists.build(folder, result, started)
                                    : ServedLists.build(folder, result, started, served);
            String loaded = "loaded " + result.copies().size() + " lists from " + folder;
            attempt = failures.isEmpty()
                    ? new ReloadAttempt(started, true, loaded, null)
                    : new ReloadAttempt(
                            started,
                            false,
                            loaded + "; " + failures.size() + " failed the checks ("
                                    + failures.stream().map(LiveLists::describe).collect(Collectors.joining("; "))
                                    + ")",
                            "lists_failed");
            state.set(new State(next, attempt, failures, fp));
            return attempt;
        } catch (IOException | RuntimeException e) {
            attempt = new ReloadAttempt(
                    started,
                    false,
                    "reading " + configured + " failed: " + e.getMessage()
                            + (served == null ? "" : "; the lists loaded before keep serving"),
                    "folder_unavailable");
        } catch (OutOfMemoryError e) {
            // Whatever took the memory is garbage now; the generation in service is untouched.
            attempt = new ReloadAttempt(
                    started,
                    false,
                    "ran out of memory while reading the lists (heap limit "
                            + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)"
                            + (served == null ? "" : "; the lists loaded before keep serving"),
                    "out_of_memory");
        }
        state.set(new State(served, attempt, before.failures(), fp));
        return attempt;
    }

    /**
     * Reloads when the files on disk differ from those of the latest attempt (a new snapshot, a replaced or
     * re-permitted file, a folder that came back), or when the latest attempt failed and
     * {@code retryFailedAfter} has passed, since a failure can be passing (a read error, memory).
     */
    public Optional<ReloadAttempt> reloadIfChanged() {
        State s = state.get();
        String fp;
        try {
            fp = fingerprint(resolve());
        } catch (IOException | RuntimeException e) {
            fp = "";
        }
        if (fp.equals(s.fingerprint())) {
            ReloadAttempt last = s.attempt();
            boolean settled = last == null || last.ok() && s.failures().isEmpty();
            if (settled || Instant.now().isBefore(last.at().plus(retryFailedAfter))) {
                return Optional.empty();
            }
        }
        return Optional.of(reload());
    }

    private Path resolve() throws IOException {
        Path folder = SnapshotStore.resolveListsFolder(configured);
        if (folder.equals(configured) && Files.isDirectory(configured.resolve(SnapshotStore.SNAPSHOTS))) {
            // A store without its marker: reading it as a plain folder would serve every snapshot at once.
            throw new IOException(configured + " holds snapshots but no " + SnapshotStore.CURRENT_MARKER
                    + " marker naming the one to serve");
        }
        return folder;
    }

    private static boolean sameLists(ServedLists served, List<ListCopy> copies) {
        if (served == null || served.copies().size() != copies.size()) {
            return false;
        }
        for (int i = 0; i < copies.size(); i++) {
            if (served.copies().get(i).list() != copies.get(i).list()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(ListFailure f) {
        return (f.source() == null ? f.key() : f.source().code()) + ": "
                + f.problem().summary()
                + (f.kept() == null ? "" : ", its copy read at " + f.kept().readAt() + " keeps serving");
    }

    /**
     * Paths, sizes, modification times, identities (inodes), permissions and readability of the files below
     * {@code folder}: cheap to compare, and different when a file is replaced, rewritten or made readable
     * again, or when the folder comes back after it was gone.
     */
    static String fingerprint(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return "";
        }
        StringBuilder sb = new StringBuilder(folder.toAbsolutePath().toString());
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted().forEach(f -> {
                sb.append('\n').append(f);
                try {
                    BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                    sb.append(' ')
                            .append(a.size())
                            .append(' ')
                            .append(a.lastModifiedTime().toMillis())
                            .append(' ')
                            .append(a.fileKey())
                            .append(' ')
                            .append(Files.isReadable(f) ? 'r' : '-');
                    try {
                        sb.append(' ')
                                .append(PosixFilePermissions.toString(
                                        Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS)));
                    } catch (UnsupportedOperationException e) {
                        // No POSIX permissions on this file system: readability above must do.
                    }
                } catch (IOException e) {
                    sb.append(" ?");
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return "unreadable";
        }
        return sb.toString();
    }
}
