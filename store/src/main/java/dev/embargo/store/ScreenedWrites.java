package dev.embargo.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where records an import read and screened are written: the records' rows (inserted or
 * updated with batched statements), their alerts raised or closed, and one audit entry for the batch, all in
 * the caller's transaction. Whatever else the store keeps of a screened record is written here too.
 */
final class ScreenedWrites {
    /**
     * A record of the file that is new or changed, with its two hashes and, when it was screened (it is new or
     * what screening reads changed), the listings it met and its lookup keys packed ({@link RecordKeys#pack}).
     */
    record Change(
            PortfolioRecord record,
            boolean isNew,
            boolean screened,
            String contentHash,
            String screeningHash,
            List<Hit> hits,
            byte[] keys) {}

    private ScreenedWrites() {}

    /**
     * Writes {@code batch} (records of one import, in file order) in the caller's transaction and appends the
     * batch's audit entries; returns what it did to alerts.
     */
    static AlertBook.Counts write(
            Connection c, Store store, long runId, long now, String actor, List<Change> batch, long screenedBefore)
            throws SQLException {
        writeRecords(c, batch, now);
        List<ScreenedRecord> toApply = new ArrayList<>();
        Set<String> changed = new HashSet<>();
        for (Change p : batch) {
            if (p.screened()) {
                toApply.add(new ScreenedRecord(p.record(), p.hits(), p.keys()));
                if (!p.isNew()) {
                    changed.add(p.record().id());
                }
            }
        }
        // A new record has no alert yet: only a changed one's current alerts are looked up, all at once.
        Map<String, List<AlertBook.Current>> current = changed.isEmpty() ? Map.of() : AlertBook.current(c, changed);
        List<AuditTrail.Draft> audit = new ArrayList<>();
        AlertBook.Counts n = AlertBook.apply(c, runId, now, toApply, current, audit);
        // The keys a list change looks records up by (Rescreening): a screened record's keys are replaced.
        RecordKeys.write(c, toApply, changed);
        audit.addFirst(new AuditTrail.Draft(actor, "import.batch", "run:" + runId, batchDetail(batch)));
        ScreeningRuns.progress(c, runId, screenedBefore + toApply.size());
        store.audit().append(c, audit);
        return n;
    }

    /** How many records of {@code batch} were screened. */
    static int screened(List<Change> batch) {
        int n = 0;
        for (Change p : batch) {
            n += p.screened() ? 1 : 0;
        }
        return n;
    }

    /**
     * What the audit entry says of a batch: the counts, the first and last id, and a digest of every record's
     * id and content hash in order, so a stored record can be shown to have come in with this batch.
     */
    static Map<String, Object> batchDetail(List<Change> batch) {
        MessageDigest digest = Sha256.digest();
        int inserted = 0;
        for (Change p : batch) {
            digest.update((p.record().id() + "\u0000" + p.contentHash() + "\n").getBytes(StandardCharsets.UTF_8));
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

    private static void writeRecords(Connection c, List<Change> batch, long now) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO portfolio_record (name, kind, dates_of_birth,"
                        + " countries, identifiers, fields, content_hash, screening_hash, updated_at, version, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)");
                PreparedStatement up = c.prepareStatement("UPDATE portfolio_record SET name = ?, kind = ?,"
                        + " dates_of_birth = ?, countries = ?, identifiers = ?, fields = ?, content_hash = ?,"
                        + " screening_hash = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
            int inserts = 0;
            int updates = 0;
            for (Change p : batch) {
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
}
