package dev.embargo.matching.index;

import dev.embargo.lists.model.EntityKind;
import java.util.Arrays;

/**
 * Ranks the names a query's postings lists find, by the weight of the query words that found each, and
 * keeps the best few ({@link CandidateCollector#top}). A common word ("mohammed", "company") finds thousands
 * of names, which cost most of the ranking although nearly all of them can never be among the best few.
 *
 * <p>So when some lists are long, the short lists are read first: the names they find, with the weight
 * those lists give them, set a bar (the weight of the last of the best few), and if the long lists
 * together cannot lift a name above that bar, a name found only by long lists cannot be among the best
 * few. Then only the names of the short lists are counted, the long lists read just to add to them. Every
 * name kept gets its weights added in the order of the lists, as when every name is counted, so the
 * ranking is the same to the last bit ({@code PostingsRankingTest} checks it against counting them all).
 * This is the "max score" way of search engines.
 */
final class PostingsRanking {
    /** Lists longer than this are the ones worth avoiding. */
    static final int LONG_LIST = 400;
    /** Room for the rounding of float sums added in another order when comparing against the bar. */
    private static final float MARGIN = 1e-4f;

    private PostingsRanking() {}

    /**
     * The best {@code limit} names found by {@code count} lists; list {@code l} holds sorted name ids, counts
     * {@code weights[l]} for query word {@code words[l]} (the lists of one word are next to each other and
     * a name counts each word once, by the first of its lists that finds it). Names of another kind than
     * {@code kind} (unless null) are not counted. The limit counts parties ({@code partyOf} gives each name's
     * party key): each party is kept once, by its best name.
     */
    static RankedNames rank(
            CandidateCollector collector,
            int[][] lists,
            int[] words,
            float[] weights,
            int count,
            EntityKind kind,
            EntityKind[] nameKind,
            int[] wordsOf,
            int[] partyOf,
            int limit) {
        int[] shortNames = count > 0
                ? namesOfShortLists(collector, lists, words, weights, count, kind, nameKind, wordsOf, partyOf, limit)
                : null;
        if (shortNames == null) {
            return count > 0 && oneWord(words, count)
                    ? rankOneWord(collector, lists, weights, count, kind, nameKind, wordsOf, partyOf, limit)
                    : rankAll(collector, lists, words, weights, count, kind, nameKind, wordsOf, partyOf, limit);
        }
        collector.reset(shortNames.length);
        for (int l = 0; l < count; l++) {
            if (lists[l].length <= LONG_LIST) {
                addAll(collector, lists[l], words[l], weights[l], kind, nameKind);
            } else {
                addFound(collector, lists[l], shortNames, words[l], weights[l]);
            }
        }
        return collector.top(limit, wordsOf, partyOf);
    }

    /** Ranks every name found: when no list is long or pruning cannot help (and for tests of the two). */
    static RankedNames rankAll(
            CandidateCollector collector,
            int[][] lists,
            int[] words,
            float[] weights,
            int count,
            EntityKind kind,
            EntityKind[] nameKind,
            int[] wordsOf,
            int[] partyOf,
            int limit) {
        collector.reset(Math.min(total(lists, count), 4096));
        for (int l = 0; l < count; l++) {
            addAll(collector, lists[l], words[l], weights[l], kind, nameKind);
        }
        return collector.top(limit, wordsOf, partyOf);
    }

