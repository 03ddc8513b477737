package dev.embargo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The review queue: alerts filtered by state, list, score, age, assignee and record, sorted and paged, with
 * who each is assigned to; assigning alerts; and the alerts and decisions streamed for an export. Reads only;
 * an assignment is kept beside the alert so that it never changes the version a decision names.
 */
public final class AlertQueue {
    /** The most alerts one page holds. */
    public static final int MAX_PAGE = 500;

    /** What the queue can be sorted by. */
    public enum SortBy {
        RAISED("raised_at"),
        SCORE("score"),
        UPDATED("updated_at"),
        ID("id");

        final String column;

        SortBy(String column) {
            this.column = column;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws IllegalArgumentException naming what is accepted */
        public static SortBy of(String code) {
            for (SortBy s : values()) {
                if (s.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            throw new IllegalArgumentException("expected raised, score, updated or id, got \"" + code + "\"");
        }
    }

    /**
     * Which alerts: every field null (or empty) leaves that side open.
     *
     * @param states       the states wanted; empty: all
     * @param list         the source code of the listing's list (the part of the entity id before ':')
     * @param minScore     at least this score
     * @param maxScore     at most this score
     * @param raisedFrom   raised at or after, ms since 1970
     * @param raisedBefore raised before, ms since 1970
     * @param assignee     assigned to this holder; "" for alerts assigned to nobody
     * @param recordId     of this record
     * @param currentOnly  only the current alert of each record and listing (not the ones a later one replaced)
     */
    public record Filter(
            Set<AlertState> states,
            String list,
            Double minScore,
            Double maxScore,
            Long raisedFrom,
            Long raisedBefore,
            String assignee,
            String recordId,
            boolean currentOnly) {
        public Filter {
            states = states == null ? Set.of() : Set.copyOf(states);
        }

        /** The current alerts, in every state. */
        public static Filter current() {
            return new Filter(Set.of(), null, null, null, null, null, null, null, true);
        }

        /** Every alert of one record, past ones too. */
        public static Filter ofRecord(String recordId) {
            return new Filter(Set.of(), null, null, null, null, null, null, recordId, false);
        }
    }

    /** An alert of the queue and who it is assigned to (null: nobody). */
    public record Queued(Alert alert, String assignee) {}

    /** One page of the queue and how many alerts the filter holds in all. */
    public record Page(long total, int offset, int limit, List<Queued> alerts) {}

    private final Store store;

    public AlertQueue(Store store) {
        this.store = store;
    }

    private static final String FROM = " FROM alert LEFT JOIN alert_assignment ON alert_assignment.alert_id = alert.id";

    /** The alerts {@code filter} selects, sorted by {@code sort} (ties by id), {@code limit} from {@code offset}. */
    public Page page(Filter filter, SortBy sort, boolean descending, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        int from = Math.max(0, offset);
        return store.inTransaction(c -> {
            List<Object> args = new ArrayList<>();
            String where = where(filter, args);
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + FROM + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            String dir = descending ? " DESC" : " ASC";
            // One state and the id order: the index (state, id)'s own order, which H2 reads a page of and stops
            // (see Review#alerts); by id alone it would sort every alert of the state.
            String byState = filter.states().size() == 1 && sort == SortBy.ID ? "alert.state" + dir + ", " : "";
            String sql = "SELECT " + columns() + FROM + where + " ORDER BY " + byState + "alert." + sort.column + dir
                    + ", alert.id" + dir + " OFFSET " + from + " ROWS FETCH NEXT " + size + " ROWS ONLY";
            List<Queued> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Queued(Review.read(rs), rs.getString(Review.ALERT_COLUMN_COUNT + 1)));
                    }
                }
            }
            return new Page(total, from, size, out);
        });
    }

    /** Every alert {@code filter} selects, in id order, without holding them all in memory. */
    public void forEach(Filter filter, Consumer<Queued> each) {
        store.inTransaction(c -> {
            List<Object> args = new ArrayList<>();
            String where = where(filter, args);
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT " + columns() + FROM + where + " ORDER BY alert.id")) {
                ps.setFetchSize(1000);
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(new Queued(Review.read(rs), rs.getString(Review.ALERT_COLUMN_COUNT + 1)));
                    }
                }
            }
            return null;
        });
    }

    /** One alert with its assignee. */
    public Optional<Queued> get(long id) {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + columns() + FROM + " WHERE alert.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Queued(Review.read(rs), rs.getString(Review.ALERT_COLUMN_COUNT + 1)))
                            : Optional.<Queued>empty();
                }
            }
        });
    }

    /** A decision with the alert it was made on, for the export. */
    public record DecisionRow(
            long id,
            long alertId,
            String recordId,
            String entityId,
            String action,
            String holder,
            String reason,
            String comment,
            long decidedAt,
            String secondHolder,
            Long secondAt,
            String status) {}

    /** Every decision made from {@code fromMillis} (inclusive) to {@code toMillis} (exclusive), in order. */
    public void forEachDecision(long fromMillis, long toMillis, Consumer<DecisionRow> each) {
        store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.alert_id, a.record_id, a.entity_id,"
                    + " d.action, d.holder, d.reason, d.comment, d.decided_at, d.second_holder, d.second_at, d.status"
                    + " FROM decision d JOIN alert a ON a.id = d.alert_id WHERE d.decided_at >= ? AND d.decided_at < ?"
                    + " ORDER BY d.id")) {
                ps.setFetchSize(1000);
                ps.setLong(1, fromMillis);
                ps.setLong(2, toMillis);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long secondAt = rs.getLong(11);
                        Long second = rs.wasNull() ? null : secondAt;
                        each.accept(new DecisionRow(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getLong(9),
                                rs.getString(10),
                                second,
                                rs.getString(12)));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Assigns alert {@code alertId} to {@code assignee} (blank: to nobody), by {@code holder}; audited.
     *
     * @throws IllegalArgumentException when there is no such alert or the name is too long
     */
    public void assign(long alertId, String assignee, String holder) {
        String to = assignee == null ? "" : assignee.strip();
        if (to.length() > 200) {
            throw new IllegalArgumentException("assignee: expected at most 200 characters");
        }
        store.inTransaction(c -> {
            if (Review.alert(c, alertId).isEmpty()) {
                throw new IllegalArgumentException("alert " + alertId + ": no such alert");
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM alert_assignment WHERE alert_id = ?")) {
                del.setLong(1, alertId);
                del.executeUpdate();
            }
            if (!to.isEmpty()) {
                try (PreparedStatement ins = c.prepareStatement("INSERT INTO alert_assignment"
                        + " (alert_id, assignee, assigned_by, assigned_at) VALUES (?, ?, ?, ?)")) {
                    ins.setLong(1, alertId);
                    ins.setString(2, to);
                    ins.setString(3, holder);
                    ins.setLong(4, store.now());
                    ins.executeUpdate();
                }
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("assignee", to);
            store.audit()
                    .append(
                            c,
                            List.of(new AuditTrail.Draft(
                                    holder,
                                    to.isEmpty() ? "alert.unassigned" : "alert.assigned",
                                    "alert:" + alertId,
                                    d)));
            return null;
        });
    }

    private static String columns() {
        return Review.ALERT_COLUMNS.replaceAll("(^|, *)(\\w+)", "$1alert.$2") + ", alert_assignment.assignee";
    }

    private static String where(Filter f, List<Object> args) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        if (f.currentOnly()) {
            w.append(" AND alert.current_pair IS NOT NULL");
        }
        if (!f.states().isEmpty()) {
            w.append(" AND alert.state IN (")
                    .append(String.join(
                            ",", java.util.Collections.nCopies(f.states().size(), "?")))
                    .append(')');
            f.states().stream().map(AlertState::code).sorted().forEach(args::add);
        }
        if (f.list() != null && !f.list().isBlank()) {
            // Source codes are letters, digits and hyphens, never LIKE's wildcards; the prefix is bound, not built.
            w.append(" AND alert.entity_id LIKE ?");
            args.add(f.list().strip().replace("%", "").replace("_", "") + ":%");
        }
        if (f.minScore() != null) {
            w.append(" AND alert.score >= ?");
            args.add(f.minScore());
        }
        if (f.maxScore() != null) {
            w.append(" AND alert.score <= ?");
            args.add(f.maxScore());
        }
        if (f.raisedFrom() != null) {
            w.append(" AND alert.raised_at >= ?");
            args.add(f.raisedFrom());
        }
        if (f.raisedBefore() != null) {
            w.append(" AND alert.raised_at < ?");
            args.add(f.raisedBefore());
        }
        if (f.assignee() != null) {
            if (f.assignee().isBlank()) {
                w.append(" AND alert_assignment.assignee IS NULL");
            } else {
                w.append(" AND alert_assignment.assignee = ?");
                args.add(f.assignee().strip());
            }
        }
        if (f.recordId() != null) {
            w.append(" AND alert.record_id = ?");
            args.add(f.recordId());
        }
        return w.toString();
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof String s) {
                ps.setString(i + 1, s);
            } else if (a instanceof Double d) {
                ps.setDouble(i + 1, d);
            } else if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else {
                throw new IllegalStateException("unexpected argument " + a);
            }
        }
    }
}
