package dev.embargo.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.matching.Screener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article (Dutch, extracted from a PDF) scanned against all lists. */
class SeedArticleScanTest {
    private static Scanner.Report report;
    private static String text;

    @BeforeAll
    static void scan() throws Exception {
        text = Files.readString(SharedData.require("seed/article-nl.txt"), StandardCharsets.UTF_8);
        Screener screener =
                Screener.of(ListLoader.loadDirectory(SharedData.lists()).entities());
        report = new Scanner(screener).scan("article-nl.txt", text, Screener.DEFAULT_THRESHOLD);
    }

    private static List<String> hitIds() {
        return report.mentions().stream().map(h -> h.match().entity().id()).toList();
    }

    @Test
    void findsKimJongUnPutinViaPoetinAndHamas() {
        assertThat(report.mentions())
                .anyMatch(h -> h.match().entity().primaryName().full().equals("KIM, Jong Un")
                        || h.match().entity().names().stream()
                                .anyMatch(n -> n.full().equalsIgnoreCase("KIM Jong Un")));
        assertThat(report.mentions())
                .anyMatch(h -> h.mention().written().equals("Poetin")
                        && h.match().entity().primaryName().full().toUpperCase().contains("PUTIN"));
        assertThat(report.mentions())
                .anyMatch(h -> h.mention().written().equals("Hamas")
                        && h.match().entity().primaryName().full().toUpperCase().contains("HAMAS"));
    }

    @Test
    void everyListThatNamesThemIsReported() {
        assertThat(report.mentions())
                .anyMatch(
                        h -> h.matches().stream().anyMatch(m -> m.entity().id().equals("us-ofac-sdn:20157")));
        assertThat(report.mentions())
                .anyMatch(h -> h.mention().written().equals("Poetin")
                        && h.matches().stream().anyMatch(m -> m.entity().id().equals("us-ofac-sdn:35096")));
        assertThat(report.mentions())
                .anyMatch(h -> h.mention().written().equals("Hamas")
                        && h.matches().stream().anyMatch(m -> m.entity().id().equals("us-ofac-sdn:4695")));
    }

    @Test
    void offsetsPointAtTheTextAsWritten() {
        for (Scanner.MentionHit h : report.mentions()) {
            assertThat(text.substring(h.mention().start(), h.mention().end()))
                    .isEqualTo(h.mention().written());
        }
    }

    @Test
    void noHitForTheSouthKoreanGeneralTheNewsOrganisationsOrKimJongIlAsKimJongUn() {
        for (Scanner.MentionHit h : report.mentions()) {
            String w = h.mention().written().replaceAll("\\s+", " ");
            assertThat(w)
                    .as(h.toString())
                    .doesNotContain("Kang")
                    .doesNotContain("Radio Free Asia")
                    .doesNotContain("NK News")
                    .doesNotContain("NIS")
                    .doesNotContain("News Agency")
                    .doesNotContain("Estland")
                    .doesNotContain("VN");
            // TASS is itself listed by Canada (ca-sema:russia/1-part-2/182): reporting it is right.
            if (w.equals("TASS")) {
                assertThat(h.match().entity().id()).isEqualTo("ca-sema:russia/1-part-2/182");
            }
            if (w.contains("Jong Il")) {
                assertThat(h.match().entity().primaryName().full()).doesNotContain("Jong Un");
            }
        }
    }

    @Test
    void namesNorthKoreaRussiaAndIranWithTheirPrograms() {
        assertThat(report.jurisdictions())
                .extracting(Scanner.JurisdictionHit::iso)
                .contains("KP", "RU", "IR");
        Scanner.JurisdictionHit kp = report.jurisdictions().stream()
                .filter(j -> j.iso().equals("KP"))
                .findFirst()
                .orElseThrow();
        assertThat(kp.mentions().size()).isGreaterThan(10);
        assertThat(kp.programs()).isNotEmpty();
    }
}
