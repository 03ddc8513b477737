package dev.embargo.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    public Portfolio(Store store) {
        this(store, BATCH);
    }

    /** With transactions of {@code batchSize} records (tests use small ones to have many commits). */
    public Portfolio(Store store, int batchSize) {
        this.store = store;
        this.batchSize = Math.max(1, batchSize);
    }

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
            boolean syncSkipped) {}

    /** Rows stored so far by this import, and the id of the last record of the batch just committed. */
    public record Committed(long rows, String lastId) {}

    /** Two hashes of a stored record, shortened to 64 bits: enough to tell a change among millions. */
    private record Known(long content, long screening) {}

    private static long prefix(String hex) {
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
        long[] counts = new long[4]; // rows, inserted, updated, unchanged
        boolean[] idlessBad = {false};
        Batcher batcher = new Batcher(runId, screening, actor, committed);
        try {
            PortfolioReader.read(file, row -> {
                counts[0]++;
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
                String content = r.contentHash();
                String screeningHash = r.screeningHash();
                Known before = known.get(r.id());
                if (before != null && before.content() == prefix(content)) {
                    counts[3]++;
                    return;
                }
                boolean rescreen = before == null || before.screening() != prefix(screeningHash);
                known.put(r.id(), new Known(prefix(content), prefix(screeningHash)));
                counts[before == null ? 1 : 2]++;
                batcher.add(new Pending(r, before == null, rescreen, content, screeningHash));
            });
            batcher.flush();
            batcher.await();
        } finally {
            batcher.close();
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
        long screened = batcher.screened;
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("rows", counts[0]);
        outcome.put("inserted", counts[1]);
        outcome.put("updated", counts[2]);
        outcome.put("unchanged", counts[3]);
        outcome.put("removed", removed);
        outcome.put("rejected", rejected.size());
        outcome.put("screened", screened);
        outcome.put("alerts_raised", batcher.counts.raised());
        outcome.put("alerts_raised_again", batcher.counts.raisedAgain());
        outcome.put("alerts_closed", batcher.counts.closed());
        boolean current = known.size() == counts[1] || portfolioCurrentWith(screening);
        store.inTransaction(c -> {
            ScreeningRuns.finish(c, store, runId, screened, screening, current, outcome, actor);
            return null;
        });
        return new ImportReport(
                runId,
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                removed,
                screened,
                batcher.counts.raised(),
                batcher.counts.raisedAgain(),
                batcher.counts.closed(),
                rejected,
                syncSkipped);
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

    private record Pending(
            PortfolioRecord record, boolean isNew, boolean rescreen, String contentHash, String screeningHash) {}

    /**
     * Collects records into batches; screens a batch on every core while the previous one is written on one
     * thread (the two overlap), and waits for a write before starting the next so errors stop the import.
     */
    private final class Batcher implements AutoCloseable {
        private final long runId;
        private final RecordScreening screening;
        private final String actor;
        private final Consumer<Committed> committed;
        private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "embargo-store-writer");
            t.setDaemon(true);
            return t;
        });
        private List<Pending> batch = new ArrayList<>();
        private Future<?> writing;
        private long written;
        long screened;
        AlertBook.Counts counts = AlertBook.Counts.NONE;

        Batcher(long runId, RecordScreening screening, String actor, Consumer<Committed> committed) {
            this.runId = runId;
            this.screening = screening;
            this.actor = actor;
            this.committed = committed;
        }

        void add(Pending p) {
            batch.add(p);
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                await();
                return;
            }
            List<Pending> mine = batch;
            batch = new ArrayList<>();
            List<ScreenedRecord> results = mine.parallelStream()
                    .map(p -> new ScreenedRecord(p.record(), p.rescreen() ? screening.screen(p.record()) : List.of()))
                    .toList();
            await();
            writing = writer.submit(() -> {
                write(mine, results);
                return null;
            });
        }

        void await() {
            if (writing == null) {
                return;
            }
            try {
                writing.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("import interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new StoreException("import: " + e.getCause().getMessage(), e.getCause());
            } finally {
                writing = null;
            }
        }

        private void write(List<Pending> mine, List<ScreenedRecord> results) {
            AlertBook.Counts done = store.inTransaction(c -> {
                long now = store.now();
                writeRecords(c, mine, now);
                List<ScreenedRecord> toApply = new ArrayList<>();
                Set<String> changed = new HashSet<>();
                for (int i = 0; i < mine.size(); i++) {
                    if (mine.get(i).rescreen()) {
                        toApply.add(results.get(i));
                        if (!mine.get(i).isNew()) {
                            changed.add(mine.get(i).record().id());
                        }
                    }
                }
                Map<String, List<AlertBook.Current>> current =
                        changed.isEmpty() ? Map.of() : AlertBook.current(c, changed);
                List<AuditTrail.Draft> audit = new ArrayList<>();
                AlertBook.Counts n = AlertBook.apply(c, runId, now, toApply, current, audit);
                RecordKeys.write(
                        c,
                        screening,
                        toApply.stream().map(ScreenedRecord::record).toList(),
                        changed);
                audit.addFirst(new AuditTrail.Draft(actor, "import.batch", "run:" + runId, batchDetail(mine)));
                ScreeningRuns.progress(c, runId, screened + toApply.size());
                store.audit().append(c, audit);
                screened += toApply.size();
                return n;
            });
            counts = counts.plus(done);
            written += mine.size();
            committed.accept(new Committed(written, mine.getLast().record().id()));
        }

        @Override
        public void close() {
            writer.shutdownNow();
        }
    }

    /** What an audit entry says of a batch: the counts and a digest of every record's id and content hash. */
    private static Map<String, Object> batchDetail(List<Pending> batch) {
        java.security.MessageDigest digest = Sha256.digest();
        int inserted = 0;
        for (Pending p : batch) {
            digest.update((p.record().id() + "\u0000" + p.contentHash() + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (p.isNew()) {
                inserted++;
            }
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("inserted", inserted);
        d.put("updated", batch.size() - inserted);
        d.put("first", batch.getFirst().record().id());
        d.put("last", batch.getLast().record().id());
        d.put("records_sha256", Sha256.hex(digest));
        return d;
    }

    private static void writeRecords(Connection c, List<Pending> batch, long now) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO portfolio_record (name, kind, dates_of_birth,"
                        + " countries, identifiers, fields, content_hash, screening_hash, updated_at, version, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)");
                PreparedStatement up = c.prepareStatement("UPDATE portfolio_record SET name = ?, kind = ?,"
                        + " dates_of_birth = ?, countries = ?, identifiers = ?, fields = ?, content_hash = ?,"
                        + " screening_hash = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
            int inserts = 0;
            int updates = 0;
            for (Pending p : batch) {
                PreparedStatement ps = p.isNew() ? ins : up;
                PortfolioRecord r = p.record();
                ps.setString(1, r.name());
                ps.setString(2, r.kindCode());
                ps.setString(3, String.join(";", r.datesOfBirth()));
                ps.setString(4, String.join(";", r.countries()));
                ps.setString(5, String.join(";", r.identifiers()));
                ps.setString(6, r.fields());
                ps.setString(7, p.contentHash());
                ps.setString(8, p.screeningHash());
                ps.setLong(9, now);
                ps.setString(10, r.id());
                ps.addBatch();
                if (p.isNew()) {
                    inserts++;
                } else {
                    updates++;
                }
            }
            if (inserts > 0) {
                ins.executeBatch();
            }
            if (updates > 0) {
                up.executeBatch();
            }
        }
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
