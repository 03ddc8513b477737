package dev.embargo.matching.index;

import java.util.Arrays;

/**
 * Adds up, per listed name, the weight of the query words that found it in the postings, counting each
 * query word once per name. An open-addressing int map sized per query: no allocation per hit. One thread
 * reuses one collector's arrays for its queries ({@link #reset(int)} clears only the slots the last query
 * used, and a small query uses only the start of them, which stays in cache), because a common word finds
 * thousands of names, and a table allocated and cleared for them per query would be most of what screening
 * allocates.
 * Not thread-safe: each thread has its own.
 */
final class CandidateCollector {
    /** The hash table: each slot's name id (-1 when free) and the position of its name in the arrays below. */
    private int[] keys;

    private int[] position;
    /**
     * The names added, in the order first added, with their slot, the weight found so far and the last word
     * counted: dense, so that ranking reads them in one sequential pass rather than hopping about the table.
     */
    private int[] ids;

    private int[] slots;
    private float[] weights;
    private int[] lastWord;
    private int size;
    private int mask;
    /**
     * How many names of each party (by party key) the ranking being taken holds: a table rather than a search
     * of the names kept at every name, which cost as much as the rest of the ranking. All zero between rankings.
     */
    private byte[] namesOfParty = new byte[0];

    /** Scratch space of {@link #topOfFew}: the priorities of the names found, and the names kept with their party. */
    private long[] sorted = new long[0];

    private int[] kept = new int[0];
    private int[] keptParty = new int[0];

    CandidateCollector() {
        allocate(32);
    }

    /**
     * Forgets every name added (cost: the names the last query found; every slot is free again) and sizes
     * the table for about {@code expected} names.
     */
    void reset(int expected) {
        // Freeing the slots one by one is a store to a random place each; past a quarter of the table in use,
        // filling the part of it the last query used in one sweep costs less.
        if (size * 4 >= mask + 1) {
            Arrays.fill(keys, 0, mask + 1, -1);
        } else {
            for (int u = 0; u < size; u++) {
                keys[slots[u]] = -1;
            }
        }
        size = 0;
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        if (cap > keys.length) {
            allocate(cap);
        }
        mask = cap - 1;
    }

    private void allocate(int cap) {
        keys = new int[cap];
        Arrays.fill(keys, -1);
        position = new int[cap];
        ids = new int[cap / 2 + 1];
        slots = new int[cap / 2 + 1];
        weights = new float[cap / 2 + 1];
        lastWord = new int[cap / 2 + 1];
        mask = cap - 1;
    }

