package dev.embargo.store;

import dev.embargo.lists.ListCheck;
import dev.embargo.lists.diff.EntityRef;
import dev.embargo.lists.diff.SourceDiff;
import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Screener;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Screening the portfolio again: all of it (on demand, or when the engine, the threshold or the lists changed
 * in a way a delta cannot follow), or, after a list change, only the records the change can affect.
 *
 * <p>Which records a change can affect: those whose current alerts name a changed or removed listing, and those
 * for which candidate generation over the added and changed listings alone (their new versions) finds any
 * candidate at all, at threshold 0. A record that finds no candidate among them cannot meet them in the full
 * index either: candidates come from shared word keys and consonant skeletons, which do not depend on the other
 * listings, and a smaller index rules fewer words out as too common. Nor can its scores against other listings
 * move: a word's weight depends on how many listings use it, and the record shares no word with the change.
 * (Scoring the candidates against the touched listings alone, at the threshold, misses exactly those: measured
 * with a full re-screen after the UN 2024-11 to 2026-02 change, one alert raised again was missed.)
 */
public final class Rescreening {
    /** Records read and screened per transaction. */
    static final int PAGE = 5000;

    private final Store store;
    private final int page;
    private final java.util.function.LongConsumer committed;

    public Rescreening(Store store) {
        this(store, PAGE, screened -> {});
    }

    /**
     * With pages of {@code page} records, and {@code committed} told how many records are screened and stored
     * after each page's transaction (tests use small pages to have many commits to cut between).
     */
    Rescreening(Store store, int page, java.util.function.LongConsumer committed) {
        this.store = store;
        this.page = Math.max(1, page);
        this.committed = committed;
    }

    /** What a re-screening did. */
    public record Report(
            long runId,
            String kind,
            long records,
            long screened,
            int added,
            int changed,
            int removed,
            long raised,
            long raisedAgain,
            long closed,
            long closedByRemoval) {}

    /** A list change that is refused: the lists stay as they were and no alert is closed. */
    public static final class RefusedChange extends StoreException {
        private static final long serialVersionUID = 1L;

        RefusedChange(String message) {
            super(message);
        }
    }

    /** Screens every record against {@code screening}'s lists. */
    public Report full(RecordScreening screening, String actor) {
        Portfolio.requireWhole(screening.lists());
        long runId = store.inTransaction(c -> ScreeningRuns.start(c, store, "full", screening, actor));
        long[] records = {0};
        AlertBook.Counts counts = screenPages(runId, screening, r -> true, records);
        Map<String, Object> outcome = outcome(records[0], records[0], counts, 0);
        store.inTransaction(c -> {
            ScreeningRuns.finish(c, store, runId, records[0], screening, true, outcome, actor);
            return null;
        });
        return new Report(
                runId,
                "full",
                records[0],
                records[0],
                0,
                0,
                0,
                counts.raised(),
                counts.raisedAgain(),
                counts.closed(),
                0);
    }

