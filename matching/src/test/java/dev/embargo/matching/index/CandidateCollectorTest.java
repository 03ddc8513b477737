package dev.embargo.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * One collector serves one thread's queries in turn: what it ranks for a query must not depend on what it
 * held before, and must be what the plain definition gives (weights of distinct query words added per name,
 * then by weight less 0.02 per word of the name, ties to the lower id, the best name of each party).
 */
class CandidateCollectorTest {
    private static final int NAMES = 3000;
    private static final int[] WORDS_OF = new int[NAMES];
    /** Names of one party: two names of a listing side by side, and the same party listed by four lists. */
    private static final int[] PARTY_OF = new int[NAMES];
    /** Every name a party of its own. */
    private static final int[] OWN_PARTY = new int[NAMES];

    static {
        for (int i = 0; i < NAMES; i++) {
            WORDS_OF[i] = 1 + (i * 7919) % 9;
            PARTY_OF[i] = (i / 2) % (NAMES / 8);
            OWN_PARTY[i] = i;
        }
    }

    record Hit(int nameId, int word, float weight) {}

    @Provide
    Arbitrary<List<Hit>> query() {
        Arbitrary<Hit> hit = Combinators.combine(
                        Arbitraries.integers().between(0, NAMES - 1),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.of(0.1f, 0.15f, 0.3f, 0.8f, 1f, 0.24f, 0.64f))
                .as(Hit::new);
        // Small queries and large ones (the table grows past its first size).
        return hit.list().ofMinSize(0).ofMaxSize(5000);
    }

    @Property(tries = 200)
    void aReusedCollectorRanksAsTheDefinitionSays(
            @ForAll("query") List<Hit> before,
            @ForAll("query") List<Hit> query,
            @ForAll("limit") int limit,
            @ForAll boolean grouped) {
        int[] partyOf = grouped ? PARTY_OF : OWN_PARTY;
        CandidateCollector reused = new CandidateCollector();
        collect(reused, before).top(limit, WORDS_OF, partyOf);
        RankedNames got = collect(reused, query).top(limit, WORDS_OF, partyOf);
        RankedNames fresh = collect(new CandidateCollector(), query).top(limit, WORDS_OF, partyOf);

        List<Integer> expected = definition(query, limit, partyOf);
        assertThat(toList(got.ids())).isEqualTo(expected);
        assertThat(toList(fresh.ids())).isEqualTo(expected);
        assertThat(got.weights()).containsExactly(fresh.weights());
    }

    /**
     * Sized for fewer names than it is given, after queries of other sizes: the table grows during the query,
     * into arrays an earlier query made large or into new ones, and what each ranking counts per party is gone
     * before the next.
     */
    @Property(tries = 100)
    void aCollectorSizedTooSmallGrowsAndRanksAsTheDefinitionSays(
            @ForAll("queries") List<List<Hit>> queries, @ForAll("limit") int limit, @ForAll boolean grouped) {
        int[] partyOf = grouped ? PARTY_OF : OWN_PARTY;
        CandidateCollector reused = new CandidateCollector();
        for (List<Hit> query : queries) {
            reused.reset(16);
            for (Hit h : query) {
                reused.add(h.nameId(), h.word(), h.weight());
            }
            RankedNames got = reused.top(limit, WORDS_OF, partyOf);
            assertThat(toList(got.ids())).isEqualTo(definition(query, limit, partyOf));
        }
    }

    @Provide
    Arbitrary<List<List<Hit>>> queries() {
        return query().list().ofMinSize(2).ofMaxSize(5);
    }

    @Provide
    Arbitrary<Integer> limit() {
        return Arbitraries.of(1, 3, 16);
    }

    private static CandidateCollector collect(CandidateCollector c, List<Hit> hits) {
        c.reset(Math.max(16, Math.min(hits.size(), 4096)));
        for (Hit h : hits) {
            c.add(h.nameId(), h.word(), h.weight());
        }
        return c;
    }

    /**
     * The names by priority, at most {@link CandidateCollector#NAMES_PER_PARTY} a party, through the best name of
     * the {@code limit}-th party.
     */
    private static List<Integer> definition(List<Hit> hits, int limit, int[] partyOf) {
        Map<Integer, float[]> found = new LinkedHashMap<>();
        Map<Integer, Integer> lastWord = new LinkedHashMap<>();
        for (Hit h : hits) {
            float[] w = found.computeIfAbsent(h.nameId(), k -> new float[1]);
            Integer last = lastWord.put(h.nameId(), h.word());
            if (last == null || last != h.word()) {
                w[0] += h.weight();
            }
        }
        List<Integer> ids = new ArrayList<>(found.keySet());
        ids.sort(Comparator.<Integer>comparingDouble(id -> Math.max(0f, found.get(id)[0] - 0.02f * WORDS_OF[id]))
                .reversed()
                .thenComparing(id -> id));
        List<Integer> best = new ArrayList<>();
        Map<Integer, Integer> perParty = new LinkedHashMap<>();
        for (int id : ids) {
            if (perParty.size() == limit) {
                break;
            }
            int had = perParty.getOrDefault(partyOf[id], 0);
            if (had < CandidateCollector.NAMES_PER_PARTY) {
                best.add(id);
                perParty.put(partyOf[id], had + 1);
            }
        }
        return best;
    }

    private static List<Integer> toList(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (int x : a) {
            out.add(x);
        }
        return out;
    }
}
