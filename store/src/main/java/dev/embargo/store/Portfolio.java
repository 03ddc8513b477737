package dev.embargo.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The screened portfolio: importing records (insert, update, and with sync remove), screening each one that
 * arrives or changes, and re-screening it all on demand or when the engine, the threshold or the lists changed
 * in a way a delta cannot follow.
 */
public final class Portfolio {
    /** Records per transaction: large enough to amortise a commit, small enough to lose little to a crash. */
    public static final int BATCH = 2000;

    private final Store store;
    private final int batchSize;
    private final int threads;
    private final long analyzeFrom;

    public Portfolio(Store store) {
        this(store, BATCH);
    }

    /** With transactions of {@code batchSize} records (tests use small ones to have many commits). */
    public Portfolio(Store store, int batchSize) {
        this(store, batchSize, Runtime.getRuntime().availableProcessors());
    }

    /** With {@code threads} screening threads (one per core by default). */
    public Portfolio(Store store, int batchSize, int threads) {
        this(store, batchSize, threads, ANALYZE_FROM);
    }

    /** Taking the statistics again after imports of {@code analyzeFrom} records or more (tests use few). */
    Portfolio(Store store, int batchSize, int threads, long analyzeFrom) {
        this.store = store;
        this.batchSize = Math.max(1, batchSize);
        this.threads = Math.max(1, threads);
        this.analyzeFrom = analyzeFrom;
    }

    /**
     * Whether an import that inserted, updated or removed {@code changed} records of the {@code before} the store
     * held changed enough of it to have the planner's statistics taken again at once ({@link Store#analyze}): at
     * least {@code from} records and a tenth of what was there, PostgreSQL autovacuum's own share. A smaller
     * import leaves the plans as they were, and autovacuum catches up with the accrued changes.
     */
    static boolean largeChange(long changed, long before, long from) {
        return changed >= from && changed * 10 >= before;
    }

    /** Records an import changes from which it has the statistics taken again ({@link #largeChange}). */
    static final long ANALYZE_FROM = 10_000;

    /** What an import did. */
    public record ImportReport(
            long runId,
            long rows,
            long inserted,
            long updated,
            long unchanged,
            long removed,
            long screened,
            long raised,
            long raisedAgain,
            long closed,
            List<PortfolioReader.Row> rejected,
            boolean syncSkipped,
            Timings timings) {}

    /**
     * Where an import's time went, in nanoseconds: CPU of the reading thread (parsing and checking rows), of
     * the screening threads (hashing and screening) and of the writer (SQL, alerts, audit), and the time the
     * writer spent writing, waits for the database included.
     */
    public record Timings(long readingCpuNanos, long screeningCpuNanos, long writingCpuNanos, long writingNanos) {}

    /** Rows stored so far by this import, and the id of the last record of the batch just committed. */
    public record Committed(long rows, String lastId) {}

    /** Two hashes of a stored record, shortened to 64 bits: enough to tell a change among millions. */
    record Known(long content, long screening) {}

    static long prefix(String hex) {
        return Long.parseUnsignedLong(hex.substring(0, 16), 16);
    }

    /**
     * Imports {@code file}: new records are inserted, changed ones updated, both screened against {@code
     * screening}'s lists and their alerts raised or closed, in transactions of {@link #BATCH} records; bad rows
     * are reported and skipped. With {@code sync}, records the file does not hold are removed (unless a bad row
     * without a readable id might have been one of them). {@code committed} hears how many rows are safely
     * stored after each transaction.
     */
    public ImportReport importFile(
            Path file, boolean sync, RecordScreening screening, String actor, Consumer<Committed> committed)
            throws IOException {
        requireWhole(screening.lists());
        // Every stored record's hashes, read at once: a row of the file is then told new, changed or unchanged
        // without a query of its own.
        Map<String, Known> known = loadKnown();
        long runId = store.inTransaction(c -> {
            long id = ScreeningRuns.start(c, store, "import", screening, actor);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("file", file.toString());
            d.put("sync", sync);
            d.put("run", id);
            store.audit().append(c, List.of(new AuditTrail.Draft(actor, "import.started", "run:" + id, d)));
            return id;
        });
        Set<String> seen = new HashSet<>();
        Set<String> badIds = new HashSet<>();
        List<PortfolioReader.Row> rejected = new ArrayList<>();
        long[] rows = {0};
        boolean[] idlessBad = {false};
        ImportPipeline.Outcome done;
        Timings timings;
        long readingCpu = ImportPipeline.threadCpuNanos();
        try (ImportPipeline pipeline =
                new ImportPipeline(store, runId, screening, actor, known, committed, batchSize, threads)) {
            PortfolioReader.read(file, row -> {
                rows[0]++;
                if (!row.ok()) {
                    rejected.add(row);
                    if (row.id() == null) {
                        idlessBad[0] = true;
                    } else {
                        badIds.add(row.id());
                    }
                    return;
                }
                PortfolioRecord r = row.record();
                if (!seen.add(r.id())) {
                    rejected.add(new PortfolioReader.Row(
                            row.line(), null, "id: \"" + r.id() + "\" was given on an earlier line", r.id()));
                    return;
                }
                pipeline.add(r);
            });
            done = pipeline.finish();
            timings = pipeline.timings(ImportPipeline.threadCpuNanos() - readingCpu);
        }
        long removed = 0;
        boolean syncSkipped = false;
        if (sync) {
            if (idlessBad[0]) {
                syncSkipped = true;
            } else {
                List<String> gone = new ArrayList<>();
                for (String id : known.keySet()) {
                    if (!seen.contains(id) && !badIds.contains(id)) {
                        gone.add(id);
                    }
                }
                removed = remove(gone, actor);
            }
        }
        long screened = done.screened();
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("rows", rows[0]);
        outcome.put("inserted", done.inserted());
        outcome.put("updated", done.updated());
        outcome.put("unchanged", done.unchanged());
        outcome.put("removed", removed);
        outcome.put("rejected", rejected.size());
        outcome.put("screened", screened);
        outcome.put("alerts_raised", done.alerts().raised());
        outcome.put("alerts_raised_again", done.alerts().raisedAgain());
        outcome.put("alerts_closed", done.alerts().closed());
        // Screened whole against these lists when the portfolio held nothing before.
        boolean current = known.isEmpty() || portfolioCurrentWith(screening);
        store.inTransaction(c -> {
            ScreeningRuns.finish(c, store, runId, screened, screening, current, outcome, actor);
            return null;
        });
        if (largeChange(done.inserted() + done.updated() + removed, known.size(), analyzeFrom)) {
            store.analyze(Store.BULK_TABLES);
        }
        return new ImportReport(
                runId,
                rows[0],
                done.inserted(),
                done.updated(),
                done.unchanged(),
                removed,
                screened,
                done.alerts().raised(),
                done.alerts().raisedAgain(),
                done.alerts().closed(),
                rejected,
                syncSkipped,
                timings);
    }

