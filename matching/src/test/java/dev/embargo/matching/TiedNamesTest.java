package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Name;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The name a match reports does not depend on the order in which candidate ranking brings a party's names. That
 * order follows word weights, which move with every list change; a stored alert compares the reported name
 * with the one it was raised on, so a swap between two names that score the same would read as a "new matched
 * name" after an unrelated change. Here the real lists are loaded twice, the second time with every listing's
 * names and the listings themselves in reverse order, and queries made of listed names with a word dropped or
 * two words swapped (so both names of a listing often tie: a Latin name and its form in the original script,
 * two spellings that read alike) must report the same name and score from both. Listings of two names only:
 * with more, which two of a party's names are scored at all still follows the ranking (two names a party).
 */
class TiedNamesTest {
    @Test
    void theReportedNameDoesNotDependOnTheOrderOfNamesOrListings() throws Exception {
        List<Entity> listed = ListLoader.loadDirectory(SharedData.lists()).entities();
        List<Entity> reversed = new ArrayList<>();
        for (Entity e : listed) {
            List<Name> names = new ArrayList<>(e.names());
            Collections.reverse(names);
            reversed.add(e.withNames(names));
        }
        Collections.reverse(reversed);
        Screener asListed = Screener.of(listed);
        Screener inReverse = Screener.of(reversed);

        Random random = new Random(13);
        List<Entity> withSeveralNames =
                listed.stream().filter(e -> e.names().size() == 2).toList();
        int compared = 0;
        int tied = 0;
        for (int i = 0; i < 1500; i++) {
            Entity e = withSeveralNames.get(random.nextInt(withSeveralNames.size()));
            String[] words =
                    e.names().get(random.nextInt(e.names().size())).full().split("\\s+");
            if (words.length < 2) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(words));
            if (parts.size() >= 3 && random.nextBoolean()) {
                parts.removeLast();
            } else {
                Collections.swap(parts, 0, 1);
            }
            String query = String.join(" ", parts);
            Query q = new Query(query, e.kind(), null, null, List.of());
            Match a = matchOf(asListed.screen(q, 0.7, 5), e);
            Match b = matchOf(inReverse.screen(q, 0.7, 5), e);
            if (a == null || b == null) {
                continue;
            }
            assertThat(b.matchedName()).as("query %s", query).isEqualTo(a.matchedName());
            assertThat(b.score()).as("query %s", query).isEqualTo(a.score());
            compared++;
            double best = a.score();
            long atBest = e.names().stream()
                    .filter(n -> asListed.compare(query, n.full(), e.kind(), 0).score() == best)
                    .count();
            tied += atBest > 1 ? 1 : 0;
        }
        assertThat(compared).isGreaterThan(500);
        assertThat(tied)
                .as("queries whose listing has several names at the best score")
                .isGreaterThan(20);
    }

    private static Match matchOf(List<Match> matches, Entity e) {
        return matches.stream()
                .filter(m -> m.entity().id().equals(e.id()))
                .findFirst()
                .orElse(null);
    }
}
