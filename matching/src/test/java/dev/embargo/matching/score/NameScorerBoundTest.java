package dev.embargo.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.NameAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link NameScorer#bound} lets screening pass over names without scoring them, so it must never be below the
 * score: checked on names of every kind and script, on damaged copies of them (typos, dropped, joined,
 * reordered and abbreviated words) and with any weights.
 */
class NameScorerBoundTest {
    private static final NameAnalyzer ANALYZER = new NameAnalyzer();

    private static final List<String> NAMES = List.of(
            "KIM, Jong Un",
            "Kim Jong-un",
            "Kimjongun",
            "Kim Jong Il",
            "RI, Song Hyok",
            "Pak Pong Ju",
            "PUTIN, Vladimir Vladimirovich",
            "Poetin",
            "Wladimir Putin",
            "VLADIMIROV, Vladimir Vladimirovich",
            "TACTICAL MISSILES CORPORATION JSC",
            "Tactical Missile Corp",
            "SNOW STORM 1",
            "Snow Storm 2",
            "HAMAS",
            "Harakat al-Muqawama al-Islamiya",
            "AL-QADHAFI, Muammar",
            "Muammar Gaddafi",
            "BIN LADIN, Usama",
            "Osama bin Laden",
            "AL QA'IDA",
            "Alqaida",
            "NAZARBAYEV, Aliakbar",
            "A. Nazarbayev",
            "Emma",
            "EMMA LLC",
            "Korea Kwangson Banking Corp",
            "OOO Otkritie Factoring",
            "Olga Okafor",
            "Olga Ivanovna Petrova",
            "Mohammad Ibrahim Omari",
            "Salah Muhammed A",
            "Kvant Scientific Research Institute",
            "Research Institute",
            "Company Group Structura LLC",
            "Jaysh Khalid IBN al Waleed",
            "Van Dijk Shipping B.V.",
            "Sp. z o.o. Polmet",
            "GmbH Hansa 2000",
            "محمد علي",
            "عبد الله بن محمد",
            "Ким Чен Ын",
            "Сергей Лавров",
            "김정은",
            "조선광선은행",
            "金正恩",
            "華信船務(香港)有限公司",
            "Αλέξης Τσίπρας",
            "יוסף כהן",
            "สมชาย",
            "J. R. R. Tolkien",
            "M V Wise Honest",
            "Aeroflot 737",
            "EP-IGD",
            "Abu Bakr al-Baghdadi",
            "Ibrahim Awwad Ibrahim Ali al-Badri al-Samarrai",
            // romanisation variants, which only their keys pair, and words written together
            "Kim Jong Eun",
            "Kimjongeun",
            "Chong Un Kim",
            "Choe Ryong Hae",
            "Choi Ryonghae",
            "Park Pong Ju",
            "Rhee Song Hyok",
            "Lee Songhyok",
            "Muhammad al-Gaddafi",
            "Mohamed Kadhafi",
            "Yuri Tchaikovsky",
            "Jurij Chaikovskiy",
            "Alqaeda",
            "Korea Kwangsonbanking Corporation",
            "Tacticalmissiles Corp",
            "Kimjongeunn");

