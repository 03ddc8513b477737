package dev.embargo.server.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.HostileListFiles;
import dev.embargo.lists.ListIntake;
import dev.embargo.lists.SharedData;
import dev.embargo.server.EmbargoServer;
import dev.embargo.server.Http;
import dev.embargo.server.ServerSettings;
import dev.embargo.server.TestServers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reloads that meet damaged files, a folder that vanishes, unreadable files and exhausted memory: the copy
 * in service keeps serving, the failure shows on /readyz, /v1/lists, /metrics and the lists page, and clears
 * when a good copy comes; nothing ends the periodic reloads.
 */
class ListReloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDamagedListKeepsItsCopyShowsAsDegradedEverywhereAndClearsWithAGoodCopy(@TempDir Path folder)
            throws Exception {
        Path un = Files.createDirectories(folder.resolve("un")).resolve("consolidated.xml");
        Path cons = Files.createDirectories(folder.resolve("us-ofac-cons")).resolve("consolidated.xml");
        Path goodUn = SharedData.require("data/lists/un/consolidated.xml");
        Files.copy(goodUn, un);
        Files.copy(SharedData.require("data/lists/us-ofac-cons/consolidated.xml"), cons);
        LiveLists live = new LiveLists(folder);
        assertThat(live.reload().ok()).isTrue();
        try (EmbargoServer server = TestServers.start(ServerSettings.loopback(0), live)) {
            Http http = Http.to(server);
            JsonNode ready = JSON.readTree(http.get("/readyz").body());
            assertThat(ready.get("status").asText()).isEqualTo("ready");
            int entities = ready.get("entities").asInt();

            HostileListFiles.EMPTY.write(goodUn, un);
            assertThat(live.reloadIfChanged()).hasValueSatisfying(a -> {
                assertThat(a.ok()).isFalse();
                assertThat(a.reason()).isEqualTo("lists_failed");
            });

            var readyz = http.get("/readyz");
            assertThat(readyz.statusCode()).isEqualTo(200);
            ready = JSON.readTree(readyz.body());
            assertThat(ready.get("status").asText()).isEqualTo("degraded");
            assertThat(ready.get("entities").asInt()).isEqualTo(entities);
            assertThat(ready.get("lists").toString())
                    .contains(
                            "{\"list\":\"un\",\"state\":\"stale\",\"problem\":\"unrecognised\",\"reason\":\"the file is in no list format Embargo reads\"}",
                            "{\"list\":\"us-ofac-cons\",\"state\":\"ok\"}");
            // No key guards /readyz: it names no path and repeats no parser message.
            assertThat(readyz.body())
                    .doesNotContain(folder.toString())
                    .doesNotContain("consolidated.xml")
                    .doesNotContain("expected")
                    .doesNotContain("Exception");

            JsonNode lists = JSON.readTree(http.get("/v1/lists").body());
            assertThat(lists.get("status").asText()).isEqualTo("degraded");
            assertThat(lists.at("/failures/0/source").asText()).isEqualTo("un");
            assertThat(lists.at("/failures/0/file").asText()).isEqualTo("un/consolidated.xml");
            assertThat(lists.at("/failures/0/serving_older_copy").asBoolean()).isTrue();
            assertThat(lists.at("/failures/0/message").asText())
                    .contains(un.toString())
                    .contains("start of file");
            assertThat(lists.get("entities").asInt()).isEqualTo(entities);

            assertThat(http.get("/metrics").body())
                    .contains(
                            "embargo_list_failed{file=\"un/consolidated.xml\",kept=\"1\",problem=\"unrecognised\",source=\"un\"} 1.0")
                    .contains("embargo_lists_degraded 1.0");
            assertThat(http.get("/lists").body())
                    .contains("Lists that failed their checks")
                    .contains("UN Security Council Consolidated List")
                    .contains("keeps serving");
            // And the list still answers.
            JsonNode screen = JSON.readTree(http.get("/v1/screen?name=Korea+Mining+Development+Trading+Corporation")
                    .body());
            assertThat(screen.at("/matches/0/entity_id").asText()).startsWith("un:");

            HostileListFiles.restore(goodUn, un);
            assertThat(live.reloadIfChanged())
                    .hasValueSatisfying(a -> assertThat(a.ok()).isTrue());
            assertThat(JSON.readTree(http.get("/readyz").body()).get("status").asText())
                    .isEqualTo("ready");
            assertThat(JSON.readTree(http.get("/v1/lists").body()).get("failures"))
                    .isEmpty();
            assertThat(http.get("/metrics").body())
                    .contains("embargo_lists_degraded 0.0")
                    .doesNotContain("embargo_list_failed{");
        }
    }

    @Test
    void aShrunkenListIsRefusedInPlaceTakenOnRequestAndTakenFromANewSnapshot(@TempDir Path store) throws Exception {
        Path real = SharedData.require("data/lists/un/consolidated.xml");
        String xml = Files.readString(real, StandardCharsets.UTF_8);
        int cut = xml.indexOf("<INDIVIDUAL>", xml.indexOf("<INDIVIDUAL>") + 1);
        String shrunk = xml.substring(0, cut) + "</INDIVIDUALS><ENTITIES></ENTITIES></CONSOLIDATED_LIST>\n";
        Path first = Files.createDirectories(store.resolve("snapshots/20260101T000000Z/un"));
        Files.copy(real, first.resolve("consolidated.xml"));
        Files.writeString(store.resolve("current"), "20260101T000000Z\n");
        LiveLists live = new LiveLists(store);
        assertThat(live.reload().ok()).isTrue();

        // Changed in place (sync never does that): refused, the full copy keeps serving.
        Files.writeString(first.resolve("consolidated.xml"), shrunk, StandardCharsets.UTF_8);
        try (EmbargoServer server = TestServers.start(ServerSettings.loopback(0), live)) {
            Http http = Http.to(server);
            var refused = http.postJson("/v1/lists/reload", "{}");
            assertThat(refused.statusCode()).isEqualTo(500);
            assertThat(JSON.readTree(refused.body()).at("/failures/0/problem").asText())
                    .isEqualTo("shrunk");
            assertThat(JSON.readTree(refused.body()).get("entities").asInt()).isEqualTo(1003);
            // After a real mass delisting the operator says so.
            var accepted = http.postJson("/v1/lists/reload?accept_shrunk=true", "{}");
            assertThat(accepted.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(accepted.body()).get("entities").asInt()).isEqualTo(1);
        }

        // A new snapshot was compared with the previous one by `embargo sync` (which may have been told to
        // accept it): the server takes it as it is.
        Files.copy(real, first.resolve("consolidated.xml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(live.reload().ok()).isTrue();
        Path second = Files.createDirectories(store.resolve("snapshots/20260102T000000Z/un"));
        Files.writeString(second.resolve("consolidated.xml"), shrunk, StandardCharsets.UTF_8);
        Files.writeString(store.resolve("current"), "20260102T000000Z\n");
        assertThat(live.reloadIfChanged())
                .hasValueSatisfying(a -> assertThat(a.ok()).isTrue());
        assertThat(live.current().orElseThrow().entityCount()).isEqualTo(1);
    }

    @Test
    void aFolderThatVanishesAndComesBackUnchangedClearsTheFailure(@TempDir Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("lists"));
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), folder.resolve("un.xml"));
        LiveLists live = new LiveLists(folder);
        assertThat(live.reload().ok()).isTrue();
        ServedLists before = live.current().orElseThrow();

        Path away = tmp.resolve("away");
        Files.move(folder, away);
        assertThat(live.reloadIfChanged())
                .hasValueSatisfying(a -> assertThat(a.reason()).isEqualTo("folder_unavailable"));
        assertThat(live.degraded()).isTrue();
        assertThat(live.current()).containsSame(before);
        // The same failure again is no news: no reload until something changes (or the retry is due).
        assertThat(live.reloadIfChanged()).isEmpty();

        Files.move(away, folder);
        assertThat(live.reloadIfChanged())
                .hasValueSatisfying(a -> assertThat(a.ok()).isTrue());
        assertThat(live.degraded()).isFalse();
        // Nothing changed in the files: the copy in service was reused, not read again.
        assertThat(live.current().orElseThrow().copies().getFirst())
                .isSameAs(before.copies().getFirst());
    }

    @Test
    void aFileMadeUnreadableAndReadableAgainIsNoticed(@TempDir Path folder) throws Exception {
        Path un = folder.resolve("un.xml");
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), un);
        LiveLists live = new LiveLists(folder);
        assertThat(live.reload().ok()).isTrue();
        String before = LiveLists.fingerprint(folder);

        // Only the permissions change: size and modification time stay as they were.
        Files.setPosixFilePermissions(un, PosixFilePermissions.fromString("---------"));
        assertThat(LiveLists.fingerprint(folder)).isNotEqualTo(before);
        Optional<LiveLists.ReloadAttempt> unreadable = live.reloadIfChanged();
        assertThat(unreadable).isPresent();
        if (!Files.isReadable(un)) {
            // (Not as root, who reads any file whatever its permissions.)
            assertThat(unreadable.get().ok()).isFalse();
            assertThat(live.failures())
                    .singleElement()
                    .satisfies(f -> assertThat(f.problem().code()).isEqualTo("unreadable"));
        }

        Files.setPosixFilePermissions(un, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(live.reloadIfChanged())
                .hasValueSatisfying(a -> assertThat(a.ok()).isTrue());
        assertThat(live.failures()).isEmpty();
        assertThat(live.degraded()).isFalse();
    }

    @Test
    void aFailedReloadIsRetriedAfterTheRetryIntervalEvenWhenNothingChanged(@TempDir Path folder) throws Exception {
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), folder.resolve("un.xml"));
        AtomicInteger reads = new AtomicInteger();
        LiveLists live = new LiveLists(folder, Duration.ZERO, (dir, inService, check, now) -> {
            if (reads.incrementAndGet() == 2) {
                throw new java.io.IOException("Input/output error");
            }
            return ListIntake.read(dir, inService, check, now);
        });
        assertThat(live.reload().ok()).isTrue();
        assertThat(live.reload().ok()).isFalse();
        assertThat(live.degraded()).isTrue();
        assertThat(live.reloadIfChanged())
                .hasValueSatisfying(a -> assertThat(a.ok()).isTrue());
        assertThat(live.degraded()).isFalse();
        assertThat(live.reloadIfChanged()).isEmpty();
    }

    @Test
    void anOutOfMemoryErrorDuringAScheduledReloadDoesNotEndTheSchedule(@TempDir Path folder) throws Exception {
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), folder.resolve("un.xml"));
        AtomicInteger reads = new AtomicInteger();
        LiveLists live = new LiveLists(folder, Duration.ZERO, (dir, inService, check, now) -> {
            if (reads.incrementAndGet() <= 2) {
                throw new OutOfMemoryError("Java heap space");
            }
            return ListIntake.read(dir, inService, check, now);
        });
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        try (PrintStream log = new PrintStream(logged, true, StandardCharsets.UTF_8);
                ReloadSchedule ignored = ReloadSchedule.start(live, Duration.ofMillis(20), log)) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                while (live.current().isEmpty()) {
                    Thread.sleep(20);
                }
            });
        }
        assertThat(reads.get()).isGreaterThanOrEqualTo(3);
        assertThat(live.lastAttempt())
                .hasValueSatisfying(a -> assertThat(a.ok()).isTrue());
        String log = logged.toString(StandardCharsets.UTF_8);
        // Two failures in a row, the same: logged once.
        assertThat(log.split("ran out of memory", -1)).hasSize(2);
        assertThat(log).contains("lists reloaded: loaded 1 lists");

        // A manual reload after an out-of-memory answers too (it used to be a 500 from then on).
        AtomicInteger manual = new AtomicInteger();
        LiveLists once = new LiveLists(folder, Duration.ZERO, (dir, inService, check, now) -> {
            if (manual.incrementAndGet() == 1) {
                throw new OutOfMemoryError("Java heap space");
            }
            return ListIntake.read(dir, inService, check, now);
        });
        assertThat(once.reload().reason()).isEqualTo("out_of_memory");
        assertThat(once.reload().ok()).isTrue();
    }

    @Test
    void anyThrowableOfACheckLeavesTheScheduleRunning() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        try (PrintStream log = new PrintStream(logged, true, StandardCharsets.UTF_8);
                ReloadSchedule ignored = ReloadSchedule.start(
                        () -> {
                            int n = runs.incrementAndGet();
                            if (n % 2 == 0) {
                                throw new OutOfMemoryError("Java heap space");
                            }
                            throw new IllegalStateException("a bug");
                        },
                        Duration.ofMillis(10),
                        log)) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                while (runs.get() < 6) {
                    Thread.sleep(10);
                }
            });
        }
        assertThat(logged.toString(StandardCharsets.UTF_8))
                .contains("OutOfMemoryError")
                .contains("a bug")
                .doesNotContain("\tat ");
    }
}
