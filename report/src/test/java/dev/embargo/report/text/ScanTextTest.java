package dev.embargo.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Screener;
import dev.embargo.report.UnListScanner;
import dev.embargo.scanning.Scanner;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The text report of generated documents naming real UN-listed parties: one line per mention, in order. */
class ScanTextTest {
    @Test
    void everyMentionHasItsLineWithOffsetsTextAndListing() {
        List<Entity> entities = UnListScanner.entities();
        Scanner scanner = UnListScanner.scanner();
        Random random = new Random(3);
        int mentions = 0;
        for (int i = 0; i < 30; i++) {
            StringBuilder text = new StringBuilder("A report. ");
            for (int s = 0; s < 4; s++) {
                text.append("It names ")
                        .append(entities.get(random.nextInt(entities.size()))
                                .primaryName()
                                .full())
                        .append(" again.\n");
            }
            Scanner.Report report = scanner.scan("doc-" + i, text.toString(), Screener.DEFAULT_THRESHOLD, "en");
            List<String> lines = ScanText.render(report).lines().toList();

            assertThat(lines.get(0)).isEqualTo("Read as en");
            assertThat(lines.get(1)).isEqualTo("Listed parties named in doc-" + i + ":");
            int at = 2;
            for (Scanner.MentionHit h : report.mentions()) {
                String line = lines.get(at++);
                assertThat(line)
                        .startsWith(String.format(
                                Locale.ROOT,
                                "  %6d-%-6d \"",
                                h.mention().start(),
                                h.mention().end()))
                        .contains("\"" + h.mention().written().replaceAll("\\s+", " ") + "\"")
                        .contains(h.match().entity().id())
                        .endsWith(h.match().entity().primaryName().full()
                                + (h.mention().exonym()
                                        ? "  (exonym of " + h.mention().query() + ")"
                                        : ""));
                if (h.matches().size() > 1) {
                    assertThat(lines.get(at++))
                            .contains(h.matches().get(1).entity().id());
                }
            }
            assertThat(lines.get(at))
                    .isEqualTo(report.mentions().isEmpty() ? "  none at or above the threshold" : "Jurisdictions:");
            assertThat(lines).contains("Identifiers:");
            mentions += report.mentions().size();
        }
        assertThat(mentions).as("listed parties found over all documents").isGreaterThan(30);
    }
}
