package dev.embargo.lists.sync;

import dev.embargo.lists.ListCheck;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatDetector;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.diff.ListDiff;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Downloads the selected sources into a new snapshot of a {@link SnapshotStore} and makes it current,
 * source by source refusing anything that is not a whole, readable and plausible list:
 * <ol>
 *   <li>the new snapshot starts as hard links to every file of the current one;</li>
 *   <li>all files are fetched at once into a hidden download folder ({@link ListDownloader} checks status,
 *       length and time), and must end like whole files ({@link FileEnding});</li>
 *   <li>each source's files must read with the list readers, be of that source, have at least
 *       {@code minEntityRatio} of the previous entity count and no file under {@code minSizeRatio} of its
 *       previous size, and not be damaged on the way when the previous copy was not
 *       ({@link LoadWarning#damage()});</li>
 *   <li>only then do they replace that source's folder in the new snapshot; a refused source keeps its
 *       previous files;</li>
 *   <li>the new snapshot becomes current in one atomic step, and only when some source really changed.</li>
 * </ol>
 */
public final class ListSync {
    private static final String DOWNLOADS = ".download";

    private final SnapshotStore store;
    private final SyncSettings settings;
    private final Clock clock;

    public ListSync(SnapshotStore store, SyncSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    public SyncReport run() throws IOException {
        store.checkUsableAsStore();
        try (SnapshotStore.Lock ignored = store.lock()) {
            store.removeAbandonedStaging();
            String previousName = store.currentName().orElse(null);
            Path previous = store.currentSnapshot().orElse(null);
            String name = store.newSnapshotName(clock.instant());
            Path staging = store.createStaging(name);
            boolean published = false;
            try {
                if (previous != null) {
                    SnapshotStore.linkTree(previous, staging);
                }
                List<SourceOutcome> outcomes = downloadAll(previous, staging);
                SnapshotStore.deleteTree(staging.resolve(DOWNLOADS));
                if (outcomes.stream().noneMatch(o -> o.status() == SourceOutcome.Status.UPDATED)) {
                    return new SyncReport(previousName, previousName, false, outcomes, List.of());
                }
                store.publish(staging, name);
                published = true;
                store.makeCurrent(name);
                List<String> pruned = store.prune(settings.keepSnapshots());
                return new SyncReport(previousName, name, true, outcomes, pruned);
            } finally {
                if (!published) {
                    SnapshotStore.deleteTree(staging);
                }
            }
        }
    }

    private List<SourceOutcome> downloadAll(Path previous, Path staging) throws IOException {
        Path downloads = staging.resolve(DOWNLOADS);
        Map<DownloadLocation, List<ListDownloader.Download>> started = new LinkedHashMap<>();
        List<SourceOutcome> outcomes = new ArrayList<>();
        try (ListDownloader downloader = new ListDownloader(settings.requestTimeout(), settings.redirectHosts())) {
            for (Source source : settings.sources()) {
                DownloadLocation location = OfficialSources.of(source);
                Path folder = Files.createDirectories(downloads.resolve(location.folder()));
                List<ListDownloader.Download> files = new ArrayList<>();
                for (RemoteFile f : location.files()) {
                    files.add(downloader.start(
                            location.urlOf(f, settings.mirrorBase()),
                            folder.resolve(f.fileName()),
                            f.mayBeEmpty(),
                            settings.maxBytes(source)));
                }
                started.put(location, files);
            }
            for (Map.Entry<DownloadLocation, List<ListDownloader.Download>> e : started.entrySet()) {
                DownloadLocation location = e.getKey();
                Path previousFolder = previous == null ? null : previous.resolve(location.folder());
                outcomes.add(settle(
                        location,
                        e.getValue(),
                        downloads.resolve(location.folder()),
                        previousFolder != null && Files.isDirectory(previousFolder) ? previousFolder : null,
                        staging.resolve(location.folder())));
            }
        }
        return outcomes;
    }

    /** Verifies one source's download and, when it passes, moves it into the new snapshot. */
    private SourceOutcome settle(
            DownloadLocation location,
            List<ListDownloader.Download> downloads,
            Path incoming,
            Path previousFolder,
            Path target)
            throws IOException {
        Source source = location.source();
        boolean kept = previousFolder != null;
        String failure = awaitAll(downloads);
        if (failure == null) {
            failure = cutOff(incoming);
        }
        if (failure != null) {
            return failed(source, failure, kept);
        }
        ListLoader.Report fresh = ListLoader.loadDirectory(incoming);
        String unreadable = unreadable(fresh, source, incoming);
        if (unreadable != null) {
            return failed(source, unreadable, kept);
        }
        List<Entity> after = entities(fresh.lists());
        LocalDate publishedAfter = published(fresh.lists());
        int warningsAfter = warnings(fresh.lists());
        if (previousFolder != null && sameFiles(incoming, previousFolder)) {
            // The files already held, byte for byte: nothing to compare, nothing to replace.
            return new SourceOutcome(
                    source,
                    SourceOutcome.Status.UNCHANGED,
                    null,
                    false,
                    after.size(),
                    after.size(),
                    publishedAfter,
                    publishedAfter,
                    new ListDiff(after.size(), after.size(), List.of(), List.of(), List.of(), after.size()),
                    null);
        }

        List<LoadedList> before = null;
        String note = null;
        if (previousFolder != null) {
            ListLoader.Report old = ListLoader.loadDirectory(previousFolder);
            if (old.errors().isEmpty()) {
                before = old.lists().stream().filter(l -> l.source() == source).toList();
            } else {
                note = "the previous files did not read ("
                        + old.errors().getFirst().getMessage() + "), so the new ones were not compared with them";
            }
        }
        if (before != null && warningsAfter > warnings(before)) {
            // More warnings can mean damaged records the reader skipped; worth a look, not a refusal, since a
            // new record with an odd date is also a warning.
            note = String.format(
                    "reads with %d warning(s), the previous copy with %d (see `embargo lists`)",
                    warningsAfter, warnings(before));
        }
        List<Entity> beforeEntities = before == null ? null : entities(before);
        Integer beforeCount = beforeEntities == null ? null : beforeEntities.size();
        LocalDate publishedBefore = before == null ? null : published(before);
        Optional<LoadWarning> damage = damage(fresh.lists());
        if (before != null && damage.isPresent() && damage(before).isEmpty()) {
            // Its bytes were changed on the way (see LoadWarning#damage): the clean copy held stays.
            return new SourceOutcome(
                    source,
                    SourceOutcome.Status.FAILED,
                    "was damaged on the way, and the previous copy is clean: " + damage.get(),
                    true,
                    beforeCount,
                    after.size(),
                    publishedBefore,
                    publishedAfter,
                    null,
                    note);
        }
        if (beforeEntities != null && !settings.allowShrink()) {
            String shrink = shrinkage(beforeEntities.size(), after.size(), incoming, previousFolder);
            if (shrink != null) {
                return new SourceOutcome(
                        source,
                        SourceOutcome.Status.FAILED,
                        shrink,
                        true,
                        beforeCount,
                        after.size(),
                        publishedBefore,
                        publishedAfter,
                        null,
                        note);
            }
        }
        ListDiff diff = beforeEntities == null ? null : ListDiff.between(beforeEntities, after);
        SnapshotStore.deleteTree(target);
        Files.move(incoming, target);
        return new SourceOutcome(
                source,
                SourceOutcome.Status.UPDATED,
                null,
                false,
                beforeCount,
                after.size(),
                publishedBefore,
                publishedAfter,
                diff,
                note);
    }

    /** The first downloaded file that does not end like a whole file of its format, and why. */
    private static String cutOff(Path incoming) throws IOException {
        for (Path file : files(incoming)) {
            Optional<ListFormat> format = ListFormatDetector.detect(file);
            if (format.isPresent()) {
                String why = FileEnding.cutOff(file, format.get());
                if (why != null) {
                    return file.getFileName() + ": " + why;
                }
            }
        }
        return null;
    }

    private static Optional<LoadWarning> damage(List<LoadedList> lists) {
        return lists.stream().flatMap(l -> l.damage().stream()).findFirst();
    }

    private static int warnings(List<LoadedList> lists) {
        return lists.stream().mapToInt(l -> l.warnings().size()).sum();
    }

    /** Waits for every file of a source (so none is left running), giving the first failure, if any. */
    private static String awaitAll(List<ListDownloader.Download> downloads) throws IOException {
        String failure = null;
        for (ListDownloader.Download d : downloads) {
            try {
                Path file = d.await();
                if (Files.size(file) == 0) {
                    // Allowed to be empty (see RemoteFile.mayBeEmpty): nothing to keep.
                    Files.delete(file);
                }
            } catch (DownloadException e) {
                if (failure == null) {
                    failure = e.getMessage();
                }
            }
        }
        return failure;
    }

    /** Why a downloaded folder is not a good copy of {@code source}, or null when it is. */
    private static String unreadable(ListLoader.Report report, Source source, Path incoming) {
        if (!report.errors().isEmpty()) {
            ListFormatException first = report.errors().getFirst();
            return "does not read as a list: " + local(first.getMessage(), incoming);
        }
        if (!report.ignored().isEmpty()) {
            return report.ignored().getFirst().getFileName() + " is not in any list format Embargo reads"
                    + " (an error page or a changed format?)";
        }
        if (report.lists().isEmpty()) {
            return "no list in the download";
        }
        Set<String> others = new TreeSet<>();
        report.lists().stream()
                .filter(l -> l.source() != source)
                .forEach(l -> others.add(l.source().code()));
        if (!others.isEmpty()) {
            return "holds " + String.join(", ", others) + " instead of " + source.code();
        }
        if (report.lists().stream().allMatch(l -> l.entities().isEmpty())) {
            return "reads, but holds no entities";
        }
        return null;
    }

    private String shrinkage(int beforeCount, int afterCount, Path incoming, Path previousFolder) throws IOException {
        ListCheck check = new ListCheck(
                settings.minEntityRatio(), settings.minSizeRatio(), true, ListCheck.DEFAULT_MAX_FILE_BYTES);
        String fewer = check.entityShrinkage(beforeCount, afterCount, "the previous snapshot");
        if (fewer != null) {
            return fewer;
        }
        for (Path file : files(incoming)) {
            Path old = previousFolder.resolve(file.getFileName().toString());
            if (Files.isRegularFile(old)) {
                String smaller = check.sizeShrinkage(
                        file.getFileName().toString(), Files.size(old), Files.size(file), "the previous copy");
                if (smaller != null) {
                    return smaller;
                }
            }
        }
        return null;
    }

    private static boolean sameFiles(Path a, Path b) throws IOException {
        List<Path> left = files(a);
        List<Path> right = files(b);
        if (!left.stream()
                .map(Path::getFileName)
                .toList()
                .equals(right.stream().map(Path::getFileName).toList())) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (Files.mismatch(left.get(i), right.get(i)) != -1) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        }
    }

    private static SourceOutcome failed(Source source, String problem, boolean kept) {
        return new SourceOutcome(
                source, SourceOutcome.Status.FAILED, problem, kept, null, null, null, null, null, null);
    }

    private static List<Entity> entities(List<LoadedList> lists) {
        return lists.stream().flatMap(l -> l.entities().stream()).toList();
    }

    private static LocalDate published(List<LoadedList> lists) {
        return lists.stream()
                .map(LoadedList::published)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** Error messages name the hidden download path; the file name alone says enough. */
    private static String local(String message, Path incoming) {
        String prefix = incoming.toString() + incoming.getFileSystem().getSeparator();
        return message.replace(prefix, "");
    }
}
