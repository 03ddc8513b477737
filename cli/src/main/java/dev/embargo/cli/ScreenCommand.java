package dev.embargo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.parties.PartyIndex;
import dev.embargo.report.json.MatchJson;
import dev.embargo.report.json.OutputJson;
import dev.embargo.report.text.MatchText;
import dev.embargo.server.Limits;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        mixinStandardHelpOptions = true,
        name = "screen",
        description = {
            "Screen a name, names read from standard input (-), or a CSV file of names against the loaded lists.",
            "Exits 0 when nothing matched, 1 when a name matched at the threshold, 2 on a usage error, 3 when the"
                    + " lists or the input could not be read (3 also when some rows of a batch could not be screened,"
                    + " even if others matched)."
        })
public final class ScreenCommand implements Callable<Integer> {
    enum Format {
        json,
        table
    }

    enum ProgressMode {
        auto,
        always,
        never
    }

    @Mixin
    ListsOption lists;

    @Option(names = "--type", defaultValue = "any", description = "person, organization, vessel, aircraft or any")
    String type;

    @Option(names = "--dob", description = "date of birth: 1984-01-08, 08/01/1984 or 1984")
    String dob;

    @Option(names = "--country", description = "country of nationality or residence (ISO code or name)")
    String country;

    @Option(
            names = "--threshold",
            description = "lowest score reported, 0 to 1 (default: ${DEFAULT-VALUE})",
            defaultValue = "" + Screener.DEFAULT_THRESHOLD)
    double threshold;

    @Option(
            names = "--limit",
            defaultValue = "" + Screener.DEFAULT_LIMIT,
            description = "most matches per name, 1 to 100 (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(
            names = "--format",
            defaultValue = "json",
            description = "json or table, for one NAME (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(
            names = "--input",
            paramLabel = "CSV",
            description = "CSV with header id,name and optional type,dob,country "
                    + "(full_name, date_of_birth and nationality are read too); - for stdin")
    String input;

    @Option(names = "--output", paramLabel = "JSONL", description = "one JSON line per query; - for stdout (default)")
    String output;

    @Option(
            names = "--progress",
            defaultValue = "auto",
            description =
                    "progress bar on standard error while a batch "
                            + "runs: auto (only when standard error is a terminal), always or never (default: ${DEFAULT-VALUE})")
    ProgressMode progressMode;

    @Parameters(
            arity = "0..1",
            paramLabel = "NAME",
            description = "the name to screen; - reads names from standard "
                    + "input, one per line, and writes one JSON line per name (its id is its line number)")
    String name;

    @Spec
    CommandSpec spec;

