package dev.embargo.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The union-find agrees with a plain list of sets under any sequence of unions. */
class UnionFindTest {

    @Property(tries = 300)
    void agreesWithNaiveSets(
            @ForAll @IntRange(min = 1, max = 60) int size,
            @ForAll @Size(max = 120) List<@IntRange(min = 0, max = 10_000) Integer> pairs) {
        UnionFind uf = new UnionFind(size);
        List<Set<Integer>> sets = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            sets.add(new HashSet<>(Set.of(i)));
        }
        for (int k = 0; k + 1 < pairs.size(); k += 2) {
            int a = pairs.get(k) % size;
            int b = pairs.get(k + 1) % size;
            int root = uf.union(a, b);
            assertThat(root).isEqualTo(uf.find(a)).isEqualTo(uf.find(b));
            Set<Integer> sa = setOf(sets, a);
            Set<Integer> sb = setOf(sets, b);
            if (sa != sb) {
                sa.addAll(sb);
                sets.remove(sb);
            }
        }
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                assertThat(uf.connected(a, b)).isEqualTo(setOf(sets, a).contains(b));
            }
        }
    }

    private static Set<Integer> setOf(List<Set<Integer>> sets, int x) {
        return sets.stream().filter(s -> s.contains(x)).findFirst().orElseThrow();
    }
}
