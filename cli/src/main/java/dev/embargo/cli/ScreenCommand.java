package dev.embargo.cli;

import dev.embargo.server.json.MatchJson;
import dev.embargo.server.json.Json;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "screen", description = "Screen a name (or a CSV file of names) against the loaded lists.")
public final class ScreenCommand implements Callable<Integer> {
    enum Format { json, table }

    @Mixin
    ListsOption lists;

    @Option(names = "--type", defaultValue = "any", description = "person, organization, vessel, aircraft or any")
    String type;

    @Option(names = "--dob", description = "date of birth: 1984-01-08, 08/01/1984 or 1984")
    String dob;

    @Option(names = "--country", description = "country of nationality or residence (ISO code or name)")
    String country;

    @Option(names = "--threshold", description = "lowest score reported (default: ${DEFAULT-VALUE})",
            defaultValue = "" + Screener.DEFAULT_THRESHOLD)
    double threshold;

    @Option(names = "--limit", defaultValue = "10", description = "most matches per name (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", defaultValue = "json", description = "json or table (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--input", paramLabel = "CSV", description = "CSV with header id,name and optional type,dob,country "
            + "(full_name, date_of_birth and nationality are read too); - for stdin")
    String input;

    @Option(names = "--output", paramLabel = "JSONL", description = "one JSON line per query; - for stdout (default)")
    String output;

    @Parameters(arity = "0..1", paramLabel = "NAME")
    String name;

    @Spec
    CommandSpec spec;