    /** Every reading of a name, or of a damaged copy of it, with random weights in the index's range (0.1 to 1). */
    @Provide
    Arbitrary<WeightedName> names() {
        return Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            String name = NAMES.get(random.nextInt(NAMES.size()));
            if (random.nextInt(3) > 0) {
                name = damaged(name, random);
            }
            List<AnalyzedName> readings = ANALYZER.analyze(name);
            if (readings.isEmpty()) {
                readings = ANALYZER.analyze("Kim");
            }
            AnalyzedName reading = readings.get(random.nextInt(readings.size()));
            float[] weights = new float[reading.tokens().size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = 0.1f + 0.9f * random.nextFloat();
            }
            return WeightedName.of(reading, weights);
        });
    }

    private static String damaged(String name, Random random) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !words.isEmpty(); e++) {
            int at = random.nextInt(words.size());
            String w = words.get(at);
            switch (random.nextInt(6)) {
                case 0 -> {
                    String typo = TokenSimilarityTest.edited(w, 1, random, "aeiouykhn");
                    if (!typo.isEmpty()) {
                        words.set(at, typo);
                    }
                }
                case 1 -> {
                    if (words.size() > 1) {
                        words.remove(at);
                    }
                }
                case 2 -> {
                    if (at + 1 < words.size()) {
                        words.set(at, w + words.remove(at + 1));
                    }
                }
                case 3 -> words.add(words.remove(at));
                case 4 -> words.set(at, w.substring(0, 1) + ".");
                default -> words.add(at, NAMES.get(random.nextInt(NAMES.size())).split(" ")[0]);
            }
        }
        return String.join(" ", words);
    }

    @Property(tries = 20000)
    void theBoundIsNeverBelowTheScore(
            @ForAll("names") WeightedName query,
            @ForAll("names") WeightedName name,
            @ForAll boolean person,
            @ForAll boolean transliterated) {
        double score = NameScorer.score(query, name, person, transliterated).score();
        assertThat(NameScorer.bound(query, name, person))
                .as("%s / %s", query.name(), name.name())
                .isGreaterThanOrEqualTo(score);
    }

    /**
     * The query's second "Kim" repeats its first, which pairs only within the joined "Kimjongun": the score
     * weighs the repeat as a middle word, so the bound must too, although the repeat itself pairs with nothing
     * (found by {@link #theBoundIsNeverBelowTheScore} in CI).
     */
    @Example
    void aRepeatOfAWordPairedOnlyByJoiningCountsAsARepeat() {
        WeightedName query = WeightedName.of(
                ANALYZER.analyzeFirst("Choe KIM, Jong Un Kim"),
                new float[] {0.4690727f, 0.4666958f, 0.28694332f, 0.1326118f, 0.3994453f});
        WeightedName listed = WeightedName.of(ANALYZER.analyzeFirst("Kimjongneunn"), new float[] {0.69298047f});
        double score = NameScorer.score(query, listed, true, true).score();
        assertThat(score).isGreaterThan(0.4);
        assertThat(NameScorer.bound(query, listed, true)).isGreaterThanOrEqualTo(score);
    }

    /** Pairs that only one rule pairs: a romanisation variant, words written together, an initial. */
    @Example
    void pairsMadeByOneRuleAreNotRuledOut() {
        String[][] pairs = {
            {"Chong Un Kim", "KIM, Jong Un"},
            {"Kimjongeunn", "KIM, Jong Un"},
            {"Kim Jong Un", "Kimjongeunn"},
            {"A. Nazarbayev", "NAZARBAYEV, Aliakbar"},
            {"Choi Ryong", "Choe Ryong"},
            {"محمد علي", "Muhammad Ali"},
            {"Snow Storm 1", "SNOW STORM 1 LLC"}
        };
        for (String[] pair : pairs) {
            WeightedName query = weighedEvenly(pair[0]);
            WeightedName listed = weighedEvenly(pair[1]);
            double score = NameScorer.score(query, listed, true, false).score();
            assertThat(score).as("%s / %s", pair[0], pair[1]).isGreaterThan(0.5);
            assertThat(NameScorer.bound(query, listed, true))
                    .as("%s / %s", pair[0], pair[1])
                    .isGreaterThanOrEqualTo(score);
        }
    }

    /**
     * Every query word pairs with the listed "Pak", yet the query's words written together pair with the
     * listed "Pahkpark", and more closely (two different words: a repeated word is read once), so that is the pair the score takes: the bound must count that
     * listed word as pairable although every query word already is.
     */
    @Example
    void aListedWordOnlyTheQuerysJoinedWordsReachCounts() {
        WeightedName query = WeightedName.of(ANALYZER.analyzeFirst("Pahk Park"), new float[] {1, 1});
        WeightedName listed = WeightedName.of(ANALYZER.analyzeFirst("Pahkpark Pak"), new float[] {1, 0.1f});
        double score = NameScorer.score(query, listed, true, false).score();
        assertThat(score).isGreaterThan(0.9);
        assertThat(NameScorer.bound(query, listed, true)).isGreaterThanOrEqualTo(score);
    }

    private static WeightedName weighedEvenly(String name) {
        AnalyzedName reading = ANALYZER.analyzeFirst(name);
        float[] weights = new float[reading.tokens().size()];
        java.util.Arrays.fill(weights, 1);
        return WeightedName.of(reading, weights);
    }

    @Example
    void aNameSharingOneCommonWordIsBoundBelowAMatch() {
        WeightedName query = WeightedName.of(ANALYZER.analyzeFirst("Olga Okafor"), new float[] {0.3f, 0.9f});
        WeightedName listed =
                WeightedName.of(ANALYZER.analyzeFirst("Olga Ivanovna Petrova"), new float[] {0.3f, 0.7f, 0.8f});
        assertThat(NameScorer.bound(query, listed, true)).isLessThan(0.5);
        // and a damaged copy of the listed name is not ruled out
        WeightedName typo =
                WeightedName.of(ANALYZER.analyzeFirst("Olga Ivanova Petrowa"), new float[] {0.3f, 0.7f, 0.8f});
        assertThat(NameScorer.bound(typo, listed, true)).isEqualTo(1.0);
    }
}
