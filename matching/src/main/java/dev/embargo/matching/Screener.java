package dev.embargo.matching;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.explain.ExplanationWriter;
import dev.embargo.matching.score.ScoredName;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The library API, and the only way in to screening: screen names against the loaded lists, compare two
 * names, look up a listed party by id or by identifier, and count what is loaded. Immutable and safe to share
 * between threads. How a score is made: {@link ScoringPolicy} (the numbers) and {@link Pipeline} (the steps).
 */
public final class Screener {
    /** The one default threshold of every command and endpoint; why this value: {@link ScoringPolicy}. */
    public static final double DEFAULT_THRESHOLD = ScoringPolicy.DEFAULT_THRESHOLD;

    public static final int DEFAULT_LIMIT = 10;

    private final Pipeline pipeline;

    private Screener(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The pipeline, for {@link LookupKeys}, which reads its index's word weights. */
    Pipeline pipeline() {
        return pipeline;
    }

    /** Screens against {@code entities}, each listing a party of its own. */
    public static Screener of(List<Entity> entities) {
        return new Screener(Pipeline.build(entities, e -> null));
    }

    /**
     * Screens against {@code entities} grouped into parties: {@code partyOf} gives the id of the party a listing
     * belongs to (null: a party of its own). Every result is then one per party, with all its listings
     * ({@link Match#listings}), and the candidate limit counts parties, not names.
     */
    public static Screener of(List<Entity> entities, Function<Entity, String> partyOf) {
        return new Screener(Pipeline.build(entities, partyOf));
    }

    /**
     * The same lists screened with each listing a party of its own (one match per listing, the candidate limit
     * counting listings), sharing this screener's index: for callers that filter listings themselves.
     */
    public Screener byListing() {
        return new Screener(pipeline.byListing());
    }

    public List<Match> screen(Query query) {
        return pipeline.screen(query, DEFAULT_THRESHOLD, DEFAULT_LIMIT);
    }

    /**
     * The listed parties {@code query} may be, best first: at most {@code limit}, each scoring at least
     * {@code threshold}. A party holding an identifier the query gives (or is written as) comes first, scored 1.
     */
    public List<Match> screen(Query query, double threshold, int limit) {
        return pipeline.screen(query, threshold, limit);
    }

    /** A screening's matches with the query's lookup keys ({@link LookupKeys#ofQuery}). */
    public record Keyed(List<Match> matches, List<LookupKeys.QueryKey> keys) {}

    /**
     * {@link #screen(Query, double, int)}, with the keys {@link LookupKeys#ofQuery} gives for the query's name, kind
     * and identifiers, taken from this screening's own candidate ranking rather than by ranking them again.
     */
    public Keyed screenWithKeys(Query query, double threshold, int limit) {
        List<LookupKeys.QueryKey> keys = new java.util.ArrayList<>();
        List<Match> matches = pipeline.screen(query, threshold, limit, keys);
        return new Keyed(matches, List.copyOf(keys));
    }

    /**
     * Compares two names as if {@code name2} were a listed name of a party of {@code kind} and {@code name1} the
     * query, with word weights taken from the loaded lists. Of no kind given, the names are an organisation's
     * when either carries a legal form, else a person's ({@link Pipeline#kindOfNames}).
     */
    public Comparison compare(String name1, String name2, EntityKind kind, double threshold) {
        Name listed = Name.primary(name2);
        ScoredName best = pipeline.bestOf(
                new Query(name1, null, null, null, List.of()),
                listed.full().isBlank() ? List.of() : List.of(listed),
                kind == null ? pipeline.kindOfNames(name1, name2) : kind,
                null);
        if (best == null) {
            return new Comparison(0, false, ExplanationWriter.nothingAgrees());
        }
        return new Comparison(best.score(), best.score() >= threshold, ExplanationWriter.name(best));
    }

    /**
     * Scores {@code query} against the names of one party that need not be in the lists (an explanation page
     * shows how a query meets a chosen party), with the lists' word weights: its best name, or nothing when no
     * part agrees. The threshold is 0 and identifiers are not looked up.
     */
    public List<Match> screenAgainst(Query query, Entity entity) {
        return pipeline.screenAgainst(query, entity);
    }

    /**
     * Scores a query against a few names of these lists as a screening scores them when they are among its
     * candidates, without looking candidates up: after a list change, whether a changed listing can come near the
     * threshold for a record. The best score of {@code queries} (one name, with its dates and countries) where
     * each of the name's readings is scored only against the indexed names {@code pairs} gives it, each pair
     * {@code reading << 32 | name}, sorted (the reading's place in the name's analysis, as
     * {@link LookupKeys.QueryKey#reading} numbers it; a name id of {@link LookupKeys.NameKeys#name}): a screening
     * scores a reading against its own candidates only. A best under {@code atLeast} is a bound, not a score; -1
     * when none is scored.
     */
    public double bestOfPairs(List<Query> queries, long[] pairs, double atLeast) {
        return pipeline.bestAgainst(queries, pairs, atLeast);
    }

    /** The listed party with this id (e.g. {@code us-ofac-sdn:20157}). */
    public Optional<Entity> entity(String id) {
        return pipeline.entities().byId(id);
    }

    /** Every listed party loaded, in the order of the lists. */
    public List<Entity> entities() {
        return pipeline.entities().all();
    }

    /** How many distinct party ids are loaded. */
    public int entityCount() {
        return pipeline.entities().distinctIds();
    }

    /** How many parties the listings make (each listing its own party without a grouping). */
    public int partyCount() {
        return pipeline.entities().partyCount();
    }

    /** How many names are indexed: every reading of every name of every party. */
    public int nameCount() {
        return pipeline.nameCount();
    }

    /** Listed parties with an identifier equal to {@code value} (an IMO number, an address, a BIC, ...). */
    public List<Match> identifierMatches(String value) {
        return pipeline.identifierMatches("", List.of(value));
    }
}
