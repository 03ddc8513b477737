package dev.embargo.matching;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.matching.explain.ExplanationWriter;
import dev.embargo.matching.index.CandidateIndex;
import dev.embargo.matching.index.EntityTable;
import dev.embargo.matching.index.IdentifierIndex;
import dev.embargo.matching.index.RankedNames;
import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import dev.embargo.matching.score.MatchScorer;
import dev.embargo.matching.score.NameScorer;
import dev.embargo.matching.score.ScoredName;
import dev.embargo.matching.score.WeightedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One query through the three parts: candidate generation ({@link CandidateIndex}, {@link IdentifierIndex})
 * finds the names worth scoring, scoring ({@link MatchScorer}) keeps each party's best name, and the
 * explanation ({@link ExplanationWriter}) is written for the parties reported. Immutable once built and safe to
 * use from many threads.
 */
final class Pipeline {
    private static final double MIN_SHARED_WEIGHT =
            ScoringPolicy.DEFAULT.candidates().minSharedWeight();

    private final EntityTable entities;
    private final CandidateIndex names;
    private final IdentifierIndex identifiers;
    /** Each thread's table of where each party stands among one query's best names. */
    private final ThreadLocal<EntityPositions> entityPositions = ThreadLocal.withInitial(EntityPositions::new);

    private Pipeline(EntityTable entities, CandidateIndex names, IdentifierIndex identifiers) {
        this.entities = entities;
        this.names = names;
        this.identifiers = identifiers;
    }

    static Pipeline build(List<Entity> listed, Function<Entity, String> partyOf) {
        EntityTable entities = new EntityTable(listed, partyOf);
        CandidateIndex names = CandidateIndex.build(entities);
        return new Pipeline(entities, names, IdentifierIndex.build(entities));
    }

    /** This pipeline with each listing a party of its own, sharing the analysed names and postings. */
    Pipeline byListing() {
        EntityTable byListing = new EntityTable(entities.all());
        return new Pipeline(byListing, names.withParties(byListing), identifiers);
    }

    EntityTable entities() {
        return entities;
    }

    CandidateIndex names() {
        return names;
    }

    int nameCount() {
        return names.nameCount();
    }

    /**
     * The listed parties {@code query} may be, best first, those scoring at least {@code threshold}: one match per
     * party (listings grouped by the {@link EntityTable}'s party keys), by its best-scoring name.
     */
    List<Match> screen(Query query, double threshold, int limit) {
        return screen(query, threshold, limit, null);
    }

