package dev.embargo.matching.index;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.matching.Explanation;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import dev.embargo.matching.score.EvidenceScorer;
import dev.embargo.matching.score.FactCheck;
import dev.embargo.matching.score.NameScore;
import dev.embargo.matching.score.NameScorer;
import dev.embargo.matching.score.TokenPair;
import dev.embargo.matching.score.WeightedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The screening index: every name of every listed party, normalised once, with postings from its words'
 * spellings, romanisation keys and consonant skeletons to the names that contain them, word weights from
 * how rare each word is across the lists, and an exact index of identifiers. Immutable once built and safe
 * to query from many threads.
 */
public final class ScreeningIndex {
    /** How many names (by words found) are scored in full per query reading. */
    private static final int CANDIDATES = 16;
    /** A word found in more names than this is not used to find candidates (only to score them), unless it
     *  is the query's only word. */
    private static final int COMMON_POSTINGS = 4000;
    private static final float WEAK_ALIAS_FACTOR = 0.95f;
    private static final int[] NO_ENTITIES = new int[0];
    /** A name found through less than this share of the query's word weight is not scored. */
    private static final double MIN_SHARED_WEIGHT = 0.4;

    private final List<Entity> entities;
    private final int[] nameEntity;
    private final Name[] nameSource;
    private final EntityKind[] nameKind;
    /** Whether each name is a weak alias: read per candidate from here rather than from the name itself. */
    private final boolean[] nameWeak;
    private final int[] nameWords;
    /** Each name's digest (WeightedName.digest), read per candidate from here rather than from the name. */
    private final int[][] nameDigests;
    private final WeightedName[] names;
    private final Postings byVariant;
    private final Postings bySkeleton;
    private final Map<String, Integer> documentFrequency;
    private final Map<String, int[]> identifiers;
    private final Map<String, Integer> entityById;
    private final NameAnalyzer analyzer;
    private final double logN;
    /** Each thread's reusable candidate table (scratch space of one query at a time, not shared). */
    private final ThreadLocal<CandidateCollector> collectors =
            ThreadLocal.withInitial(CandidateCollector::new);
    /** Each thread's table of where each entity stands among one query's best names. */
    private final ThreadLocal<EntityPositions> entityPositions = ThreadLocal.withInitial(EntityPositions::new);

    private ScreeningIndex(List<Entity> entities, int[] nameEntity, Name[] nameSource, WeightedName[] names,
                           Postings byVariant, Postings bySkeleton,
                           Map<String, Integer> documentFrequency, Map<String, int[]> identifiers,
                           NameAnalyzer analyzer) {
        this.entities = entities;
        this.nameEntity = nameEntity;
        this.nameSource = nameSource;
        this.nameKind = new EntityKind[nameEntity.length];
        this.nameWeak = new boolean[nameEntity.length];
        this.nameWords = new int[nameEntity.length];
        this.nameDigests = new int[nameEntity.length][];
        for (int i = 0; i < names.length; i++) {
            nameWords[i] = names[i].tokens().size();
            nameDigests[i] = names[i].digest();
        }
        for (int i = 0; i < nameEntity.length; i++) {
            nameKind[i] = entities.get(nameEntity[i]).kind();
            nameWeak[i] = nameSource[i].quality() == NameQuality.WEAK;
        }
        this.names = names;
        this.byVariant = byVariant;
        this.bySkeleton = bySkeleton;
        this.documentFrequency = documentFrequency;
        this.identifiers = identifiers;
        this.analyzer = analyzer;
        this.logN = Math.log(entities.size() + 1.0);
        Map<String, Integer> byId = new HashMap<>(entities.size() * 2);
        for (int i = 0; i < entities.size(); i++) {
            byId.putIfAbsent(entities.get(i).id(), i);
        }
        this.entityById = byId;
    }

