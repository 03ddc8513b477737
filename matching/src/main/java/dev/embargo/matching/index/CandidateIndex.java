package dev.embargo.matching.index;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.matching.ScoringPolicy;
import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import dev.embargo.matching.score.WeightedName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Candidate generation: every name of every listed party, analysed once, with postings from its words'
 * spellings, romanisation keys and consonant skeletons to the names that contain them, and word weights from
 * how rare each word is across the lists. For a query reading it finds the few names worth scoring
 * ({@link #candidates}); scoring them is not its job. Names are numbered 0..{@link #nameCount()}; per name it
 * keeps, in arrays, what screening reads of every candidate before deciding to score it. Immutable once built
 * and safe to query from many threads.
 */
public final class CandidateIndex {
    private static final ScoringPolicy.Candidates LIMITS = ScoringPolicy.DEFAULT.candidates();
    private static final ScoringPolicy.WordWeights WEIGHTS = ScoringPolicy.DEFAULT.wordWeights();
    private static final int CANDIDATES_PER_READING = LIMITS.perReading();
    private static final int COMMON_POSTINGS = LIMITS.commonPostings();
    private static final float SKELETON_FACTOR = LIMITS.skeletonFactor();
    private static final double COMMON_WORD = WEIGHTS.commonWord();
    private static final double RARITY = WEIGHTS.rarity();
    private static final int[] NO_NAMES = new int[0];

    private final EntityTable entities;
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
    private final NameAnalyzer analyzer;
    private final double logN;
    /** Each thread's reusable candidate table (scratch space of one query at a time, not shared). */
    private final ThreadLocal<CandidateCollector> collectors =
            ThreadLocal.withInitial(CandidateCollector::new);

    private CandidateIndex(EntityTable entities, int[] nameEntity, Name[] nameSource, WeightedName[] names,
                           Postings byVariant, Postings bySkeleton, Map<String, Integer> documentFrequency,
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
        this.analyzer = analyzer;
        this.logN = Math.log(entities.size() + 1.0);
    }

    public static CandidateIndex build(EntityTable entities) {
        NameAnalyzer analyzer = new NameAnalyzer();
        List<Entity> all = entities.all();
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
        // and aliases shared between parties, make many names repeats.
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
        // while this thread counts document frequencies and weighs the names: the two do not depend on each
        // other, and the second core would otherwise be idle.
        CompletableFuture<Postings.Builder> variantKeys = CompletableFuture.supplyAsync(() -> variantKeys(flat));
        CompletableFuture<Postings> skeletons = CompletableFuture.supplyAsync(() -> skeletons(flat));

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
        Map<WeightedName, WeightedName> weighedOnce = new IdentityHashMap<>();
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
        return new CandidateIndex(entities, owner, source, weighted, variantKeys.join().build(df), skeletons.join(),
                Collections.unmodifiableMap(df), analyzer);
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

    /** @param documents how many entities use the word's romanisation key (only read for words) */
    private static float weight(Token t, int documents, double logN) {
        return switch (t.kind()) {
            case LEGAL_FORM -> WEIGHTS.legalForm();
            case PARTICLE -> WEIGHTS.particle();
            case INITIAL -> WEIGHTS.initial();
            case NUMBER -> WEIGHTS.number();
            case WORD -> {
                if (logN <= 0) {
                    // No lists, so no rarity to go by (two names compared on their own): every word counts
                    // fully. The formula below would divide zero by zero, and a NaN weight scored every pair 0.
                    yield 1.0f;
                }
                double idf = Math.log((Math.exp(logN)) / (documents + 1.0)) / logN;
                yield (float) (COMMON_WORD + RARITY * Math.max(0, Math.min(1, idf)));
            }
        };
    }

    public NameAnalyzer analyzer() {
        return analyzer;
    }

    public int nameCount() {
        return names.length;
    }

    /** The index (in the {@link EntityTable}) of the party whose name this is. */
    public int entityOf(int name) {
        return nameEntity[name];
    }

    public EntityKind kindOf(int name) {
        return nameKind[name];
    }

    public boolean weakAlias(int name) {
        return nameWeak[name];
    }

    /** The name's word count. */
    public int wordsOf(int name) {
        return nameWords[name];
    }

    /** The name's {@link WeightedName#digest}. */
    public int[] digestOf(int name) {
        return nameDigests[name];
    }

    /** One reading of the name, with its word weights. */
    public WeightedName weighed(int name) {
        return names[name];
    }

    /** The name as the list writes it. */
    public Name listed(int name) {
        return nameSource[name];
    }

    /** The reading's tokens weighed by how rare each word is in the lists. */
    public WeightedName weigh(AnalyzedName reading) {
        return weigh(reading, null);
    }

    /**
     * The reading's tokens weighed by how rare each word is in the lists; with {@code variantPostings}, each
     * token's postings by its romanisation key are also put there (the same look-up gives both).
     */
    public WeightedName weigh(AnalyzedName reading, int[][] variantPostings) {
        List<Token> tokens = reading.tokens();
        float[] w = new float[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            Token t = tokens.get(i);
            Postings.Entry entry = byVariant.entry(t.variant());
            if (variantPostings != null) {
                variantPostings[i] = entry == null ? NO_NAMES : entry.ids();
            }
            // Every key of a word is in the postings (legal forms and particles, which are not, are not
            // weighed by frequency); the frequency map answers for any other key.
            int documents = t.kind() != TokenKind.WORD ? 0
                    : entry != null ? entry.entities() : documentFrequency.getOrDefault(t.variant(), 0);
            w[i] = weight(t, documents, logN);
        }
        return WeightedName.of(reading, w);
    }

    /**
     * The names worth scoring for the weighed reading {@code q} (whose words' postings {@link #weigh} put in
     * {@code variantPostings}), of {@code kind} unless null: those sharing the most (weighted) words with it.
     */
    public RankedNames candidates(WeightedName q, int[][] variantPostings, EntityKind kind) {
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
                    weights[count++] = w * SKELETON_FACTOR;
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
                CANDIDATES_PER_READING);
    }

    /** Name words and numbers: the words that say which party is meant. */
    public static int informativeWords(List<Token> tokens) {
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
}
