package dev.embargo.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.Nicknames;
import dev.embargo.matching.score.WeightedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A reading weighed with what an earlier reading of the same name shares ({@link CandidateIndex#weigh(
 * AnalyzedName, int[][], WeightedName, int[][])}) is the reading weighed alone: the same weights, postings,
 * joined words, digest and key words. On the names of the real lists' people written with a nickname for their
 * first given name (William Smith → Bill Smith), which is where readings share most, and on the listed names as
 * they are.
 */
class SharedReadingsTest {
    private static CandidateIndex index;
    private static List<Entity> entities;

    @BeforeAll
    static void build() throws Exception {
        entities = ListLoader.loadDirectory(SharedData.lists()).entities();
        index = CandidateIndex.build(new EntityTable(entities));
    }

    /** Each given name's nicknames (the table read backwards). */
    private static Map<String, List<String>> nicknamesOf() {
        Map<String, List<String>> out = new HashMap<>();
        Nicknames.all().forEach((nick, given) -> {
            for (String g : given) {
                out.computeIfAbsent(g, k -> new ArrayList<>()).add(nick);
            }
        });
        return out;
    }

    /** Listed Latin names, and each listed person's name with a nickname in place of a given name it has one for. */
    private static List<String> names() {
        Map<String, List<String>> nicknames = nicknamesOf();
        List<String> out = new ArrayList<>();
        int i = 0;
        for (Entity e : entities) {
            for (Name n : e.names()) {
                if (!n.script().equals("Latn") || i++ % 7 != 0) {
                    continue;
                }
                out.add(n.full());
                if (e.kind() != EntityKind.PERSON) {
                    continue;
                }
                String[] words = n.full().split(" ");
                for (int w = 0; w < words.length; w++) {
                    List<String> nicks = nicknames.get(words[w].toLowerCase(java.util.Locale.ROOT));
                    if (nicks != null) {
                        String[] copy = words.clone();
                        copy[w] = nicks.get(i % nicks.size());
                        out.add(String.join(" ", copy));
                        break;
                    }
                }
            }
        }
        return out;
    }

    @Test
    void aReadingWeighedWithTheReadingBeforeItIsTheReadingWeighedAlone() {
        List<String> names = names();
        int shared = 0;
        int nicknameReadings = 0;
        for (String name : names) {
            WeightedName earlier = null;
            int[][] earlierPostings = null;
            List<AnalyzedName> readings = index.analyzer().analyze(name);
            nicknameReadings += readings.size() > 1 ? readings.size() - 1 : 0;
            for (AnalyzedName reading : readings) {
                int[][] alonePostings = new int[reading.tokens().size()][];
                WeightedName alone = index.weigh(reading, alonePostings);
                int[][] sharedPostings = new int[reading.tokens().size()][];
                WeightedName withEarlier = index.weigh(reading, sharedPostings, earlier, earlierPostings);
                if (earlier != null && withEarlier.joined2() == earlier.joined2()) {
                    shared++;
                }
                assertThat(withEarlier.weights()).as(name).containsExactly(alone.weights());
                assertThat(withEarlier.digest()).as(name).containsExactly(alone.digest());
                assertThat(withEarlier.joined2()).as(name).containsExactly(alone.joined2());
                assertThat(withEarlier.joined3()).as(name).containsExactly(alone.joined3());
                assertThat(withEarlier.keyWords()).as(name).isEqualTo(alone.keyWords());
                assertThat(withEarlier.words()).as(name).containsExactly(alone.words());
                for (int i = 0; i < alonePostings.length; i++) {
                    assertThat(sharedPostings[i]).as(name).containsExactly(alonePostings[i]);
                }
                earlier = withEarlier;
                earlierPostings = sharedPostings;
            }
        }
        // The test covers the sharing: many readings took their joined words from the reading before.
        assertThat(nicknameReadings).isGreaterThan(200);
        assertThat(shared).isGreaterThan(200);
    }
}
