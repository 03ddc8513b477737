package dev.embargo.store;

import dev.embargo.lists.ListCheck;
import dev.embargo.lists.diff.EntityRef;
import dev.embargo.lists.diff.SourceDiff;
import dev.embargo.lists.model.Entity;
import dev.embargo.matching.LookupKeys;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
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
 * <p>Which records a change can affect: those whose stored lookup keys the added, changed (either version) and
 * removed listings reach with enough of the record's name weight to matter, and those whose current alert is on
 * a party one of whose listings changed or went ({@link RecordKeys} says why that is all of them). They are
 * found by testing each record's stored keys against the changed listings' keys, so a change of a hundred
 * listings screens the few records it reaches, not the portfolio. Each delta run leaves a trace per record it
 * screened: why, and what came of it.
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
            long closedByRemoval,
            String selection,
            String phases) {}

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
            // Every record's keys are written now.
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM store_setting WHERE name = ?")) {
                ps.setString(1, KEYS_SETTING);
                ps.executeUpdate();
            }
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
                0,
                "every record",
                "");
    }

    /**
     * A full re-screen when the portfolio is not current with these lists, engine and threshold; nothing
     * otherwise. Returns the report when it ran.
     */
    public java.util.Optional<Report> ensureCurrent(RecordScreening screening, String actor) {
        Portfolio portfolio = new Portfolio(store);
        if (portfolio.size() == 0 || (portfolio.portfolioCurrentWith(screening) && !keysMissing())) {
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
        if (keysMissing()) {
            // Records screened before keys were kept: this once, every record (which writes their keys).
            Report f = full(screening, actor);
            return new Report(
                    f.runId(),
                    "full",
                    f.records(),
                    f.screened(),
                    added.size(),
                    changed.size(),
                    removed.size(),
                    f.raised(),
                    f.raisedAgain(),
                    f.closed(),
                    0,
                    "every record: their keys were not stored yet",
                    f.phases());
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
        long started = System.nanoTime();
        long cpuStarted = processCpu();
        // Counted while the removed listings' alerts are closed and the changed parties found.
        java.util.concurrent.CompletableFuture<Set<Entity>> countedKeysMoved =
                java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> LookupKeys.countedKeysMoved(older.screener(), newer.screener()));
        Set<String> inNewer = new HashSet<>();
        newer.entities().forEach(e -> inNewer.add(e.id()));
        long closedByRemoval = closeRemoved(removed, inNewer, newer);
        Set<String> gone = new HashSet<>(changed);
        gone.addAll(removed.keySet());
        List<Entity> newVersions = new ArrayList<>();
        Map<String, Entity> newById = new java.util.HashMap<>();
        for (Entity e : newer.entities()) {
            if (added.contains(e.id()) || changed.contains(e.id())) {
                newVersions.add(e);
                newById.put(e.id(), e);
            }
        }
        // A listing added to a party changes the party: its records' alerts are on a changed party.
        for (Entity e : newVersions) {
            for (Match m :
                    newer.screener().screenAgainst(Query.name(e.primaryName().full()), e)) {
                if (m.listings().size() > 1) {
                    m.listings().forEach(l -> gone.add(l.id()));
                }
            }
        }
        // A listing's old version can have held a place in a record's ranking that its new version does not only
        // if its names changed (or it went): a change of dates, programs or identifiers leaves every name's keys and
        // weights as they were, and the new version stands where the old one stood.
        // Of a listing whose names changed, a name its new version still holds as written is read and keyed alike,
        // and stands where it stood as an unchanged listing's names do: only the names it no longer holds leave.
        List<Entity> displacing = new ArrayList<>();
        Map<Entity, Set<dev.embargo.lists.model.Name>> stillHeld = new java.util.IdentityHashMap<>();
        for (Entity e : older.entities()) {
            if (changed.contains(e.id()) || removed.containsKey(e.id())) {
                Entity now = newById.get(e.id());
                if (now == null || !sameNames(e, now)) {
                    displacing.add(e);
                    if (now != null && now.kind() == e.kind()) {
                        stillHeld.put(e, new HashSet<>(now.names()));
                    }
                }
            }
        }
        // A name scored through initials and a family name or an acronym scores by how many listed parties hold that
        // key (one alone higher than each of several): where the change adds, removes or regroups a holder, the other
        // holders' scores move though they did not change. They are taken as changed: new versions, scored against
        // the records they reach (a score that rose), and their parties' alerts screened again (one that fell).
        for (Entity e : countedKeysMoved.join()) {
            if (newById.putIfAbsent(e.id(), e) == null) {
                newVersions.add(e);
            }
            gone.add(e.id());
        }
        Map<LookupKeys, java.util.Collection<Entity>> byLists = new LinkedHashMap<>();
        byLists.put(LookupKeys.of(newer.screener()), newVersions);
        byLists.put(LookupKeys.of(older.screener()), displacing);
        RecordKeys.ListingKeys change = RecordKeys.ListingKeys.of(byLists, stillHeld);
        long prepared = System.nanoTime();
        long cpuPrepared = processCpu();
        Set<String> alerted = store.inTransaction(Rescreening::recordsWithAlerts);
        // An identifier decides whatever the names say. In a full ranking, an old version that held a place lets
        // another name in, never scored, when it goes; a new version that enters pushes a party out, which matters
        // only if that party matched (the record has an alert). Anywhere else a listing matters only by what its new
        // version scores: the record is screened again only if one of the names its readings may meet as candidates
        // scores at least SCORE_ROOM under the threshold (for the others the listing is a candidate that can neither
        // match nor, where their ranking was not full, push another out; an old version or a removed listing that
        // matched has an alert, and its record is screened again for that). Each reading is scored only against
        // the names it may meet as a screening's candidates, as a screening scores them, and against the record as
        // it was screened, kept with its keys: this runs on the threads that decode the keys, as they are read.
        Screener screener = screening.lists().screener();
        double bar = screening.threshold() - SCORE_ROOM;
        java.util.concurrent.atomic.LongAdder reached = new java.util.concurrent.atomic.LongAdder();
        java.util.concurrent.atomic.LongAdder scored = new java.util.concurrent.atomic.LongAdder();
        java.util.function.Predicate<RecordKeys.Met> selects = m -> {
            reached.increment();
            if (crowdsOrIdentifies(m, alerted)) {
                return true;
            }
            if (m.scored().isEmpty()) {
                return false;
            }
            scored.increment();
            return screener.bestOfPairs(m.record().queries(), m.scoredPairs(), bar) >= bar;
        };
        List<RecordKeys.Met> reach =
                store.inTransaction(c -> RecordKeys.reached(c, store.isPostgres(), change, selects));
        Map<String, String> reasons = new java.util.TreeMap<>();
        Map<String, PortfolioRecord> kept = new java.util.HashMap<>();
        Map<String, byte[]> keptRows = new java.util.HashMap<>();
        long identifierSelected = 0;
        long crowdedSelected = 0;
        long near = 0;
        for (RecordKeys.Met m : reach) {
            reasons.put(m.recordId(), "key");
            kept.put(m.recordId(), m.record());
            keptRows.put(m.recordId(), m.row());
            if (m.identifier()) {
                identifierSelected++;
            } else if (crowdsOrIdentifies(m, alerted)) {
                crowdedSelected++;
            } else {
                near++;
            }
        }
        long selectedAt = System.nanoTime();
        long cpuSelected = processCpu();
        Set<String> alertedOnChange = store.inTransaction(c -> recordsAlertedOn(c, gone));
        alertedOnChange.forEach(id -> reasons.merge(id, "alert", (a, b) -> a + "," + b));
        long records = new Portfolio(store).size();
        long[] screened = {0};
        long[] spent = {0, 0, 0, 0};
        long screeningAt = System.nanoTime();
        long cpuScreening = processCpu();
        long[] unchangedRows = {0};
        AlertBook.Counts counts =
                screenSelected(runId, screening, reasons, kept, keptRows, screened, spent, unchangedRows);
        Map<String, Object> outcome = outcome(records, screened[0], counts, closedByRemoval);
        outcome.put("selected_identifier", identifierSelected);
        outcome.put("selected_crowded", crowdedSelected);
        outcome.put("selected_scoring_near", near);
        outcome.put("selected_alert_on_changed_party", alertedOnChange.size());
        boolean current = new Portfolio(store).portfolioCurrentWithHash(older.hash(), screening);
        store.inTransaction(c -> {
            ScreeningRuns.finish(c, store, runId, screened[0], screening, current, outcome, actor);
            return null;
        });
        // Each phase's time and this process's CPU time in it (a database server's own is not counted).
        String phases = String.format(
                java.util.Locale.ROOT,
                "the change's keys %.1f s (%.1f CPU s), key scan and scoring near %.1f s (%.1f CPU s; %,d records"
                        + " reached, %,d scored), alerts on changed parties %.1f s (%.1f CPU s), reading and screening"
                        + " %.1f s (%.1f CPU s), writing %.1f s (%.1f CPU s; %,d keys rows as they were)",
                (prepared - started) / 1e9,
                (cpuPrepared - cpuStarted) / 1e9,
                (selectedAt - prepared) / 1e9,
                (cpuSelected - cpuPrepared) / 1e9,
                reached.sum(),
                scored.sum(),
                (screeningAt - selectedAt) / 1e9,
                (cpuScreening - cpuSelected) / 1e9,
                spent[0] / 1e9,
                spent[2] / 1e9,
                spent[1] / 1e9,
                spent[3] / 1e9,
                unchangedRows[0]);
        return new Report(
                runId,
                "delta",
                records,
                screened[0],
                added.size(),
                changed.size(),
                removed.size(),
                counts.raised(),
                counts.raisedAgain(),
                counts.closed(),
                closedByRemoval,
                identifierSelected + " sharing an identifier, " + crowdedSelected
                        + " whose full ranking a changed listing may enter or leave, " + near
                        + " a changed listing scores near the threshold against, " + alertedOnChange.size()
                        + " with an alert on a changed party",
                phases);
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

    /**
     * How far under the threshold a changed listing's score against a record still has it screened again: room for
     * the one-listing scoring to differ from the screening's by a rounding or a reading.
     */
    static final double SCORE_ROOM = 0.05;

    private static boolean sameNames(Entity a, Entity b) {
        return a.kind() == b.kind()
                && a.names().stream()
                        .map(n -> n.full())
                        .sorted()
                        .toList()
                        .equals(b.names().stream().map(n -> n.full()).sorted().toList());
    }

    /**
     * Whether a record's keys select it whatever a score says: they meet an identifier of a changed listing, a
     * listing whose old version may have held a place in its full ranking, or, where it has an alert, a new version
     * that may enter its full ranking.
     */
    private static boolean crowdsOrIdentifies(RecordKeys.Met m, Set<String> alerted) {
        return m.identifier()
                || !m.displaced().isEmpty()
                || (!m.entering().isEmpty() && alerted.contains(m.recordId()));
    }

    /** Records with a current alert. */
    private static Set<String> recordsWithAlerts(java.sql.Connection c) throws java.sql.SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT DISTINCT record_id FROM alert WHERE current_pair IS NOT NULL");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Records with a current alert on a party one of whose listings is in {@code listingIds}. */
    private static Set<String> recordsAlertedOn(java.sql.Connection c, Set<String> listingIds)
            throws java.sql.SQLException {
        Set<String> out = new HashSet<>();
        if (listingIds.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + AlertBook.CURRENT_COLUMNS + " FROM alert WHERE current_pair IS NOT NULL")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AlertBook.Current a = AlertBook.readCurrent(rs);
                    if (listingIds.contains(a.entityId())
                            || a.listings().stream().anyMatch(listingIds::contains)) {
                        out.add(a.recordId());
                    }
                }
            }
        }
        return out;
    }

    private boolean keysMissing() {
        return store.inTransaction(c -> store.setting(c, KEYS_SETTING).isPresent());
    }

    /** Set by the migration that added the keys while the portfolio held records without them. */
    static final String KEYS_SETTING = "record_keys";

    /**
     * Closes the undecided current alerts of parties every listing of which was removed; decided ones keep their
     * decision. A party that keeps a listing is screened again instead (its record's alert is on a changed party).
     */
    private long closeRemoved(Map<String, String> removed, Set<String> inNewer, ListsSnapshot newer) {
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
                try (PreparedStatement ps = c.prepareStatement("SELECT " + AlertBook.CURRENT_COLUMNS
                        + " FROM alert WHERE current_pair IS NOT NULL AND entity_id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            hit.add(AlertBook.readCurrent(rs));
                        }
                    }
                }
                for (AlertBook.Current a : hit) {
                    if (a.state().awaitsReview() && a.listings().stream().noneMatch(inNewer::contains)) {
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
                    .map(screening::screenWithKeys)
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
                RecordKeys.write(c, results, ids);
                ScreeningRuns.progress(c, runId, soFar);
                store.audit().append(c, audit);
                return done;
            });
            total = total.plus(n);
            committed.accept(soFar);
        }
    }

    /**
     * Screens the records of {@code reasons} (id → why) a page at a time, in id order, applying each page's
     * results, keys and per-record trace in one transaction. The records in {@code kept} are those the scan
     * decoded from their keys' rows, as they were screened (a record's row is written with each screening of it,
     * and removed with it): only the others are read.
     */
    private AlertBook.Counts screenSelected(
            long runId,
            RecordScreening screening,
            Map<String, String> reasons,
            Map<String, PortfolioRecord> kept,
            Map<String, byte[]> keptRows,
            long[] screened,
            long[] spent,
            long[] unchangedRows) {
        AlertBook.Counts total = AlertBook.Counts.NONE;
        List<String> ids = new ArrayList<>(reasons.keySet());
        for (int from = 0; from < ids.size(); from += page) {
            long t = System.nanoTime();
            long cpu = processCpu();
            List<PortfolioRecord> read = new ArrayList<>();
            List<String> toRead = new ArrayList<>();
            for (String id : ids.subList(from, Math.min(ids.size(), from + page))) {
                PortfolioRecord r = kept.get(id);
                if (r != null) {
                    read.add(r);
                } else {
                    toRead.add(id);
                }
            }
            if (!toRead.isEmpty()) {
                read.addAll(readRecords(toRead));
                read.sort(java.util.Comparator.comparing(PortfolioRecord::id));
            }
            if (read.isEmpty()) {
                continue;
            }
            List<ScreenedRecord> results =
                    read.parallelStream().map(screening::screenWithKeys).toList();
            long screenedAt = System.nanoTime();
            long cpuScreened = processCpu();
            spent[0] += screenedAt - t;
            spent[2] += cpuScreened - cpu;
            screened[0] += results.size();
            for (ScreenedRecord s : results) {
                unchangedRows[0] += java.util.Arrays.equals(
                                s.keys(), keptRows.get(s.record().id()))
                        ? 1
                        : 0;
            }
            long soFar = screened[0];
            AlertBook.Counts n = store.inTransaction(c -> {
                Set<String> these = new HashSet<>();
                Set<String> fromKeys = new HashSet<>();
                results.forEach(s -> {
                    these.add(s.record().id());
                    if (kept.containsKey(s.record().id())) {
                        fromKeys.add(s.record().id());
                    }
                });
                // A record taken from its keys' row whose row is gone was removed since the scan: it is not applied.
                // A record screened again to the row the scan read is not written again.
                Set<String> removedSince = RecordKeys.write(c, results, these, fromKeys, keptRows);
                List<ScreenedRecord> applied = removedSince.isEmpty()
                        ? results
                        : results.stream()
                                .filter(s -> !removedSince.contains(s.record().id()))
                                .toList();
                these.removeAll(removedSince);
                List<AuditTrail.Draft> audit = new ArrayList<>();
                Map<String, String> outcomes = new LinkedHashMap<>();
                AlertBook.Counts done =
                        AlertBook.apply(c, runId, store.now(), applied, AlertBook.current(c, these), audit, outcomes);
                writeTrace(c, runId, reasons, outcomes);
                ScreeningRuns.progress(c, runId, soFar);
                store.audit().append(c, audit);
                return done;
            });
            spent[1] += System.nanoTime() - screenedAt;
            spent[3] += processCpu() - cpuScreened;
            total = total.plus(n);
            committed.accept(soFar);
        }
        return total;
    }

    /** This process's CPU time so far, in nanoseconds: what a phase took on a machine other work shares. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void writeTrace(
            java.sql.Connection c, long runId, Map<String, String> reasons, Map<String, String> outcomes)
            throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO rescreen_trace (run_id, record_id, reason, outcome) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, String> o : outcomes.entrySet()) {
                ps.setLong(1, runId);
                ps.setString(2, o.getKey());
                ps.setString(3, reasons.get(o.getKey()));
                ps.setString(4, o.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private List<PortfolioRecord> readRecords(List<String> ids) {
        return store.inTransaction(c -> {
            List<PortfolioRecord> out = new ArrayList<>(ids.size());
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("SELECT id, name, kind, dates_of_birth, countries,"
                        + " identifiers FROM portfolio_record WHERE id IN (" + marks + ") ORDER BY id")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(readRecord(rs));
                        }
                    }
                }
            }
            return out;
        });
    }

    private static PortfolioRecord readRecord(ResultSet rs) throws java.sql.SQLException {
        return new PortfolioRecord(
                rs.getString(1),
                rs.getString(2),
                PortfolioRecord.kindFromCode(rs.getString(3)),
                PortfolioRecord.split(rs.getString(4)),
                PortfolioRecord.split(rs.getString(5)),
                PortfolioRecord.split(rs.getString(6)),
                "");
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
