package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.name.ChineseSyllables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A query in Chinese characters gives its syllables one by one; a listed Chinese name of three syllables is
 * another person's when the query leaves one of its given syllables out. Generated from the real lists: every
 * listed person whose Latin name is three pinyin syllables ("ZHANG, Keping", "Junzheng Wang"), written in
 * characters of those readings (the first character of each reading in the matcher's pinyin table), whole (must
 * still match) and without its second or third syllable (a near-miss that must not: 张克 for ZHANG, Keping).
 */
class SyllableLeftOutTest {
    private static final double THRESHOLD = 0.85;

    @Test
    void aQueryInCharactersWithoutOneOfTheListedSyllablesIsAnotherPerson() throws IOException {
        Map<String, String> characterOf = characterOfEachReading();
        Screener screener = RealLists.screener();
        int people = 0;
        int whole = 0;
        int nearMisses = 0;
        List<String> matchedNearMisses = new ArrayList<>();
        for (Entity e : screener.entities()) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (Name n : e.names()) {
                String han = inCharacters(n.full(), characterOf);
                if (han == null) {
                    continue;
                }
                people++;
                if (score(screener, han, n.full()) >= THRESHOLD) {
                    whole++;
                }
                for (String nearMiss : new String[] {han.substring(0, 2), han.charAt(0) + han.substring(2)}) {
                    nearMisses++;
                    if (score(screener, nearMiss, n.full()) >= THRESHOLD) {
                        matchedNearMisses.add(nearMiss + " / " + n.full());
                    }
                }
            }
        }
        System.out.printf(
                "names of three syllables: %d, whole matched %d; near-misses %d, matched %d%n",
                people, whole, nearMisses, matchedNearMisses.size());
        // With the rule 256 of 258 whole names match and 6 of 516 near-misses; without it 256 and 89.
        assertThat(people).isGreaterThan(200);
        assertThat((double) whole / people).isGreaterThan(0.95);
        assertThat(matchedNearMisses).hasSizeLessThan(nearMisses / 50);
    }

    /** The name in three characters, one per pinyin syllable of its words, or null when it is not so made. */
    private static String inCharacters(String latin, Map<String, String> characterOf) {
        StringBuilder han = new StringBuilder();
        int syllables = 0;
        for (String word : latin.toLowerCase(Locale.ROOT).replace(",", " ").split("[\\s-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            List<String> parts =
                    characterOf.containsKey(word) ? List.of(word) : ChineseSyllables.pinyinSyllablesOf(word);
            if (parts.isEmpty()) {
                return null;
            }
            for (String p : parts) {
                String c = characterOf.get(p);
                if (c == null) {
                    return null;
                }
                han.append(c);
                syllables++;
            }
        }
        return syllables == 3 ? han.toString() : null;
    }

    /** The first character (of the common block) of each reading in the matcher's table of Mandarin readings. */
    private static Map<String, String> characterOfEachReading() throws IOException {
        Map<String, String> out = new HashMap<>();
        try (var in = SyllableLeftOutTest.class.getResourceAsStream("/dev/embargo/matching/text/han-pinyin.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("!")) {
                    continue;
                }
                String[] f = line.split("\t");
                f[1].codePoints()
                        .filter(cp -> cp >= 0x4E00 && cp <= 0x9FFF)
                        .findFirst()
                        .ifPresent(cp -> out.put(f[0], Character.toString(cp)));
            }
        }
        return out;
    }

    private static double score(Screener screener, String query, String latin) {
        return screener.compare(query, latin, EntityKind.PERSON, THRESHOLD).score();
    }
}
