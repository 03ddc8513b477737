package dev.embargo.store;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Match;
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
import java.util.function.Function;

/**
 * Turns screening results into alerts, inside the caller's transaction: one current alert per record and
 * party (the database's unique {@code current_pair} makes a second impossible), raised when a record first
 * meets a party, raised again after a decision only when something changed materially, and closed by the
 * system when the record no longer meets the party before anyone decided. A party is the screener's (its
 * listings on several lists grouped), so a party whose best-matching listing moves from one list to another
 * keeps its alert.
 */
final class AlertBook {
    /** What one application did. */
    record Counts(int raised, int raisedAgain, int closed) {
        Counts plus(Counts o) {
            return new Counts(raised + o.raised, raisedAgain + o.raisedAgain, closed + o.closed);
        }

        static final Counts NONE = new Counts(0, 0, 0);
    }

    /** A current alert: its party, the listings the party had when it was raised, and its fingerprint. */
    record Current(
            long id,
            String recordId,
            String entityId,
            AlertState state,
            Fingerprint fingerprint,
            String partyId,
            List<String> listings) {}

    private AlertBook() {}

    static String pair(String recordId, String partyId) {
        return recordId + "|" + partyId;
    }

    /** The party a match is of: the screener's party id, or the listing's id where listings are not grouped. */
    static String partyKey(Match m) {
        return m.partyId() != null ? m.partyId() : m.entity().id();
    }

    /** The ids of every listing of the match's party. */
    static List<String> listingIds(Match m) {
        return m.listings().stream().map(Entity::id).toList();
    }

    /**
     * What of the party screening weighs, as a hash: the listing's ({@link ListsSnapshot#listingHash}) for a
     * party of one listing, else one over all its listings' hashes, so that which listing matched best does not
     * count, only what the lists say of the party.
     */
    static String partyHash(Match m, Function<Entity, String> listingHash) {
        if (m.listings().size() <= 1) {
            return listingHash.apply(m.entity());
        }
        return Sha256.hex(String.join(
                "\n", m.listings().stream().map(listingHash).sorted().toList()));
    }

    static final String CURRENT_COLUMNS = "id, record_id, entity_id, state, fingerprint, party_id, listings";

    static Current readCurrent(ResultSet rs) throws SQLException {
        return new Current(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                AlertState.of(rs.getString(4)),
                Fingerprint.fromJson(rs.getString(5)),
                rs.getString(6),
                PortfolioRecord.split(rs.getString(7)));
    }

    /** The current alerts of these records, by record id. */
    static Map<String, List<Current>> current(Connection c, Set<String> recordIds) throws SQLException {
        Map<String, List<Current>> out = new HashMap<>();
        List<String> ids = new ArrayList<>(recordIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CURRENT_COLUMNS + " FROM alert"
                    + " WHERE current_pair IS NOT NULL AND record_id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Current a = readCurrent(rs);
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
        return apply(c, runId, now, screened, current, audit, null);
    }

    /** The same, telling {@code outcomes} (unless null) what came of each record, in words. */
    static Counts apply(
            Connection c,
            long runId,
            long now,
            List<ScreenedRecord> screened,
            Map<String, List<Current>> current,
            List<AuditTrail.Draft> audit,
            Map<String, String> outcomes)
            throws SQLException {
        int raised = 0;
        int again = 0;
        int closed = 0;
        for (ScreenedRecord s : screened) {
            int[] counted = {raised, again, closed};
            String recordId = s.record().id();
            Map<String, Current> byParty = new LinkedHashMap<>();
            for (Current a : current.getOrDefault(recordId, List.of())) {
                byParty.put(a.partyId(), a);
            }
            for (Hit h : s.hits()) {
                Current before = byParty.remove(h.partyId());
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
            for (Current gone : byParty.values()) {
                if (gone.state().awaitsReview()) {
                    retire(c, now, gone, "no longer matches at the threshold", audit);
                    closed++;
                }
            }
            if (outcomes != null) {
                outcomes.put(recordId, outcome(raised - counted[0], again - counted[1], closed - counted[2]));
            }
        }
        return new Counts(raised, again, closed);
    }

    private static String outcome(int raised, int again, int closed) {
        if (raised + again + closed == 0) {
            return "nothing new";
        }
        List<String> parts = new ArrayList<>();
        if (raised > 0) {
            parts.add(raised + " raised");
        }
        if (again > 0) {
            parts.add(again + " raised again");
        }
        if (closed > 0) {
            parts.add(closed + " closed");
        }
        return String.join(", ", parts);
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
                        + " fingerprint, material_change, replaces, run_id, raised_at, updated_at, version, party_id,"
                        + " listings) VALUES (?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, recordId);
            ps.setString(2, h.entityId());
            ps.setString(3, pair(recordId, h.partyId()));
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
            ps.setString(13, h.partyId());
            ps.setString(14, String.join(";", h.listings()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("record", recordId);
        detail.put("entity", h.entityId());
        if (!h.partyId().equals(h.entityId())) {
            detail.put("party", h.partyId());
        }
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