    private final java.util.Set<String> unknownCountries = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if ((input == null) == (name == null)) {
            err.println("error: give a NAME or --input CSV (not both)");
            err.flush();
            return 2;
        }
        if (input != null) {
            // A batch says where its start-up went, as it says how long the screening took.
            long start = System.nanoTime();
            List<dev.embargo.lists.model.Entity> entities = lists.load(err).entities();
            long loaded = System.nanoTime();
            Screener screener = Screener.of(entities);
            err.printf(Locale.ROOT, "loaded %d entities in %.2f s; indexed %d names in %.2f s%n", entities.size(),
                    (loaded - start) / 1e9, screener.index().nameCount(), (System.nanoTime() - loaded) / 1e9);
            err.flush();
            return batch(screener, err);
        }
        Screener screener = Screener.of(lists.load(err).entities());
        Query query;
        try {
            query = Query.of(name, type, dob, country);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        List<Match> matches = screener.screen(query, threshold, limit);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(MatchJson.result(query, threshold, matches)));
        } else {
            printTable(out, matches);
        }
        out.flush();
        return 0;
    }

    static void printTable(PrintWriter out, List<Match> matches) {
        if (matches.isEmpty()) {
            out.println("no match at or above the threshold");
            return;
        }
        out.printf("%-6s %-24s %-13s %-40s %s%n", "SCORE", "ENTITY", "KIND", "MATCHED NAME", "WHY");
        for (Match m : matches) {
            out.printf(Locale.ROOT, "%-6.3f %-24s %-13s %-40s %s%n", m.score(), m.entity().id(), m.entity().kind().code(),
                    truncate(m.matchedName(), 40), m.explanation().summary());
        }
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private int batch(Screener screener, PrintWriter err) throws Exception {
        ObjectMapper mapper = Json.mapper();
        Reader reader = BatchFiles.input(input);
        Writer sink = BatchFiles.output(output);
        long total = input.equals("-") ? -1 : Math.max(0, Files.lines(Path.of(input)).count() - 1);
        Progress progress = new Progress(err, total, System.console() != null);
        int bad = 0;
        long[] line = {1};
        // Small chunks screened by one worker per core, with no wait between chunks: this thread reads the
        // next chunks and writes finished ones in input order meanwhile. (Chunks screened one at a time, each
        // split over the cores, left a core idle at the end of every chunk while the other finished its part.)
        int workers = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(workers, task -> {
            Thread t = new Thread(task, "embargo-screen");
            t.setDaemon(true);
            return t;
        });
        java.util.ArrayDeque<java.util.concurrent.Future<List<String>>> pending = new java.util.ArrayDeque<>();
        try (reader; sink; CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            Iterator<NamedCsvRecord> rows = csv.iterator();
            Columns columns = null;
            while (rows.hasNext()) {
                List<NamedCsvRecord> chunk = new ArrayList<>(CHUNK);
                while (rows.hasNext() && chunk.size() < CHUNK) {
                    chunk.add(rows.next());
                }
                if (columns == null) {
                    columns = Columns.of(chunk.getFirst().getHeader());
                }
                Columns cols = columns;
                pending.add(pool.submit(() -> {
                    List<String> lines = new ArrayList<>(chunk.size());
                    for (NamedCsvRecord r : chunk) {
                        lines.add(screenRow(screener, mapper, cols, r));
                    }
                    return lines;
                }));
                // A few chunks per worker in flight keep the workers busy and the memory bounded.
                while (pending.size() >= 4 * workers) {
                    bad += write(pending.poll().get(), sink, err, line, progress);
                }
            }
            while (!pending.isEmpty()) {
                bad += write(pending.poll().get(), sink, err, line, progress);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof java.io.IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
        progress.finish();
        for (String c : new java.util.TreeSet<>(unknownCountries)) {
            err.println("warning: " + input + ": country \"" + c + "\" is not a country name or ISO code Embargo knows;"
                    + " those names were screened without their country");
        }
        err.flush();
        return bad == 0 ? 0 : 1;
    }

    /** Rows screened per task: small enough that the workers finish together, large enough to cost nothing. */
    private static final int CHUNK = 256;

    /**
     * Writes one screened chunk: each result line, or for a row that could not be screened its error on
     * {@code err} with its line number ({@code line} holds the last line written). Returns the rows in error.
     */
    private int write(List<String> lines, Writer sink, PrintWriter err, long[] line, Progress progress)
            throws java.io.IOException {
        int bad = 0;
        for (String l : lines) {
            line[0]++;
            if (l.startsWith("!")) {
                bad++;
                err.println("error: " + input + ": line " + line[0] + ": " + l.substring(1));
                continue;
            }
            sink.write(l);
            sink.write('\n');
        }
        progress.advance(lines.size());
        return bad;
    }

    /**
     * Where the fields a batch reads are in the file's header, each as the positions of the names it may have
     * (files from other tools name them differently), in order of preference; looked up once per chunk rather
     * than by name for every field of every row.
     */
    record Columns(int[] id, int[] name, int[] country, int[] type, int[] dob) {
        static Columns of(List<String> header) {
            return new Columns(positions(header, "id"), positions(header, "name", "full_name"),
                    positions(header, "country", "nationality"), positions(header, "type"),
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

    private String screenRow(Screener screener, ObjectMapper mapper, Columns columns, NamedCsvRecord r) {
        try {
            String id = Columns.field(r, columns.id()).orElse(Long.toString(r.getStartingLineNumber()));
            String name = Columns.field(r, columns.name()).orElseThrow(
                    () -> new IllegalArgumentException("expected a name column (name or full_name)"));
            // A country the table does not know must not leave the name unscreened: screen without it and
            // say so once per distinct value at the end.
            String c = Columns.field(r, columns.country()).orElse(country);
            if (c != null && !c.isBlank() && dev.embargo.lists.Countries.toIso(c).isEmpty()) {
                unknownCountries.add(c);
                c = null;
            }
            Query q = Query.of(name, Columns.field(r, columns.type()).orElse(type),
                    Columns.field(r, columns.dob()).orElse(dob), c);
            java.io.StringWriter line = new java.io.StringWriter(256);
            try (com.fasterxml.jackson.core.JsonGenerator gen = mapper.getFactory().createGenerator(line)) {
                MatchJson.writeResult(gen, id, q, threshold, screener.screen(q, threshold, limit), mapper);
            }
            return line.toString();
        } catch (IllegalArgumentException e) {
            return "!" + e.getMessage();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "!" + e.getOriginalMessage();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A progress bar with rate and time left, drawn on stderr only when it is a terminal. */
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

        void advance(int n) {
            done += n;
            if (!terminal) {
                return;
            }
            double secs = (System.nanoTime() - start) / 1e9;
            double rate = done / Math.max(secs, 1e-9);
            String left = total > 0 ? String.format(Locale.ROOT, ", %.0f s left", (total - done) / Math.max(rate, 1e-9)) : "";
            int width = 30;
            int filled = total > 0 ? (int) (width * done / total) : 0;
            err.printf(Locale.ROOT, "\r[%s%s] %d%s names, %.0f names/s%s   ", "#".repeat(filled), " ".repeat(width - filled),
                    done, total > 0 ? "/" + total : "", rate, left);
            err.flush();
        }

        void finish() {
            double secs = (System.nanoTime() - start) / 1e9;
            if (terminal) {
                err.println();
            }
            err.printf(Locale.ROOT, "screened %d names in %.2f s (%.0f names/s)%n", done, secs, done / Math.max(secs, 1e-9));
            err.flush();
        }
    }
}
