package dev.embargo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reviewing alerts: reading them, and deciding one (clear, confirm, escalate) with a reason from the configured
 * list, a comment and the holder who decided. Every decision names the alert version it was made on; a second
 * decision on the same version fails ({@link Conflict}, which the API answers with 409). With four eyes, a
 * clearing or a confirmation waits for a second, different reviewer.
 */
public final class Review {
    /** What a reviewer decides. */
    public enum Action {
        CLEAR,
        CONFIRM,
        ESCALATE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Action of(String code) {
            try {
                return valueOf(code.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("action: expected clear, confirm or escalate, got \"" + code + "\"");
            }
        }

        AlertState outcome() {
            return switch (this) {
                case CLEAR -> AlertState.CLEARED_FALSE_POSITIVE;
                case CONFIRM -> AlertState.CONFIRMED_TRUE_MATCH;
                case ESCALATE -> AlertState.ESCALATED;
            };
        }
    }

    /**
     * The rules of review.
     *
     * @param reasons  the reasons a decision may give
     * @param fourEyes whether a clearing or confirmation needs a second reviewer
     */
    public record Policy(List<String> reasons, boolean fourEyes) {
        public Policy {
            reasons = List.copyOf(reasons);
        }

        public static final List<String> DEFAULT_REASONS = List.of(
                "different person: date of birth differs",
                "different person: nationality or country differs",
                "different party: kind differs",
                "name only: common name, no other fact agrees",
                "verified identity documents",
                "same party: identity confirmed",
                "needs a second opinion");

        public static Policy defaults() {
            return new Policy(DEFAULT_REASONS, false);
        }
    }

    /** A decision that lost a race: the alert changed since the version it was made on. */
    public static final class Conflict extends StoreException {
        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    /** A decision recorded. */
    public record Decision(
            long id,
            long alertId,
            String action,
            String holder,
            String reason,
            String comment,
            long decidedAt,
            String secondHolder,
            String status,
            AlertState alertState,
            int alertVersion) {}

    private final Store store;
    private final Policy policy;

    public Review(Store store, Policy policy) {
        this.store = store;
        this.policy = policy;
    }

    public Policy policy() {
        return policy;
    }

    /**
     * Decides alert {@code alertId} as seen at {@code version}.
     *
     * @throws IllegalArgumentException for a reason not in the list, an empty holder or an alert not open to review
     * @throws Conflict when the alert changed since {@code version} (another decision came first)
     */
    public Decision decide(long alertId, int version, Action action, String holder, String reason, String comment) {
        if (holder == null || holder.isBlank()) {
            throw new IllegalArgumentException("holder: every decision names who made it");
        }
        if (!policy.reasons().contains(reason)) {
            throw new IllegalArgumentException(
                    "reason: expected one of " + policy.reasons() + ", got \"" + reason + "\"");
        }
        String note = comment == null ? "" : comment;
        if (note.length() > 4000) {
            throw new IllegalArgumentException("comment: expected at most 4,000 characters");
        }
        return store.inTransaction(c -> {
            Alert a = alert(c, alertId)
                    .orElseThrow(() -> new IllegalArgumentException("alert " + alertId + ": no such alert"));
            if (a.version() != version) {
                throw new Conflict("alert " + alertId + " changed since version " + version + " (now " + a.version()
                        + "): reload it and decide again");
            }
            if (!a.current() || !a.state().awaitsReview()) {
                throw new IllegalArgumentException(
                        "alert " + alertId + " is " + a.state().code() + ": not open to review");
            }
            if (a.pendingDecision() != null) {
                throw new IllegalArgumentException("alert " + alertId + " awaits a second reviewer's approval");
            }
            boolean pending = policy.fourEyes() && action != Action.ESCALATE;
            long now = store.now();
            long decisionId = insertDecision(c, alertId, action, holder.strip(), reason, note, now, pending);
            AlertState next = pending ? a.state() : action.outcome();
            bump(c, a, next, pending ? decisionId : null, now);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("decision", decisionId);
            d.put("action", action.code());
            d.put("reason", reason);
            d.put("comment", note);
            d.put("state", next.code());
            d.put("awaits_second_reviewer", pending);
            store.audit().append(c, List.of(new AuditTrail.Draft(holder.strip(), "decision", "alert:" + alertId, d)));
            return new Decision(
                    decisionId,
                    alertId,
                    action.code(),
                    holder.strip(),
                    reason,
                    note,
                    now,
                    null,
                    pending ? "pending" : "applied",
                    next,
                    version + 1);
        });
    }

