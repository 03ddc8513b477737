package dev.embargo.scanning.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Claims in the seed article (Dutch, text layer of a PDF: every line followed by a blank line). */
class ClaimExtractorSeedArticleTest {
    private static String text;
    private static List<Claim> claims;

    @BeforeAll
    static void read() throws Exception {
        text = Files.readString(SharedData.require("seed/article-nl.txt"), StandardCharsets.UTF_8);
        claims = ClaimExtractor.extract(text, "nl");
    }

    private static Claim by(String source) {
        return claims.stream()
                .filter(c -> c.source().equals(source))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim by " + source + " in "
                        + claims.stream().map(Claim::source).toList()));
    }

    @Test
    void nisSaysOverAMillionShells() {
        Claim nis = by("NIS");
        assertThat(nis.sentence())
                .startsWith("Begin deze maand meldde de Zuid-Koreaanse inlichtingendienst NIS dat")
                .endsWith("aan Rusland had geleverd.");
        assertThat(nis.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(1e6);
            assertThat(q.unit()).isEqualTo("granaten");
            assertThat(q.written()).isEqualTo("een miljoen granaten");
        });
    }

    @Test
    void westernServicesHoldTo350000ArtilleryShells() {
        // the apposition says whose services: the Estonian one is named with them
        Claim west = by("Westerse inlichtingendiensten, zoals die van Estland");
        assertThat(west.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(350_000);
            assertThat(q.unit()).isEqualTo("artilleriegranaten");
            assertThat(text.substring(q.start(), q.end())).isEqualTo("350.000 artilleriegranaten");
        });
    }

    @Test
    void theTwoShellFiguresStandSideBySide() {
        List<ClaimGroup> groups = ClaimGrouper.group(claims);
        ClaimGroup shells = groups.stream()
                .filter(g -> g.topic().equals("granaten"))
                .findFirst()
                .orElseThrow();
        assertThat(shells.claims())
                .extracting(Claim::source)
                .containsExactly("NIS", "Westerse inlichtingendiensten, zoals die van Estland");
        assertThat(shells.contested()).isTrue();
        assertThat(groups).extracting(ClaimGroup::topic).containsExactly("granaten", "ton", "euro", "percent");
        assertThat(groups.stream().filter(ClaimGroup::contested)).hasSize(1);
    }

    @Test
    void tassGivesFiftyThousandTonsOfGrain() {
        Claim tass = by("TASS");
        assertThat(tass.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(50_000);
            assertThat(q.unit()).isEqualTo("ton");
        });
        assertThat(text.substring(tass.sourceStart(), tass.sourceEnd())).isEqualTo("TASS");
    }

    @Test
    void theUnInvestigatorsGiveOnePointSixBillionEuro() {
        Claim un = by("de VN-onderzoekers");
        assertThat(un.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(1.6e9);
            assertThat(q.unit()).isEqualTo("euro");
            assertThat(q.written()).isEqualTo("1,6 miljard euro");
        });
        // the sentence runs over a PDF line break; the claim's sentence is joined, its offsets are the text's
        assertThat(un.sentence())
                .isEqualTo("Afgelopen jaar was een recordjaar in Noord-Koreaanse cyberdiefstallen,"
                        + " aldus de VN-onderzoekers, met naar schatting 1,6 miljard euro aan geroofd geld.");
        assertThat(text.substring(un.sentenceStart(), un.sentenceEnd()))
                .contains("\n")
                .startsWith("Afgelopen jaar")
                .endsWith("geroofd geld.");
    }

    @Test
    void unFiguresGive45PercentAndNotTheTwoYears() {
        Claim figures = by("VN-cijfers");
        assertThat(figures.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(45);
            assertThat(q.unit()).isEqualTo("percent");
        });
    }

    @Test
    void attributedStatementsWithoutFiguresAreKeptWithNoQuantities() {
        assertThat(by("Radio Free Asia").quantities()).isEmpty();
        assertThat(by("Radio Free Asia").sentence())
                .isEqualTo("Deze maand zijn de orders daarvoor de deur uitgegaan, meldt onder meer Radio Free Asia.");
        assertThat(by("Kang").quantities()).isEmpty();
        assertThat(by("de VN-experts").sentence()).isEqualTo("Ook de VN-experts schrijven dat.");
        assertThat(claims).extracting(Claim::source).contains("NK News", "38North", "de experts");
    }

    @Test
    void aListOfSourcesIsKeptWhole() {
        assertThat(by("VS, Zuid-Korea en ook Japan").sentence()).endsWith("stellen de VS, Zuid-Korea en ook Japan.");
    }

    @Test
    void sentencesWithoutACueAreNoClaims() {
        // "21 testen" and "tien miljoen" are figures, but nobody is said to give them
        assertThat(claims)
                .noneMatch(
                        c -> c.sentence().contains("21 testen") || c.sentence().contains("tien miljoen"));
        assertThat(claims).hasSize(13);
    }

    @Test
    void offsetsPointAtTheTextAsWritten() {
        for (Claim c : claims) {
            assertThat(text.substring(c.sourceStart(), c.sourceEnd()).replaceAll("\\s+", " "))
                    .isEqualTo(c.source());
            assertThat(text.substring(c.sentenceStart(), c.sentenceEnd()).replaceAll("\\s+", " "))
                    .isEqualTo(c.sentence());
            for (Quantity q : c.quantities()) {
                assertThat(text.substring(q.start(), q.end()).replaceAll("\\s+", " "))
                        .isEqualTo(q.written());
                assertThat(q.start()).isBetween(c.sentenceStart(), c.sentenceEnd());
            }
        }
    }

    @Test
    void autoDetectsDutch() {
        assertThat(ClaimExtractor.extract(text, "auto")).isEqualTo(claims);
    }
}
