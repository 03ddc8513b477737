package dev.embargo.store;

import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.LoadedList;
import dev.embargo.matching.Screener;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reading the portfolio one record at a time, as a reviewer does: the records page by page, one record with
 * what the file gave, its screening history (the runs that screened it), the screening runs themselves; and
 * removing one record, as {@code portfolio import --sync} removes those a file no longer holds.
 */
public final class PortfolioView {
    /** The most records or runs one page holds. */
    public static final int MAX_PAGE = 1000;

    private final Store store;

    public PortfolioView(Store store) {
        this.store = store;
    }

    /** A record as stored, with its version and when it last changed. */
    public record StoredRecord(PortfolioRecord record, int version, long updatedAt) {}

    /** A screening run as recorded: the lists (hash, publication dates), the engine and threshold, the outcome. */
    public record Run(
            long id,
            String kind,
            String listsHash,
            String listsPublished,
            String engineVersion,
            double threshold,
            long startedAt,
            Long finishedAt,
            long screened,
            String status) {}

    /**
     * A run in a record's history and why it counts: "arrived" (the import that stored this version of the record
     * screened it), "full" (a full re-screen screens every record), "alert" (the run raised one of its alerts),
     * "delta: REASON: OUTCOME" (a list change screened it again because it shares a key with a changed listing,
     * "key", or has an alert on a changed party, "alert"; and what came of it, e.g. "nothing new").
     */
    public record Screening(Run run, String why) {}

    /** Records in id order after {@code afterId} ("" for the first page), at most {@code limit}. */
    public List<StoredRecord> records(String afterId, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return store.inTransaction(c -> {
            List<StoredRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    SELECT_RECORD + " WHERE id > ? ORDER BY id FETCH FIRST " + size + " ROWS ONLY")) {
                ps.setString(1, afterId == null ? "" : afterId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(readRecord(rs));
                    }
                }
            }
            return out;
        });
    }

    public Optional<StoredRecord> record(String id) {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_RECORD + " WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(readRecord(rs)) : Optional.<StoredRecord>empty();
                }
            }
        });
    }

    /**
     * The runs that screened the record's current version, newest first: the import run that stored it, the full
     * re-screens since, every delta run that screened it again (with why and what came of it, nothing new
     * included) and every run that raised one of its alerts.
     */
    public List<Screening> history(String recordId) {
        return store.inTransaction(c -> {
            Map<Long, Screening> out = new TreeMap<>(java.util.Comparator.reverseOrder());
            Optional<StoredRecord> r;
            try (PreparedStatement ps = c.prepareStatement(SELECT_RECORD + " WHERE id = ?")) {
                ps.setString(1, recordId);
                try (ResultSet rs = ps.executeQuery()) {
                    r = rs.next() ? Optional.of(readRecord(rs)) : Optional.empty();
                }
            }
            if (r.isPresent()) {
                long at = r.get().updatedAt();
                try (PreparedStatement ps = c.prepareStatement(SELECT_RUN + " WHERE kind = 'import' AND started_at <= ?"
                        + " ORDER BY started_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")) {
                    ps.setLong(1, at);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            Run run = readRun(rs);
                            out.put(run.id(), new Screening(run, "arrived"));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(SELECT_RUN + " WHERE kind = 'full' AND started_at >= ?"
                        + " ORDER BY id DESC FETCH FIRST 100 ROWS ONLY")) {
                    ps.setLong(1, at);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Run run = readRun(rs);
                            out.put(run.id(), new Screening(run, "full"));
                        }
                    }
                }
            }
            Map<Long, String> traced = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT run_id, reason, outcome FROM rescreen_trace"
                    + " WHERE record_id = ? ORDER BY run_id DESC FETCH FIRST 100 ROWS ONLY")) {
                ps.setString(1, recordId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        traced.put(rs.getLong(1), "delta: " + rs.getString(2) + ": " + rs.getString(3));
                    }
                }
            }
            for (Map.Entry<Long, String> t : traced.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement(SELECT_RUN + " WHERE id = ?")) {
                    ps.setLong(1, t.getKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            Run run = readRun(rs);
                            out.put(run.id(), new Screening(run, t.getValue()));
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(SELECT_RUN
                    + " WHERE id IN (SELECT run_id FROM alert WHERE record_id = ?) ORDER BY id DESC FETCH FIRST 100"
                    + " ROWS ONLY")) {
                ps.setString(1, recordId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Run run = readRun(rs);
                        out.putIfAbsent(run.id(), new Screening(run, "alert"));
                    }
                }
            }
            return List.copyOf(out.values());
        });
    }

    /** The latest screening runs, newest first. */
    public List<Run> runs(int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return store.inTransaction(c -> {
            List<Run> out = new ArrayList<>();
            try (PreparedStatement ps =
                    c.prepareStatement(SELECT_RUN + " ORDER BY id DESC FETCH FIRST " + size + " ROWS ONLY")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(readRun(rs));
                    }
                }
            }
            return out;
        });
    }

    public Optional<Run> run(long id) {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_RUN + " WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(readRun(rs)) : Optional.<Run>empty();
                }
            }
        });
    }

    /**
     * Removes one record as a sync import removes it: its undecided alerts are closed by the system, decided ones
     * and every decision stay as history; audited with {@code actor}. Returns whether it was there.
     */
    public boolean remove(String id, String actor) {
        return new Portfolio(store).remove(List.of(id), actor) > 0;
    }

    /**
     * The lists a server has in service as a snapshot to screen against, without indexing them again: the
     * server's own index, the files' hash as {@link ListsSnapshot#load} computes it (so the CLI and the server
     * agree on which lists a run used), and each source's publication date.
     */
    public static ListsSnapshot snapshotOf(
            Path folder, List<LoadedList> lists, List<ListFormatException> errors, Screener screener)
            throws IOException {
        Map<String, String> published = new TreeMap<>();
        for (LoadedList l : lists) {
            if (l.published() != null) {
                published.merge(l.source().code(), l.published().toString(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
        }
        return new ListsSnapshot(lists, errors, screener, ListsSnapshot.filesHash(folder), published);
    }

    /**
     * The same snapshot kept only to compare the next lists with: a list change reads the older lists' entities
     * and hash, never their index, so the index can go with the generation that built it.
     */
    public static ListsSnapshot forComparison(ListsSnapshot s) {
        return new ListsSnapshot(s.lists(), s.errors(), Screener.of(List.of()), s.hash(), s.published());
    }

    private static final String SELECT_RECORD = "SELECT id, name, kind, dates_of_birth, countries, identifiers, fields,"
            + " version, updated_at FROM portfolio_record";

    private static final String SELECT_RUN = "SELECT id, kind, lists_hash, lists_published, engine_version, threshold,"
            + " started_at, finished_at, screened, status FROM screening_run";

    private static StoredRecord readRecord(ResultSet rs) throws SQLException {
        PortfolioRecord r = new PortfolioRecord(
                rs.getString(1),
                rs.getString(2),
                PortfolioRecord.kindFromCode(rs.getString(3)),
                PortfolioRecord.split(rs.getString(4)),
                PortfolioRecord.split(rs.getString(5)),
                PortfolioRecord.split(rs.getString(6)),
                rs.getString(7));
        return new StoredRecord(r, rs.getInt(8), rs.getLong(9));
    }

    private static Run readRun(ResultSet rs) throws SQLException {
        long finished = rs.getLong(8);
        Long finishedOrNull = rs.wasNull() ? null : finished;
        return new Run(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getDouble(6),
                rs.getLong(7),
                finishedOrNull,
                rs.getLong(9),
                rs.getString(10));
    }
}
