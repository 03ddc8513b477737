package dev.embargo.bench;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.LoadedList;
import dev.embargo.store.Alert;
import dev.embargo.store.AlertState;
import dev.embargo.store.ListsSnapshot;
import dev.embargo.store.Portfolio;
import dev.embargo.store.PortfolioGenerator;
import dev.embargo.store.RecordScreening;
import dev.embargo.store.Rescreening;
import dev.embargo.store.Review;
import dev.embargo.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code embargo bench portfolio --records N [--listed 0.001] [--db URL] [--replace SOURCE=OLD_FOLDER]
 * [--alerts 100000] [--queries 2000] [--batch 2000] [--threads CORES] [--generate-only FILE]}: generates N records (people from the evaluation set's names, companies from listed
 * organisations' words, a share of listed parties), imports and screens them into a store (a fresh H2 file by
 * default), and reports the time end to end.
 *
 * <p>With {@code --replace un=../shared/data/lists-history/un-2024-11} the import screens against the lists with
 * that source's folder replaced by the older one, and the change to {@code --lists} is then applied as a delta,
 * timed, with how many records it screened again; a full re-screen follows, which must raise, raise again and
 * close nothing: that proves the delta missed no record.
 *
 * <p>Then the alert table is filled up to {@code --alerts} (copies of the real alerts, on records of the
 * portfolio, in every state) and the queries of the review pages are timed: the queue's first page and a deep
 * page, an alert with its decisions, a record's alerts; and the database's size per million records.
 * With {@code --generate-only FILE} it writes the records to FILE and stops. {@code --batch} is the records per
 * transaction, {@code --threads} the screening threads; {@code --alerts 0 --queries 0} times the import alone.
 */
