package dev.embargo.scanning.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any text in any language setting: no exception, and every offset inside the text. */
class ClaimExtractorFuzzTest {

    @Property(tries = 40)
    void anyTextGivesClaimsWithOffsetsInBounds(@ForAll("prose") String text, @ForAll("languages") String lang) {
        List<Claim> claims = ClaimExtractor.extract(text, lang);
        for (Claim c : claims) {
            assertThat(c.sourceStart()).isBetween(0, c.sourceEnd());
            assertThat(c.sourceEnd()).isLessThanOrEqualTo(text.length());
            assertThat(c.sentenceStart()).isBetween(0, c.sentenceEnd());
            assertThat(c.sentenceEnd()).isLessThanOrEqualTo(text.length());
            for (Quantity q : c.quantities()) {
                assertThat(q.start()).isBetween(0, q.end());
                assertThat(q.end()).isLessThanOrEqualTo(text.length());
            }
        }
        ClaimGrouper.group(claims);
    }

    @Provide
    Arbitrary<String> prose() {
        Arbitrary<String> pieces = Arbitraries.of(
                "aldus ",
                "volgens ",
                "de ",
                "NIS",
                "Radio Free Asia",
                " said ",
                "According to ",
                "laut ",
                "Selon l'",
                "AFP",
                "350.000",
                "1,6",
                " miljard ",
                "euro",
                "$",
                "1.7",
                " billion ",
                "%",
                " procent ",
                "granaten",
                "-\n",
                "\n\n",
                ". ",
                ", ",
                "‘",
                "’",
                " ",
                "een miljoen ",
                "7 oktober",
                "2023",
                "d’après ",
                "houden het op ",
                "x");
        Arbitrary<String> built = pieces.list().ofMaxSize(40).map(l -> String.join("", l));
        return Arbitraries.oneOf(built, Arbitraries.strings().ofMaxLength(200));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("nl", "en", "de", "fr", "auto", "");
    }
}
