package dev.embargo.store;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.LookupKeys;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.matching.score.FactCheck;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Screens records against one snapshot of the lists: each query of a record (one per date of birth and
 * country), the best match per party kept. Thread-safe.
 */
public final class RecordScreening {
    /** More listings than this for one record is a name the lists hold many times: the best are kept. */
    static final int MAX_HITS = 50;

    private final ListsSnapshot lists;
    private final double threshold;
    private final Map<String, String> listingHashes = new ConcurrentHashMap<>();

    public RecordScreening(ListsSnapshot lists, double threshold) {
        this.lists = lists;
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    public ListsSnapshot lists() {
        return lists;
    }

    List<Hit> screen(PortfolioRecord record) {
        return screen(record, lists.screener(), threshold);
    }

    /** The same, with the record's screening hash already taken. */
    List<Hit> screen(PortfolioRecord record, String screeningHash) {
        return hits(screeningHash, best(record, lists.screener(), threshold), this::listingHash);
    }

    /**
     * The record screened, with its lookup keys packed for the store: the keys come from the screening's own
     * ranking of the candidates of the record's first query (every query of a record has its name, kind and
     * identifiers; they differ in date of birth and country only, which candidate generation does not read).
     */
    ScreenedRecord screenWithKeys(PortfolioRecord record, String screeningHash) {
        Screener screener = lists.screener();
        Map<String, Match> best = new LinkedHashMap<>();
        List<LookupKeys.QueryKey> keys = List.of();
        boolean first = true;
        for (Query q : record.queries()) {
            List<Match> matches;
            if (first) {
                Screener.Keyed keyed = screener.screenWithKeys(q, threshold, MAX_HITS);
                matches = keyed.matches();
                keys = keyed.keys();
                first = false;
            } else {
                matches = screener.screen(q, threshold, MAX_HITS);
            }
            for (Match m : matches) {
                best.merge(AlertBook.partyKey(m), m, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        return new ScreenedRecord(
                record, hits(screeningHash, best.values(), this::listingHash), RecordKeys.pack(record, keys));
    }

    /** {@link #screenWithKeys(PortfolioRecord, String)} with the record's screening hash taken here. */
    ScreenedRecord screenWithKeys(PortfolioRecord record) {
        return screenWithKeys(record, record.screeningHash());
    }

    /** The listings of {@code screener} the record meets at {@code atLeast}, one hit each, best first. */
    List<Hit> screen(PortfolioRecord record, Screener screener, double atLeast) {
        return hits(record, best(record, screener, atLeast), this::listingHash);
    }

    private static Collection<Match> best(PortfolioRecord record, Screener screener, double atLeast) {
        Map<String, Match> best = new LinkedHashMap<>();
        for (Query q : record.queries()) {
            for (Match m : screener.screen(q, atLeast, MAX_HITS)) {
                best.merge(AlertBook.partyKey(m), m, (a, b) -> b.score() > a.score() ? b : a);
            }
        }
        return best.values();
    }

    /**
     * The hits of a record's matches (one per listing), best first, each with the fingerprint that decides
     * whether a later screening says something new.
     */
    static List<Hit> hits(PortfolioRecord record, Collection<Match> matches, Function<Entity, String> listingHash) {
        return matches.isEmpty() ? List.of() : hits(record.screeningHash(), matches, listingHash);
    }

    private static List<Hit> hits(String recordHash, Collection<Match> matches, Function<Entity, String> listingHash) {
        if (matches.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>(matches.size());
        for (Match m : matches) {
            List<String> evidence = new ArrayList<>();
            for (FactCheck f : m.explanation().facts()) {
                if (f.outcome().equals("agrees")) {
                    evidence.add(f.fact());
                }
            }
            if (m.explanation().identifier() != null) {
                evidence.add("identifier");
            }
            Fingerprint fp = new Fingerprint(
                    m.score(), List.of(m.matchedName()), evidence, recordHash, AlertBook.partyHash(m, listingHash));
            hits.add(new Hit(
                    m.entity().id(),
                    m.matchedName(),
                    m.score(),
                    StoreJson.write(m.explanation()),
                    fp,
                    AlertBook.partyKey(m),
                    AlertBook.listingIds(m)));
        }
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
        return hits;
    }

    String listingHash(Entity e) {
        return listingHashes.computeIfAbsent(e.id(), id -> ListsSnapshot.listingHash(e));
    }
}
