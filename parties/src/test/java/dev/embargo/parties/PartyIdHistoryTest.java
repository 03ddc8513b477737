package dev.embargo.parties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persisted listing-to-party mapping: written and read back unchanged; anything else refused by line. */
class PartyIdHistoryTest {

    @Test
    void writtenHistoryReadsBackTheSame(@TempDir Path tmp) throws IOException {
        PartyIdHistory history = new PartyIdHistory(Map.of(
                "un:KPi.033", "party-un.KPi.2e033",
                "uk-ofsi:13528", "party-un.KPi.2e033",
                "ca-sema:russia/1-part-1/490", "party-us-ofac-sdn.18310"));
        Path file = tmp.resolve("party-ids.tsv");
        history.write(file);
        assertThat(PartyIdHistory.read(file)).isEqualTo(history);
    }

    @Test
    void aDamagedFileIsRefusedNamingTheFileAndLine(@TempDir Path tmp) throws IOException {
        Path noHeader = write(tmp, "a.tsv", "un:KPi.033\tparty-un.KPi.2e033\n");
        assertThatThrownBy(() -> PartyIdHistory.read(noHeader))
                .hasMessageContaining(noHeader.toString())
                .hasMessageContaining("line 1: expected the header");
        Path badId = write(tmp, "b.tsv", PartyIdHistory.HEADER + "\nun:KPi.033\tparty:un/KPi\n");
        assertThatThrownBy(() -> PartyIdHistory.read(badId))
                .hasMessageContaining("line 2: expected a FollowTheMoney id");
        Path noTab = write(tmp, "c.tsv", PartyIdHistory.HEADER + "\nun:KPi.033 party-un\n");
        assertThatThrownBy(() -> PartyIdHistory.read(noTab)).hasMessageContaining("line 2: expected a listing id");
        Path twice = write(
                tmp,
                "d.tsv",
                PartyIdHistory.HEADER + "\nun:KPi.033\tparty-a\nuk-ofsi:1\tparty-b\nun:KPi.033\tparty-c\n");
        assertThatThrownBy(() -> PartyIdHistory.read(twice)).hasMessageContaining("line 4: listing un:KPi.033");
        Path longLine = write(tmp, "e.tsv", PartyIdHistory.HEADER + "\nun:" + "x".repeat(3_000) + "\tparty-a\n");
        assertThatThrownBy(() -> PartyIdHistory.read(longLine))
                .hasMessageContaining("line 2: expected a line of at most");
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