    /**
     * A full re-screen when the portfolio is not current with these lists, engine and threshold; nothing
     * otherwise. Returns the report when it ran.
     */
    public java.util.Optional<Report> ensureCurrent(RecordScreening screening, String actor) {
        Portfolio portfolio = new Portfolio(store);
        if (portfolio.size() == 0 || portfolio.portfolioCurrentWith(screening)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(full(screening, actor));
    }

    /**
     * Applies a change of the lists from {@code older} to {@code newer} (screening) to the portfolio: closes the
     * undecided alerts of removed listings, and screens again the records the added and changed listings can
     * affect. Refused, with nothing closed, when the new lists are partial, a source disappeared or shrank
     * beyond the list check's limit.
     */
    public Report listChange(ListsSnapshot older, RecordScreening screening, String actor) {
        ListsSnapshot newer = screening.lists();
        List<SourceDiff> diffs = SourceDiff.perSource(older.lists(), newer.lists());
        String refusal = refusal(newer, diffs);
        if (refusal != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("reason", refusal);
            d.put("old_lists_hash", older.hash());
            d.put("new_lists_hash", newer.hash());
            store.audit().append(actor, "lists.change_refused", "lists:" + newer.hash(), d);
            throw new RefusedChange("list change refused, no alert closed: " + refusal);
        }
        Set<String> added = new HashSet<>();
        Set<String> changed = new HashSet<>();
        Map<String, String> removed = new LinkedHashMap<>();
        for (SourceDiff d : diffs) {
            switch (d.presence()) {
                case BOTH -> {
                    d.entities().added().forEach(r -> added.add(r.id()));
                    d.entities().changed().forEach(ch -> changed.add(ch.id()));
                    for (EntityRef r : d.entities().removed()) {
                        removed.put(r.id(), d.source().code());
                    }
                }
                case ONLY_NEW -> {
                    for (Entity e : newer.entities()) {
                        if (e.source() == d.source()) {
                            added.add(e.id());
                        }
                    }
                }
                case ONLY_OLD -> throw new IllegalStateException("refused above");
            }
        }
        List<Entity> touched = new ArrayList<>();
        for (Entity e : newer.entities()) {
            if (added.contains(e.id()) || changed.contains(e.id())) {
                touched.add(e);
            }
        }
        long runId = store.inTransaction(c -> {
            long id = ScreeningRuns.start(c, store, "delta", screening, actor);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("old_lists_hash", older.hash());
            d.put("new_lists_hash", newer.hash());
            d.put("old_published", older.publishedText());
            d.put("new_published", newer.publishedText());
            d.put("added", added.size());
            d.put("changed", changed.size());
            d.put("removed", removed.size());
            d.put("changed_ids", changed.stream().sorted().limit(1000).toList());
            d.put("removed_ids", removed.keySet().stream().sorted().limit(1000).toList());
            store.audit().append(c, List.of(new AuditTrail.Draft(actor, "lists.changed", "run:" + id, d)));
            return id;
        });
        long closedByRemoval = closeRemoved(removed, newer);
        Set<String> alerted = recordsAlertedOn(changed);
        Screener delta = touched.isEmpty() ? null : Screener.of(touched);
        long[] records = {0};
        Predicate<PortfolioRecord> affected =
                r -> alerted.contains(r.id()) || (delta != null && RecordScreening.meetsAny(r, delta));
        long[] screened = {0};
        AlertBook.Counts counts = screenPages(runId, screening, affected, records, screened);
        Map<String, Object> outcome = outcome(records[0], screened[0], counts, closedByRemoval);
        boolean current = new Portfolio(store).portfolioCurrentWithHash(older.hash(), screening);
        store.inTransaction(c -> {
            ScreeningRuns.finish(c, store, runId, screened[0], screening, current, outcome, actor);
            return null;
        });
        return new Report(
                runId,
                "delta",
                records[0],
                screened[0],
                added.size(),
                changed.size(),
                removed.size(),
                counts.raised(),
                counts.raisedAgain(),
                counts.closed(),
                closedByRemoval);
    }

    private static Map<String, Object> outcome(long records, long screened, AlertBook.Counts c, long closedByRemoval) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", records);
        m.put("screened", screened);
        m.put("alerts_raised", c.raised());
        m.put("alerts_raised_again", c.raisedAgain());
        m.put("alerts_closed", c.closed());
        m.put("alerts_closed_listing_removed", closedByRemoval);
        return m;
    }

    /** Why a change must not be applied, or null: partial new lists, a source gone, or one shrunk too far. */
    static String refusal(ListsSnapshot newer, List<SourceDiff> diffs) {
        if (newer.partial()) {
            return newer.errors().size() + " list file(s) did not load ("
                    + newer.errors().getFirst().getMessage() + ")";
        }
        for (SourceDiff d : diffs) {
            if (d.presence() == SourceDiff.Presence.ONLY_OLD) {
                return d.source().code() + ": the new lists do not hold this source at all";
            }
            if (d.presence() == SourceDiff.Presence.BOTH) {
                String fewer = ListCheck.DEFAULT.entityShrinkage(
                        d.entities().oldCount(), d.entities().newCount(), "the lists in service");
                if (fewer != null) {
                    return d.source().code() + ": the new version has " + fewer;
                }
            }
        }
        return null;
    }

