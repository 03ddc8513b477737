package dev.embargo.matching.index;

import java.util.Arrays;

/**
 * The best names seen so far by {@link CandidateCollector#priority}, highest first, at most
 * {@link CandidateCollector#NAMES_PER_PARTY} a party: a better name of a party that has as many takes the place of
 * its worst. How many names each party has kept is counted in a table by party; each kept name's party is kept
 * beside it, to find a party's worst name and to set the table to zeros again. Scratch space of one ranking.
 */
final class BestNames {
    private final long[] best;
    private final int[] party;
    private int n;
    /** The priority a name must reach to be kept ({@link #below}); the lowest long until the buffer is full. */
    private long floor = Long.MIN_VALUE;
    /**
     * How many names of each party (by party key) are kept: a table read once per name offered rather than a pass
     * over the buffer. All zero again after {@link #clear}.
     */
    private byte[] namesOfParty;

    /** With {@code namesOfParty}, a table of zeros by party key (grown here when too short), to count in. */
    BestNames(int capacity, byte[] namesOfParty) {
        best = new long[capacity];
        party = new int[capacity];
        this.namesOfParty = namesOfParty;
    }

    /** Sets the table of counts to zeros again and returns it (it may have grown): the buffer is done with. */
    byte[] clear() {
        for (int i = 0; i < n; i++) {
            namesOfParty[party[i]] = 0;
        }
        return namesOfParty;
    }

    /** How many names are kept. */
    int size() {
        return n;
    }

    /** The priority of the {@code i}-th name kept. */
    long priority(int i) {
        return best[i];
    }

    /**
     * Whether a name of priority {@code p} is turned away whatever its party: below the last of a full buffer, a
     * name neither enters nor betters its party's kept names (all above it). Told before its party is read (a
     * read from a large array, far from the last), which most names offered never need.
     */
    boolean below(long p) {
        return p < floor;
    }

    /** {@link #floor} as a weight (what priorities begin with); -1 until the buffer is full. */
    float floorWeight() {
        return floor == Long.MIN_VALUE ? -1f : Float.intBitsToFloat((int) (floor >>> 32));
    }

    /** Offers a name of priority {@code p} whose party is {@code of}. */
    void offer(long p, int of) {
        if (below(p)) {
            return;
        }
        if (of >= namesOfParty.length) {
            namesOfParty = Arrays.copyOf(namesOfParty, Math.max(of + 1, namesOfParty.length * 2));
        }
        int had = namesOfParty[of];
        int worst = -1;
        if (had >= CandidateCollector.NAMES_PER_PARTY) {
            worst = n - 1;
            while (party[worst] != of) {
                worst--;
            }
        }
        if (had >= CandidateCollector.NAMES_PER_PARTY) {
            if (best[worst] >= p) {
                return;
            }
            System.arraycopy(best, worst + 1, best, worst, n - worst - 1);
            System.arraycopy(party, worst + 1, party, worst, n - worst - 1);
            n--;
            count(of, -1);
        }
        insert(p, of);
        if (n == best.length && n > 0) {
            floor = best[n - 1];
        }
    }

    /** Keeps {@code p} among the best {@code best.length} (descending). */
    private void insert(long p, int of) {
        int j;
        if (n < best.length) {
            j = n++;
        } else if (n > 0 && p > best[n - 1]) {
            j = n - 1;
            count(party[j], -1);
        } else {
            return;
        }
        count(of, 1);
        while (j > 0 && best[j - 1] < p) {
            best[j] = best[j - 1];
            party[j] = party[j - 1];
            j--;
        }
        best[j] = p;
        party[j] = of;
    }

    private void count(int of, int by) {
        namesOfParty[of] += (byte) by;
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