    /**
     * The second reviewer of a pending decision approves it (the alert takes its outcome) or rejects it (the
     * alert stays open to review). The second reviewer must not be the first.
     */
    public Decision approve(long alertId, int version, String holder, boolean approve, String comment) {
        if (holder == null || holder.isBlank()) {
            throw new IllegalArgumentException("holder: every decision names who made it");
        }
        return store.inTransaction(c -> {
            Alert a = alert(c, alertId)
                    .orElseThrow(() -> new IllegalArgumentException("alert " + alertId + ": no such alert"));
            if (a.version() != version) {
                throw new Conflict("alert " + alertId + " changed since version " + version + " (now " + a.version()
                        + "): reload it and decide again");
            }
            if (a.pendingDecision() == null) {
                throw new IllegalArgumentException("alert " + alertId + " has no decision awaiting approval");
            }
            String first;
            String action;
            try (PreparedStatement ps = c.prepareStatement("SELECT holder, action FROM decision WHERE id = ?")) {
                ps.setLong(1, a.pendingDecision());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    first = rs.getString(1);
                    action = rs.getString(2);
                }
            }
            if (first.equals(holder.strip())) {
                throw new IllegalArgumentException(
                        "four eyes: " + holder.strip() + " made the decision and cannot" + " also approve it");
            }
            long now = store.now();
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE decision SET second_holder = ?, second_at = ?, status = ? WHERE id = ?")) {
                ps.setString(1, holder.strip());
                ps.setLong(2, now);
                ps.setString(3, approve ? "applied" : "rejected");
                ps.setLong(4, a.pendingDecision());
                ps.executeUpdate();
            }
            AlertState next = approve ? Action.of(action).outcome() : a.state();
            bump(c, a, next, null, now);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("decision", a.pendingDecision());
            d.put("approved", approve);
            d.put("comment", comment == null ? "" : comment);
            d.put("state", next.code());
            store.audit()
                    .append(
                            c,
                            List.of(new AuditTrail.Draft(
                                    holder.strip(),
                                    approve ? "decision.approved" : "decision.rejected",
                                    "alert:" + alertId,
                                    d)));
            return new Decision(
                    a.pendingDecision(),
                    alertId,
                    action,
                    first,
                    "",
                    comment == null ? "" : comment,
                    now,
                    holder.strip(),
                    approve ? "applied" : "rejected",
                    next,
                    version + 1);
        });
    }