    private Set<String> recordsAlertedOn(Set<String> entityIds) {
        return store.inTransaction(c -> {
            Set<String> out = new HashSet<>();
            List<String> ids = new ArrayList<>(entityIds);
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT record_id FROM alert"
                        + " WHERE current_pair IS NOT NULL AND entity_id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getString(1));
                        }
                    }
                }
            }
            return out;
        });
    }

    /** Closes the undecided current alerts of removed listings; decided ones keep their decision. */
    private long closeRemoved(Map<String, String> removed, ListsSnapshot newer) {
        if (removed.isEmpty()) {
            return 0;
        }
        return store.inTransaction(c -> {
            long now = store.now();
            List<String> ids = new ArrayList<>(removed.keySet());
            List<AuditTrail.Draft> audit = new ArrayList<>();
            long closed = 0;
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                List<AlertBook.Current> hit = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id, record_id, entity_id, state, fingerprint"
                        + " FROM alert WHERE current_pair IS NOT NULL AND entity_id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            hit.add(new AlertBook.Current(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    AlertState.of(rs.getString(4)),
                                    Fingerprint.fromJson(rs.getString(5))));
                        }
                    }
                }
                for (AlertBook.Current a : hit) {
                    if (a.state().awaitsReview()) {
                        String source = removed.get(a.entityId());
                        String when = newer.published().getOrDefault(source, "undated");
                        AlertBook.retire(
                                c, now, a, "listing removed from " + source + " (list of " + when + ")", audit);
                        closed++;
                    }
                }
            }
            store.audit().append(c, audit);
            return closed;
        });
    }

    private AlertBook.Counts screenPages(
            long runId, RecordScreening screening, Predicate<PortfolioRecord> selected, long[] records) {
        long[] screened = {0};
        return screenPages(runId, screening, selected, records, screened);
    }

    /**
     * Reads the portfolio page by page in id order (no cursor is held across transactions), screens the selected
     * records of a page on every core and applies the results in one transaction per page.
     */
    private AlertBook.Counts screenPages(
            long runId,
            RecordScreening screening,
            Predicate<PortfolioRecord> selected,
            long[] records,
            long[] screened) {
        AlertBook.Counts total = AlertBook.Counts.NONE;
        String after = "";
        while (true) {
            List<PortfolioRecord> read = readPage(after);
            if (read.isEmpty()) {
                return total;
            }
            after = read.getLast().id();
            records[0] += read.size();
            List<ScreenedRecord> results = read.parallelStream()
                    .filter(selected)
                    .map(r -> new ScreenedRecord(r, screening.screen(r)))
                    .toList();
            if (results.isEmpty()) {
                continue;
            }
            screened[0] += results.size();
            long soFar = screened[0];
            AlertBook.Counts n = store.inTransaction(c -> {
                Set<String> ids = new HashSet<>();
                results.forEach(s -> ids.add(s.record().id()));
                List<AuditTrail.Draft> audit = new ArrayList<>();
                AlertBook.Counts done =
                        AlertBook.apply(c, runId, store.now(), results, AlertBook.current(c, ids), audit);
                ScreeningRuns.progress(c, runId, soFar);
                store.audit().append(c, audit);
                return done;
            });
            total = total.plus(n);
            committed.accept(soFar);
        }
    }

    private List<PortfolioRecord> readPage(String after) {
        return store.inTransaction(c -> {
            List<PortfolioRecord> out = new ArrayList<>(page);
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, kind, dates_of_birth, countries,"
                    + " identifiers FROM portfolio_record WHERE id > ? ORDER BY id FETCH FIRST " + page
                    + " ROWS ONLY")) {
                ps.setString(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PortfolioRecord(
                                rs.getString(1),
                                rs.getString(2),
                                PortfolioRecord.kindFromCode(rs.getString(3)),
                                PortfolioRecord.split(rs.getString(4)),
                                PortfolioRecord.split(rs.getString(5)),
                                PortfolioRecord.split(rs.getString(6)),
                                ""));
                    }
                }
            }
            return out;
        });
    }
}
