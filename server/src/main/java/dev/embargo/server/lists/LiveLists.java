package dev.embargo.server.lists;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.sync.SnapshotStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The lists the server answers from, reloadable without downtime: a reload reads and indexes the new files
 * beside the generation in service and swaps it in with one atomic write, so every request sees one whole
 * generation. A reload that fails, or that reads no list at all, keeps the old generation serving and is
 * remembered so that /readyz and the lists page can show it.
 */
public final class LiveLists {
    /** The outcome of the latest reload attempt. */
    public record ReloadAttempt(Instant at, boolean ok, String message) {
    }

    private final Path configured;
    private final AtomicReference<ServedLists> current = new AtomicReference<>();
    private final AtomicReference<ReloadAttempt> lastAttempt = new AtomicReference<>();
    private final ReentrantLock reloading = new ReentrantLock();
    private volatile String loadedFingerprint = "";

    /** @param configured a store that `embargo sync` fills, or a plain folder of list files */
    public LiveLists(Path configured) {
        this.configured = configured;
    }

    /** A fixed generation, for tests and embedding: nothing to reload from. */
    public static LiveLists of(ServedLists lists) {
        LiveLists live = new LiveLists(lists.folder());
        live.current.set(lists);
        live.loadedFingerprint = fingerprint(lists.folder());
        return live;
    }

    public Path configured() {
        return configured;
    }

    /** The generation in service, if one has loaded. */
    public Optional<ServedLists> current() {
        return Optional.ofNullable(current.get());
    }

    public Optional<ReloadAttempt> lastAttempt() {
        return Optional.ofNullable(lastAttempt.get());
    }

    /**
     * Reads the lists now and swaps them in when they are good. Concurrent calls run one at a time.
     *
     * @return the outcome, also kept as {@link #lastAttempt()}
     */
    public ReloadAttempt reload() {
        reloading.lock();
        try {
            Instant started = Instant.now();
            ReloadAttempt attempt;
            try {
                Path folder = SnapshotStore.resolveListsFolder(configured);
                String fp = fingerprint(folder);
                ListLoader.Report report = ListLoader.loadDirectory(folder);
                if (report.lists().isEmpty()) {
                    String why = report.errors().isEmpty() ? "no list files found in " + folder
                            : report.errors().size() + " list file(s) could not be read, none could: "
                            + report.errors().getFirst().getMessage();
                    attempt = new ReloadAttempt(started, false, why);
                } else {
                    current.set(ServedLists.build(folder, report, started));
                    loadedFingerprint = fp;
                    attempt = new ReloadAttempt(started, true, report.errors().isEmpty()
                            ? "loaded " + report.lists().size() + " lists from " + folder
                            : "loaded " + report.lists().size() + " lists from " + folder + "; "
                            + report.errors().size() + " file(s) could not be read");
                }
            } catch (IOException | RuntimeException e) {
                attempt = new ReloadAttempt(started, false, "reading " + configured + " failed: " + e.getMessage());
            }
            lastAttempt.set(attempt);
            return attempt;
        } finally {
            reloading.unlock();
        }
    }

    /** Reloads when the files on disk differ from those loaded (a new snapshot, a replaced file). */
    public Optional<ReloadAttempt> reloadIfChanged() {
        try {
            Path folder = SnapshotStore.resolveListsFolder(configured);
            if (fingerprint(folder).equals(loadedFingerprint)) {
                return Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            // Let reload() record the failure with its message.
        }
        ReloadAttempt last = lastAttempt.get();
        ReloadAttempt attempt = reload();
        // A broken folder is reported once, not every poll.
        if (!attempt.ok() && last != null && !last.ok() && last.message().equals(attempt.message())) {
            lastAttempt.set(last);
            return Optional.empty();
        }
        return Optional.of(attempt);
    }

    /** Paths, sizes and modification times of the files below {@code folder}: cheap to compare. */
    static String fingerprint(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return "";
        }
        StringBuilder sb = new StringBuilder(folder.toAbsolutePath().toString());
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> {
                try {
                    sb.append('\n').append(f).append(' ').append(Files.size(f)).append(' ')
                            .append(Files.getLastModifiedTime(f).toMillis());
                } catch (IOException e) {
                    sb.append('\n').append(f).append(" ?");
                }
            });
        } catch (IOException | UncheckedIOException e) {
            return "unreadable";
        }
        return sb.toString();
    }
}
