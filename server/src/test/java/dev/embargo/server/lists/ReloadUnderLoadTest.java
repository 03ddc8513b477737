package dev.embargo.server.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.HostileListFiles;
import dev.embargo.lists.SharedData;
import dev.embargo.server.EmbargoServer;
import dev.embargo.server.Http;
import dev.embargo.server.ServerSettings;
import dev.embargo.server.TestServers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack, in-process: clients screen names of the SDN and UN lists without pause while the
 * SDN file is emptied, overwritten with noise and an error page, cut off and made unreadable, then
 * restored, and the periodic reload picks up every change. Every answer must still find its party.
 */
class ReloadUnderLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 3;

    @Test
    void noAnswerMissesAListedPartyWhileListsAreDamagedAndRestored(@TempDir Path folder, @TempDir Path scratch)
            throws Exception {
        // The first 3,000 parties of the real SDN list: enough to screen against, quick to read and index
        // again at every restore.
        Path goodSdn = scratch.resolve("sdn.csv");
        Files.write(
                goodSdn,
                Files.readAllLines(SharedData.require("data/lists/us-ofac-sdn/sdn.csv"), StandardCharsets.ISO_8859_1)
                        .subList(0, 3000),
                StandardCharsets.ISO_8859_1);
        Path sdn = Files.createDirectories(folder.resolve("us-ofac-sdn")).resolve("sdn.csv");
        Path un = Files.createDirectories(folder.resolve("un")).resolve("consolidated.xml");
        Files.copy(goodSdn, sdn);
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), un);
        LiveLists live = new LiveLists(folder);
        assertThat(live.reload().ok()).isTrue();
        ByteArrayOutputStream logged = new ByteArrayOutputStream();

        try (EmbargoServer server = TestServers.start(ServerSettings.loopback(0), live);
                PrintStream log = new PrintStream(logged, true, StandardCharsets.UTF_8);
                ReloadSchedule schedule = ReloadSchedule.start(live, Duration.ofMillis(100), log)) {
            Http http = Http.to(server);
            // What each name finds with every list good: the answers every later request must still give.
            Map<String, String> expected = Map.of(
                    "AEROCARIBBEAN AIRLINES", "us-ofac-sdn:36",
                    "BANCO NACIONAL DE CUBA", "us-ofac-sdn:306",
                    "Korea Mining Development Trading Corporation",
                            topId(http, "Korea Mining Development Trading Corporation"));
            expected.forEach(
                    (name, id) -> assertThat(ids(http.get(path(name)))).as(name).contains(id));
            assertThat(expected.get("Korea Mining Development Trading Corporation"))
                    .startsWith("un:");

            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong answers = new AtomicLong();
            Map<String, String> wrong = new ConcurrentHashMap<>();
            AtomicLong wrongCount = new AtomicLong();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            List<String> names = List.copyOf(expected.keySet());
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                running.add(clients.submit(() -> {
                    for (int i = offset; !stop.get(); i++) {
                        String name = names.get(i % names.size());
                        HttpResponse<String> r = http.get(path(name));
                        answers.incrementAndGet();
                        if (r.statusCode() != 200 || !ids(r).contains(expected.get(name))) {
                            wrongCount.incrementAndGet();
                            wrong.putIfAbsent(name, r.statusCode() + " " + r.body());
                        }
                    }
                    return null;
                }));
            }
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                    for (HostileListFiles damage : HostileListFiles.values()) {
                        if (damage == HostileListFiles.UNREADABLE && !HostileListFiles.unreadableFilesPossible()) {
                            continue;
                        }
                        Instant changed = Instant.now();
                        damage.write(goodSdn, sdn);
                        awaitReloadAfter(
                                live,
                                changed,
                                () -> live.degraded()
                                        && live.failures().stream()
                                                .anyMatch(f ->
                                                        f.key().equals("us-ofac-sdn/sdn.csv") && f.kept() != null));
                        JsonNode ready = JSON.readTree(http.get("/readyz").body());
                        assertThat(ready.get("status").asText())
                                .as(damage.name())
                                .isEqualTo("degraded");
                        assertThat(ready.get("lists").toString())
                                .as(damage.name())
                                .contains("{\"list\":\"us-ofac-sdn\",\"state\":\"stale\"");
                    }
                    Instant restored = Instant.now();
                    HostileListFiles.restore(goodSdn, sdn);
                    awaitReloadAfter(live, restored, () -> !live.degraded());
                    assertThat(JSON.readTree(http.get("/readyz").body())
                                    .get("status")
                                    .asText())
                            .isEqualTo("ready");
                });
            } finally {
                stop.set(true);
                for (Future<?> f : running) {
                    f.get();
                }
                clients.shutdown();
            }
            assertThat(answers.get()).as("answers during the run").isGreaterThan(20);
            assertThat(wrongCount.get())
                    .as("wrong answers of %d: %s", answers.get(), wrong)
                    .isZero();
        }
        assertThat(logged.toString(StandardCharsets.UTF_8))
                .contains("lists reload FAILED")
                .contains("lists reloaded");
    }

    private static void awaitReloadAfter(LiveLists live, Instant changed, BooleanSupplier state)
            throws InterruptedException {
        while (live.lastAttempt().map(a -> a.at().isBefore(changed)).orElse(true) || !state.getAsBoolean()) {
            Thread.sleep(20);
        }
    }

    private static String path(String name) {
        return "/v1/screen?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private static String topId(Http http, String name) throws Exception {
        return JSON.readTree(http.get(path(name)).body())
                .at("/matches/0/entity_id")
                .asText();
    }

    private static List<String> ids(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body()).get("matches").findValuesAsText("entity_id");
        } catch (Exception e) {
            return List.of();
        }
    }
}
