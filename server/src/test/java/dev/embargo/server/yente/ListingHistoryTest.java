package dev.embargo.server.yente;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.Source;
import dev.embargo.server.lists.ServedLists;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * first_seen, last_seen and last_change from a snapshot store as {@code embargo sync} keeps it: an older
 * snapshot with the UN list, a newer one where one UN record changed and the Canadian list first appears.
 */
class ListingHistoryTest {
    private static final String MARKER = "ZQXW";

    @Test
    void timesComeFromTheSnapshotsThatHeldEachListing(@TempDir Path store) throws Exception {
        Path un = SharedData.require("data/lists/un/consolidated.xml");
        Path ca = SharedData.require("data/lists/canada-sema/sema-lmes.xml");
        Path older = Files.createDirectories(store.resolve("snapshots/20260101T000000Z/un"));
        Files.copy(un, older.resolve("consolidated.xml"));
        Path newer = store.resolve("snapshots/20260201T120000Z");
        Files.createDirectories(newer.resolve("un"));
        Files.createDirectories(newer.resolve("ca-sema"));
        // One record changes: the first given name of the list gets a marker.
        String text = Files.readString(un, StandardCharsets.UTF_8);
        int at = text.indexOf("</FIRST_NAME>");
        Files.writeString(
                newer.resolve("un/consolidated.xml"),
                text.substring(0, at) + MARKER + text.substring(at),
                StandardCharsets.UTF_8);
        Files.copy(ca, newer.resolve("ca-sema/sema-lmes.xml"));

        ListLoader.Report report = ListLoader.loadDirectory(newer);
        ServedLists served = ServedLists.build(newer, report, Instant.now());
        ListingHistory history = ListingHistory.of(served);
        assertThat(history.snapshots()).containsExactly("20260101T000000Z", "20260201T120000Z");

        String jan = "2026-01-01T00:00:00";
        String feb = "2026-02-01T12:00:00";
        Set<String> changed = new HashSet<>();
        int un1 = 0;
        int ca1 = 0;
        for (Entity e : report.entities()) {
            ListingHistory.Seen s = history.of(e.id()).orElseThrow();
            assertThat(s.lastSeen()).isEqualTo(feb);
            if (e.source() == Source.UN) {
                un1++;
                assertThat(s.firstSeen()).isLessThanOrEqualTo(jan);
                if (s.lastChange().equals(feb)) {
                    changed.add(e.id());
                } else {
                    assertThat(s.lastChange()).isEqualTo(jan);
                }
                boolean marked = e.names().stream().map(Name::full).anyMatch(n -> n.contains(MARKER));
                assertThat(s.lastChange().equals(feb)).as(e.id()).isEqualTo(marked);
            } else if (e.source() == Source.CA_SEMA) {
                ca1++;
                // First held by the newer snapshot: seen and changed then, unless the list dates it earlier.
                assertThat(s.lastChange()).isEqualTo(feb);
                assertThat(s.firstSeen())
                        .isEqualTo(
                                e.listedOn() == null
                                        ? feb
                                        : e.listedOn().atStartOfDay().isBefore(java.time.LocalDateTime.parse(feb))
                                                ? e.listedOn() + "T00:00:00"
                                                : feb);
            }
        }
        assertThat(un1).isGreaterThan(500);
        assertThat(ca1).isGreaterThan(500);
        assertThat(changed).hasSize(1);
    }

    @Test
    void aPlainFolderUsesTheListsOwnDates(@TempDir Path folder) throws Exception {
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), folder.resolve("un.xml"));
        ListLoader.Report report = ListLoader.loadDirectory(folder);
        ServedLists served = ServedLists.build(folder, report, Instant.now());
        ListingHistory history = ListingHistory.of(served);
        assertThat(history.snapshots()).isEmpty();
        for (Entity e : report.entities()) {
            ListingHistory.Seen s = history.of(e.id()).orElseThrow();
            assertThat(s.firstSeen()).isNotNull().isLessThanOrEqualTo(s.lastSeen());
            assertThat(s.lastChange()).isEqualTo(s.lastSeen());
        }
    }
}
