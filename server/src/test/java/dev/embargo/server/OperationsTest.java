package dev.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.SharedData;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.ops.ApiKeys;
import dev.embargo.server.ops.InFlight;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API keys, reloads without downtime and the draining stop. */
class OperationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "k3y-for-tests-0123456789";

    @Test
    void keysAreStoredHashedAndCheckedWhereverPresented() throws Exception {
        ApiKeys keys = ApiKeys.parse(List.of("# analysts", ApiKeys.hashLine(KEY), "another-key-of-16+chars"));
        assertThat(keys.count()).isEqualTo(2);
        assertThat(keys.accepts(KEY)).isTrue();
        assertThat(keys.accepts(KEY + "x")).isFalse();
        assertThat(keys.accepts("")).isFalse();
        assertThatThrownBy(() -> ApiKeys.parse(List.of("short")))
                .hasMessage("line 1: an API key must have at least 16 characters");
        assertThatThrownBy(() -> ApiKeys.parse(List.of("", "sha256:abc")))
                .hasMessage("line 2: expected sha256: and 64 hex digits");
        try (EmbargoServer server = TestServers.start(ServerSettings.loopback(0).withKeys(keys))) {
            Http anonymous = Http.to(server);
            HttpResponse<String> refused = anonymous.get("/v1/screen?name=Hamas");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(JSON.readTree(refused.body()).at("/error/message").asText())
                    .contains("Authorization: Bearer");
            assertThat(anonymous
                            .get("/v1/screen?name=Hamas", "Authorization", "Bearer wrong-key-0123456789")
                            .statusCode())
                    .isEqualTo(401);
            assertThat(anonymous.withKey(KEY).get("/v1/screen?name=Hamas").statusCode())
                    .isEqualTo(200);
            assertThat(anonymous.get("/v1/screen?name=Hamas", "X-API-Key", KEY).statusCode())
                    .isEqualTo(200);
            assertThat(anonymous
                            .get("/v1/screen?name=Hamas", "Authorization", "ApiKey " + KEY)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(anonymous.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/readyz").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/metrics").statusCode()).isEqualTo(401);
            // A browser without the key is sent to the login page, not shown JSON.
            HttpResponse<String> page = anonymous.get("/lists");
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).hasValue("/login?next=%2Flists");
        }
    }

    @Test
    void aReloadSwapsInNewListsAndAFailedOneKeepsTheOldServing(@TempDir Path store) throws Exception {
        Path un = SharedData.require("data/lists/un/consolidated.xml");
        Path folder = Files.createDirectories(store.resolve("lists"));
        Files.copy(un, folder.resolve("un.xml"));
        LiveLists live = new LiveLists(folder);
        assertThat(live.reload().ok()).isTrue();
        try (EmbargoServer server = TestServers.start(ServerSettings.loopback(0), live)) {
            Http http = Http.to(server);
            assertThat(JSON.readTree(http.get("/v1/lists").body())
                            .get("entities")
                            .asInt())
                    .isEqualTo(1003);
            assertThat(live.reloadIfChanged()).isEmpty();

            // A broken file in place of the good one: the reload fails, the old copy keeps answering.
            Files.writeString(folder.resolve("un.xml"), "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1");
            assertThat(live.reloadIfChanged())
                    .hasValueSatisfying(a -> assertThat(a.ok()).isFalse());
            HttpResponse<String> ready = http.get("/readyz");
            assertThat(ready.statusCode()).isEqualTo(200);
            JsonNode readyBody = JSON.readTree(ready.body());
            assertThat(readyBody.get("status").asText()).isEqualTo("degraded");
            assertThat(readyBody.at("/last_reload/ok").asBoolean()).isFalse();
            assertThat(readyBody.at("/lists/0/list").asText()).isEqualTo("un");
            assertThat(readyBody.at("/lists/0/state").asText()).isEqualTo("stale");
            assertThat(readyBody.at("/lists/0/problem").asText()).isEqualTo("cut_off");
            assertThat(JSON.readTree(http.get("/v1/lists").body())
                            .at("/failures/0/message")
                            .asText())
                    .contains("un.xml");
            assertThat(JSON.readTree(http.get("/v1/lists").body())
                            .get("entities")
                            .asInt())
                    .isEqualTo(1003);
            assertThat(JSON.readTree(http.get("/v1/screen?name=Korea+Mining+Development+Trading+Corporation")
                                    .body())
                            .at("/matches/0/entity_id")
                            .asText())
                    .startsWith("un:");
            assertThat(http.get("/metrics").body()).contains("embargo_lists_reload_ok 0.0");

            // A good file again: swapped in, the failure cleared.
            Files.copy(un, folder.resolve("un.xml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(SharedData.require("data/lists/us-ofac-cons/consolidated.xml"), folder.resolve("cons.xml"));
            HttpResponse<String> reload = http.postJson("/v1/lists/reload", "{}");
            assertThat(reload.statusCode()).isEqualTo(200);
            JsonNode lists = JSON.readTree(reload.body());
            assertThat(lists.get("entities").asInt()).isEqualTo(1003 + 443);
            assertThat(lists.at("/last_reload/ok").asBoolean()).isTrue();
            assertThat(JSON.readTree(http.get("/readyz").body()).get("status").asText())
                    .isEqualTo("ready");
        }
    }

    @Test
    void requestsAreServedWhileAReloadBuildsTheNextGeneration(@TempDir Path store) throws Exception {
        Path folder = Files.createDirectories(store.resolve("lists"));
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), folder.resolve("un.xml"));
        LiveLists live = new LiveLists(folder);
        live.reload();
        try (EmbargoServer server = TestServers.start(ServerSettings.loopback(0), live)) {
            Http http = Http.to(server);
            Files.copy(SharedData.require("data/lists/us-ofac-sdn/sdn.csv"), folder.resolve("sdn.csv"));
            CompletableFuture<LiveLists.ReloadAttempt> reload = CompletableFuture.supplyAsync(live::reload);
            int answered = 0;
            while (!reload.isDone()) {
                assertThat(http.get("/v1/screen?name=Kim+Jong+Un").statusCode()).isEqualTo(200);
                answered++;
            }
            assertThat(reload.get().ok()).isTrue();
            assertThat(answered).isPositive();
            assertThat(JSON.readTree(http.get("/v1/screen?name=Kim+Jong+Un").body())
                            .get("matches")
                            .findValuesAsText("entity_id"))
                    .contains("us-ofac-sdn:20157");
        }
    }

    @Test
    void aStopWaitsForRequestsInFlightAndRefusesNewOnes() throws Exception {
        InFlight inFlight = new InFlight();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> {
            try {
                inFlight.doFilter((ServletRequest) null, (ServletResponse) null, (req, res) -> {
                    entered.countDown();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(inFlight.drain(Duration.ofMillis(100))).isFalse();
        assertThat(inFlight.draining()).isTrue();
        release.countDown();
        slow.get(5, TimeUnit.SECONDS);
        assertThat(inFlight.drain(Duration.ofSeconds(1))).isTrue();
        assertThat(inFlight.running()).isZero();
    }

    @Test
    void aStoppedServerAnswersNoMore() {
        EmbargoServer server = TestServers.start();
        Http http = Http.to(server);
        assertThat(http.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(server.stop()).isTrue();
        assertThatThrownBy(() -> http.get("/healthz")).isInstanceOf(java.io.UncheckedIOException.class);
    }
}
