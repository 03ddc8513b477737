package dev.embargo.lists;

import dev.embargo.lists.model.Source;
import dev.embargo.lists.sync.DownloadLocation;
import dev.embargo.lists.sync.FileEnding;
import dev.embargo.lists.sync.OfficialSources;
import dev.embargo.lists.sync.RemoteFile;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a folder of lists list by list, and takes each list into service only when its files pass the
 * checks {@code embargo sync} applies to a download: readable, in a format Embargo reads, ending like a
 * whole file, parsing, holding entities, of the same list as the copy in service and not much smaller than
 * it ({@link ListCheck}). A list that fails keeps its copy in service, if it has one, so one damaged file
 * never takes its list out of service.
 *
 * <p>A list's files that are exactly as they were when its copy in service was read (size, modification
 * time, identity) are not read again: the copy is reused, so a reload reads only what changed.
 */
public final class ListIntake {

    /**
     * What reading a folder gave.
     *
     * @param copies   the lists to serve: fresh copies, and kept copies of lists that failed
     * @param failures the lists whose files failed the checks, with the copy kept in their place if any
     * @param ignored  files in no list format that nothing expected to be a list
     */
    public record Result(List<ListCopy> copies, List<ListFailure> failures, List<Path> ignored) {
        public Result {
            copies = List.copyOf(copies);
            failures = List.copyOf(failures);
            ignored = List.copyOf(ignored);
        }

        /** The lists to serve, and one error per list whose files failed. */
        public ListLoader.Report report() {
            return new ListLoader.Report(
                    copies.stream().map(ListCopy::list).toList(),
                    failures.stream().map(ListFailure::error).toList(),
                    ignored);
        }
    }

    /** One list to read: its key, files, what they look like now, and a problem found before reading. */
    private record Job(
            String key,
            ListFiles files,
            Map<String, ListCopy.FileStamp> stamps,
            Map<String, Path> paths,
            Pending pending) {}

    /** A problem of a file found while walking the folder, waiting to be charged to its list. */
    private record Pending(ListProblem problem, ListFormatException error) {}

    private ListIntake() {}

