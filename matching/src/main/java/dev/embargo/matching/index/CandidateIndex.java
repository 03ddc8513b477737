package dev.embargo.matching.index;

import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.matching.ScoringPolicy;
import dev.embargo.matching.name.AcronymHolders;
import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import dev.embargo.matching.score.InitialsAndFamily;
import dev.embargo.matching.score.WeightedName;
import dev.embargo.matching.text.TranscriptionKey;
import java.util.List;
import java.util.Map;

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
    private static final int CANDIDATES_PER_READING = LIMITS.perReading();
    private static final int COMMON_POSTINGS = LIMITS.commonPostings();
    private static final float SKELETON_FACTOR = LIMITS.skeletonFactor();
    private static final int[] NO_NAMES = new int[0];

    private final int[] nameEntity;
    /**
     * Each name's party key ({@link EntityTable#partyOf}): the best few candidates are counted by party, so a
     * party listed by four lists under many spellings takes one place among them, not most of them.
     */
    private final int[] nameParty;

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
    /** Names by the keys transcribed queries are looked up under, made when the first such query comes. */
    private final TranscriptionPostings byTranscriptionKey;

    private final Map<String, Integer> documentFrequency;
    private final NameAnalyzer analyzer;
    /** Who holds each organisation acronym, for acronym readings of names compared outside the lists. */
    private final AcronymHolders acronymHolders;
    /** Who holds each key of initials and family name ({@link InitialsAndFamily}), by the party keys in use. */
    private final InitialsHolderCounts initialsHolders;

    private final double logN;
    /** Each thread's reusable candidate table (scratch space of one query at a time, not shared). */
    private final ThreadLocal<CandidateCollector> collectors = ThreadLocal.withInitial(CandidateCollector::new);

    CandidateIndex(
            EntityTable entities,
            int[] nameEntity,
            Name[] nameSource,
            WeightedName[] names,
            Postings byVariant,
            Postings bySkeleton,
            Map<String, Integer> documentFrequency,
            NameAnalyzer analyzer,
            AcronymHolders acronymHolders) {
        this.nameEntity = nameEntity;
        this.nameSource = nameSource;
        this.nameKind = new EntityKind[nameEntity.length];
        this.nameWeak = new boolean[nameEntity.length];
        this.nameParty = new int[nameEntity.length];
        this.nameWords = new int[nameEntity.length];
        this.nameDigests = new int[nameEntity.length][];
        for (int i = 0; i < names.length; i++) {
            nameWords[i] = names[i].tokens().size();
            nameDigests[i] = names[i].digest();
        }
        for (int i = 0; i < nameEntity.length; i++) {
            nameKind[i] = entities.get(nameEntity[i]).kind();
            nameWeak[i] = nameSource[i].quality() == NameQuality.WEAK;
            nameParty[i] = entities.partyOf(nameEntity[i]);
        }
        this.names = names;
        this.byVariant = byVariant;
        this.bySkeleton = bySkeleton;
        this.byTranscriptionKey = new TranscriptionPostings(names);
        this.documentFrequency = documentFrequency;
        this.analyzer = analyzer;
        this.acronymHolders = acronymHolders;
        this.logN = Math.log(entities.size() + 1.0);
        this.initialsHolders = new InitialsHolderCounts(names, nameKind, nameParty);
    }

    /** The same index over the same listings keyed by other parties: the names and postings are shared. */
    private CandidateIndex(CandidateIndex index, EntityTable entities) {
        this.nameEntity = index.nameEntity;
        this.nameSource = index.nameSource;
        this.nameKind = index.nameKind;
        this.nameWeak = index.nameWeak;
        this.nameWords = index.nameWords;
        this.nameDigests = index.nameDigests;
        this.names = index.names;
        this.byVariant = index.byVariant;
        this.bySkeleton = index.bySkeleton;
        this.byTranscriptionKey = index.byTranscriptionKey;
        this.documentFrequency = index.documentFrequency;
        this.analyzer = index.analyzer;
        this.acronymHolders = index.acronymHolders;
        this.logN = index.logN;
        this.nameParty = new int[nameEntity.length];
        for (int i = 0; i < nameEntity.length; i++) {
            nameParty[i] = entities.partyOf(nameEntity[i]);
        }
        this.initialsHolders = new InitialsHolderCounts(names, nameKind, nameParty);
    }

    /**
     * This index with the party keys of {@code entities}, which must hold the same listings in the same order:
     * one analysis of the names serves screening per party and per listing.
     */
    public CandidateIndex withParties(EntityTable entities) {
        return new CandidateIndex(this, entities);
    }

    /** Analyses, weighs and files every name of every party of {@code entities}. */
    public static CandidateIndex build(EntityTable entities) {
        return CandidateIndexBuilder.build(entities);
    }

    public NameAnalyzer analyzer() {
        return analyzer;
    }

    /**
     * {@code readings} of an organisation's name given outside the lists and its acronym readings, as the index
     * reads its own organisations' names: a comparison reads the listed side as screening would.
     */
    public List<AnalyzedName> withAcronymReadings(String name, List<AnalyzedName> readings) {
        return AcronymReadings.withAcronyms(analyzer, name, readings, acronymHolders);
    }

    /**
     * How many listed people hold the key of {@code query} read as initials and a family name
     * ({@link InitialsAndFamily#queryKey}); -1 for a query of another shape.
     */
    public int initialsHolders(WeightedName query) {
        String key = InitialsAndFamily.queryKey(query.words());
        return key == null ? -1 : initialsHolders.count(key);
    }

    /**
     * The keys whose number of holders a listed name is scored by, each with that number: {@code "initials "} and a
     * key of initials and family name ({@link InitialsAndFamily}: listed people holding it), {@code "acronym "} and
     * an acronym (listed organisations holding it; an acronym reading is read as shared by it). Where a list change
     * moves such a number, every holder's score for a query of that key moves though its own names did not change.
     */
    public Map<String, Integer> countedKeys() {
        Map<String, Integer> out = new java.util.HashMap<>();
        initialsHolders.counts().forEach((key, n) -> out.put(INITIALS_KEY + key, n));
        acronymHolders.counts().forEach((key, n) -> out.put(ACRONYM_KEY + key, n));
        return out;
    }

    private static boolean holdsAny(WeightedName n, java.util.Set<String> variants) {
        for (Token t : n.words()) {
            if (variants.contains(t.variant())) {
                return true;
            }
        }
        return false;
    }

    private static final String INITIALS_KEY = "initials ";
    private static final String ACRONYM_KEY = "acronym ";

    /**
     * The names holding one of {@code keys} (as {@link #countedKeys} writes them) so that they are scored by its
     * number of holders: the people's names whose initials and family name it is, the organisations' acronym
     * readings that are it.
     */
    public int[] namesHolding(java.util.Set<String> keys) {
        if (keys.isEmpty()) {
            return NO_NAMES;
        }
        // A name holds a key of initials only with the key's family name among its words: most are passed over
        // without their keys made.
        java.util.Set<String> families = new java.util.HashSet<>();
        for (String key : keys) {
            int bar = key.indexOf('|');
            if (key.startsWith(INITIALS_KEY) && bar > 0) {
                families.add(key.substring(bar + 1).split(" ")[0]);
            }
        }
        java.util.stream.IntStream.Builder out = java.util.stream.IntStream.builder();
        for (int i = 0; i < names.length; i++) {
            WeightedName n = names[i];
            if (nameKind[i] == EntityKind.PERSON && holdsAny(n, families)) {
                for (String key : InitialsAndFamily.listedKeys(n)) {
                    if (keys.contains(INITIALS_KEY + key)) {
                        out.add(i);
                        break;
                    }
                }
            } else if (dev.embargo.matching.score.AcronymScorer.isAcronym(n)
                    && keys.contains(ACRONYM_KEY + n.words()[0].text())) {
                out.add(i);
            }
        }
        return out.build().toArray();
    }

    public int nameCount() {
        return names.length;
    }

    /** The party key ({@link EntityTable#partyOf}) of the listing whose name this is. */
    public int partyOf(int name) {
        return nameParty[name];
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
        return weigh(reading, variantPostings, null, null);
    }

    /**
     * {@link #weigh(AnalyzedName, int[][])}, taking what it can from {@code earlier} (may be null), another reading
     * of the same name weighed before, and {@code earlierPostings}, the postings that weighing put out: a word
     * that is the same token there has the same weight and postings, and the same words make the same joined
     * words ({@link WeightedName#of(AnalyzedName, float[], WeightedName)}). A name's nickname readings differ from
     * its own reading in one word.
     */
    public WeightedName weigh(
            AnalyzedName reading, int[][] variantPostings, WeightedName earlier, int[][] earlierPostings) {
        List<Token> tokens = reading.tokens();
        float[] w = new float[tokens.size()];
        for (int i = 0; i < w.length; i++) {
            Token t = tokens.get(i);
            if (earlier != null && earlierPostings != null && i < earlier.words().length && earlier.words()[i] == t) {
                w[i] = earlier.weights()[i];
                if (variantPostings != null) {
                    variantPostings[i] = earlierPostings[i];
                }
                continue;
            }
            Postings.Entry entry = byVariant.entry(t.variant());
            if (variantPostings != null) {
                variantPostings[i] = entry == null ? NO_NAMES : entry.ids();
            }
            // Every key of a word is in the postings (legal forms and particles, which are not, are not
            // weighed by frequency); the frequency map answers for any other key.
            int documents = t.kind() != TokenKind.WORD
                    ? 0
                    : entry != null ? entry.entities() : documentFrequency.getOrDefault(t.variant(), 0);
            w[i] = WordWeight.of(t, documents, logN);
        }
        return WeightedName.of(reading, w, earlier);
    }

    /**
     * The names worth scoring for the weighed reading {@code q} (whose words' postings {@link #weigh} put in
     * {@code variantPostings}), of {@code kind} unless null: those sharing the most (weighted) words with it,
     * the best name of each of the best few parties.
     */
    public RankedNames candidates(WeightedName q, int[][] variantPostings, EntityKind kind) {
        List<Token> tokens = q.tokens();
        int informative = informativeWords(tokens);
        boolean onlyWord = informative <= 1;
        // The postings to count, gathered first so that the table can be sized for them.
        int maxLists = 5 * tokens.size() + q.joined2().length + q.joined3().length;
        int[][] lists = new int[maxLists][];
        int[] words = new int[maxLists];
        float[] weights = new float[maxLists];
        int count = 0;
        // Every spelling of a word shares its variant key, so the variant postings cover the exact spelling too.
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // An initial pairs with a listed word that begins with it, which its postings (the names with that
            // letter as a word) do not find; beside a name word, they only crowd the names it finds out
            // (for "R. A. Kadyrov", names holding both R and A would outrank the Kadyrovs).
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
            // A transcribed word finds the names whose words share its transcription key.
            if (TranscriptionKey.isMarked(t.skeleton())) {
                for (String key : TranscriptionKey.lookupKeys(t.skeleton().substring(1))) {
                    postings = byTranscriptionKey.get(key);
                    if (usable(postings, onlyWord)) {
                        lists[count] = postings;
                        words[count] = i;
                        weights[count++] = w;
                    }
                }
                continue;
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
                        // Sirajuddin), not 1 whatever they are: "ra" of "R. A. Kadyrov", held by the tail
                        // numbers RA-02791, ..., would crowd out the names that the query's name word finds.
                        float joinedWeight = 0;
                        for (int part = k; part < k + span; part++) {
                            joinedWeight += q.weights()[part];
                        }
                        weights[count++] = joinedWeight;
                    }
                }
            }
        }
        return PostingsRanking.rank(
                collectors.get(),
                lists,
                words,
                weights,
                count,
                kind,
                nameKind,
                nameWords,
                nameParty,
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
