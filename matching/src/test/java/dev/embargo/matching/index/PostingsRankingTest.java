package dev.embargo.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Ranking with the long lists read only for the names the short lists find gives exactly what counting every
 * name gives: the same names, in the same order, with the same weights to the last bit.
 */
class PostingsRankingTest {
    private static final int NAMES = 20_000;
    private static final int[] WORDS_OF = new int[NAMES];
    private static final EntityKind[] KIND_OF = new EntityKind[NAMES];
    /** Names of one party: two names of a listing side by side, and the same party listed by four lists. */
    private static final int[] PARTY_OF = new int[NAMES];
    /** Every name a party of its own. */
    private static final int[] OWN_PARTY = new int[NAMES];

    static {
        for (int i = 0; i < NAMES; i++) {
            WORDS_OF[i] = 1 + (i * 7919) % 7;
            KIND_OF[i] = i % 5 == 0 ? EntityKind.ORGANIZATION : EntityKind.PERSON;
            PARTY_OF[i] = (i / 2) % (NAMES / 4);
            OWN_PARTY[i] = i;
        }
    }

    /** A query's lists: per word a variant list and maybe a skeleton list (0.8 of its weight), common or rare. */
    private record Lists(int[][] lists, int[] words, float[] weights, int count) {}

    private static Lists lists(long seed, int queryWords) {
        Random random = new Random(seed);
        List<int[]> lists = new ArrayList<>();
        List<Integer> words = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        for (int w = 0; w < queryWords; w++) {
            float weight = new float[] {0.2f, 0.35f, 0.61f, 0.87f, 1f, 0.15f}[random.nextInt(6)];
            int lists1 = 1 + random.nextInt(2);
            for (int k = 0; k < lists1; k++) {
                // Common words find thousands of names, rare ones a few; names cluster (a shared surname).
                int size = random.nextInt(4) == 0 ? 400 + random.nextInt(4000) : random.nextInt(60);
                int base = random.nextInt(NAMES);
                TreeSet<Integer> ids = new TreeSet<>();
                while (ids.size() < size) {
                    ids.add(
                            random.nextBoolean()
                                    ? random.nextInt(NAMES)
                                    : Math.floorMod(base + random.nextInt(300), NAMES));
                }
                lists.add(ids.stream().mapToInt(Integer::intValue).toArray());
                words.add(w);
                weights.add(k == 0 ? weight : weight * 0.8f);
            }
        }
        float[] ws = new float[weights.size()];
        for (int i = 0; i < ws.length; i++) {
            ws[i] = weights.get(i);
        }
        return new Lists(
                lists.toArray(int[][]::new),
                words.stream().mapToInt(Integer::intValue).toArray(),
                ws,
                lists.size());
    }

    private static void assertSameRanking(Lists l, EntityKind kind, int limit) {
        assertSameRanking(l, kind, limit, PARTY_OF);
        assertSameRanking(l, kind, limit, OWN_PARTY);
    }

    private static void assertSameRanking(Lists l, EntityKind kind, int limit, int[] partyOf) {
        RankedNames all = PostingsRanking.rankAll(
                new CandidateCollector(),
                l.lists(),
                l.words(),
                l.weights(),
                l.count(),
                kind,
                KIND_OF,
                WORDS_OF,
                partyOf,
                limit);
        RankedNames pruned = PostingsRanking.rank(
                new CandidateCollector(),
                l.lists(),
                l.words(),
                l.weights(),
                l.count(),
                kind,
                KIND_OF,
                WORDS_OF,
                partyOf,
                limit);
        assertThat(pruned.ids()).isEqualTo(all.ids());
        assertThat(pruned.weights()).isEqualTo(all.weights());
    }

    @Property(tries = 300)
    void rankingTheShortListsFirstChangesNothing(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 6) int words,
            @ForAll @IntRange(min = 1, max = 20) int limit,
            @ForAll boolean onlyOrganisations) {
        assertSameRanking(lists(seed, words), onlyOrganisations ? EntityKind.ORGANIZATION : null, limit);
    }

    private static final CandidateCollector ONE_THREADS_COLLECTOR = new CandidateCollector();

    @Property(tries = 500)
    void rankingTheListsOfOneWordWithoutATableChangesNothing(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int limit, @ForAll boolean onlyOrganisations) {
        Lists l = lists(seed, 1);
        assertThat(l.words()).containsOnly(0);
        EntityKind kind = onlyOrganisations ? EntityKind.ORGANIZATION : null;
        assertSameRanking(l, kind, limit);
        RankedNames all = PostingsRanking.rankAll(
                new CandidateCollector(),
                l.lists(),
                l.words(),
                l.weights(),
                l.count(),
                kind,
                KIND_OF,
                WORDS_OF,
                PARTY_OF,
                limit);
        // One collector for every try, as one thread's queries share one: its table of party counts is lent to
        // each walk and must come back as it was.
        RankedNames walked = PostingsRanking.rankOneWord(
                ONE_THREADS_COLLECTOR, l.lists(), l.weights(), l.count(), kind, KIND_OF, WORDS_OF, PARTY_OF, limit);
        assertThat(walked.ids()).isEqualTo(all.ids());
        assertThat(walked.weights()).isEqualTo(all.weights());
    }

    @Test
    void aRareWordAndACommonOneAreTheCaseItIsFor() {
        // "Rezaei" (rare, weight 1) and "Mohammed" (thousands of names, weight 0.2): the rare word's names set
        // the bar, and the common word alone cannot reach it.
        int[] rare = {5, 17, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57};
        int[] common = new int[3000];
        for (int i = 0; i < common.length; i++) {
            common[i] = i * 3 + 1;
        }
        Lists l = new Lists(new int[][] {common, rare}, new int[] {0, 1}, new float[] {0.2f, 1f}, 2);
        assertSameRanking(l, null, 16, OWN_PARTY);
        RankedNames r = PostingsRanking.rank(
                new CandidateCollector(),
                l.lists(),
                l.words(),
                l.weights(),
                l.count(),
                null,
                KIND_OF,
                WORDS_OF,
                OWN_PARTY,
                16);
        // Names found by both words first (40, 43, ... are in both lists).
        assertThat(r.weights()[0]).isEqualTo(1.2f);
        // And the common word's list was only searched for the rare word's names.
        assertThat(PostingsRanking.namesOfShortLists(
                        new CandidateCollector(),
                        l.lists(),
                        l.words(),
                        l.weights(),
                        l.count(),
                        null,
                        KIND_OF,
                        WORDS_OF,
                        OWN_PARTY,
                        16))
                .containsExactly(rare);
        // Had the common word weighed as much as the rare one, every name would have been counted.
        Lists heavy = new Lists(l.lists(), l.words(), new float[] {1f, 1f}, 2);
        assertThat(PostingsRanking.namesOfShortLists(
                        new CandidateCollector(),
                        heavy.lists(),
                        heavy.words(),
                        heavy.weights(),
                        heavy.count(),
                        null,
                        KIND_OF,
                        WORDS_OF,
                        OWN_PARTY,
                        16))
                .isNull();
        assertSameRanking(heavy, null, 16, OWN_PARTY);
    }
}