    /**
     * Reads the lists below {@code dir}.
     *
     * @param inService the copies in service by key (empty on a first load)
     * @param now       the time stamped on fresh copies
     * @throws IOException when {@code dir} is not a folder at all
     */
    public static Result read(Path dir, Map<String, ListCopy> inService, ListCheck check, Instant now)
            throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such folder of lists");
        }
        Map<String, Path> files = new TreeMap<>();
        Map<String, Pending> broken = new LinkedHashMap<>();
        walk(dir, files, broken);

        Map<String, ListCopy.FileStamp> stamps = new LinkedHashMap<>();
        Map<Path, ListFormat> formats = new LinkedHashMap<>();
        List<Path> unrecognised = new ArrayList<>();
        for (Map.Entry<String, Path> f : files.entrySet()) {
            try {
                stamps.put(f.getKey(), stamp(f.getValue()));
                ListFormatDetector.detect(f.getValue())
                        .ifPresentOrElse(fmt -> formats.put(f.getValue(), fmt), () -> unrecognised.add(f.getValue()));
            } catch (IOException | RuntimeException e) {
                broken.put(
                        f.getKey(),
                        new Pending(
                                ListProblem.UNREADABLE,
                                new ListFormatException(f.getValue(), null, "a readable file", e)));
            }
        }

        // Which list does each file belong to? A file that used to be read for a list in service, or that a
        // store's layout names, is expected to be a list file; any other file in no known format is ignored.
        Map<String, String> mainOf = new LinkedHashMap<>();
        inService.values().forEach(c -> c.files().keySet().forEach(k -> mainOf.put(k, c.key())));
        List<Path> ignored = new ArrayList<>();
        for (Path p : unrecognised) {
            String key = keyOf(dir, p);
            String main = mainOf.containsKey(key) ? mainOf.get(key) : officialMain(key, false);
            if (main == null) {
                ignored.add(p);
            } else {
                broken.put(
                        key,
                        new Pending(
                                ListProblem.UNRECOGNISED,
                                new ListFormatException(
                                        p,
                                        "start of file",
                                        "a list in a format Embargo reads (" + formatNames() + "); found something else"
                                                + " (an empty file, an error page, a damaged file?)",
                                        null)));
            }
        }
        Map<String, Pending> pendingByMain = new LinkedHashMap<>();
        Map<String, ListFailure> failed = new LinkedHashMap<>();
        for (Map.Entry<String, Pending> b : broken.entrySet()) {
            String key = b.getKey();
            String main = mainOf.containsKey(key) ? mainOf.get(key) : officialMain(key, true);
            if (main == null || main.equals(key) || !files.containsKey(main)) {
                ListCopy prev = inService.get(main == null ? key : main);
                String failedKey = prev != null ? prev.key() : key;
                failed.putIfAbsent(failedKey, failure(failedKey, prev, sourceOf(failedKey, prev, null), b.getValue()));
            } else {
                // A companion (an OFAC CSV's addresses or aliases) is broken: its main file fails with it.
                pendingByMain.putIfAbsent(main, b.getValue());
            }
        }

        List<Job> jobs = new ArrayList<>();
        for (Map.Entry<Path, ListFormat> e : formats.entrySet()) {
            if (e.getValue().isCompanion()) {
                continue;
            }
            Path main = e.getKey();
            Map<ListFormat, Path> companions =
                    e.getValue() == ListFormat.OFAC_CSV ? companionsFrom(formats, main.getParent()) : Map.of();
            ListFiles listFiles = new ListFiles(e.getValue(), main, companions);
            Map<String, ListCopy.FileStamp> jobStamps = new LinkedHashMap<>();
            Map<String, Path> paths = new LinkedHashMap<>();
            String key = keyOf(dir, main);
            paths.put(key, main);
            companions.values().forEach(c -> paths.put(keyOf(dir, c), c));
            paths.keySet().forEach(k -> jobStamps.put(k, stamps.get(k)));
            jobs.add(new Job(key, listFiles, jobStamps, paths, pendingByMain.get(key)));
        }

        List<Object> outcomes = jobs.parallelStream()
                .map(job -> take(job, inService.get(job.key()), check, now))
                .toList();
        List<ListCopy> copies = new ArrayList<>();
        for (Object o : outcomes) {
            if (o instanceof ListCopy c) {
                copies.add(c);
            } else {
                ListFailure f = (ListFailure) o;
                failed.putIfAbsent(f.key(), f);
            }
        }

        // A list in service whose main file is gone keeps serving, unless another file now holds its list
        // (a publisher that renamed its file).
        Set<Source> freshSources = new HashSet<>();
        copies.forEach(c -> freshSources.add(c.list().source()));
        Set<String> jobKeys = new HashSet<>();
        jobs.forEach(j -> jobKeys.add(j.key()));
        for (ListCopy prev : inService.values()) {
            String key = prev.key();
            if (jobKeys.contains(key) || failed.containsKey(key)) {
                continue;
            }
            if (files.containsKey(key)) {
                // Still there, but now in the form of an OFAC companion file: not a list of its own.
                failed.put(
                        key,
                        new ListFailure(
                                key,
                                prev.list().source(),
                                ListProblem.UNRECOGNISED,
                                new ListFormatException(
                                        files.get(key),
                                        "start of file",
                                        "a main list file of "
                                                + prev.list().source().code() + " as before; found "
                                                + formats.get(files.get(key)) + ", a file read only beside a main file",
                                        null),
                                prev));
            } else if (!freshSources.contains(prev.list().source())) {
                failed.put(
                        key,
                        new ListFailure(
                                key,
                                prev.list().source(),
                                ListProblem.MISSING,
                                new ListFormatException(
                                        dir.resolve(key),
                                        null,
                                        "the file of " + prev.list().source().code()
                                                + " that is in service; it is gone",
                                        null),
                                prev));
            }
        }
        List<ListFailure> failures = new ArrayList<>(failed.values());
        for (ListFailure f : failures) {
            if (f.kept() != null) {
                copies.add(f.kept());
            }
        }
        copies.sort(Comparator.comparing(ListCopy::key));
        failures.sort(Comparator.comparing(ListFailure::key));
        return new Result(copies, failures, ignored);
    }

    /** Checks and reads one list; gives the {@link ListCopy} to serve or the {@link ListFailure}. */
    private static Object take(Job job, ListCopy prev, ListCheck check, Instant now) {
        if (job.pending() != null) {
            return failure(
                    job.key(), prev, sourceOf(job.key(), prev, job.files().format()), job.pending());
        }
        if (prev != null && prev.files().equals(job.stamps())) {
            String main = job.files().main().toString();
            // The same files (in a new snapshot of a store they are hard links to the same inodes).
            return prev.list().file().equals(main)
                    ? prev
                    : new ListCopy(prev.key(), prev.list().withFile(main), prev.files(), prev.readAt());
        }
        ListFormat format = job.files().format();
        Source guess = sourceOf(job.key(), prev, format);
        try {
            Map<Path, ListFormat> all = new LinkedHashMap<>();
            all.put(job.files().main(), format);
            job.files().companions().forEach((f, p) -> all.put(p, f));
            for (Map.Entry<Path, ListFormat> file : all.entrySet()) {
                Path p = file.getKey();
                long size = Files.size(p);
                if (size > check.maxFileBytes()) {
                    return failure(
                            job.key(),
                            prev,
                            guess,
                            new Pending(
                                    ListProblem.TOO_LARGE,
                                    new ListFormatException(
                                            p,
                                            "size",
                                            String.format(
                                                    Locale.ROOT,
                                                    "at most %,d bytes, as a list file of any source is, got %,d",
                                                    check.maxFileBytes(),
                                                    size),
                                            null)));
                }
                String why = FileEnding.cutOff(p, file.getValue());
                if (why != null) {
                    return failure(
                            job.key(),
                            prev,
                            guess,
                            new Pending(
                                    ListProblem.CUT_OFF,
                                    new ListFormatException(p, "end of file", "a whole file, but " + why, null)));
                }
            }
        } catch (IOException e) {
            return failure(
                    job.key(),
                    prev,
                    guess,
                    new Pending(
                            ListProblem.UNREADABLE,
                            new ListFormatException(job.files().main(), null, "a readable file", e)));
        }
        LoadedList list;
        try {
            list = ListLoader.readerFor(format)
                    .read(job.files())
                    .withFile(job.files().main().toString());
        } catch (ListFormatException e) {
            return failure(job.key(), prev, guess, new Pending(ListProblem.INVALID, e));
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug or a hostile nesting must not take the other lists down with it.
            return failure(
                    job.key(),
                    prev,
                    guess,
                    new Pending(
                            ListProblem.INVALID,
                            new ListFormatException(job.files().main(), null, "a readable " + format + " file", e)));
        } catch (OutOfMemoryError e) {
            // What this reader held is garbage once the error has unwound it, so the other lists and the copy
            // in service are unharmed; naming the list is what lets an operator find the file.
            return failure(
                    job.key(),
                    prev,
                    guess,
                    new Pending(
                            ListProblem.OUT_OF_MEMORY,
                            new ListFormatException(
                                    job.files().main(),
                                    null,
                                    String.format(
                                            Locale.ROOT,
                                            "a file this list's reader can hold within the heap (%,d MB)",
                                            Runtime.getRuntime().maxMemory() >> 20),
                                    null)));
        }
        Path main = job.files().main();
        if (list.entities().isEmpty()) {
            return failure(
                    job.key(),
                    prev,
                    list.source(),
                    new Pending(
                            ListProblem.EMPTY,
                            new ListFormatException(
                                    main, null, "at least one entity; the file reads but holds none", null)));
        }
        if (prev != null) {
            Source before = prev.list().source();
            if (before != list.source()) {
                return failure(
                        job.key(),
                        prev,
                        before,
                        new Pending(
                                ListProblem.WRONG_SOURCE,
                                new ListFormatException(
                                        main,
                                        null,
                                        "a copy of " + before.code() + " as before, found "
                                                + list.source().code(),
                                        null)));
            }
            if (check.compare()
                    && list.damage().isPresent()
                    && prev.list().damage().isEmpty()) {
                LoadWarning damage = list.damage().get();
                return failure(
                        job.key(),
                        prev,
                        before,
                        new Pending(
                                ListProblem.DAMAGED,
                                new ListFormatException(
                                        main,
                                        damage.place(),
                                        "a copy as clean as the one in service, found one damaged on the way ("
                                                + damage.message() + ")",
                                        null)));
            }
            String smaller = shrinkage(job, prev, list, check);
            if (smaller != null) {
                return failure(
                        job.key(),
                        prev,
                        before,
                        new Pending(
                                ListProblem.SHRUNK,
                                new ListFormatException(
                                        main,
                                        null,
                                        "a copy not much smaller than the one in service, found " + smaller
                                                + " (a damaged file? see SECURITY.md on accepting a shrunken list)",
                                        null)));
            }
        }
        return new ListCopy(job.key(), list, job.stamps(), now);
    }

    private static String shrinkage(Job job, ListCopy prev, LoadedList list, ListCheck check) {
        String fewer = check.entityShrinkage(
                prev.list().entities().size(), list.entities().size(), "the copy in service");
        if (fewer != null) {
            return fewer;
        }
        for (Map.Entry<String, ListCopy.FileStamp> was : prev.files().entrySet()) {
            ListCopy.FileStamp now = job.stamps().get(was.getKey());
            String name = was.getKey().substring(was.getKey().lastIndexOf('/') + 1);
            if (now == null) {
                if (check.compare()) {
                    return name + " is gone";
                }
                continue;
            }
            String smaller = check.sizeShrinkage(name, was.getValue().size(), now.size(), "the copy in service");
            if (smaller != null) {
                return smaller;
            }
        }
        return null;
    }

    private static ListFailure failure(String key, ListCopy prev, Source source, Pending p) {
        return new ListFailure(
                key,
                source != null ? source : prev != null ? prev.list().source() : null,
                p.problem(),
                p.error(),
                prev);
    }

    private static void walk(Path dir, Map<String, Path> files, Map<String, Pending> broken) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // A link to a file counts as the file, as Files.isRegularFile has it.
                if (!file.getFileName().toString().startsWith(".") && Files.isRegularFile(file)) {
                    files.put(keyOf(dir, file), file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (file.equals(dir)) {
                    return FileVisitResult.TERMINATE;
                }
                broken.put(
                        keyOf(dir, file),
                        new Pending(
                                ListProblem.UNREADABLE,
                                new ListFormatException(file, null, "a readable file or folder", e)));
                return FileVisitResult.CONTINUE;
            }
        });
        if (files.isEmpty() && broken.isEmpty() && !Files.isReadable(dir)) {
            throw new IOException(dir + ": the folder of lists cannot be read");
        }
    }

    private static ListCopy.FileStamp stamp(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return new ListCopy.FileStamp(a.size(), a.lastModifiedTime().toMillis(), Objects.toString(a.fileKey(), ""));
    }

    static String keyOf(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /**
     * The key of the main file of the list that a store's layout ({@code <source code>/<file>}) says
     * {@code key} belongs to, or null. A file the publisher may leave empty is only expected when
     * {@code evenOptional}.
     */
    private static String officialMain(String key, boolean evenOptional) {
        int slash = key.indexOf('/');
        if (slash < 0 || key.indexOf('/', slash + 1) >= 0) {
            return null;
        }
        String folder = key.substring(0, slash);
        String name = key.substring(slash + 1);
        for (DownloadLocation l : OfficialSources.all()) {
            if (l.folder().equals(folder)) {
                for (RemoteFile f : l.files()) {
                    if (f.fileName().equals(name) && (evenOptional || !f.mayBeEmpty())) {
                        return folder + "/" + l.files().getFirst().fileName();
                    }
                }
            }
        }
        return null;
    }

    /** The list a file stands for: from the copy in service, a store's layout, or its format alone. */
    private static Source sourceOf(String key, ListCopy prev, ListFormat format) {
        if (prev != null) {
            return prev.list().source();
        }
        int slash = key.indexOf('/');
        if (slash > 0 && officialMain(key, true) != null) {
            return Source.fromCode(key.substring(0, slash)).orElse(null);
        }
        if (format == null) {
            return null;
        }
        return switch (format) {
            case UN_XML -> Source.UN;
            case UK_CSV, UK_XLSX -> Source.UK_OFSI;
            case EU_FSF_XML -> Source.EU_FSF;
            case CANADA_SEMA_XML -> Source.CA_SEMA;
            case AUSTRALIA_DFAT_XLSX -> Source.AU_DFAT;
            default -> null; // OFAC files hold either the SDN or the consolidated list
        };
    }

    private static String formatNames() {
        return "UN XML, OFAC CSV/XML, UK CSV/XLSX, EU FSF XML, Canada SEMA XML, Australia DFAT XLSX";
    }

    private static Map<ListFormat, Path> companionsFrom(Map<Path, ListFormat> formats, Path folder) {
        Map<ListFormat, Path> companions = new EnumMap<>(ListFormat.class);
        formats.forEach((path, fmt) -> {
            if (fmt.isCompanion() && Objects.equals(path.getParent(), folder)) {
                companions.putIfAbsent(fmt, path);
            }
        });
        return companions;
    }
}
