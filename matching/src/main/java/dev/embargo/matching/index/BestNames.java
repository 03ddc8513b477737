package dev.embargo.matching.index;

/**
 * The best names seen so far by {@link CandidateCollector#priority}, highest first, at most
 * {@link CandidateCollector#NAMES_PER_PARTY} a party: a better name of a party that has as many takes the place of
 * its worst. Each kept name's party is kept beside it, so that telling how many names a party has means reading
 * this small array rather than looking every kept name's party up in the index's arrays, once per name offered.
 * Scratch space of one ranking.
 */
final class BestNames {
    private final long[] best;
    private final int[] party;
    /** How many parties the ranking takes ({@link #throughParty}'s limit). */
    private final int parties;

    private int n;
    /** How many parties the names kept belong to. */
    private int distinct;
    /**
     * The priority a name must reach to change what the ranking can take ({@link #below}); the lowest long while
     * any name may.
     */
    private long floor = Long.MIN_VALUE;

    /** Room for {@code capacity} names, for a ranking through the best name of the {@code parties}-th party. */
    BestNames(int capacity, int parties) {
        best = new long[capacity];
        party = new int[capacity];
        this.parties = parties;
    }

    /** How many names are kept. */
    int size() {
        return n;
    }

    boolean full() {
        return n == best.length;
    }

    /** The priority of the {@code i}-th name kept. */
    long priority(int i) {
        return best[i];
    }

    /** The party of the {@code i}-th name kept. */
    int party(int i) {
        return party[i];
    }

    /**
     * Whether a name of priority {@code p} cannot change the ranking through the {@code parties}-th party, whatever
     * its party: told before its party is read (a read from a large array, which most names offered never need).
     * Below the last of a full buffer, a name neither enters nor betters its party's kept names (all above it).
     * Below the best name of the {@code parties}-th party kept, a name is never ranked: that bar only rises as
     * names come, and what such a name could change (its party's worse name, the buffer's last) is below the bar
     * too, for the ranking's at most {@code parties}·2 − 1 names above it leave the buffer's last below it.
     */
    boolean below(long p) {
        return p < floor;
    }

    /** {@link #floor} as a weight (what priorities begin with); -1 while any name may change the ranking. */
    float floorWeight() {
        return floor == Long.MIN_VALUE ? -1f : Float.intBitsToFloat((int) (floor >>> 32));
    }

    /** Offers a name of priority {@code p} whose party is {@code of}. */
    void offer(long p, int of) {
        if (below(p) || n == best.length && (n == 0 || p < best[n - 1])) {
            return;
        }
        int had = 0;
        int worst = -1;
        for (int i = 0; i < n; i++) {
            if (party[i] == of) {
                had++;
                worst = i;
            }
        }
        if (had >= CandidateCollector.NAMES_PER_PARTY) {
            if (best[worst] >= p) {
                return;
            }
            System.arraycopy(best, worst + 1, best, worst, n - worst - 1);
            System.arraycopy(party, worst + 1, party, worst, n - worst - 1);
            n--;
        }
        if (insert(p, of, had == 0) && distinct >= parties) {
            floor = floor();
        }
    }

    /** Keeps {@code p} among the best {@code best.length} (descending); whether it was kept. */
    private boolean insert(long p, int of, boolean newParty) {
        int j;
        if (n < best.length) {
            j = n++;
        } else if (n > 0 && p > best[n - 1]) {
            j = n - 1;
            // The last name makes way: its party is gone unless it has another name kept or is the one coming.
            int dropped = party[j];
            boolean gone = dropped != of;
            for (int i = 0; i < j && gone; i++) {
                gone = party[i] != dropped;
            }
            if (gone) {
                distinct--;
            }
        } else {
            return false;
        }
        if (newParty) {
            distinct++;
        }
        while (j > 0 && best[j - 1] < p) {
            best[j] = best[j - 1];
            party[j] = party[j - 1];
            j--;
        }
        best[j] = p;
        party[j] = of;
        return true;
    }

    /**
     * The bar of {@link #below} once {@code parties} parties are kept: the higher of the best name of the
     * {@code parties}-th party and a full buffer's last.
     */
    private long floor() {
        long last = n == best.length ? best[n - 1] : Long.MIN_VALUE;
        int through = throughParty(n, parties);
        return Math.max(best[through - 1], last);
    }

    /**
     * How many of the first {@code count} names kept run through the best name of the {@code limit}-th party
     * among them.
     */
    int throughParty(int count, int limit) {
        int[] parties = new int[Math.min(limit, count)];
        int seen = 0;
        for (int i = 0; i < count; i++) {
            boolean known = false;
            for (int j = 0; j < seen && !known; j++) {
                known = parties[j] == party[i];
            }
            if (!known) {
                parties[seen++] = party[i];
                if (seen == limit) {
                    return i + 1;
                }
            }
        }
        return count;
    }
}
