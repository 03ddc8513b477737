package dev.embargo.scanning.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence that sets two sources side by side, each with its own figure, gives one claim per source with
 * the figures of its own clause; a sentence whose second cue only reports the first stays one claim.
 */
class ClaimTwoSourcesInOneSentenceTest {

    private static void assertSplit(
            String text, String lang, String first, double firstValue, String second, double secondValue) {
        List<Claim> claims = ClaimExtractor.extract(text, lang);
        assertThat(claims).extracting(Claim::source).containsExactly(first, second);
        assertThat(claims.get(0).quantities()).extracting(Quantity::value).containsExactly(firstValue);
        assertThat(claims.get(1).quantities()).extracting(Quantity::value).containsExactly(secondValue);
        for (Claim c : claims) {
            assertThat(text.substring(c.sentenceStart(), c.sentenceEnd())).isEqualTo(c.sentence());
            assertThat(c.sentence()).contains(c.source());
            for (Quantity q : c.quantities()) {
                assertThat(q.start()).isBetween(c.sentenceStart(), c.sentenceEnd());
            }
        }
        assertThat(claims.get(0).sentenceEnd())
                .isLessThanOrEqualTo(claims.get(1).sentenceStart());
        // the figures of the two sources stand side by side
        List<ClaimGroup> groups = ClaimGrouper.group(claims);
        assertThat(groups.stream().filter(ClaimGroup::contested)).hasSize(1);
    }

    @Test
    void englishSaysWhilePutsItAt() {
        assertSplit(
                "The coast guard says 1 million barrels, while Greenpeace puts it at 350,000 barrels.",
                "en",
                "The coast guard",
                1e6,
                "Greenpeace",
                350_000);
    }

    @Test
    void englishTwoAccordingTosJoinedByBut() {
        assertSplit(
                "According to the union, 4,000 jobs will go, but according to the board only 900 jobs.",
                "en",
                "the union",
                4000,
                "the board",
                900);
    }

    @Test
    void dutchVolgensAndTerwijlWithTheVerbAtTheEnd() {
        List<Claim> claims = ClaimExtractor.extract(
                "Volgens de politie waren er 2.000 betogers, terwijl de " + "organisatie het op 15.000 betogers houdt.",
                "nl");
        assertThat(claims).extracting(Claim::source).containsExactly("de politie", "de organisatie");
        assertThat(claims.get(0).sentence()).isEqualTo("Volgens de politie waren er 2.000 betogers");
        assertThat(claims.get(1).sentence()).isEqualTo("de organisatie het op 15.000 betogers houdt.");
        assertThat(claims.get(1).quantities()).extracting(Quantity::value).containsExactly(15_000.0);
    }

    @Test
    void dutchTwoReportingVerbsAfterAComma() {
        assertSplit(
                "De bond meldt 300 ontslagen, de directie spreekt van 120 ontslagen.",
                "nl",
                "De bond",
                300,
                "de directie",
                120);
    }

    @Test
    void germanLautTwiceAndWaehrendWithTheVerbAtTheEnd() {
        assertSplit(
                "Laut Polizei waren es 2.000 Demonstranten, laut Veranstalter dagegen 15.000 Demonstranten.",
                "de",
                "Polizei",
                2000,
                "Veranstalter",
                15_000);
        assertSplit(
                "Die Gewerkschaft spricht von 4.000 Stellen, während der Vorstand 900 Stellen schätzt.",
                "de",
                "Die Gewerkschaft",
                4000,
                "der Vorstand",
                900);
    }

    @Test
    void frenchTandisQue() {
        assertSplit(
                "Selon la police, 2 000 manifestants ont défilé, tandis que les syndicats parlent de "
                        + "15 000 manifestants.",
                "fr",
                "la police",
                2000,
                "les syndicats",
                15_000);
    }

    @Test
    void aCueThatReportsTheOtherAttributionDoesNotSplit() {
        List<Claim> nested =
                ClaimExtractor.extract("The minister said, according to the agency, that 5 ships left.", "en");
        assertThat(nested).singleElement().satisfies(c -> assertThat(c.source()).isEqualTo("the agency"));
        assertThat(ClaimExtractor.extract("De minister zei 40 schepen te tellen, meldde de NOS.", "nl"))
                .hasSize(1);
        // the same source twice is one claim
        assertThat(ClaimExtractor.extract("Laut Polizei waren es 2.000, laut Polizei später 3.000.", "de"))
                .hasSize(1);
    }
}