    /** Moves the alert on, only if nobody else did since it was read: the version check is in the UPDATE itself. */
    private static void bump(Connection c, Alert a, AlertState next, Long pending, long now) throws SQLException {
        int n;
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE alert SET state = ?, pending_decision = ?, updated_at = ?,"
                        + " version = version + 1 WHERE id = ? AND version = ?")) {
            ps.setString(1, next.code());
            if (pending == null) {
                ps.setNull(2, java.sql.Types.BIGINT);
            } else {
                ps.setLong(2, pending);
            }
            ps.setLong(3, now);
            ps.setLong(4, a.id());
            ps.setInt(5, a.version());
            n = ps.executeUpdate();
        } catch (SQLException e) {
            // H2 reports a row another open transaction changed as an error rather than waiting.
            if ("90131".equals(e.getSQLState()) || "40001".equals(e.getSQLState())) {
                throw new Conflict("alert " + a.id() + " is being decided by someone else: reload it");
            }
            throw e;
        }
        if (n != 1) {
            throw new Conflict(
                    "alert " + a.id() + " changed since version " + a.version() + ": reload it and decide" + " again");
        }
    }

    private static long insertDecision(
            Connection c,
            long alertId,
            Action action,
            String holder,
            String reason,
            String comment,
            long now,
            boolean pending)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO decision (alert_id, action, holder, reason, comment,"
                        + " decided_at, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, alertId);
            ps.setString(2, action.code());
            ps.setString(3, holder);
            ps.setString(4, reason);
            ps.setString(5, comment);
            ps.setLong(6, now);
            ps.setString(7, pending ? "pending" : "applied");
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public Optional<Alert> alert(long id) {
        return store.inTransaction(c -> alert(c, id));
    }

    static final String ALERT_COLUMNS =
            "id, record_id, entity_id, current_pair, state, score, matched_name, explanation,"
                    + " fingerprint, material_change, replaces, run_id, raised_at, updated_at, closed_reason, pending_decision,"
                    + " version, party_id, listings";

    /** How many columns {@link #ALERT_COLUMNS} names: a query's own columns follow them. */
    static final int ALERT_COLUMN_COUNT = 19;

    static Optional<Alert> alert(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ALERT_COLUMNS + " FROM alert WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Alerts in a state (all states when null), newest first, at most {@code limit}, after id {@code before}. */
    public List<Alert> alerts(AlertState state, String recordId, int limit, long before) {
        return store.inTransaction(c -> {
            StringBuilder sql = new StringBuilder("SELECT " + ALERT_COLUMNS + " FROM alert WHERE id < ?");
            if (state != null) {
                sql.append(" AND state = ?");
            }
            if (recordId != null) {
                sql.append(" AND record_id = ?");
            }
            // With the state fixed, ordering by (state, id) is the same order, and it is the index's own: H2 then
            // reads the page's rows from the index (state, id) and stops, where "ORDER BY id" alone had it read every
            // alert of the state below the id and sort them (p99 216 ms for a deep page of the escalated alerts,
            // 12,000 of 100,000, against 0.1 ms). PostgreSQL reads that index backwards either way.
            sql.append(state != null ? " ORDER BY state DESC, id DESC" : " ORDER BY id DESC");
            sql.append(" FETCH FIRST ")
                    .append(Math.max(1, Math.min(limit, 1000)))
                    .append(" ROWS ONLY");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setLong(i++, before <= 0 ? Long.MAX_VALUE : before);
                if (state != null) {
                    ps.setString(i++, state.code());
                }
                if (recordId != null) {
                    ps.setString(i, recordId);
                }
                List<Alert> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    /** The decisions on an alert, oldest first. */
    public List<Decision> decisions(long alertId) {
        return store.inTransaction(c -> {
            List<Decision> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, action, holder, reason, comment, decided_at,"
                    + " second_holder, status FROM decision WHERE alert_id = ? ORDER BY id")) {
                ps.setLong(1, alertId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Decision(
                                rs.getLong(1),
                                alertId,
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getLong(6),
                                rs.getString(7),
                                rs.getString(8),
                                null,
                                0));
                    }
                }
            }
            return out;
        });
    }

    static Alert read(ResultSet rs) throws SQLException {
        long replaces = rs.getLong(11);
        Long replacesOrNull = rs.wasNull() ? null : replaces;
        long pending = rs.getLong(16);
        Long pendingOrNull = rs.wasNull() ? null : pending;
        return new Alert(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4) != null,
                AlertState.of(rs.getString(5)),
                rs.getDouble(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                replacesOrNull,
                rs.getLong(12),
                rs.getLong(13),
                rs.getLong(14),
                rs.getString(15),
                pendingOrNull,
                rs.getInt(17),
                rs.getString(18),
                PortfolioRecord.split(rs.getString(19)));
    }
}