    void add(int nameId, int word, float weight) {
        int slot = mix(nameId) & mask;
        while (true) {
            int k = keys[slot];
            if (k == -1) {
                keys[slot] = nameId;
                position[slot] = size;
                ids[size] = nameId;
                slots[size] = slot;
                weights[size] = weight;
                lastWord[size] = word;
                if (++size * 2 > mask + 1) {
                    grow();
                }
                return;
            }
            if (k == nameId) {
                int p = position[slot];
                if (lastWord[p] != word) {
                    weights[p] += weight;
                    lastWord[p] = word;
                }
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The ids of the names added since the last reset, in the order they were first added. */
    int[] found() {
        return Arrays.copyOf(ids, size);
    }

    /**
     * How many of one party's names are ranked at most. The name that shares the most weight with the query is
     * not always the one that scores best (an alias in another spelling may pair every word while the best
     * ranked pairs two of three), so a party brings its best two. Three cost 1.4× the time of screening a
     * document's spans against two's 1.06× (compare-builds, in turn) for no further recall on the evaluation
     * data, and many would let one party listed by four lists under a dozen spellings fill the ranking again.
     */
    static final int NAMES_PER_PARTY = 2;

    /**
     * Up to this many names found, sorting them all costs less than keeping the best in the buffer, where a name
     * better than the last kept is inserted and its party's names counted.
     */
    private static final int FEW = 256;

    /**
     * The names with the most weight found, best first, up to and including the best name of the
     * {@code limit}-th party: the limit counts parties, not names ({@code partyOf} gives each name's party key),
     * and each party brings at most {@link #NAMES_PER_PARTY} names. Among names found by the same words, shorter
     * names come first ({@code wordsOf} gives each name's word count): "ISLAMIC REVOLUTIONARY GUARD CORPS"
     * before its dozens of units whose names begin the same way.
     */
    RankedNames top(int limit, int[] wordsOf, int[] partyOf) {
        if (size <= Math.max((long) limit * NAMES_PER_PARTY, FEW)) {
            return topOfFew(limit, wordsOf, partyOf);
        }
        // Keep the best names, at most NAMES_PER_PARTY a party, in a small sorted buffer: one pass, no sort of
        // everything found. The ranking is a prefix of that order, so it holds at most limit * NAMES_PER_PARTY.
        BestNames best = bestNames((int) Math.min((long) limit * NAMES_PER_PARTY, size));
        // The priority of the last kept name once the buffer is full (weights are never negative).
        float lastKept = -1f;
        for (int u = 0; u < size; u++) {
            float weight = weights[u];
            // A name's priority is at most its weight; once the buffer is full, a name whose weight is already
            // below the last kept priority needs no look-up of its word count (most names found, by far).
            // Plain float comparisons: the batch runs on the quick compiler, which calls the float helpers.
            if (weight < lastKept) {
                continue;
            }
            // Every name found has a word, so its priority is also at most its weight less 0.02 (or 0, below a
            // positive last kept): most of a common word's names have the same weight as the last kept. A name
            // below the last kept can neither bring a new party in nor better its party's kept name, which is
            // at least the last kept.
            if (lastKept > 0f && weight - 0.02f < lastKept) {
                continue;
            }
            // Positive floats order like their bit patterns; the inverted id breaks ties by lower id.
            int id = ids[u];
            long p = priority(weight, wordsOf[id], id);
            if (best.below(p)) {
                continue;
            }
            best.offer(p, partyOf[id]);
            lastKept = best.floorWeight();
        }
        doneWith(best);
        int n = best.throughParty(best.size(), limit);
        int[] top = new int[n];
        float[] found = new float[n];
        for (int i = 0; i < n; i++) {
            top[i] = idOf(best.priority(i));
            found[i] = weights[position[slotOf(top[i])]];
        }
        return new RankedNames(top, found);
    }

    /** A buffer of the best {@code capacity} names that counts each party's names in this collector's table. */
    BestNames bestNames(int capacity) {
        return new BestNames(capacity, namesOfParty);
    }

    /** Takes the table of counts back from a buffer of {@link #bestNames}, zeros again. */
    void doneWith(BestNames best) {
        namesOfParty = best.clear();
    }

    /**
     * {@link #top} when every name found fits in its buffer (most queries' readings find a few dozen names at
     * most): sorted once, then taken best first, at most {@link #NAMES_PER_PARTY} a party, through the best name
     * of the {@code limit}-th party, which is what the buffer gives, without its insertions and party counts.
     */
    private RankedNames topOfFew(int limit, int[] wordsOf, int[] partyOf) {
        if (sorted.length < size) {
            sorted = new long[Math.max(size, 2 * sorted.length)];
            kept = new int[sorted.length];
            keptParty = new int[sorted.length];
        }
        long[] sorted = this.sorted;
        for (int u = 0; u < size; u++) {
            sorted[u] = priority(weights[u], wordsOf[ids[u]], ids[u]);
        }
        Arrays.sort(sorted, 0, size);
        int[] kept = this.kept;
        int[] keptParty = this.keptParty;
        int n = 0;
        int parties = 0;
        for (int k = size - 1; k >= 0 && parties < limit; k--) {
            int id = idOf(sorted[k]);
            int party = partyOf[id];
            if (party >= namesOfParty.length) {
                namesOfParty = Arrays.copyOf(namesOfParty, Math.max(party + 1, namesOfParty.length * 2));
            }
            int had = namesOfParty[party];
            if (had < NAMES_PER_PARTY) {
                kept[n] = id;
                keptParty[n++] = party;
                namesOfParty[party] = (byte) (had + 1);
                if (had == 0) {
                    parties++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            namesOfParty[keptParty[i]] = 0;
        }
        int[] top = Arrays.copyOf(kept, n);
        float[] found = new float[n];
        for (int i = 0; i < n; i++) {
            found[i] = weights[position[slotOf(top[i])]];
        }
        return new RankedNames(top, found);
    }

    /**
     * A name's rank as one number, higher first: its weight less 0.02 per word of the name (not below 0), then
     * the lower id. Positive floats order like their bit patterns; the inverted id breaks ties by lower id.
     */
    static long priority(float weight, int words, int id) {
        float priority = weight - 0.02f * words;
        if (!(priority > 0f)) {
            priority = 0f;
        }
        return ((long) Float.floatToRawIntBits(priority) << 32) | (~id & 0x7fffffffL);
    }

    static int idOf(long priority) {
        return ~(int) (priority & 0x7fffffffL) & 0x7fffffff;
    }

    /** How many parties the names {@code ids} belong to. */
    static int parties(int[] ids, int[] partyOf) {
        int count = 0;
        for (int i = 0; i < ids.length; i++) {
            boolean earlier = false;
            for (int j = 0; j < i && !earlier; j++) {
                earlier = partyOf[ids[j]] == partyOf[ids[i]];
            }
            if (!earlier) {
                count++;
            }
        }
        return count;
    }

    /** The slot of a name that was added. */
    private int slotOf(int nameId) {
        int slot = mix(nameId) & mask;
        while (keys[slot] != nameId) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int cap = (mask + 1) * 2;
        if (cap <= keys.length) {
            // The arrays are as large from an earlier query: file the names again in more of them, in place.
            Arrays.fill(keys, 0, mask + 1, -1);
            mask = cap - 1;
        } else {
            int[] oldIds = ids;
            float[] oldWeights = weights;
            int[] oldLast = lastWord;
            allocate(cap);
            System.arraycopy(oldIds, 0, ids, 0, size);
            System.arraycopy(oldWeights, 0, weights, 0, size);
            System.arraycopy(oldLast, 0, lastWord, 0, size);
        }
        for (int u = 0; u < size; u++) {
            int slot = mix(ids[u]) & mask;
            while (keys[slot] != -1) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = ids[u];
            position[slot] = u;
            slots[u] = slot;
        }
    }

    private static int mix(int x) {
        x *= 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