    private final java.util.Set<String> unknownCountries = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Writes a batch's JSON lines; made once per batch, as making one costs far more than a line. */
    private ObjectMapper mapper;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        checkRanges();
        if ((input == null) == (name == null)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "give a NAME, - to read names from standard input," + " or --input CSV (one of them)");
        }
        // The options are checked before the lists load: a typo costs no wait.
        Query query = query(name == null || name.equals("-") ? "x" : name);
        if (input != null || name.equals("-")) {
            // A batch says where its start-up went, as it says how long the screening took.
            long start = System.nanoTime();
            List<dev.embargo.lists.model.Entity> entities = lists.load(err).entities();
            long loaded = System.nanoTime();
            PartyIndex index = PartyIndex.build(entities);
            Screener screener = index.screener();
            err.printf(
                    Locale.ROOT,
                    "loaded %d entities in %.2f s; indexed %d names in %.2f s; grouped into %d parties in %.2f s%n",
                    entities.size(),
                    (loaded - start) / 1e9,
                    screener.nameCount(),
                    index.indexTime().toNanos() / 1e9,
                    index.grouping().parties().size(),
                    index.groupingTime().toNanos() / 1e9);
            err.flush();
            mapper = OutputJson.mapper();
            return input != null ? csvBatch(screener, err) : namesBatch(screener, err);
        }
        Screener screener = PartyIndex.build(lists.load(err).entities()).screener();
        List<Match> matches = screener.screen(query, threshold, limit);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(OutputJson.mapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(MatchJson.result(query, threshold, matches)));
        } else {
            out.print(MatchText.table(matches));
        }
        out.flush();
        return matches.isEmpty() ? EmbargoCommand.EXIT_OK : EmbargoCommand.EXIT_HIT;
    }

    /** The ranges the API accepts (see ScreenApi): a value it would refuse is a usage error here too. */
    private void checkRanges() {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--threshold: expected a number from 0 to 1, got " + given("--threshold", threshold));
        }
        int maxLimit = Limits.DEFAULT.maxLimit();
        if (limit < 1 || limit > maxLimit) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--limit: expected a whole number from 1 to " + maxLimit + ", got " + given("--limit", limit));
        }
    }

    /** An option's value as typed, for an error message ("5", not "5.0"). */
    private String given(String option, Object parsed) {
        CommandLine.ParseResult parse = spec.commandLine().getParseResult();
        CommandLine.Model.OptionSpec matched = parse == null ? null : parse.matchedOption(option);
        return matched == null || matched.stringValues().isEmpty()
                ? String.valueOf(parsed)
                : matched.stringValues().getLast();
    }

    /** The query of one NAME with the options, or for a batch the options alone (checked with a stand-in name). */
    private Query query(String n) {
        int max = Limits.DEFAULT.maxNameChars();
        if (n.length() > max) {
            throw new ParameterException(
                    spec.commandLine(), "NAME: expected at most " + max + " characters, got " + n.length());
        }
        try {
            return Query.of(n, type, dob, country);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Screens the rows of the --input CSV. */
    private int csvBatch(Screener screener, PrintWriter err) throws Exception {
        boolean stdin = input.equals("-");
        Progress progress =
                progress(err, stdin ? -1 : Math.max(0, -1 + (showsProgress() ? countLines(Path.of(input)) : 0)));
        try (Reader reader = BatchFiles.input(input);
                CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            Iterator<NamedCsvRecord> rows = csv.iterator();
            if (!rows.hasNext()) {
                return finish(new Tally(), progress, err);
            }
            NamedCsvRecord first = rows.next();
            Columns columns = Columns.of(first.getHeader());
            Iterator<NamedCsvRecord> all = java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(first),
                            java.util.stream.StreamSupport.stream(
                                    java.util.Spliterators.spliteratorUnknownSize(rows, 0), false))
                    .iterator();
            return finish(batch(all, r -> screenRow(screener, columns, r), err, progress), progress, err);
        }
    }

    /** Screens the names on standard input, one per line: {@code screen -}. */
    private int namesBatch(Screener screener, PrintWriter err) throws Exception {
        Progress progress = progress(err, -1);
        try (Reader reader = BatchFiles.input("-")) {
            BatchFiles.NameLines lines = new BatchFiles.NameLines(reader, Limits.DEFAULT.maxNameChars());
            return finish(batch(lines, l -> screenName(screener, l), err, progress), progress, err);
        }
    }

    private boolean showsProgress() {
        return switch (progressMode) {
            case always -> true;
            case never -> false;
            case auto -> Progress.stderrIsTerminal();
        };
    }

    private Progress progress(PrintWriter err, long total) {
        return new Progress(err, total, showsProgress());
    }

    /** Lines in a file, counted on its bytes (no decoding, so a damaged file is reported where it is read). */
    private static long countLines(Path file) throws java.io.IOException {
        long n = 0;
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            for (int read; (read = in.read(buffer)) > 0; ) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** What a batch found: rows with a match, rows that could not be screened. */
    private static final class Tally {
        long hits;
        long bad;
    }

    private int finish(Tally tally, Progress progress, PrintWriter err) {
        progress.finish();
        String where = input == null || input.equals("-") ? "standard input" : input;
        for (String c : new java.util.TreeSet<>(unknownCountries)) {
            err.println("warning: " + where + ": country \"" + c + "\" is not a country name or ISO code Embargo knows;"
                    + " those names were screened without their country");
        }
        if (tally.bad > 0) {
            err.println("error: " + where + ": " + tally.bad + " row(s) could not be screened (see above)");
        }
        err.flush();
        return tally.bad > 0
                ? EmbargoCommand.EXIT_ERROR
                : tally.hits > 0 ? EmbargoCommand.EXIT_HIT : EmbargoCommand.EXIT_OK;
    }

    /**
     * Screens {@code rows} with one worker per core and writes each result line in input order; a row that
     * could not be screened is reported on {@code err} with its line number.
     */
    private <T> Tally batch(
            Iterator<T> rows, java.util.function.Function<T, Screened> screen, PrintWriter err, Progress progress)
            throws Exception {
        Tally tally = new Tally();
        Writer sink = BatchFiles.output(output);
        // Small chunks screened by one worker per core, with no wait between chunks: this thread reads the
        // next chunks and writes finished ones in input order meanwhile. (Chunks screened one at a time, each
        // split over the cores, left a core idle at the end of every chunk while the other finished its part.)
        int workers = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers, task -> {
            Thread t = new Thread(task, "embargo-screen");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<java.util.concurrent.Future<List<Screened>>> pending = new java.util.ArrayDeque<>();
        try (sink) {
            while (rows.hasNext()) {
                List<T> chunk = new ArrayList<>(CHUNK);
                while (rows.hasNext() && chunk.size() < CHUNK) {
                    chunk.add(rows.next());
                }
                pending.add(pool.submit(() -> {
                    List<Screened> lines = new ArrayList<>(chunk.size());
                    for (T r : chunk) {
                        lines.add(screen.apply(r));
                    }
                    return lines;
                }));
                // A few chunks per worker in flight keep the workers busy and the memory bounded.
                while (pending.size() >= 4 * workers) {
                    write(pending.poll().get(), sink, err, tally, progress);
                }
            }
            while (!pending.isEmpty()) {
                write(pending.poll().get(), sink, err, tally, progress);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof java.io.IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
        return tally;
    }

    /** Rows screened per task: small enough that the workers finish together, large enough to cost nothing. */
    private static final int CHUNK = 256;

    /** Writes one screened chunk: each result line, or for a row that could not be screened its error. */
    private void write(List<Screened> lines, Writer sink, PrintWriter err, Tally tally, Progress progress)
            throws java.io.IOException {
        String where = input == null || input.equals("-") ? "standard input" : input;
        for (Screened l : lines) {
            if (l.error() != null) {
                tally.bad++;
                err.println("error: " + where + ": line " + l.line() + ": " + l.error());
                continue;
            }
            if (l.json() == null) {
                continue;
            }
            if (l.hit()) {
                tally.hits++;
            }
            sink.write(l.json());
            sink.write('\n');
        }
        progress.advance(lines.size());
    }

    /**
     * One row's outcome: its JSON line and whether it matched, or why it could not be screened, or neither
     * for a blank line of names.
     */
    record Screened(long line, String json, boolean hit, String error) {
        static Screened error(long line, String why) {
            return new Screened(line, null, false, why);
        }

        static Screened blank(long line) {
            return new Screened(line, null, false, null);
        }
    }

    /**
     * Where the fields a batch reads are in the file's header, each as the positions of the names it may have
     * (files from other tools name them differently), in order of preference; looked up once per file
     * rather than by name for every field of every row.
     */
    record Columns(int[] id, int[] name, int[] country, int[] type, int[] dob) {
        static Columns of(List<String> header) {
            return new Columns(
                    positions(header, "id"),
                    positions(header, "name", "full_name"),
                    positions(header, "country", "nationality"),
                    positions(header, "type"),
                    positions(header, "dob", "date_of_birth"));
        }

        private static int[] positions(List<String> header, String... names) {
            int[] at = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                at[i] = header.indexOf(names[i]);
            }
            return at;
        }

        /** The first of the field's names the row has a value for (a short row lacks its last fields). */
        static java.util.Optional<String> field(NamedCsvRecord r, int[] positions) {
            for (int at : positions) {
                if (at >= 0 && at < r.getFieldCount()) {
                    return java.util.Optional.of(r.getField(at));
                }
            }
            return java.util.Optional.empty();
        }
    }

    private Screened screenRow(Screener screener, Columns columns, NamedCsvRecord r) {
        long line = r.getStartingLineNumber();
        try {
            String id = Columns.field(r, columns.id()).orElse(Long.toString(line));
            String name = Columns.field(r, columns.name())
                    .orElseThrow(() -> new IllegalArgumentException("expected a name column (name or full_name)"));
            return screen(
                    screener,
                    line,
                    id,
                    name,
                    Columns.field(r, columns.type()).orElse(type),
                    Columns.field(r, columns.dob()).orElse(dob),
                    Columns.field(r, columns.country()).orElse(country));
        } catch (IllegalArgumentException e) {
            return Screened.error(line, e.getMessage());
        }
    }

    private Screened screenName(Screener screener, BatchFiles.NameLines.Line l) {
        if (l.tooLong()) {
            return Screened.error(
                    l.number(),
                    "name: expected at most " + Limits.DEFAULT.maxNameChars() + " characters, got a longer line");
        }
        if (l.text().isBlank()) {
            return Screened.blank(l.number());
        }
        try {
            return screen(
                    screener, l.number(), Long.toString(l.number()), l.text().strip(), type, dob, country);
        } catch (IllegalArgumentException e) {
            return Screened.error(l.number(), e.getMessage());
        }
    }

    private Screened screen(Screener screener, long line, String id, String name, String type, String dob, String c) {
        if (name.length() > Limits.DEFAULT.maxNameChars()) {
            return Screened.error(
                    line,
                    "name: expected at most " + Limits.DEFAULT.maxNameChars() + " characters, got " + name.length());
        }
        // A country the table does not know must not leave the name unscreened: screen without it and
        // say so once per distinct value at the end.
        if (c != null && !c.isBlank() && dev.embargo.lists.Countries.toIso(c).isEmpty()) {
            unknownCountries.add(c);
            c = null;
        }
        try {
            Query q = Query.of(name, type, dob, c);
            List<Match> matches = screener.screen(q, threshold, limit);
            java.io.StringWriter json = new java.io.StringWriter(256);
            try (com.fasterxml.jackson.core.JsonGenerator gen =
                    mapper.getFactory().createGenerator(json)) {
                MatchJson.writeResult(gen, id, q, threshold, matches, mapper);
            }
            return new Screened(line, json.toString(), !matches.isEmpty(), null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Screened.error(line, e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A progress bar with rate and time left, drawn on stderr only when asked to (see --progress). */
    static final class Progress {
        private final PrintWriter err;
        private final long total;
        private final boolean terminal;
        private final long start = System.nanoTime();
        private long done;

        Progress(PrintWriter err, long total, boolean terminal) {
            this.err = err;
            this.total = total;
            this.terminal = terminal;
        }

        /**
         * Whether this process's standard error is a terminal, so that a bar drawn with carriage returns
         * shows as one line rather than filling a log. {@code System.console()} cannot tell: it looks at
         * standard input and output (and from JDK 22 exists even when they are redirected), so
         * {@code 2>log} from a terminal would still get the frames. Java has no isatty(2); on Linux,
         * /proc/self/fd/2 links to the device it writes to. Where that cannot be read (macOS, Windows) the
         * answer is no: a missing bar costs less than a spoilt log, and --progress always draws it.
         */
        static boolean stderrIsTerminal() {
            return isTerminal(Path.of("/proc/self/fd/2"));
        }

        /** Whether the file descriptor link {@code fd} points at a terminal device. */
        static boolean isTerminal(Path fd) {
            try {
                String device = Files.readSymbolicLink(fd).toString();
                return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
            } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }

        void advance(int n) {
            done += n;
            if (!terminal) {
                return;
            }
            double secs = (System.nanoTime() - start) / 1e9;
            double rate = done / Math.max(secs, 1e-9);
            String left =
                    total > 0 ? String.format(Locale.ROOT, ", %.0f s left", (total - done) / Math.max(rate, 1e-9)) : "";
            int width = 30;
            int filled = total > 0 ? (int) (width * done / total) : 0;
            err.printf(
                    Locale.ROOT,
                    "\r[%s%s] %d%s names, %.0f names/s%s   ",
                    "#".repeat(filled),
                    " ".repeat(width - filled),
                    done,
                    total > 0 ? "/" + total : "",
                    rate,
                    left);
            err.flush();
        }

        void finish() {
            double secs = (System.nanoTime() - start) / 1e9;
            if (terminal) {
                err.println();
            }
            err.printf(
                    Locale.ROOT,
                    "screened %d names in %.2f s (%.0f names/s)%n",
                    done,
                    secs,
                    done / Math.max(secs, 1e-9));
            err.flush();
        }
    }
}
