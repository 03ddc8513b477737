package dev.embargo.scanning.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.scanning.language.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written sentences in each language: number formats, scale words, currencies and cues. */
class ClaimExtractorLanguagesTest {

    private static Claim only(String text, String lang) {
        List<Claim> claims = ClaimExtractor.extract(text, lang);
        assertThat(claims).hasSize(1);
        return claims.get(0);
    }

    @Test
    void englishAccordingToWithDollarsAndAYearThatIsNoFigure() {
        String text = "According to Reuters, North Korea stole $1.7 billion in 2022.";
        Claim c = only(text, "en");
        assertThat(c.source()).isEqualTo("Reuters");
        assertThat(c.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(1.7e9);
            assertThat(q.unit()).isEqualTo("usd");
            assertThat(q.written()).isEqualTo("$1.7 billion");
            assertThat(text.substring(q.start(), q.end())).isEqualTo("$1.7 billion");
        });
        assertThat(ClaimExtractor.extract(text, "auto")).isEqualTo(List.of(c));
    }

    @Test
    void englishSaidBeforeAndAfterWithThousandsCommas() {
        List<Claim> claims = ClaimExtractor.extract(
                "Pyongyang shipped 1,000,000 shells, the ministry said. "
                        + "It was 45.5 percent more, said Kim Jong Un. He said nothing else.",
                "en");
        assertThat(claims).extracting(Claim::source).containsExactly("the ministry", "Kim Jong Un");
        assertThat(claims.get(0).quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(1_000_000);
            assertThat(q.unit()).isEqualTo("shells");
        });
        assertThat(claims.get(1).quantities().get(0).value()).isEqualTo(45.5);
        assertThat(claims.get(1).quantities().get(0).unit()).isEqualTo("percent");
    }

    @Test
    void germanLautWithDottedThousandsAndCapitalisedNoun() {
        Claim c = only("Laut dem BND lieferte Nordkorea 500.000 Granaten.", "de");
        assertThat(c.source()).isEqualTo("BND");
        assertThat(c.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(500_000);
            assertThat(q.unit()).isEqualTo("granaten");
        });
    }

    @Test
    void germanMilliardeAndGermanBillionDiffer() {
        Claim c = only("Nordkorea erbeutete 1,6 Milliarden Euro und 2 Billionen Won, sagte ein Sprecher.", "de");
        assertThat(c.source()).isEqualTo("ein Sprecher");
        assertThat(c.quantities()).extracting(Quantity::value).containsExactly(1.6e9, 2e12);
        assertThat(c.quantities().get(0).unit()).isEqualTo("euro");
    }

    @Test
    void frenchSelonWithPercentSignAndNoBreakSpace() {
        Claim c = only("Selon l'AFP, 45\u00A0% de la population souffre de malnutrition.", "fr");
        assertThat(c.source()).isEqualTo("AFP");
        assertThat(c.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(45);
            assertThat(q.unit()).isEqualTo("percent");
        });
    }

    @Test
    void frenchSpacesGroupThousandsAndDeclarationFollowsTheStatement() {
        Claim c = only("Pyongyang a livré 1 000 000 obus à la Russie, a déclaré le ministre.", "fr");
        assertThat(c.source()).isEqualTo("le ministre");
        assertThat(c.quantities()).singleElement().satisfies(q -> {
            assertThat(q.value()).isEqualTo(1_000_000);
            assertThat(q.unit()).isEqualTo("obus");
        });
    }

    @Test
    void dutchLineBreaksHyphensDatesAndNumberWords() {
        String text = "Volgens de Zuid-Koreaanse dienst NIS zijn op 7 oktober ruim twee miljoen\n\ngranaten en "
                + "drie cyber-\ndiefstallen gemeld.";
        Claim c = only(text, "nl");
        assertThat(c.source()).isEqualTo("NIS");
        assertThat(c.quantities()).extracting(Quantity::value).containsExactly(2e6, 3.0);
        assertThat(c.quantities()).extracting(Quantity::unit).containsExactly("granaten", "cyberdiefstallen");
        assertThat(c.quantities().get(0).written()).isEqualTo("twee miljoen granaten");
        assertThat(text.substring(
                        c.quantities().get(1).start(), c.quantities().get(1).end()))
                .isEqualTo("drie cyber-\ndiefstallen");
    }

    @Test
    void decimalOrThousandsByLanguageAndShape() {
        QuantityReader nl = new QuantityReader(Language.NL);
        QuantityReader en = new QuantityReader(Language.EN);
        assertThat(nl.parse("350.000")).isEqualTo(350_000);
        assertThat(nl.parse("1,6")).isEqualTo(1.6);
        assertThat(nl.parse("1.6")).isEqualTo(1.6);
        assertThat(nl.parse("1.234.567,5")).isEqualTo(1_234_567.5);
        assertThat(en.parse("1,000,000")).isEqualTo(1_000_000);
        assertThat(en.parse("1.7")).isEqualTo(1.7);
        assertThat(en.parse("1,000")).isEqualTo(1000);
        assertThat(en.parse("1,5")).isEqualTo(1.5);
    }

    @Test
    void noCueNoClaimAndPronounsAreNoSource() {
        assertThat(ClaimExtractor.extract("Noord-Korea leverde 350.000 granaten. Dat is veel, zei hij.", "nl"))
                .isEmpty();
        assertThat(ClaimExtractor.extract("", "auto")).isEmpty();
        assertThat(ClaimExtractor.extract(null, "auto")).isEmpty();
        assertThatThrownBy(() -> ClaimExtractor.extract("Volgens de NIS 5 granaten.", "xx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--lang")
                .hasMessageContaining("auto, nl, en, de or fr");
    }
}
