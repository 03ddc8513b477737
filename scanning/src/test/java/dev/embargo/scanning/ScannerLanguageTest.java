package dev.embargo.scanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.Source;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.claim.Claim;
import dev.embargo.scanning.language.Language;
import dev.embargo.scanning.language.TextLanguage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The language given with {@code --lang}, or detected, decides how claims and mentions are read. */
class ScannerLanguageTest {
    private static Scanner scanner;

    @BeforeAll
    static void lists() {
        // made-up listed parties: a company whose name starts with a French article, and a person
        Entity company = Entity.builder(Source.US_OFAC_SDN, "900001")
                .kind(EntityKind.ORGANIZATION)
                .name(Name.primary("LE SOLEIL MARITIME"))
                .build();
        Entity person = Entity.builder(Source.US_OFAC_SDN, "900002")
                .kind(EntityKind.PERSON)
                .name(Name.primary("HOLLOWAY, Brent"))
                .build();
        scanner = new Scanner(Screener.of(List.of(company, person)));
    }

    private static final String ENGLISH = "The tanker was chartered by Le Soleil Maritime, a firm that the Treasury "
            + "says is run by Brent Holloway. According to the coast guard, it carried 40,000 tonnes of fuel. "
            + "The ship was later seen near the port with its transponder switched off.";

    @Test
    void autoDetectsEnglishAndLetsAFrenchArticleOpenAName() {
        Scanner.Report report = scanner.scan("en.txt", ENGLISH, Screener.DEFAULT_THRESHOLD, "auto");
        assertThat(report.language()).isEqualTo(new TextLanguage(Language.EN, true));
        assertThat(report.mentions())
                .extracting(h -> h.mention().written())
                .containsExactly("Le Soleil Maritime", "Brent Holloway");
        assertThat(report.claims()).extracting(Claim::source).contains("the coast guard");
        Claim coastGuard = report.claims().stream()
                .filter(c -> c.source().equals("the coast guard"))
                .findFirst()
                .orElseThrow();
        assertThat(coastGuard.quantities().getFirst().value()).isEqualTo(40_000);
    }

    @Test
    void aGivenLanguageIsHonouredForMentionsAndClaims() {
        Scanner.Report french = scanner.scan("en.txt", ENGLISH, Screener.DEFAULT_THRESHOLD, "fr");
        assertThat(french.language()).isEqualTo(new TextLanguage(Language.FR, true));
        // in French "Le" is an article: it opens no name
        assertThat(french.mentions()).noneMatch(h -> h.mention().written().startsWith("Le "));
        // French cues and number format: "according to" is no cue, "40,000" is forty
        assertThat(french.claims()).noneMatch(c -> c.source().equals("the coast guard"));

        Scanner.Report dutch = scanner.scan(
                "nl.txt",
                "Volgens de kustwacht vervoerde het schip 40.000 ton brandstof.",
                Screener.DEFAULT_THRESHOLD,
                "nl");
        assertThat(dutch.claims()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo("de kustwacht");
            assertThat(c.quantities().getFirst().value()).isEqualTo(40_000);
        });
        Scanner.Report readAsEnglish = scanner.scan(
                "nl.txt",
                "Volgens de kustwacht vervoerde het schip 40.000 ton " + "brandstof.",
                Screener.DEFAULT_THRESHOLD,
                "en");
        assertThat(readAsEnglish.claims()).isEmpty();
    }

    @Test
    void anUnknownLanguageIsRefusedWithTheValuesExpected() {
        assertThatThrownBy(() -> scanner.scan("x.txt", ENGLISH, Screener.DEFAULT_THRESHOLD, "english"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auto, nl, en, de or fr");
    }
}