    public static ScreeningIndex build(List<Entity> entities) {
        NameAnalyzer analyzer = new NameAnalyzer();
        List<Entity> all = List.copyOf(entities);
        // Normalise every name of every entity (in parallel: the lists hold ~100k names).
        List<Integer> ownerOf = new ArrayList<>();
        List<Name> sourceOf = new ArrayList<>();
        for (int e = 0; e < all.size(); e++) {
            for (Name n : all.get(e).names()) {
                ownerOf.add(e);
                sourceOf.add(n);
            }
        }
        // Each distinct spelling is analysed once (analysis is a pure function of it): a party on several lists,
        // and aliases shared between parties, make 15 % of the names repeats (58,326 names, 49,826 spellings).
        Map<String, Integer> spellingIndex = new HashMap<>();
        List<String> spellings = new ArrayList<>();
        int[] spellingOf = new int[sourceOf.size()];
        for (int i = 0; i < sourceOf.size(); i++) {
            String full = sourceOf.get(i).full();
            Integer known = spellingIndex.putIfAbsent(full, spellings.size());
            if (known == null) {
                spellingOf[i] = spellings.size();
                spellings.add(full);
            } else {
                spellingOf[i] = known;
            }
        }
        // With their joined words (their variant keys are most of the work after the readings), weighed below.
        float[] unweighted = new float[0];
        List<List<WeightedName>> analysedSpellings = IntStream.range(0, spellings.size()).parallel()
                .mapToObj(i -> {
                    List<AnalyzedName> readings = analyzer.analyzeListed(spellings.get(i));
                    List<WeightedName> out = new ArrayList<>(readings.size());
                    for (AnalyzedName a : readings) {
                        out.add(WeightedName.of(a, unweighted));
                    }
                    return out;
                }).toList();
        List<WeightedName> flat = new ArrayList<>();
        List<Integer> flatOwner = new ArrayList<>();
        List<Name> flatSource = new ArrayList<>();
        for (int i = 0; i < sourceOf.size(); i++) {
            for (WeightedName a : analysedSpellings.get(spellingOf[i])) {
                flat.add(a);
                flatOwner.add(ownerOf.get(i));
                flatSource.add(sourceOf.get(i));
            }
        }

        // The common pool files every name under its words' variant keys, and under their consonant skeletons,
        // and indexes the identifiers (on two cores its one worker does the three in turn), while this thread
        // counts document frequencies and weighs the names: done one after the other on one thread, this part
        // of the build was a fifth of it with the second core idle.
        java.util.concurrent.CompletableFuture<Postings.Builder> variantKeys =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> variantKeys(flat));
        java.util.concurrent.CompletableFuture<Postings> skeletons =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> skeletons(flat));
        java.util.concurrent.CompletableFuture<Map<String, int[]>> identifiers =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> identifierIndex(all));

        // Document frequency of each word's romanisation key, counted once per entity.
        Map<String, Integer> df = new HashMap<>();
        int lastEntity = -1;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < flat.size(); i++) {
            if (flatOwner.get(i) != lastEntity) {
                seen.clear();
                lastEntity = flatOwner.get(i);
            }
            for (Token t : flat.get(i).tokens()) {
                if (seen.add(t.variant())) {
                    df.merge(t.variant(), 1, Integer::sum);
                }
            }
        }
        double logN = Math.log(all.size() + 1.0);
        WeightedName[] weighted = new WeightedName[flat.size()];
        int[] owner = new int[flat.size()];
        Name[] source = new Name[flat.size()];
        // A repeated spelling's analysis weighs the same wherever it stands (weights depend on its words alone):
        // weighed once, and shared.
        Map<WeightedName, WeightedName> weighedOnce = new java.util.IdentityHashMap<>();
        for (int i = 0; i < flat.size(); i++) {
            WeightedName a = flat.get(i);
            weighted[i] = weighedOnce.computeIfAbsent(a, unweighed -> {
                float[] w = new float[unweighed.tokens().size()];
                for (int t = 0; t < w.length; t++) {
                    Token token = unweighed.tokens().get(t);
                    w[t] = weight(token, token.kind() == TokenKind.WORD ? df.getOrDefault(token.variant(), 0) : 0,
                            logN);
                }
                return unweighed.withWeights(w);
            });
            owner[i] = flatOwner.get(i);
            source[i] = flatSource.get(i);
        }
        return new ScreeningIndex(all, owner, source, weighted, variantKeys.join().build(df), skeletons.join(),
                java.util.Collections.unmodifiableMap(df), identifiers.join(), analyzer);
    }

    /** Each name under the variant keys of its words (not legal forms or particles) and of its joined words. */
    private static Postings.Builder variantKeys(List<WeightedName> names) {
        Postings.Builder variant = new Postings.Builder();
        for (int i = 0; i < names.size(); i++) {
            WeightedName a = names.get(i);
            for (Token t : a.tokens()) {
                if (t.kind() == TokenKind.LEGAL_FORM || t.kind() == TokenKind.PARTICLE) {
                    continue;
                }
                variant.add(t.variant(), i);
            }
            for (Token[] joined : new Token[][] {a.joined2(), a.joined3()}) {
                for (Token j : joined) {
                    if (j != null) {
                        variant.add(j.variant(), i);
                    }
                }
            }
        }
        return variant;
    }

    /** Each name under the consonant skeletons of its words of two consonants or more. */
    private static Postings skeletons(List<WeightedName> names) {
        Postings.Builder skeleton = new Postings.Builder();
        for (int i = 0; i < names.size(); i++) {
            for (Token t : names.get(i).tokens()) {
                if (t.kind() == TokenKind.WORD && t.skeleton().length() >= 2) {
                    skeleton.add(t.skeleton(), i);
                }
            }
        }
        return skeleton.build();
    }

    /** Exact keys of every entity's identifiers to the entities that hold them. */
    private static Map<String, int[]> identifierIndex(List<Entity> all) {
        Map<String, List<Integer>> ids = new HashMap<>();
        for (int e = 0; e < all.size(); e++) {
            for (Identifier id : all.get(e).identifiers()) {
                List<Integer> list = ids.computeIfAbsent(IdentifierKeys.key(id), k -> new ArrayList<>());
                if (list.isEmpty() || list.getLast() != e) {
                    list.add(e);
                }
            }
        }
        Map<String, int[]> idIndex = new HashMap<>(ids.size() * 2);
        ids.forEach((k, v) -> idIndex.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return idIndex;
    }

    /** @param documents how many entities use the word's romanisation key (only read for words) */
    private static float weight(Token t, int documents, double logN) {
        return switch (t.kind()) {
            case LEGAL_FORM -> 0.1f;
            case PARTICLE -> 0.15f;
            case INITIAL -> 0.3f;
            case NUMBER -> 1.0f;
            case WORD -> {
                if (logN <= 0) {
                    // No lists, so no rarity to go by (two names compared on their own): every word counts
                    // fully. The formula below would divide zero by zero, and a NaN weight scored every pair 0.
                    yield 1.0f;
                }
                double idf = Math.log((Math.exp(logN)) / (documents + 1.0)) / logN;
                yield (float) (0.2 + 0.8 * Math.max(0, Math.min(1, idf)));
            }
        };
    }

    public List<Entity> entities() {
        return entities;
    }

    public int nameCount() {
        return names.length;
    }

    /** How many distinct entity ids the index holds. */
    public int entityCount() {
        return entityById.size();
    }

    public java.util.Optional<Entity> entity(String id) {
        Integer i = entityById.get(id);
        return i == null ? java.util.Optional.empty() : java.util.Optional.of(entities.get(i));
    }

    /** The best-scoring name of one entity for one query, before the explanation is written. */
    private record Scored(Entity entity, Name listed, AnalyzedName reading, WeightedName query, WeightedName name,
                          NameScore nameScore, double weightedNameScore, List<FactCheck> facts, double rawScore) {
        double score() {
            return round(Math.max(0, Math.min(1, rawScore)));
        }
    }

    /** The listed parties {@code query} may be, best first, those scoring at least {@code threshold}. */
    public List<Match> screen(Query query, double threshold, int limit) {
        List<Match> byIdentifier = identifierMatches(query);
        Set<Integer> decided = new HashSet<>();
        for (Match m : byIdentifier) {
            decided.add(entityIndex(m.entity()));
        }
        // One entry per entity, found through the thread's table of where each entity stands (searching the
        // list at every candidate name was a few per cent of scanning documents, whose spans find many).
        List<Scored> best = new ArrayList<>();
        EntityPositions positions = entityPositions.get();
        positions.reset(entities.size());
        for (AnalyzedName reading : analyzer.analyze(query.name())) {
            int[][] variantPostings = new int[reading.tokens().size()][];
            WeightedName q = weigh(reading, variantPostings);
            boolean transliterated = !reading.reading().equals("latin");
            CandidateCollector.Ranked ranked = candidates(q, variantPostings, query.kind());
            double queryWeight = 0;
            for (float w : q.weights()) {
                queryWeight += w;
            }
            int informative = informativeWords(q.tokens());
            for (int c = 0; c < ranked.ids().length; c++) {
                // Names that share too little of the query's weight cannot reach a match.
                if (ranked.weights()[c] < MIN_SHARED_WEIGHT * queryWeight) {
                    continue;
                }
                int nameId = ranked.ids()[c];
                // A name that cannot reach the threshold even with the best evidence is not scored: it could
                // only have become its entity's best below the threshold, which is never reported.
                if (cannotReach(NameScorer.ceiling(q, informative, nameWords[nameId], nameDigests[nameId]), query,
                        threshold)) {
                    continue;
                }
                int e = nameEntity[nameId];
                if (!decided.isEmpty() && decided.contains(e)) {
                    continue;
                }
                // Nor is a name whose words mostly cannot pair with the query's (NameScorer.bound).
                boolean person = nameKind[nameId] == EntityKind.PERSON;
                if (cannotReach(NameScorer.bound(q, nameDigests[nameId], nameWords[nameId], person), query,
                        threshold)) {
                    continue;
                }
                int at = positions.of(e);
                // The candidate's kind and alias quality from the index's arrays: most candidates score below the
                // threshold, and reading them from the entity and the name cost two reads from memory each.
                Scored s = score(q, reading, transliterated, person, nameWeak[nameId],
                        entities.get(e), nameSource[nameId], names[nameId], query, at < 0 ? null : best.get(at),
                        threshold);
                if (s != null) {
                    if (at < 0) {
                        positions.set(e, best.size());
                        best.add(s);
                    } else {
                        best.set(at, s);
                    }
                }
            }
        }
        List<Scored> byScore = best;
        // Ranked by the unrounded score (evidence may push several above 1), then by id for a stable order.
        byScore.sort(Comparator.comparingDouble(Scored::rawScore).reversed()
                .thenComparing(sc -> sc.entity().id()));
        List<Match> out = new ArrayList<>(byIdentifier);
        for (Scored sc : byScore) {
            if (out.size() >= limit || sc.score() < threshold) {
                break;
            }
            out.add(toMatch(sc));
        }
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    /** Whether a name score of {@code nameScore} stays under {@code threshold} even with the best evidence. */
    private static boolean cannotReach(double nameScore, Query query, double threshold) {
        return round(Math.max(0, Math.min(1, EvidenceScorer.mostRaised(nameScore, query.dateOfBirth() != null,
                query.country() != null)))) < threshold;
    }

    /**
     * Scores one listed name; returns null when it does not beat {@code current}, the entity's best so far, or
     * cannot reach {@code threshold} even with the best evidence (an entity's best below the threshold is
     * never reported, and a later name of the entity that does reach it replaces it either way; so the facts
     * are checked only for names that may be reported).
     */
    private static Scored score(WeightedName q, AnalyzedName reading, boolean transliterated, boolean person,
                                boolean weakAlias, Entity entity, Name listed, WeightedName name, Query query,
                                Scored current, double threshold) {
        NameScore ns = NameScorer.score(q, name, person, transliterated);
        if (ns.score() <= 0) {
            return null;
        }
        double nameScore = ns.score() * (weakAlias ? WEAK_ALIAS_FACTOR : 1);
        if (current != null && current.weightedNameScore() >= nameScore) {
            return null;
        }
        if (cannotReach(nameScore, query, threshold)) {
            return null;
        }
        List<FactCheck> facts = current != null ? current.facts()
                : EvidenceScorer.check(query.dob(), query.countryCode(), entity);
        double raw = nameScore;
        for (int i = 0; i < facts.size(); i++) {
            raw += facts.get(i).effect();
        }
        return new Scored(entity, listed, reading, q, name, ns, nameScore, facts, raw);
    }

    private static Match toMatch(Scored sc) {
        return new Match(sc.entity(), sc.listed().full(), sc.score(), explain(sc.reading(), sc.query(), sc.name(),
                sc.nameScore(), sc.weightedNameScore(), sc.listed(), sc.facts(), sc.score()));
    }

    /**
     * Scores {@code query} against the names of one entity that need not be in the index (used to compare two
     * names), with this index's word weights. Returns the best match, or nothing when no part agrees.
     */
    public List<Match> screenAgainst(Query query, Entity entity) {
        Scored best = null;
        for (AnalyzedName reading : analyzer.analyze(query.name())) {
            WeightedName q = weigh(reading);
            boolean transliterated = !reading.reading().equals("latin");
            for (Name n : entity.names()) {
                for (AnalyzedName a : analyzer.analyze(n.full())) {
                    Scored s = score(q, reading, transliterated, entity.kind() == EntityKind.PERSON,
                            n.quality() == NameQuality.WEAK, entity, n, weigh(a), query, best, 0);
                    if (s != null) {
                        best = s;
                    }
                }
            }
        }
        return best == null ? List.of() : List.of(toMatch(best));
    }

    private int entityIndex(Entity e) {
        return entityById.get(e.id());
    }

    /** Listed parties with an identifier equal to {@code value} (an IMO number, an address, a BIC, ...). */
    public List<Match> identifierMatches(String value) {
        return identifierMatches(new Query("", null, null, null, List.of(value)));
    }

    private List<Match> identifierMatches(Query query) {
        List<String> values = new ArrayList<>(query.identifiers());
        String named = IdentifierKeys.identifierIn(query.name());
        if (named != null) {
            values.add(named);
        }
        if (values.isEmpty()) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        Set<Integer> found = new HashSet<>();
        for (String v : values) {
            for (String key : IdentifierKeys.candidateKeys(v)) {
                for (int e : identifiers.getOrDefault(key, NO_ENTITIES)) {
                    if (found.add(e)) {
                        Entity entity = entities.get(e);
                        String shown = entity.identifiers().stream()
                                .filter(id -> IdentifierKeys.key(id).equals(key))
                                .map(id -> id.type().name().toLowerCase(java.util.Locale.ROOT) + " " + id.value())
                                .findFirst().orElse(v);
                        out.add(new Match(entity, entity.primaryName().full(), 1.0, new Explanation(
                                "1.00: identifier " + shown + " matches exactly (an identifier match decides)",
                                "identifier", List.of(), List.of(), List.of(), 0, null, List.of(), shown)));
                    }
                }
            }
        }
        return out;
    }

    WeightedName weigh(AnalyzedName reading) {
        return weigh(reading, null);
    }

    /**
     * The reading's tokens weighed by how rare each word is in the lists; with {@code variantPostings}, each
     * token's postings by its romanisation key are also put there (the same look-up gives both).
     */
    private WeightedName weigh(AnalyzedName reading, int[][] variantPostings) {
        List<Token> tokens = reading.tokens();
        float[] w = new float[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            Token t = tokens.get(i);
            Postings.Entry entry = byVariant.entry(t.variant());
            if (variantPostings != null) {
                variantPostings[i] = entry == null ? NO_ENTITIES : entry.ids();
            }
            // Every key of a word is in the postings (legal forms and particles, which are not, are not
            // weighed by frequency); the frequency map answers for any other key.
            int documents = t.kind() != TokenKind.WORD ? 0
                    : entry != null ? entry.entities() : documentFrequency.getOrDefault(t.variant(), 0);
            w[i] = weight(t, documents, logN);
        }
        return WeightedName.of(reading, w);
    }

    /** Finds the names worth scoring: those sharing the most (weighted) words with the query. */
    private CandidateCollector.Ranked candidates(WeightedName q, int[][] variantPostings, EntityKind kind) {
        List<Token> tokens = q.tokens();
        int informative = informativeWords(tokens);
        boolean onlyWord = informative <= 1;
        // The postings to count, gathered first so that the table can be sized for them.
        int maxLists = 2 * tokens.size() + q.joined2().length + q.joined3().length;
        int[][] lists = new int[maxLists][];
        int[] words = new int[maxLists];
        float[] weights = new float[maxLists];
        int count = 0;
        // Every spelling of a word shares its variant key, so the variant postings cover the exact spelling too.
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // An initial pairs with a listed word that begins with it, which its postings (the names with that
            // letter as a word) do not find; beside a name word, they only crowd the names it finds out
            // ("R. A. Kadyrov" found nothing: names holding both R and A outranked the Kadyrovs).
            if (t.kind() == TokenKind.LEGAL_FORM
                    || ((t.kind() == TokenKind.PARTICLE || t.kind() == TokenKind.INITIAL) && informative > 0)) {
                continue;
            }
            float w = q.weights()[i];
            int[] postings = variantPostings[i];
            if (usable(postings, onlyWord)) {
                lists[count] = postings;
                words[count] = i;
                weights[count++] = w;
            }
            // Consonant skeletons find vowel typos (Amghomed / Maghomed); short ones are shared by too many names.
            if (t.skeleton().length() >= 3 && t.kind() == TokenKind.WORD) {
                postings = bySkeleton.get(t.skeleton());
                if (usable(postings, onlyWord)) {
                    lists[count] = postings;
                    words[count] = i;
                    weights[count++] = w * 0.8f;
                }
            }
        }
        for (int span = 2; span <= 3; span++) {
            Token[] joined = span == 2 ? q.joined2() : q.joined3();
            for (int k = 0; k < joined.length; k++) {
                if (joined[k] != null) {
                    int[] postings = byVariant.get(joined[k].variant());
                    if (usable(postings, true)) {
                        lists[count] = postings;
                        words[count] = tokens.size() + (span - 2) * tokens.size() + k;
                        // Weighed as the query words it joins, which it stands for ("siraj ud din" for
                        // Sirajuddin): not 1 whatever they are, which let "ra" of "R. A. Kadyrov", held by the tail
                        // numbers RA-02791, ..., crowd out the names that the query's name word finds.
                        float joinedWeight = 0;
                        for (int part = k; part < k + span; part++) {
                            joinedWeight += q.weights()[part];
                        }
                        weights[count++] = joinedWeight;
                    }
                }
            }
        }
        return PostingsRanking.rank(collectors.get(), lists, words, weights, count, kind, nameKind, nameWords,
                CANDIDATES);
    }

    /** Name words and numbers: the words that say which party is meant. */
    private static int informativeWords(List<Token> tokens) {
        int informative = 0;
        for (int i = 0; i < tokens.size(); i++) {
            TokenKind k = tokens.get(i).kind();
            if (k == TokenKind.WORD || k == TokenKind.NUMBER) {
                informative++;
            }
        }
        return informative;
    }

    private static boolean usable(int[] postings, boolean evenIfCommon) {
        return postings.length > 0 && (postings.length <= COMMON_POSTINGS || evenIfCommon);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    private static Explanation explain(AnalyzedName reading, WeightedName q, WeightedName n, NameScore ns,
                                       double nameScore, Name listed, List<FactCheck> facts, double score) {
        List<Explanation.Pair> pairs = new ArrayList<>();
        boolean[] usedQ = new boolean[q.tokens().size()];
        boolean[] usedN = new boolean[n.tokens().size()];
        for (TokenPair p : ns.pairs()) {
            pairs.add(new Explanation.Pair(span(q, p.queryFrom(), p.queryTo()), span(n, p.nameFrom(), p.nameTo()),
                    p.rule().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    round(p.similarity())));
            for (int i = p.queryFrom(); i < p.queryTo(); i++) {
                usedQ[i] = true;
            }
            for (int j = p.nameFrom(); j < p.nameTo(); j++) {
                usedN[j] = true;
            }
        }
        List<String> unmatchedQ = new ArrayList<>();
        for (int i = 0; i < usedQ.length; i++) {
            if (!usedQ[i]) {
                unmatchedQ.add(q.tokens().get(i).text());
            }
        }
        List<String> unmatchedN = new ArrayList<>();
        for (int j = 0; j < usedN.length; j++) {
            if (!usedN[j]) {
                unmatchedN.add(n.tokens().get(j).text());
            }
        }
        StringBuilder summary = new StringBuilder(48).append(TwoDecimals.of(score)).append(": name ")
                .append(TwoDecimals.of(nameScore));
        summary.append(" (").append(pairs.size()).append(pairs.size() == 1 ? " part" : " parts").append(" paired");
        if (!unmatchedQ.isEmpty()) {
            summary.append(", query words unmatched: ").append(String.join(" ", unmatchedQ));
        }
        if (!unmatchedN.isEmpty()) {
            summary.append(", listed words not in query: ").append(String.join(" ", unmatchedN));
        }
        summary.append(')');
        if (listed.quality() == NameQuality.WEAK) {
            summary.append(", weak alias");
        }
        if (ns.cap() != null) {
            summary.append(", capped: ").append(ns.cap());
        }
        for (FactCheck f : facts) {
            summary.append(", ").append(f.fact()).append(' ').append(f.outcome()).append(" (")
                    .append(TwoDecimals.signed(f.effect())).append(')');
        }
        String readingText = reading.reading().equals("latin") ? "latin" : reading.reading() + ": " + reading.text();
        return new Explanation(summary.toString(), readingText, List.copyOf(pairs), List.copyOf(unmatchedQ),
                List.copyOf(unmatchedN), round(nameScore), ns.cap(), List.copyOf(facts), null);
    }

    private static String span(WeightedName name, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(name.tokens().get(i).text());
        }
        return sb.toString();
    }
}