    private static boolean oneWord(int[] words, int count) {
        for (int l = 1; l < count; l++) {
            if (words[l] != words[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #rankAll} for lists that all belong to one query word (a one-word query: its spelling's list and
     * maybe its consonants' list), where the short lists cannot rule out the long ones: a name's weight is
     * that of the first list holding it, so the sorted lists are walked together and the best few kept as they
     * pass, with no table of counts. Documents are full of
     * one-word mentions whose word is common ("Bank", "Ali"), which find thousands of names.
     */
    static RankedNames rankOneWord(
            CandidateCollector collector,
            int[][] lists,
            float[] weights,
            int count,
            EntityKind kind,
            EntityKind[] nameKind,
            int[] wordsOf,
            int[] partyOf,
            int limit) {
        int[] at = new int[count];
        BestNames best = collector.bestNames(limit * CandidateCollector.NAMES_PER_PARTY);
        int distinct = 0;
        while (true) {
            // The lowest id not yet passed in any list, and the first list holding it.
            int id = Integer.MAX_VALUE;
            int first = -1;
            for (int l = 0; l < count; l++) {
                if (at[l] < lists[l].length && lists[l][at[l]] < id) {
                    id = lists[l][at[l]];
                    first = l;
                }
            }
            if (first < 0) {
                break;
            }
            for (int l = 0; l < count; l++) {
                if (at[l] < lists[l].length && lists[l][at[l]] == id) {
                    at[l]++;
                }
            }
            if (kind == null || nameKind[id] == kind) {
                distinct++;
                long p = CandidateCollector.priority(weights[first], wordsOf[id], id);
                if (!best.below(p)) {
                    best.offer(p, partyOf[id]);
                }
            }
        }
        collector.doneWith(best);
        int kept = best.throughParty(Math.min(best.size(), distinct), limit);
        int[] ids = new int[kept];
        float[] found = new float[kept];
        for (int i = 0; i < kept; i++) {
            ids[i] = CandidateCollector.idOf(best.priority(i));
            for (int l = 0; l < count; l++) {
                if (Arrays.binarySearch(lists[l], ids[i]) >= 0) {
                    found[i] = weights[l];
                    break;
                }
            }
        }
        return new RankedNames(ids, found);
    }

    /** Counts the list's weight for every name of the wanted kind it holds. */
    private static void addAll(
            CandidateCollector collector,
            int[] postings,
            int word,
            float weight,
            EntityKind kind,
            EntityKind[] nameKind) {
        for (int nameId : postings) {
            if (kind == null || nameKind[nameId] == kind) {
                collector.add(nameId, word, weight);
            }
        }
    }

    /**
     * The sorted ids of the names the short lists find (of the wanted kind) when the long lists cannot lift
     * any other name among the best {@code limit}; null when they can, or when no list is long.
     */
    static int[] namesOfShortLists(
            CandidateCollector collector,
            int[][] lists,
            int[] words,
            float[] weights,
            int count,
            EntityKind kind,
            EntityKind[] nameKind,
            int[] wordsOf,
            int[] partyOf,
            int limit) {
        // The most the long lists can add to a name: per word, the highest weight of its long lists.
        float longReach = 0;
        int shortTotal = 0;
        boolean anyLong = false;
        for (int l = 0; l < count; ) {
            int word = words[l];
            float wordReach = 0;
            for (; l < count && words[l] == word; l++) {
                if (lists[l].length > LONG_LIST) {
                    anyLong = true;
                    wordReach = Math.max(wordReach, weights[l]);
                } else {
                    shortTotal += lists[l].length;
                }
            }
            longReach += wordReach;
        }
        if (!anyLong || shortTotal == 0) {
            return null;
        }
        collector.reset(Math.min(shortTotal, 4096));
        for (int l = 0; l < count; l++) {
            if (lists[l].length <= LONG_LIST) {
                addAll(collector, lists[l], words[l], weights[l], kind, nameKind);
            }
        }
        // The bar: the priority of the best name of the `limit`-th party by the short lists alone, the last one
        // ranked. Weights only grow as lists are added, so the final one's priority is at least this.
        RankedNames byShort = collector.top(limit, wordsOf, partyOf);
        if (CandidateCollector.parties(byShort.ids(), partyOf) < limit) {
            return null;
        }
        int last = byShort.ids().length - 1;
        float bar = Math.max(0f, byShort.weights()[last] - 0.02f * wordsOf[byShort.ids()[last]]);
        // A name only long lists find has a priority of at most longReach.
        if (!(longReach + MARGIN < bar - MARGIN)) {
            return null;
        }
        int[] found = collector.found();
        Arrays.sort(found);
        return found;
    }

    /** Adds the list's weight to each of {@code names} (sorted) that the sorted {@code postings} holds. */
    private static void addFound(CandidateCollector collector, int[] postings, int[] names, int word, float weight) {
        if ((long) names.length * 16 < postings.length) {
            for (int name : names) {
                if (Arrays.binarySearch(postings, name) >= 0) {
                    collector.add(name, word, weight);
                }
            }
            return;
        }
        // Both sorted: walk them together.
        int i = 0;
        int j = 0;
        while (i < names.length && j < postings.length) {
            if (names[i] < postings[j]) {
                i++;
            } else if (names[i] > postings[j]) {
                j++;
            } else {
                collector.add(names[i], word, weight);
                i++;
                j++;
            }
        }
    }

    private static int total(int[][] lists, int count) {
        int total = 0;
        for (int l = 0; l < count; l++) {
            total += lists[l].length;
        }
        return total;
    }
}
