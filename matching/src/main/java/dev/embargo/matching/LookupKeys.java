package dev.embargo.matching;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.index.CandidateIndex;
import dev.embargo.matching.index.IdentifierKeys;
import dev.embargo.matching.index.RankedNames;
import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import dev.embargo.matching.score.WeightedName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The keys through which candidate generation can bring a query and a listing together, as 64-bit hashes: a
 * word's romanisation key, its consonant skeleton, the key of adjacent words written together, an identifier's
 * key. A query finds a listed name as a candidate only through a key both hold, so a store that keeps each
 * record's keys can find, after a list change, the records the changed listings can reach.
 *
 * <p>Not every shared key can matter. A reading's candidates are the best few parties by the weight of the
 * query words they share ({@link ScoringPolicy.Candidates#perReading}), and of those screening scores only
 * the ones sharing at least {@link ScoringPolicy.Candidates#minSharedWeight} of the query's weight (a listed
 * name sharing only "Mohammed" with "Mohammed Karimi" is dropped before scoring). So a listing that shares less
 * than that, or less than the last of the best few when they are full, is not scored, and it ranks below every
 * candidate that is, so it pushes none of them out either; the same holds of a listing that goes. That share
 * is the reading's cut. A query's keys say which word slot each stands for and what share of the reading's
 * weight that slot carries; the lightest slots, which together stay below the cut, are left out, and each key
 * says how much share the slots kept must bring ({@code need}: the cut less what was left out). A listing can
 * matter to the query only if the kept slots it shares reach that. The cut is taken with a quarter's room
 * ({@link #DRIFT_ROOM}), because word weights drift as the lists change (a word's weight falls as more listings
 * use it) and a record's keys are weighed when it was last screened.
 *
 * <p>Pure: the keys depend on the text and the index's word weights only. Safe to use from many threads.
 */
public final class LookupKeys {
    /** The part of a reading's cut that is asked of a listing: room for word weights to drift between lists. */
    public static final double DRIFT_ROOM = 0.75;

    private static final ScoringPolicy.Candidates CANDIDATES = ScoringPolicy.DEFAULT.candidates();

    /** The slot of identifier keys: an identifier held by both sides decides, whatever the names share. */
    public static final int IDENTIFIER_SLOT = -1;

    /** Word slots per reading: a reading's words, then its joined pairs, then its joined triples. */
    private static final int SLOTS_PER_READING = 1 << 12;

    /**
     * One key of a query.
     *
     * @param key   the key's hash ({@link #hash})
     * @param slot  which word of which reading it stands for: {@code reading * 4096 + word}, or
     *              {@link #IDENTIFIER_SLOT}; a word's keys (romanisation key, skeleton) share its slot
     * @param share the share of its reading's weight the slot carries (1 for identifiers)
     * @param need  the summed share the kept slots of its reading that a listing holds must reach for the
     *              listing to matter to the query
     * @param crowded whether the reading's best few candidates were full: a listing that reaches the need may
     *              then push another out (or, gone, let another in), whatever it scores itself; otherwise it
     *              matters only by what it scores
     */
    public record QueryKey(long key, int slot, float share, float need, boolean crowded) {
        /** The reading the key belongs to ({@code -1} for identifiers). */
        public int reading() {
            return slot < 0 ? -1 : slot / SLOTS_PER_READING;
        }
    }

    private final CandidateIndex index;
    private final NameAnalyzer analyzer;

    private LookupKeys(CandidateIndex index) {
        this.index = index;
        this.analyzer = index.analyzer();
    }

    /** The keys as {@code screener}'s lists weigh them. */
    public static LookupKeys of(Screener screener) {
        return new LookupKeys(screener.pipeline().names());
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
            ofReading(r, q, index.candidates(q, variantPostings, kind), kind, out);
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
     * Adds to {@code out} the keys of reading {@code r} of a query, weighed as {@code q}, whose candidates were
     * {@code ranked}: the screening that ranked them for scoring gives them here, so they are not looked up twice.
     */
    static void ofReading(int r, WeightedName q, RankedNames ranked, EntityKind kind, List<QueryKey> out) {
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
        // The reading's cut: the policy's share, or the last of the best few candidates' when they are full.
        double cut = CANDIDATES.minSharedWeight();
        boolean crowded = ranked.ids().length >= CANDIDATES.perReading();
        if (crowded) {
            float last = Float.MAX_VALUE;
            for (float w : ranked.weights()) {
                last = Math.min(last, w);
            }
            cut = Math.max(cut, last / total);
        }
        cut *= DRIFT_ROOM;
        int slots = n + q.joined2().length + q.joined3().length;
        float[] share = new float[slots];
        List<List<String>> keys = new ArrayList<>(slots);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            List<String> k = new ArrayList<>(2);
            // A legal form is never looked up, and its weight does not depend on the lists.
            if (t.kind() != TokenKind.LEGAL_FORM) {
                k.add(kindKey + "v" + t.variant());
                if (t.kind() == TokenKind.WORD && t.skeleton().length() >= 3) {
                    k.add(kindKey + "s" + t.skeleton());
                }
            }
            share[i] = (float) (q.weights()[i] / total);
            keys.add(k);
        }
        for (int span = 2; span <= 3; span++) {
            Token[] joined = span == 2 ? q.joined2() : q.joined3();
            for (int j = 0; j < joined.length; j++) {
                List<String> k = new ArrayList<>(1);
                double w = 0;
                if (joined[j] != null) {
                    k.add(kindKey + "v" + joined[j].variant());
                    for (int part = j; part < j + span; part++) {
                        w += q.weights()[part];
                    }
                }
                int slot = span == 2 ? n + j : n + q.joined2().length + j;
                share[slot] = (float) (w / total);
                keys.add(k);
            }
        }
        // The lightest slots, while together they stay below the cut, are left out.
        Integer[] order = new Integer[slots];
        for (int s = 0; s < slots; s++) {
            order[s] = s;
        }
        Arrays.sort(order, (a, b) -> Float.compare(share[a], share[b]));
        boolean[] dropped = new boolean[slots];
        float rest = 0;
        for (Integer s : order) {
            if (keys.get(s).isEmpty()) {
                dropped[s] = true;
                continue;
            }
            if (rest + share[s] >= cut) {
                break;
            }
            rest += share[s];
            dropped[s] = true;
        }
        for (int s = 0; s < slots; s++) {
            if (!dropped[s]) {
                for (String k : keys.get(s)) {
                    out.add(new QueryKey(hash(k), r * SLOTS_PER_READING + s, share[s], (float) (cut - rest), crowded));
                }
            }
        }
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
                out.add(new QueryKey(hash("i" + k), IDENTIFIER_SLOT, 1f, 0f, true));
            }
        }
    }

    /**
     * Every key a listing is filed under or whose word counts its words' weights change: the romanisation keys
     * of every word of every reading of every name (legal forms and particles too: the lists count them), their
     * skeletons, joined words, identifiers. Sorted, each once.
     */
    public long[] ofListing(Entity e) {
        List<String> words = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        float[] none = new float[0];
        for (Name name : e.names()) {
            for (AnalyzedName a : analyzer.analyzeListed(name.full())) {
                WeightedName w = WeightedName.of(a, none);
                for (Token t : a.tokens()) {
                    words.add("v" + t.variant());
                    if (t.kind() == TokenKind.WORD && t.skeleton().length() >= 3) {
                        words.add("s" + t.skeleton());
                    }
                }
                for (Token[] joined : new Token[][] {w.joined2(), w.joined3()}) {
                    for (Token j : joined) {
                        if (j != null) {
                            words.add("v" + j.variant());
                        }
                    }
                }
            }
        }
        // A query of the listing's kind and one of no kind find it; one of another kind does not.
        for (String word : words) {
            keys.add(kindKey(e.kind()) + word);
            keys.add(kindKey(null) + word);
        }
        for (Identifier id : e.identifiers()) {
            keys.add("i" + IdentifierKeys.key(id));
        }
        return keys.stream().mapToLong(LookupKeys::hash).sorted().distinct().toArray();
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
