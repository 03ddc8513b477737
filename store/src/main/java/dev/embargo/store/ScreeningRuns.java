package dev.embargo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The screening runs table: each run records the lists (hash, publication dates), the engine and threshold. */
final class ScreeningRuns {
    static final String ENGINE = "engine_version";
    static final String THRESHOLD = "threshold";
    static final String LISTS = "lists_hash";

    private ScreeningRuns() {}

    static long start(Connection c, Store store, String kind, RecordScreening screening, String actor)
            throws SQLException {
        return start(
                c,
                store,
                kind,
                screening.lists().hash(),
                screening.lists().publishedText(),
                screening.threshold(),
                actor);
    }

    static long start(
            Connection c,
            Store store,
            String kind,
            String listsHash,
            String listsPublished,
            double threshold,
            String actor)
            throws SQLException {
        long now = store.now();
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO screening_run (kind, lists_hash, lists_published, engine_version, threshold, started_at,"
                        + " screened, status) VALUES (?, ?, ?, ?, ?, ?, 0, 'running')",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind);
            ps.setString(2, listsHash);
            ps.setString(3, listsPublished);
            ps.setString(4, EngineVersion.current());
            ps.setDouble(5, threshold);
            ps.setLong(6, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("kind", kind);
        detail.put("lists_hash", listsHash);
        detail.put("lists_published", listsPublished);
        detail.put("engine_version", EngineVersion.current());
        detail.put("threshold", threshold);
        store.audit().append(c, List.of(new AuditTrail.Draft(actor, "run.started", "run:" + id, detail)));
        return id;
    }

    static void progress(Connection c, long runId, long screened) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE screening_run SET screened = ? WHERE id = ?")) {
            ps.setLong(1, screened);
            ps.setLong(2, runId);
            ps.executeUpdate();
        }
    }

    /**
     * Marks the run finished and, when it screened the whole portfolio against these lists, engine and
     * threshold, records them as the ones the portfolio is current with.
     */
    static void finish(
            Connection c,
            Store store,
            long runId,
            long screened,
            RecordScreening screening,
            boolean portfolioCurrent,
            Map<String, ?> outcome,
            String actor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE screening_run SET screened = ?, finished_at = ?, status = 'finished' WHERE id = ?")) {
            ps.setLong(1, screened);
            ps.setLong(2, store.now());
            ps.setLong(3, runId);
            ps.executeUpdate();
        }
        if (portfolioCurrent) {
            store.putSetting(c, ENGINE, EngineVersion.current());
            store.putSetting(c, THRESHOLD, Double.toString(screening.threshold()));
            store.putSetting(c, LISTS, screening.lists().hash());
        }
        store.audit().append(c, List.of(new AuditTrail.Draft(actor, "run.finished", "run:" + runId, outcome)));
    }

    /** Runs left running by a process that stopped are marked interrupted (their committed work stays). */
    static int markInterrupted(Connection c, Store store) throws SQLException {
        List<Long> ids = new java.util.ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM screening_run WHERE status = 'running'")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        for (long id : ids) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE screening_run SET status = 'interrupted' WHERE id = ? AND status = 'running'")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            store.audit().append(c, List.of(new AuditTrail.Draft("system", "run.interrupted", "run:" + id, Map.of())));
        }
        return ids.size();
    }
}