    /** A failed or partial snapshot of the lists is never screened against: it would miss or close alerts. */
    static void requireWhole(ListsSnapshot lists) {
        if (lists.partial()) {
            throw new StoreException("lists: " + lists.errors().size() + " list file(s) did not load ("
                    + lists.errors().getFirst().getMessage() + "); screening against partial lists would miss"
                    + " listed parties and close their alerts");
        }
        if (lists.lists().isEmpty()) {
            throw new StoreException("lists: no sanctions lists loaded; nothing to screen against");
        }
    }

    /** Whether the last complete screening of the portfolio used these lists, this engine and threshold. */
    public boolean portfolioCurrentWith(RecordScreening screening) {
        return store.inTransaction(c -> {
            Optional<String> engine = store.setting(c, ScreeningRuns.ENGINE);
            Optional<String> threshold = store.setting(c, ScreeningRuns.THRESHOLD);
            Optional<String> lists = store.setting(c, ScreeningRuns.LISTS);
            return engine.equals(Optional.of(EngineVersion.current()))
                    && threshold.equals(Optional.of(Double.toString(screening.threshold())))
                    && lists.equals(Optional.of(screening.lists().hash()));
        });
    }

    /**
     * Whether the portfolio was current with the lists of hash {@code listsHash} and this engine and threshold:
     * after a delta from those lists it is current with the new ones.
     */
    boolean portfolioCurrentWithHash(String listsHash, RecordScreening screening) {
        return store.inTransaction(c -> store.setting(c, ScreeningRuns.ENGINE)
                        .equals(Optional.of(EngineVersion.current()))
                && store.setting(c, ScreeningRuns.THRESHOLD).equals(Optional.of(Double.toString(screening.threshold())))
                && store.setting(c, ScreeningRuns.LISTS).equals(Optional.of(listsHash)));
    }

    /** How many records the portfolio holds. */
    public long size() {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM portfolio_record");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private Map<String, Known> loadKnown() {
        return store.inTransaction(c -> {
            Map<String, Known> out = new HashMap<>();
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT id, content_hash, screening_hash FROM portfolio_record")) {
                ps.setFetchSize(5000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Known(prefix(rs.getString(2)), prefix(rs.getString(3))));
                    }
                }
            }
            return out;
        });
    }

    /** Removes records, closing their undecided alerts; decided alerts and all decisions stay as history. */
    long remove(List<String> ids, String actor) {
        long removed = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            removed += store.inTransaction(c -> {
                long now = store.now();
                List<AuditTrail.Draft> audit = new ArrayList<>();
                Map<String, List<AlertBook.Current>> current = AlertBook.current(c, new HashSet<>(chunk));
                for (List<AlertBook.Current> alerts : current.values()) {
                    for (AlertBook.Current a : alerts) {
                        AlertBook.retire(
                                c,
                                now,
                                a,
                                a.state().awaitsReview() ? "record removed from the portfolio" : null,
                                audit);
                    }
                }
                RecordKeys.remove(c, chunk);
                int n = 0;
                try (PreparedStatement del = c.prepareStatement("DELETE FROM portfolio_record WHERE id = ?")) {
                    for (String id : chunk) {
                        del.setString(1, id);
                        del.addBatch();
                    }
                    for (int r : del.executeBatch()) {
                        n += r > 0 ? 1 : 0;
                    }
                }
                for (String id : chunk) {
                    audit.add(new AuditTrail.Draft(actor, "record.removed", "record:" + id, Map.of()));
                }
                store.audit().append(c, audit);
                return (long) n;
            });
        }
        return removed;
    }
}
