package dev.embargo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns screening results into alerts, inside the caller's transaction: one current alert per record and
 * listing (the database's unique {@code current_pair} makes a second impossible), raised when a record first
 * meets a listing, raised again after a decision only when something changed materially, and closed by the
 * system when the record no longer meets the listing before anyone decided.
 */
final class AlertBook {
    /** What one application did. */
    record Counts(int raised, int raisedAgain, int closed) {
        Counts plus(Counts o) {
            return new Counts(raised + o.raised, raisedAgain + o.raisedAgain, closed + o.closed);
        }

        static final Counts NONE = new Counts(0, 0, 0);
    }

    record Current(long id, String recordId, String entityId, AlertState state, Fingerprint fingerprint) {}

    private AlertBook() {}

    static String pair(String recordId, String entityId) {
        return recordId + "|" + entityId;
    }

    /** The current alerts of these records, by record id. */
    static Map<String, List<Current>> current(Connection c, Set<String> recordIds) throws SQLException {
        Map<String, List<Current>> out = new HashMap<>();
        List<String> ids = new ArrayList<>(recordIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT id, record_id, entity_id, state, fingerprint FROM alert"
                            + " WHERE current_pair IS NOT NULL AND record_id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Current a = new Current(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                AlertState.of(rs.getString(4)),
                                Fingerprint.fromJson(rs.getString(5)));
                        out.computeIfAbsent(a.recordId(), k -> new ArrayList<>())
                                .add(a);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Applies the screening of {@code screened} (records whose current alerts are in {@code current}), raising
     * and closing alerts and adding what it did to {@code audit}.
     */
    static Counts apply(
            Connection c,
            long runId,
            long now,
            List<ScreenedRecord> screened,
            Map<String, List<Current>> current,
            List<AuditTrail.Draft> audit)
            throws SQLException {
        int raised = 0;
        int again = 0;
        int closed = 0;
        for (ScreenedRecord s : screened) {
            String recordId = s.record().id();
            Map<String, Current> byEntity = new LinkedHashMap<>();
            for (Current a : current.getOrDefault(recordId, List.of())) {
                byEntity.put(a.entityId(), a);
            }
            for (Hit h : s.hits()) {
                Current before = byEntity.remove(h.entityId());
                if (before == null) {
                    raise(c, runId, now, recordId, h, null, null, audit);
                    raised++;
                    continue;
                }
                List<String> changes = h.fingerprint().changesSince(before.fingerprint());
                if (changes.isEmpty()) {
                    continue;
                }
                // Something new to look at: the alert of the pair is replaced by one that says what changed;
                // an undecided one is closed, a decided one keeps its decision as history.
                String note = String.join("; ", changes);
                retire(c, now, before, before.state().awaitsReview() ? "replaced: " + note : null, audit);
                raise(c, runId, now, recordId, h, before.id(), note, audit);
                again++;
            }
            for (Current gone : byEntity.values()) {
                if (gone.state().awaitsReview()) {
                    retire(c, now, gone, "no longer matches at the threshold", audit);
                    closed++;
                }
            }
        }
        return new Counts(raised, again, closed);
    }

    private static void raise(
            Connection c,
            long runId,
            long now,
            String recordId,
            Hit h,
            Long replaces,
            String change,
            List<AuditTrail.Draft> audit)
            throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO alert (record_id, entity_id, current_pair, state, score, matched_name, explanation,"
                        + " fingerprint, material_change, replaces, run_id, raised_at, updated_at, version)"
                        + " VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, recordId);
            ps.setString(2, h.entityId());
            ps.setString(3, pair(recordId, h.entityId()));
            ps.setDouble(4, h.score());
            ps.setString(5, h.matchedName());
            ps.setString(6, h.explanation());
            ps.setString(7, h.fingerprint().toJson());
            ps.setString(8, change);
            if (replaces == null) {
                ps.setNull(9, Types.BIGINT);
            } else {
                ps.setLong(9, replaces);
            }
            ps.setLong(10, runId);
            ps.setLong(11, now);
            ps.setLong(12, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("record", recordId);
        detail.put("entity", h.entityId());
        detail.put("score", h.score());
        detail.put("matched_name", h.matchedName());
        detail.put("run", runId);
        if (replaces != null) {
            detail.put("replaces", replaces);
            detail.put("material_change", change);
        }
        audit.add(new AuditTrail.Draft(
                "system", replaces == null ? "alert.raised" : "alert.raised_again", "alert:" + id, detail));
    }

    /**
     * Takes an alert out of the current ones; one awaiting review is closed by the system with {@code reason}
     * (null leaves a decided alert's state as it is).
     */
    static void retire(Connection c, long now, Current a, String reason, List<AuditTrail.Draft> audit)
            throws SQLException {
        boolean close = reason != null && a.state().awaitsReview();
        try (PreparedStatement ps = c.prepareStatement(
                close
                        ? "UPDATE alert SET current_pair = NULL, state = 'closed_by_system', closed_reason = ?,"
                                + " pending_decision = NULL, updated_at = ?, version = version + 1 WHERE id = ?"
                        : "UPDATE alert SET current_pair = NULL, updated_at = ?, version = version + 1 WHERE id = ?")) {
            int i = 1;
            if (close) {
                ps.setString(i++, reason);
            }
            ps.setLong(i++, now);
            ps.setLong(i, a.id());
            ps.executeUpdate();
        }
        if (close) {
            audit.add(new AuditTrail.Draft("system", "alert.closed", "alert:" + a.id(), Map.of("reason", reason)));
        }
    }
}
