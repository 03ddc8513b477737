package dev.embargo.scanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.Source;
import dev.embargo.matching.Screener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Long texts scan in time proportional to their size, and a scan ends at its deadline. The overlap checks
 * once compared every hit with every kept one and every run with every quoted phrase: two million characters
 * took 18 s (BENCHMARKS.md has the figures before and after).
 */
class ScannerScaleTest {
    /**
     * Three labelled news texts, then a paragraph dense in what the overlap checks compare: a quoted name, a
     * listed party and two countries in every sentence.
     */
    private static String unit() {
        StringBuilder b = new StringBuilder();
        for (String lang : List.of("en", "de", "nl")) {
            try (InputStream in = ScannerScaleTest.class.getResourceAsStream("/texts/" + lang + ".txt")) {
                b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                        .append("\n\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> ships = List.of("Sea Star", "Ocean Glory", "Chon Ma San");
        List<String> parties = List.of("Kim Jong Un", "Sergey Lavrov", "Choe Ryong Hae", "Anna Jansen");
        List<String> countries = List.of("North Korea", "Russia", "Iran", "Syria", "Belarus");
        for (int i = 0; i < 60; i++) {
            b.append("The tanker \u201c")
                    .append(ships.get(i % 3))
                    .append("\u201d, tied to ")
                    .append(parties.get(i % 4))
                    .append(", sailed from ")
                    .append(countries.get(i % 5))
                    .append(" to ")
                    .append(countries.get((i + 2) % 5))
                    .append(". ");
        }
        return b.append("\n\n").toString();
    }

    @Test
    void twoMillionCharactersScanWithEveryCopyFound() throws Exception {
        Scanner scanner = new Scanner(
                Screener.of(ListLoader.loadDirectory(SharedData.lists()).entities()));
        String unit = unit();
        int copies = 2_000_000 / unit.length() + 1;
        String text = unit.repeat(copies);
        assertThat(text.length()).isGreaterThanOrEqualTo(2_000_000);
        Scanner.Report one = scanner.scan("unit", unit, Screener.DEFAULT_THRESHOLD, "en");
        Scanner.Report all = assertTimeoutPreemptively(
                Duration.ofSeconds(120), () -> scanner.scan("long", text, Screener.DEFAULT_THRESHOLD, "en"));
        assertThat(one.mentions()).hasSizeGreaterThan(60);
        assertThat(all.mentions()).hasSize(copies * one.mentions().size());
        // The last copy's mentions are the first's, shifted by the copies before it.
        int offset = (copies - 1) * unit.length();
        List<Scanner.MentionHit> last = all.mentions()
                .subList(
                        all.mentions().size() - one.mentions().size(),
                        all.mentions().size());
        for (int i = 0; i < last.size(); i++) {
            assertThat(last.get(i).mention().start())
                    .isEqualTo(one.mentions().get(i).mention().start() + offset);
            assertThat(last.get(i).match().entity().id())
                    .isEqualTo(one.mentions().get(i).match().entity().id());
        }
    }

    @Test
    void aScanStopsAtItsDeadlineNamingTheBudget() {
        Entity person = Entity.builder(Source.US_OFAC_SDN, "900002")
                .kind(EntityKind.PERSON)
                .name(Name.primary("HOLLOWAY, Brent"))
                .build();
        Scanner scanner = new Scanner(Screener.of(List.of(person)));
        String text = "Brent Holloway met the board. ".repeat(1_000);
        assertThat(scanner.scan("t", text, Screener.DEFAULT_THRESHOLD, "en", Deadline.after(Duration.ofMinutes(5)))
                        .mentions())
                .hasSize(1_000);
        assertThatThrownBy(() -> scanner.scan(
                        "t", text, Screener.DEFAULT_THRESHOLD, "en", Deadline.after(Duration.ofMillis(-1))))
                .isInstanceOf(ScanTimeoutException.class)
                .hasMessage("the scan needs more than its time budget of -1 ms (stopped while detecting the language)");
    }
}
