package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The keys a screening gives with its matches ({@link Screener#screenWithKeys}) are those {@link LookupKeys#ofQuery}
 * finds by ranking the candidates again, and the matches are those {@link Screener#screen} gives: on names of
 * people on no list (every script of the evaluation set), listed names of every kind as written and with a word
 * dropped, each queried with its own kind and with none, and identifiers.
 */
class LookupKeysTest {
    @Test
    void aScreeningsKeysAreThoseOfTheQueryRankedAgain() throws IOException {
        Screener screener = RealLists.screener();
        LookupKeys lookup = LookupKeys.of(screener);
        List<Query> queries = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(19);
        List<String> negatives = Files.readAllLines(SharedData.require("eval/negatives_global.csv"));
        for (int i = 0; i < 150; i++) {
            String name =
                    negatives.get(1 + random.nextInt(negatives.size() - 1)).split(",", 2)[0];
            queries.add(new Query(name, i % 2 == 0 ? EntityKind.PERSON : null, null, null, List.of()));
        }
        List<Entity> listed = screener.entities();
        for (int i = 0; i < 250; i++) {
            Entity e = listed.get(random.nextInt(listed.size()));
            Name n = e.names().get(random.nextInt(e.names().size()));
            String name = n.full();
            String[] words = name.split(" ");
            if (i % 3 == 0 && words.length > 2) {
                // A near miss: one word of the listed name left out.
                int drop = random.nextInt(words.length);
                List<String> kept = new ArrayList<>();
                for (int w = 0; w < words.length; w++) {
                    if (w != drop) {
                        kept.add(words[w]);
                    }
                }
                name = String.join(" ", kept);
            }
            List<String> identifiers = e.identifiers().isEmpty() || i % 4 != 0
                    ? List.of()
                    : List.of(e.identifiers().getFirst().value());
            queries.add(new Query(name, i % 2 == 0 ? e.kind() : null, null, null, identifiers));
        }
        int withKeys = 0;
        for (Query q : queries) {
            Screener.Keyed keyed = screener.screenWithKeys(q, 0.7, 50);
            assertThat(keyed.keys()).as(q.name()).isEqualTo(lookup.ofQuery(q.name(), q.kind(), q.identifiers()));
            assertThat(keyed.matches()).as(q.name()).isEqualTo(screener.screen(q, 0.7, 50));
            withKeys += keyed.keys().isEmpty() ? 0 : 1;
        }
        assertThat(withKeys).isGreaterThan(queries.size() * 9 / 10);
    }
}
