package dev.embargo.store;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Match;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Alerts from screening done outside the store — the Spark job screening a table too large for one machine —
 * raised into the same alert queue, by the same rules as the store's own screening: one current alert per
 * record and party, a decided alert raised again only after a material change, an undecided one closed when
 * its record no longer matches. Applying the same screening twice (a task retried, a job run again) raises
 * nothing the second time. Thread-safe.
 */
public final class AlertSink {
    /** Where a record's screening (its id, its screened fields and its matches, one per listing) stands. */
    public record Screened(PortfolioRecord record, List<Match> matches) {}

    /** What applying a batch did. */
    public record Applied(long raised, long raisedAgain, long closed) {}

    private final Store store;
    private final Map<String, String> listingHashes = new ConcurrentHashMap<>();

    public AlertSink(Store store) {
        this.store = store;
    }

    /** Records the start of a screening run of {@code kind} (e.g. "spark") against the lists named; its id. */
    public long startRun(String kind, String listsHash, String listsPublished, double threshold, String actor) {
        return store.inTransaction(
                c -> ScreeningRuns.start(c, store, kind, listsHash, listsPublished, threshold, actor));
    }

    /**
     * Marks the run finished with what it did, counted in the database (so a retried task is counted once);
     * returns the alerts it raised.
     */
    public long finishRun(long runId, long screened, Map<String, ?> outcome, String actor) {
        return store.inTransaction(c -> {
            long raised;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM alert WHERE run_id = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    raised = rs.getLong(1);
                }
            }
            Map<String, Object> detail = new LinkedHashMap<>(outcome);
            detail.put("alerts_raised", raised);
            ScreeningRuns.finish(c, store, runId, screened, null, false, detail, actor);
            return raised;
        });
    }

    /**
     * Applies the screening of a batch of records in one transaction. Two attempts of one task applying the
     * same batch at once: one of them meets the other's alert on the unique current pair and fails; it is
     * applied again once, and then finds that alert and raises nothing.
     */
    public Applied apply(long runId, List<Screened> batch) {
        List<ScreenedRecord> screened = new ArrayList<>(batch.size());
        for (Screened s : batch) {
            Map<String, Match> best = new LinkedHashMap<>();
            for (Match m : s.matches()) {
                best.merge(AlertBook.partyKey(m), m, (a, b) -> b.score() > a.score() ? b : a);
            }
            screened.add(new ScreenedRecord(s.record(), RecordScreening.hits(s.record(), best.values(), this::hash)));
        }
        try {
            return applyOnce(runId, screened);
        } catch (StoreException e) {
            if (!(e.getCause() instanceof SQLException sql) || !"23505".equals(sql.getSQLState())) {
                throw e;
            }
            return applyOnce(runId, screened);
        }
    }

    private Applied applyOnce(long runId, List<ScreenedRecord> screened) {
        return store.inTransaction(c -> {
            Set<String> ids = new HashSet<>();
            screened.forEach(s -> ids.add(s.record().id()));
            List<AuditTrail.Draft> audit = new ArrayList<>();
            AlertBook.Counts n = AlertBook.apply(c, runId, store.now(), screened, AlertBook.current(c, ids), audit);
            store.audit().append(c, audit);
            return new Applied(n.raised(), n.raisedAgain(), n.closed());
        });
    }

    private String hash(Entity e) {
        return listingHashes.computeIfAbsent(e.id(), id -> ListsSnapshot.listingHash(e));
    }
}
