package dev.embargo.matching;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.matching.index.CandidateIndex;
import dev.embargo.matching.index.IdentifierKeys;
import dev.embargo.matching.index.RankedNames;
import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import dev.embargo.matching.score.WeightedName;
import dev.embargo.matching.text.TranscriptionKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The keys through which candidate generation can bring a query and a listing together, as 64-bit hashes: a
 * word's romanisation key, its consonant skeleton, its transcription keys, the key of adjacent words written
 * together, an identifier's key. A query finds a listed name as a candidate only through a key both hold, so a
 * store that keeps each record's keys can find, after a list change, the records the changed listings can reach.
 *
 * <p>Not every shared key can matter, and the keys say which. A listed name found by a reading weighs the summed
 * weight of the reading's words that found it (a word found only by its skeleton counts 0.8 of its weight), at
 * most the summed weight of the slots the two share. Screening scores a name only when that weight reaches
 * {@link ScoringPolicy.Candidates#minSharedWeight} of the reading's ({@link #SCORED_SHARE}), and only among the ranking's
 * best few parties ({@link ScoringPolicy.Candidates#perReading}), ranked by priority: the weight less 0.02 a listed
 * word (not below 0), then the lower name id. When fewer parties than that were found, the ranking holds every name
 * found: a name there matters only by being scored, and a name that goes lets no other in. When the ranking was
 * full (crowded), a name enters it only with a priority at least the last ranked name's ({@code rankCut}), and one
 * under it was not in the ranking, so its going lets no other in. Each key says its reading's weight
 * ({@code total}), rank cut and the weight of its slots left out ({@code rest}: the lightest slots, together
 * under every cut a listing must reach, less {@link #DRIFT_ROOM}), and its slot's weight; so whoever holds a
 * listed name's keys can bound the weight and priority that name had for the query when it was screened.
 *
 * <p>Those are the weights of the lists the record was screened against. Whether an old version of a listing held
 * a place in the ranking is a question about those lists, and is answered exactly. Whether a new version can be
 * scored or enter the ranking is about the new lists, whose word weights moved: a word's weight follows how many
 * listings use it, so a change moves the weights of the words its listings hold (by about 0.05 when a word's
 * first listing comes or goes, 0.03 for its second, less after) and, by the number of listings, every weight by
 * well under 0.001. {@link #DRIFT_ROOM} is the room for that; the full re-screen after a delta on real and
 * generated list changes checks it.
 *
 * <p>Pure: the keys depend on the text and the index's word weights only. Safe to use from many threads.
 */
public final class LookupKeys {
    /**
     * The share of a reading's weight taken off the cuts a new version of a listing must reach, for word weights
     * that move between the lists a record was screened against and the lists of a later change (class comment).
     */
    public static final double DRIFT_ROOM = 0.05;

    /**
     * The most of a reading's weight its keys leave out (its lightest slots: particles, initials, common words).
     * What is left out is counted as shared with every listed name, so little is: a list change's names are tested
     * by the weight they share, and a record holding few more keys costs the scan little.
     */
    static final double LEFT_OUT_SHARE = 0.1;

    /** What a listed word found only through its consonant skeleton counts of the query word's weight. */
    public static final float SKELETON_FACTOR =
            ScoringPolicy.DEFAULT.candidates().skeletonFactor();

    /** What a listed name's priority in the ranking loses per word. */
    public static final float PRIORITY_PER_WORD = 0.02f;

    /** The share of a reading's weight a listed name must be found through to be scored. */
    public static final double SCORED_SHARE = ScoringPolicy.DEFAULT.candidates().minSharedWeight();

    private static final ScoringPolicy.Candidates CANDIDATES = ScoringPolicy.DEFAULT.candidates();

    /** The slot of identifier keys: an identifier held by both sides decides, whatever the names share. */
    public static final int IDENTIFIER_SLOT = -1;

    /** Word slots per reading: a reading's words, then its joined pairs, then its joined triples. */
    private static final int SLOTS_PER_READING = 1 << 12;

    /**
     * One key of a query.
     *
     * @param key     the key's hash ({@link #hash})
     * @param slot    which word of which reading it stands for: {@code reading * 4096 + word}, or
     *                {@link #IDENTIFIER_SLOT}; a word's keys (romanisation key, skeleton, transcription keys) share
     *                its slot
     * @param weight  the weight of the reading's words the slot stands for (0 for identifiers)
     * @param total   the reading's weight
     * @param rankCut the priority of the last name ranked when the ranking held its full number of parties, else -1
     * @param rest    the summed weight of the reading's slots left out
     */
    public record QueryKey(long key, int slot, float weight, float total, float rankCut, float rest) {
        /** The reading the key belongs to ({@code -1} for identifiers). */
        public int reading() {
            return slot < 0 ? -1 : slot / SLOTS_PER_READING;
        }

        /** Whether the reading's ranking held its full number of parties. */
        public boolean crowded() {
            return rankCut >= 0;
        }
    }

    private final Pipeline pipeline;
    private final CandidateIndex index;
    private final NameAnalyzer analyzer;

    private LookupKeys(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.index = pipeline.names();
        this.analyzer = index.analyzer();
    }

    /** The keys as {@code screener}'s lists weigh them. */
    public static LookupKeys of(Screener screener) {
        return new LookupKeys(screener.pipeline());
    }

    /**
     * The keys a query of this name, kind (null: any) and these identifiers looks up, each with its slot, share
     * and need; the slots too light to matter are left out (see the class comment).
     */
    public List<QueryKey> ofQuery(String name, EntityKind kind, List<String> identifiers) {
        List<QueryKey> out = new ArrayList<>();
        List<AnalyzedName> readings = analyzer.analyze(name == null ? "" : name);
        for (int r = 0; r < readings.size(); r++) {
            int[][] variantPostings = new int[readings.get(r).tokens().size()][];
            WeightedName q = index.weigh(readings.get(r), variantPostings);
            if (!worthKeys(q)) {
                continue;
            }
            ofReading(r, q, index.candidates(q, variantPostings, kind), index, kind, out);
        }
        ofIdentifiers(name, identifiers, out);
        return out;
    }

    /** Whether a reading has keys at all: some weight, and no more word slots than a reading may number. */
    private static boolean worthKeys(WeightedName q) {
        int n = q.tokens().size();
        if (n == 0 || 3 * n > SLOTS_PER_READING) {
            return false;
        }
        double total = 0;
        for (float w : q.weights()) {
            total += w;
        }
        return total > 0;
    }

    /**
     * Adds to {@code out} the keys of reading {@code r} of a query, weighed as {@code q}, whose candidates {@code
     * index} ranked as {@code ranked}: the screening that ranked them for scoring gives them here, so they are not
     * looked up twice.
     */
    static void ofReading(
            int r, WeightedName q, RankedNames ranked, CandidateIndex index, EntityKind kind, List<QueryKey> out) {
        if (!worthKeys(q)) {
            return;
        }
        String kindKey = kindKey(kind);
        List<Token> tokens = q.tokens();
        int n = tokens.size();
        double total = 0;
        for (float w : q.weights()) {
            total += w;
        }
        boolean crowded = parties(ranked, index) >= CANDIDATES.perReading();
        float rankCut = crowded ? (float) lastPriority(ranked, index) : -1f;
        // What a listed name must reach to matter at all, with the room: slots lighter than that together are left out.
        double lowest = SCORED_SHARE * total;
        if (crowded) {
            lowest = Math.min(lowest, rankCut);
        }
        lowest -= DRIFT_ROOM * total;
        // Every listed name is taken to hold the slots left out, so they are kept light: leaving out up to the cut
        // would let a name sharing any one slot kept pass as if it shared the cut.
        lowest = Math.min(lowest, LEFT_OUT_SHARE * total);
        int slots = n + q.joined2().length + q.joined3().length;
        float[] weight = new float[slots];
        List<List<String>> keys = new ArrayList<>(slots);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            List<String> k = new ArrayList<>(2);
            // A legal form is never looked up, and its weight does not depend on the lists.
            if (t.kind() != TokenKind.LEGAL_FORM) {
                k.add(kindKey + "v" + t.variant());
                if (t.kind() == TokenKind.WORD && TranscriptionKey.isMarked(t.skeleton())) {
                    for (String key : TranscriptionKey.lookupKeys(t.skeleton().substring(1))) {
                        if (key.length() >= 2) {
                            k.add(kindKey + "t" + key);
                        }
                    }
                } else if (t.kind() == TokenKind.WORD && t.skeleton().length() >= 3) {
                    k.add(kindKey + "s" + t.skeleton());
                }
            }
            weight[i] = q.weights()[i];
            keys.add(k);
        }
        for (int span = 2; span <= 3; span++) {
            Token[] joined = span == 2 ? q.joined2() : q.joined3();
            for (int j = 0; j < joined.length; j++) {
                List<String> k = new ArrayList<>(1);
                float w = 0;
                if (joined[j] != null) {
                    k.add(kindKey + "v" + joined[j].variant());
                    for (int part = j; part < j + span; part++) {
                        w += q.weights()[part];
                    }
                }
                int slot = span == 2 ? n + j : n + q.joined2().length + j;
                weight[slot] = w;
                keys.add(k);
            }
        }
        // The lightest slots, while together they stay below the lowest cut, are left out.
        Integer[] order = new Integer[slots];
        for (int s = 0; s < slots; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> Float.compare(weight[a], weight[b]));
        boolean[] dropped = new boolean[slots];
        float rest = 0;
        for (Integer s : order) {
            if (keys.get(s).isEmpty()) {
                dropped[s] = true;
                continue;
            }
            if (rest + weight[s] >= lowest) {
                break;
            }
            rest += weight[s];
            dropped[s] = true;
        }
        for (int s = 0; s < slots; s++) {
            if (!dropped[s]) {
                for (String k : keys.get(s)) {
                    out.add(new QueryKey(hash(k), r * SLOTS_PER_READING + s, weight[s], (float) total, rankCut, rest));
                }
            }
        }
    }

    /** How many parties the ranked names are of. */
    private static int parties(RankedNames ranked, CandidateIndex index) {
        int[] seen = new int[ranked.ids().length];
        int count = 0;
        for (int id : ranked.ids()) {
            int party = index.partyOf(id);
            boolean known = false;
            for (int j = 0; j < count && !known; j++) {
                known = seen[j] == party;
            }
            if (!known) {
                seen[count++] = party;
            }
        }
        return count;
    }

    /**
     * The lowest priority among the ranked names (the last one's: the ranking is in priority order), as
     * {@code CandidateCollector#priority} makes it: the weight found less 0.02 a listed word, not below 0.
     */
    private static double lastPriority(RankedNames ranked, CandidateIndex index) {
        double lowest = Double.MAX_VALUE;
        for (int i = 0; i < ranked.ids().length; i++) {
            float p = ranked.weights()[i] - PRIORITY_PER_WORD * index.wordsOf(ranked.ids()[i]);
            lowest = Math.min(lowest, Math.max(0f, p));
        }
        return lowest == Double.MAX_VALUE ? 0 : lowest;
    }

    /** Adds to {@code out} the keys of the identifiers a query gives, and of the one its name is written as. */
    static void ofIdentifiers(String name, List<String> identifiers, List<QueryKey> out) {
        List<String> values = new ArrayList<>(identifiers);
        String named = IdentifierKeys.identifierIn(name == null ? "" : name);
        if (named != null) {
            values.add(named);
        }
        for (String v : values) {
            for (String k : IdentifierKeys.candidateKeys(v)) {
                out.add(new QueryKey(hash("i" + k), IDENTIFIER_SLOT, 0f, 0f, -1f, 0f));
            }
        }
    }

    /**
     * The keys of one name the index holds for a listing (a reading of a name, acronym readings too), each once and
     * sorted: every key a query can find that name through; those of them that are consonant skeletons, through
     * which the name is found at {@link #SKELETON_FACTOR} of the word's weight; and its word count, which its
     * priority in a ranking loses {@link #PRIORITY_PER_WORD} a word of; and the name's id in the index, which
     * {@link Screener#bestOfPairs} scores it by; and the name as the list writes it, which the index reads the same
     * way in any lists.
     */
    public record NameKeys(
            long[] keys, long[] skeletonKeys, int words, int name, dev.embargo.lists.model.Name listed) {}

    /** A listing's names' keys ({@link NameKeys}) and its identifiers' keys, sorted. */
    public record ListingKeys(List<NameKeys> names, long[] identifiers) {}

    /**
     * The keys of each of {@code listings} (listings of these lists, by identity), as the index holds its names. A
     * listing not in these lists has none.
     */
    public java.util.Map<Entity, ListingKeys> ofListings(java.util.Collection<Entity> listings) {
        java.util.Map<Entity, int[]> names = pipeline.namesOf(listings);
        java.util.Map<Entity, ListingKeys> out = new java.util.IdentityHashMap<>();
        for (Entity e : listings) {
            List<NameKeys> each = new ArrayList<>();
            for (int name : names.getOrDefault(e, new int[0])) {
                each.add(ofIndexedName(
                        index.weighed(name), index.kindOf(name), index.wordsOf(name), name, index.listed(name)));
            }
            List<String> ids = new ArrayList<>();
            for (Identifier id : e.identifiers()) {
                ids.add("i" + IdentifierKeys.key(id));
            }
            out.put(
                    e,
                    new ListingKeys(
                            each,
                            ids.stream()
                                    .mapToLong(LookupKeys::hash)
                                    .sorted()
                                    .distinct()
                                    .toArray()));
        }
        return out;
    }

    /**
     * The listings of {@code newer}'s lists holding a key of initials and family name or an acronym that one party
     * holds alone in one of {@code older}'s and {@code newer}'s lists and several in the other
     * ({@link CandidateIndex#countedKeys}): their names are scored by it (one holder alone higher than each of
     * several, alike for any number of several), so a change that adds, removes, renames or regroups another
     * holder moves their scores for a query of that key though they did not change.
     */
    public static java.util.Set<Entity> countedKeysMoved(Screener older, Screener newer) {
        // Each index counts its holders on first asking, a pass over its names: the two passes run side by side.
        java.util.concurrent.CompletableFuture<java.util.Map<String, Integer>> counting =
                java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> older.pipeline().names().countedKeys());
        CandidateIndex now = newer.pipeline().names();
        java.util.Map<String, Integer> after = now.countedKeys();
        java.util.Map<String, Integer> before = counting.join();
        java.util.Set<String> moved = new java.util.HashSet<>();
        after.forEach((key, holders) -> {
            // Scored alike for every number of holders above one: only a key that goes from one holder to several
            // or back moves a score.
            if ((holders > 1) != (before.getOrDefault(key, 0) > 1)) {
                moved.add(key);
            }
        });
        java.util.Set<Entity> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int name : now.namesHolding(moved)) {
            out.add(newer.pipeline().entities().get(now.entityOf(name)));
        }
        return out;
    }

    /**
     * The keys an indexed name is filed under, as the query side writes them: its words' romanisation keys (legal
     * forms and particles are not filed), skeletons, transcription keys (as {@code TranscriptionPostings} files
     * them), its joined words; each under the name's kind and under no kind.
     */
    private static NameKeys ofIndexedName(
            WeightedName w, EntityKind kind, int words, int name, dev.embargo.lists.model.Name listed) {
        List<String> found = new ArrayList<>();
        List<String> skeletons = new ArrayList<>();
        for (Token t : w.tokens()) {
            if (t.kind() == TokenKind.LEGAL_FORM || t.kind() == TokenKind.PARTICLE) {
                continue;
            }
            found.add("v" + t.variant());
            if (t.kind() != TokenKind.WORD) {
                continue;
            }
            skeletons.add("s" + t.skeleton());
            String key = TranscriptionKey.isMarked(t.skeleton())
                    ? t.skeleton().substring(1)
                    : t.vowelless() ? null : TranscriptionKey.ofLatin(t.text());
            if (key != null) {
                for (String k : TranscriptionKey.lookupKeys(key)) {
                    found.add("t" + k);
                }
            }
        }
        for (Token[] joined : new Token[][] {w.joined2(), w.joined3()}) {
            for (Token j : joined) {
                if (j != null) {
                    found.add("v" + j.variant());
                }
            }
        }
        long[] skeletonKeys = kinded(skeletons, kind);
        long[] all = java.util.stream.LongStream.concat(
                        java.util.Arrays.stream(kinded(found, kind)), java.util.Arrays.stream(skeletonKeys))
                .sorted()
                .distinct()
                .toArray();
        return new NameKeys(all, skeletonKeys, words, name, listed);
    }

    /** The hashes of {@code words} under {@code kind} and under no kind, sorted, each once. */
    private static long[] kinded(List<String> words, EntityKind kind) {
        long[] keys = new long[2 * words.size()];
        int at = 0;
        for (String word : words) {
            keys[at++] = hash(kindKey(kind) + word);
            keys[at++] = hash(kindKey(null) + word);
        }
        return java.util.Arrays.stream(keys).sorted().distinct().toArray();
    }

    private static String kindKey(EntityKind kind) {
        return kind == null ? "*" : kind.code();
    }

    /** FNV-1a, 64 bits, over the key's characters: stable across runs, so stored keys stay comparable. */
    public static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            h ^= c & 0xff;
            h *= 0x100000001b3L;
            h ^= c >>> 8;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