    /**
     * {@link #screen(Query, double, int)}; with {@code keys}, the query's lookup keys ({@link LookupKeys}) are
     * added there too, each reading's cut taken from the candidates this screening ranked.
     */
    List<Match> screen(Query query, double threshold, int limit, List<LookupKeys.QueryKey> keys) {
        CandidateIndex names = this.names;
        List<Match> byIdentifier = identifierMatches(query.name(), query.identifiers());
        Set<Integer> decided = new HashSet<>();
        for (Match m : byIdentifier) {
            decided.add(entities.partyOf(entities.indexOf(m.entity().id())));
        }
        // One entry per party (all its listings together), found through the thread's table of where each party
        // stands rather than by searching the list at every candidate name: documents' spans find many candidates.
        List<ScoredName> best = new ArrayList<>();
        EntityPositions positions = entityPositions.get();
        positions.reset(entities.partyCount());
        // The reading weighed before, whose words a reading derived from it (a nickname reading) mostly shares.
        WeightedName earlier = null;
        int[][] earlierPostings = null;
        int readingNumber = 0;
        for (AnalyzedName reading : names.analyzer().analyze(query.name())) {
            int[][] variantPostings = new int[reading.tokens().size()][];
            WeightedName q = names.weigh(reading, variantPostings, earlier, earlierPostings);
            earlier = q;
            earlierPostings = variantPostings;
            boolean transliterated = !reading.reading().equals("latin");
            int initialsHolders = names.initialsHolders(q);
            RankedNames ranked = names.candidates(q, variantPostings, query.kind());
            if (keys != null) {
                LookupKeys.ofReading(readingNumber, q, ranked, names, query.kind(), keys);
            }
            readingNumber++;
            double queryWeight = 0;
            for (float w : q.weights()) {
                queryWeight += w;
            }
            int informative = CandidateIndex.informativeWords(q.tokens());
            for (int c = 0; c < ranked.ids().length; c++) {
                // Names that share too little of the query's weight cannot reach a match.
                if (ranked.weights()[c] < MIN_SHARED_WEIGHT * queryWeight) {
                    continue;
                }
                int nameId = ranked.ids()[c];
                // A name that cannot reach the threshold even with the best evidence is not scored: it could
                // only have become its party's best below the threshold, which is never reported.
                if (MatchScorer.cannotReach(
                        NameScorer.ceiling(q, informative, names.wordsOf(nameId), names.digestOf(nameId)),
                        query,
                        threshold)) {
                    continue;
                }
                int e = names.entityOf(nameId);
                int party = names.partyOf(nameId);
                if (!decided.isEmpty() && decided.contains(party)) {
                    continue;
                }
                // Nor is a name whose words mostly cannot pair with the query's (NameScorer.bound).
                boolean person = names.kindOf(nameId) == EntityKind.PERSON;
                if (MatchScorer.cannotReach(
                        NameScorer.bound(q, names.digestOf(nameId), names.wordsOf(nameId), person), query, threshold)) {
                    continue;
                }
                int at = positions.of(party);
                // The candidate's kind and alias quality come from the index's arrays, not from the party and the
                // name: most candidates score below the threshold, and those are two more reads from memory.
                ScoredName s = MatchScorer.score(
                        q,
                        reading,
                        transliterated,
                        person,
                        names.weakAlias(nameId),
                        entities.get(e),
                        names.listed(nameId),
                        names.weighed(nameId),
                        query,
                        at < 0 ? null : best.get(at),
                        threshold,
                        initialsHolders);
                if (s != null) {
                    if (at < 0) {
                        positions.set(party, best.size());
                        best.add(s);
                    } else {
                        best.set(at, s);
                    }
                }
            }
        }
        if (keys != null) {
            LookupKeys.ofIdentifiers(query.name(), query.identifiers(), keys);
        }
        // Ranked by the unrounded score (evidence may push several above 1), then by id for a stable order.
        best.sort(Comparator.comparingDouble(ScoredName::rawScore)
                .reversed()
                .thenComparing(sc -> sc.entity().id()));
        List<Match> out = new ArrayList<>(byIdentifier);
        for (ScoredName sc : best) {
            if (out.size() >= limit || sc.score() < threshold) {
                break;
            }
            out.add(withParty(toMatch(sc)));
        }
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    /** The names of these listings (by identity) in the index, each listing's ids in the order of the index. */
    java.util.Map<Entity, int[]> namesOf(java.util.Collection<Entity> listings) {
        Set<Entity> wanted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        wanted.addAll(listings);
        java.util.Map<Entity, List<Integer>> found = new java.util.IdentityHashMap<>();
        for (int name = 0; name < names.nameCount(); name++) {
            Entity e = entities.get(names.entityOf(name));
            if (wanted.contains(e)) {
                found.computeIfAbsent(e, k -> new ArrayList<>()).add(name);
            }
        }
        java.util.Map<Entity, int[]> out = new java.util.IdentityHashMap<>();
        found.forEach(
                (e, ids) -> out.put(e, ids.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /**
     * The best score the queries (one name, each with its own facts) reach where each reading of the name (by its
     * place in the analysis, as {@link #screen} numbers them) is scored against the indexed names {@code pairs}
     * gives it ({@code reading << 32 | nameId}, sorted), each by the steps {@link #screen} takes with a reading's
     * candidates; names that cannot reach {@code atLeast} are not scored, so a best below it is only a lower
     * bound. -1 when none is scored.
     */
    double bestAgainst(List<Query> queries, long[] pairs, double atLeast) {
        if (queries.isEmpty() || pairs.length == 0) {
            return -1;
        }
        double best = -1;
        WeightedName earlier = null;
        int[][] earlierPostings = null;
        int readingNumber = -1;
        // The pairs are sorted by reading: the last names the last reading any of them needs, and the name's later
        // readings, which no pair meets, are not worked out.
        int lastReading = (int) (pairs[pairs.length - 1] >>> 32);
        for (AnalyzedName reading :
                names.analyzer().analyzeUpTo(queries.getFirst().name(), lastReading)) {
            readingNumber++;
            int[] nameIds = namesOfReading(pairs, readingNumber);
            if (nameIds.length == 0) {
                continue;
            }
            int[][] variantPostings = new int[reading.tokens().size()][];
            WeightedName q = names.weigh(reading, variantPostings, earlier, earlierPostings);
            earlier = q;
            earlierPostings = variantPostings;
            boolean transliterated = !reading.reading().equals("latin");
            int initialsHolders = names.initialsHolders(q);
            int informative = CandidateIndex.informativeWords(q.tokens());
            for (Query query : queries) {
                for (int nameId : nameIds) {
                    if (MatchScorer.cannotReach(
                            NameScorer.ceiling(q, informative, names.wordsOf(nameId), names.digestOf(nameId)),
                            query,
                            atLeast)) {
                        continue;
                    }
                    boolean person = names.kindOf(nameId) == EntityKind.PERSON;
                    if (MatchScorer.cannotReach(
                            NameScorer.bound(q, names.digestOf(nameId), names.wordsOf(nameId), person),
                            query,
                            atLeast)) {
                        continue;
                    }
                    ScoredName s = MatchScorer.score(
                            q,
                            reading,
                            transliterated,
                            person,
                            names.weakAlias(nameId),
                            entities.get(names.entityOf(nameId)),
                            names.listed(nameId),
                            names.weighed(nameId),
                            query,
                            null,
                            atLeast,
                            initialsHolders);
                    if (s != null) {
                        best = Math.max(best, s.score());
                    }
                }
            }
        }
        return best;
    }

    private static final int[] NO_NAMES = new int[0];

    /** The name ids {@code pairs} (sorted {@code reading << 32 | nameId}) gives reading {@code reading}. */
    private static int[] namesOfReading(long[] pairs, int reading) {
        int from = 0;
        while (from < pairs.length && (int) (pairs[from] >>> 32) < reading) {
            from++;
        }
        int to = from;
        while (to < pairs.length && (int) (pairs[to] >>> 32) == reading) {
            to++;
        }
        if (from == to) {
            return NO_NAMES;
        }
        int[] out = new int[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = (int) pairs[i];
        }
        return out;
    }

    private static Match toMatch(ScoredName sc) {
        return new Match(sc.entity(), sc.listed().full(), sc.score(), ExplanationWriter.name(sc));
    }

    /** The match with the party of its listing, which is in the table: the party's id and all its listings. */
    private Match withParty(Match m) {
        int party = entities.partyOf(entities.indexOf(m.entity().id()));
        return m.withParty(entities.partyId(party), entities.listingsOf(party));
    }

    /**
     * The best of {@code listed} (names of a party of {@code kind}, which need not be in the lists) for
     * {@code query}, with the lists' word weights; null when no part agrees. {@code entity} is the party the
     * names belong to, or null when they belong to none (then the query must give no date or country).
     */
    /**
     * The kind of party two names of no stated kind are read as: an organisation's when either carries a legal
     * form (LLC, ООО, JSC, GmbH, "Limited Liability Company"), the one part of a name that says its party is a
     * company; else a person's. Read as a person's, a company's name meets rules made for given and family names
     * (a first word left out is a relative, middle words cost little) and misses its own (legal forms that say
     * different kinds of company, acronyms). Vessels and the many organisations without a legal form stay
     * persons' here: their names give no such sign.
     */
    EntityKind kindOfNames(String name1, String name2) {
        for (String name : List.of(name1, name2)) {
            for (AnalyzedName reading : names.analyzer().analyze(name)) {
                for (Token t : reading.tokens()) {
                    if (t.kind() == TokenKind.LEGAL_FORM) {
                        return EntityKind.ORGANIZATION;
                    }
                }
            }
        }
        return EntityKind.PERSON;
    }

    ScoredName bestOf(Query query, List<Name> listed, EntityKind kind, Entity entity) {
        ScoredName best = null;
        boolean person = kind == EntityKind.PERSON;
        for (AnalyzedName reading : names.analyzer().analyze(query.name())) {
            WeightedName q = names.weigh(reading);
            boolean transliterated = !reading.reading().equals("latin");
            int initialsHolders = names.initialsHolders(q);
            for (Name n : listed) {
                List<AnalyzedName> listedReadings = names.analyzer().analyzeAsListed(n.full());
                if (kind == EntityKind.ORGANIZATION) {
                    listedReadings = names.withAcronymReadings(n.full(), listedReadings);
                }
                for (AnalyzedName a : listedReadings) {
                    ScoredName s = MatchScorer.score(
                            q,
                            reading,
                            transliterated,
                            person,
                            n.quality() == NameQuality.WEAK,
                            entity,
                            n,
                            names.weigh(a),
                            query,
                            best,
                            0,
                            initialsHolders);
                    if (s != null) {
                        best = s;
                    }
                }
            }
        }
        return best;
    }

    /** {@link #bestOf} the names of {@code entity}, as a match; empty when no part agrees. */
    List<Match> screenAgainst(Query query, Entity entity) {
        ScoredName best = bestOf(query, entity.names(), entity.kind(), entity);
        if (best == null) {
            return List.of();
        }
        Match m = toMatch(best);
        // The party is known only for a listing of the lists (an explanation page may bring its own).
        boolean listed = entities.byId(entity.id()).map(entity::equals).orElse(false);
        return List.of(listed ? withParty(m) : m);
    }

    /** Listed parties holding one of {@code values}, or the identifier {@code name} is written as. */
    List<Match> identifierMatches(String name, List<String> values) {
        List<IdentifierIndex.Hit> hits = identifiers.find(name, values);
        if (hits.isEmpty()) {
            return List.of();
        }
        List<Match> out = new ArrayList<>(hits.size());
        // One match per party: two listings of one party holding the identifier are one hit.
        Set<Integer> parties = new HashSet<>();
        for (IdentifierIndex.Hit h : hits) {
            if (!parties.add(entities.partyOf(h.entity()))) {
                continue;
            }
            Entity entity = entities.get(h.entity());
            out.add(withParty(
                    new Match(entity, entity.primaryName().full(), 1.0, ExplanationWriter.identifier(h.shown()))));
        }
        return out;
    }
}