final class PortfolioBenchmark {
    private PortfolioBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchOptions o = BenchOptions.parse(args);
        Path work = Files.createTempDirectory("embargo-bench-portfolio");
        try {
            run(o, work);
        } finally {
            deleteTree(work);
        }
    }

    /** The generated file and the H2 database take hundreds of megabytes: nothing of them is left behind. */
    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void run(BenchOptions o, Path work) throws Exception {
        int records = Integer.parseInt(o.extra().getOrDefault("records", "100000"));
        double listed = Double.parseDouble(o.extra().getOrDefault("listed", "0.001"));
        int alertsWanted = Integer.parseInt(o.extra().getOrDefault("alerts", "100000"));
        int queries = Integer.parseInt(o.extra().getOrDefault("queries", "2000"));
        int batch = Integer.parseInt(o.extra().getOrDefault("batch", Integer.toString(Portfolio.BATCH)));
        int threads = Integer.parseInt(o.extra()
                .getOrDefault("threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
        String db = o.extra().getOrDefault("db", "jdbc:h2:file:" + work.resolve("store"));
        String replace = o.extra().get("replace");

        long t = System.nanoTime();
        ListsSnapshot now = ListsSnapshot.load(o.lists());
        ListsSnapshot before = replace == null ? now : olderLists(now, replace);
        System.out.printf(Locale.ROOT, "lists loaded and indexed: %.1f s%n", (System.nanoTime() - t) / 1e9);
        List<dev.embargo.lists.model.Entity> parties = new ArrayList<>(before.entities());
        parties.addAll(now.entities());
        Path file = work.resolve("portfolio.csv");
        int listedCount = PortfolioGenerator.of(o.eval().resolve("negatives_global.csv"), parties)
                .writeCsv(file, records, listed, 42);
        System.out.printf(
                Locale.ROOT,
                "generated %,d records (%,d listed) in %s (%,d bytes)%n",
                records,
                listedCount,
                file,
                Files.size(file));

        String only = o.extra().get("generate-only");
        if (only != null) {
            // The same records for other tools (bench-spark.sh screens them with screen --input and Spark).
            Files.move(file, Path.of(only), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (Store store = Store.open(db)) {
            t = System.nanoTime();
            long cpu = cpuNanos();
            Portfolio.ImportReport r = new Portfolio(store, batch, threads)
                    .importFile(file, false, new RecordScreening(before, o.threshold()), "bench", c -> {});
            double seconds = (System.nanoTime() - t) / 1e9;
            long importCpu = cpuNanos() - cpu;
            System.out.printf(
                    Locale.ROOT,
                    "import and first screening: %,d rows, %,d inserted, %,d rejected, %,d alerts"
                            + " in %.1f s (%,.0f records/s, %.1f CPU s) on %s%n",
                    r.rows(),
                    r.inserted(),
                    r.rejected().size(),
                    r.raised(),
                    seconds,
                    r.inserted() / seconds,
                    importCpu / 1e9,
                    store.isPostgres() ? "PostgreSQL" : "H2");
            Portfolio.Timings tm = r.timings();
            System.out.printf(
                    Locale.ROOT,
                    "  CPU: reading %.1f s, screening (hashing, screening) %.1f s, writing (SQL, alerts, audit)"
                            + " %.1f s, the rest (collector, compiler, database threads) %.1f s; the writer was"
                            + " busy %.1f s%n",
                    tm.readingCpuNanos() / 1e9,
                    tm.screeningCpuNanos() / 1e9,
                    tm.writingCpuNanos() / 1e9,
                    (importCpu - tm.readingCpuNanos() - tm.screeningCpuNanos() - tm.writingCpuNanos()) / 1e9,
                    tm.writingNanos() / 1e9);
            long importedBytes = store.isPostgres() ? postgresBytes(store) : h2Bytes(work);
            System.out.printf(
                    Locale.ROOT,
                    "database size after the import: %,d bytes (%,.0f MB per million records)%n",
                    importedBytes,
                    importedBytes / Math.max(1.0, r.inserted()));
            if (replace != null) {
                RecordScreening screening = new RecordScreening(now, o.threshold());
                t = System.nanoTime();
                cpu = cpuNanos();
                Rescreening.Report d = new Rescreening(store).listChange(before, screening, "bench");
                System.out.printf(
                        Locale.ROOT,
                        "list change: %,d added, %,d changed, %,d removed listings; %,d of %,d"
                                + " records screened again; %,d alerts raised, %,d raised again, %,d closed, %,d closed"
                                + " (listing removed) in %.1f s (%.1f CPU s)%n  selected: %s%n  phases: %s%n",
                        d.added(),
                        d.changed(),
                        d.removed(),
                        d.screened(),
                        d.records(),
                        d.raised(),
                        d.raisedAgain(),
                        d.closed(),
                        d.closedByRemoval(),
                        (System.nanoTime() - t) / 1e9,
                        (cpuNanos() - cpu) / 1e9,
                        d.selection(),
                        d.phases());
                t = System.nanoTime();
                cpu = cpuNanos();
                Rescreening.Report full = new Rescreening(store).full(screening, "bench");
                boolean missedNone = full.raised() == 0 && full.raisedAgain() == 0 && full.closed() == 0;
                System.out.printf(
                        Locale.ROOT,
                        "full re-screen after the delta: %,d records in %.1f s (%.1f CPU s); %,d raised, %,d raised again,"
                                + " %,d closed: %s%n",
                        full.screened(),
                        (System.nanoTime() - t) / 1e9,
                        (cpuNanos() - cpu) / 1e9,
                        full.raised(),
                        full.raisedAgain(),
                        full.closed(),
                        missedNone ? "the delta missed none" : "THE DELTA MISSED RECORDS");
            }
            long recordsBytes = store.isPostgres() ? postgresBytes(store) : h2Bytes(work);
            System.out.printf(
                    Locale.ROOT,
                    "database size after screening: %,d bytes (%,.0f MB per million records)%n",
                    recordsBytes,
                    recordsBytes / Math.max(1.0, r.inserted()));
            long stored = fillAlerts(store, alertsWanted);
            timeQueries(store, stored, queries);
            long bytes = store.isPostgres() ? postgresBytes(store) : h2Bytes(work);
            System.out.printf(
                    Locale.ROOT,
                    "database size: %,d bytes for %,d records and %,d alerts (%,.0f MB per million records)%n",
                    bytes,
                    r.inserted(),
                    stored,
                    bytes / 1e6 * 1e6 / Math.max(1, r.inserted()));
        }
    }

    /** The lists in service with one source's lists replaced by those of an older folder. */
    private static ListsSnapshot olderLists(ListsSnapshot now, String replace)
            throws IOException, GeneralSecurityException {
        String[] sourceAndFolder = replace.split("=", 2);
        if (sourceAndFolder.length != 2) {
            throw new IllegalArgumentException("--replace: expected SOURCE=FOLDER, got " + replace);
        }
        ListLoader.Report old = ListLoader.loadDirectory(Path.of(sourceAndFolder[1]));
        if (!old.errors().isEmpty() || old.lists().isEmpty()) {
            throw new IOException(sourceAndFolder[1] + ": expected the lists of " + sourceAndFolder[0]);
        }
        List<LoadedList> lists = new ArrayList<>();
        for (LoadedList l : now.lists()) {
            if (!l.source().code().equals(sourceAndFolder[0])) {
                lists.add(l);
            }
        }
        lists.addAll(old.lists());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update((now.hash() + "\u0000" + replace).getBytes(StandardCharsets.UTF_8));
        return ListsSnapshot.of(lists, List.of(), HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Copies the stored alerts onto other records of the portfolio until {@code wanted} are stored: states
     * spread as a working queue has them (most cleared, some open or escalated, a few confirmed), each copy
     * not current (the unique pair stays the real alerts'). Returns how many alerts are stored.
     */
    private static long fillAlerts(Store store, long wanted) throws SQLException {
        try (Connection c = store.dataSource().getConnection()) {
            long have = count(c, "SELECT COUNT(*) FROM alert");
            if (have == 0 || have >= wanted) {
                return have;
            }
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT id FROM portfolio_record ORDER BY id FETCH FIRST " + wanted + " ROWS ONLY");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            String[] states = {
                "cleared_false_positive",
                "cleared_false_positive",
                "cleared_false_positive",
                "open",
                "open",
                "escalated",
                "confirmed_true_match",
                "closed_by_system"
            };
            c.setAutoCommit(false);
            SplittableRandom random = new SplittableRandom(7);
            String copy = "INSERT INTO alert (record_id, entity_id, current_pair, state, score, matched_name,"
                    + " explanation, fingerprint, material_change, replaces, run_id, raised_at, updated_at, version,"
                    + " party_id, listings) SELECT ?, entity_id, NULL, ?, score, matched_name, explanation, fingerprint,"
                    + " NULL, NULL, run_id, raised_at - ?, updated_at, 0, party_id, listings FROM alert WHERE id = ?";
            long maxId = count(c, "SELECT MAX(id) FROM alert");
            long minId = count(c, "SELECT MIN(id) FROM alert");
            try (PreparedStatement ps = c.prepareStatement(copy)) {
                for (long n = have; n < wanted; n++) {
                    ps.setString(1, ids.get(random.nextInt(ids.size())));
                    ps.setString(2, states[random.nextInt(states.length)]);
                    ps.setLong(3, random.nextLong(365L * 24 * 3600 * 1000));
                    ps.setLong(4, minId + random.nextLong(maxId - minId + 1));
                    ps.addBatch();
                    if ((n - have) % 2000 == 1999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            c.setAutoCommit(true);
            // Alerts that accrue over months are in the statistics by the time anyone pages through them
            // (PostgreSQL's autovacuum analyses a table once a tenth of it changed); copies written a moment ago
            // are not, and PostgreSQL then plans the queue for the 400 alerts it last counted: it sorts all open
            // alerts for a page of 50 (p50 18 ms against 0.3 ms). Analysed as autovacuum would have.
            boolean postgres = c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
            try (Statement st = c.createStatement()) {
                st.execute(postgres ? "ANALYZE alert" : "ANALYZE TABLE alert");
            }
            long stored = count(c, "SELECT COUNT(*) FROM alert");
            System.out.printf(
                    Locale.ROOT, "alerts: %,d raised by screening, filled up to %,d with copies%n", have, stored);
            return stored;
        }
    }

    /** p50 and p99 of the review pages' queries, each run {@code n} times after a warm-up. */
    private static void timeQueries(Store store, long stored, int n) throws SQLException {
        if (n <= 0) {
            return;
        }
        Review review = new Review(store, Review.Policy.defaults());
        long maxId;
        List<String> recordIds = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection()) {
            maxId = count(c, "SELECT MAX(id) FROM alert");
            try (PreparedStatement ps = c.prepareStatement("SELECT record_id FROM alert FETCH FIRST 5000 ROWS ONLY");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    recordIds.add(rs.getString(1));
                }
            }
        }
        if (maxId <= 0) {
            System.out.println("no alerts stored: no query timed");
            return;
        }
        SplittableRandom random = new SplittableRandom(3);
        long top = maxId;
        time("queue, open, first page of 50", n, () -> review.alerts(AlertState.OPEN, null, 50, 0));
        time("queue, any state, a deep page of 50", n, () -> review.alerts(null, null, 50, 1 + random.nextLong(top)));
        time(
                "queue, escalated, a deep page of 50",
                n,
                () -> review.alerts(AlertState.ESCALATED, null, 50, 1 + random.nextLong(top)));
        time("alert page: the alert and its decisions", n, () -> {
            long id = 1 + random.nextLong(top);
            List<Alert> one = review.alert(id).stream().toList();
            review.decisions(id);
            return one;
        });
        time(
                "record page: a record's alerts",
                n,
                () -> review.alerts(null, recordIds.get(random.nextInt(recordIds.size())), 50, 0));
        System.out.printf(Locale.ROOT, "(%,d alerts stored)%n", stored);
    }

    private static void time(String what, int n, java.util.function.Supplier<List<Alert>> query) {
        long rows = 0;
        for (int i = 0; i < Math.min(200, n); i++) {
            rows += query.get().size();
        }
        long[] ns = new long[n];
        rows = 0;
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            rows += query.get().size();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf(
                Locale.ROOT,
                "%-45s p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%.1f rows each)%n",
                what,
                ns[n / 2] / 1e6,
                ns[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1e6,
                ns[n - 1] / 1e6,
                rows / (double) n);
    }

    /** CPU time of the whole process: on a machine other work shares, the figure wall time cannot give. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long postgresBytes(Store store) throws SQLException {
        try (Connection c = store.dataSource().getConnection()) {
            return count(
                    c,
                    "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                            + " WHERE n.nspname = current_schema() AND c.relkind = 'r'");
        }
    }

    private static long h2Bytes(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".db"))
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
