package dev.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.lists.SharedData;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.ops.AllowedHosts;
import dev.embargo.server.ops.ApiKeys;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests from pages on other sites: the Host allow-list against DNS rebinding, the Origin check on
 * state-changing requests (with and without keys, with the UI's cookie), and CORS for the read-only
 * endpoints that browser clients (OpenRefine, the reconciliation test bench) call, with proper preflight.
 */
class CrossOriginTest {
    private static final String KEY = "cross-origin-test-key-0123456789";
    private static EmbargoServer open;
    private static EmbargoServer keyed;

    @BeforeAll
    static void start(@TempDir Path store) throws Exception {
        // Requests here reload the lists: over the UN list alone that takes a moment, not half a minute.
        Path folder = Files.createDirectories(store.resolve("lists"));
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), folder.resolve("un.xml"));
        LiveLists un = new LiveLists(folder);
        un.reload();
        open = TestServers.start(ServerSettings.loopback(0), un);
        keyed = TestServers.start(ServerSettings.loopback(0).withKeys(ApiKeys.parse(List.of(KEY))), un);
    }

    @AfterAll
    static void stop() {
        for (EmbargoServer s : new EmbargoServer[] {open, keyed}) {
            if (s != null) {
                s.stop();
            }
        }
    }

    private static RawHttp.Reply raw(EmbargoServer s, String method, String path, String... headers) {
        StringBuilder r = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        boolean host = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            r.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            host |= headers[i].equalsIgnoreCase("Host");
        }
        if (!host) {
            r.append("Host: 127.0.0.1:").append(s.port()).append("\r\n");
        }
        return RawHttp.exchange(
                s.port(),
                r.append("Connection: close\r\nContent-Length: 0\r\n\r\n").toString());
    }

    @Test
    void aForeignHostNameIsRefusedAsDnsRebindingWouldSendIt() throws Exception {
        RawHttp.Reply rebound = raw(open, "GET", "/v1/lists", "Host", "attacker.example:" + open.port());
        HostileRequestsTest.assertError(421, "does not answer to the name", rebound);
        assertThat(raw(open, "POST", "/v1/lists/reload", "Host", "attacker.example")
                        .status())
                .isEqualTo(421);
        for (String host : List.of(
                "localhost:" + open.port(),
                "127.0.0.1:" + open.port(),
                "LOCALHOST",
                "app.localhost",
                "[::1]:" + open.port(),
                "10.1.2.3")) {
            assertThat(raw(open, "GET", "/healthz", "Host", host).status())
                    .as(host)
                    .isEqualTo(200);
        }
        for (String host : List.of("localhost.attacker.example", "127.0.0.1.attacker.example", "2130706433")) {
            assertThat(raw(open, "GET", "/healthz", "Host", host).status())
                    .as(host)
                    .isEqualTo(421);
        }
        // A Host Jetty cannot parse it refuses itself, in the same JSON shape.
        HostileRequestsTest.assertError(400, "", raw(open, "GET", "/healthz", "Host", "a:b"));
    }

    @Test
    void theAllowListTakesNamesDomainsOrAnything() {
        AllowedHosts h = AllowedHosts.parse(List.of("screening.example.org", "*.corp.example"));
        assertThat(h.allows("screening.example.org:8080")).isTrue();
        assertThat(h.allows("Screening.Example.Org.")).isTrue();
        assertThat(h.allows("a.b.corp.example")).isTrue();
        assertThat(h.allows("corp.example")).isFalse();
        assertThat(h.allows("evil-screening.example.org")).isFalse();
        assertThat(h.allows("localhost")).isTrue();
        assertThat(AllowedHosts.parse(List.of("*")).allows("anything.example")).isTrue();
        assertThatThrownBy(() -> AllowedHosts.parse(List.of("http://x/"))).hasMessageContaining("expected a host name");
        try (EmbargoServer named = TestServers.start(ServerSettings.loopback(0).withHosts(h))) {
            assertThat(raw(named, "GET", "/healthz", "Host", "screening.example.org")
                            .status())
                    .isEqualTo(200);
            assertThat(raw(named, "GET", "/healthz", "Host", "other.example.org")
                            .status())
                    .isEqualTo(421);
        }
    }

    @Test
    void aStateChangingRequestFromAnotherOriginIsRefused() throws Exception {
        Http http = Http.to(open);
        // The cross-site form that reloaded the lists of a server without keys.
        HostileRequestsTest.assertError(
                403, "another origin", http.postJson("/v1/lists/reload", "{}", "Origin", "http://attacker.example"));
        // Same site, other port: SameSite cookies do not stop it, the Origin check does.
        assertThat(http.postJson("/v1/lists/reload", "{}", "Origin", "http://127.0.0.1:1")
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.postJson("/v1/lists/reload", "{}", "Origin", "null").statusCode())
                .isEqualTo(403);
        assertThat(http.postJson("/v1/lists/reload", "{}", "Origin", "null", "Sec-Fetch-Site", "cross-site")
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.postJson("/v1/lists/reload", "{}", "Origin", "null", "Sec-Fetch-Site", "none")
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.postJson("/v1/lists/reload", "{}", "Sec-Fetch-Site", "cross-site")
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.post("/logout", "application/x-www-form-urlencoded", "", "Origin", "http://attacker.example")
                        .statusCode())
                .isEqualTo(403);
        // From its own pages, and from clients that are no browser, it goes through.
        assertThat(http.postJson("/v1/lists/reload", "{}", "Origin", open.baseUrl())
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.postJson("/v1/lists/reload", "{}", "Sec-Fetch-Site", "same-origin")
                        .statusCode())
                .isEqualTo(200);
        // A form of its own pages as Chromium posts it under Referrer-Policy: no-referrer.
        assertThat(http.postJson("/v1/lists/reload", "{}", "Origin", "null", "Sec-Fetch-Site", "same-origin")
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.postJson("/v1/lists/reload", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void withKeysACookieFromAnotherOriginCountsForNothing() throws Exception {
        Http http = Http.to(keyed);
        String cookie = "embargo_key=" + KEY;
        // With a body, refused before it is read (the cookie is no key from there); without one, as cross-origin.
        HostileRequestsTest.assertError(
                401,
                "API key is required",
                http.postJson("/v1/lists/reload", "{}", "Cookie", cookie, "Origin", "http://localhost:1"));
        HostileRequestsTest.assertError(
                403,
                "another origin",
                http.post(
                        "/v1/lists/reload", "application/json", "", "Cookie", cookie, "Origin", "http://localhost:1"));
        // Even on a read-only endpoint that other origins may call, the cookie is no key for them.
        assertThat(http.get("/v1/screen?name=Kim", "Cookie", cookie, "Origin", "http://localhost:1")
                        .statusCode())
                .isEqualTo(401);
        assertThat(http.get("/v1/screen?name=Kim", "Authorization", "Bearer " + KEY, "Origin", "http://localhost:1")
                        .statusCode())
                .isEqualTo(200);
        // The UI's own requests carry their own origin, and the cookie works.
        assertThat(http.postJson("/v1/lists/reload", "{}", "Cookie", cookie, "Origin", keyed.baseUrl())
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.get("/v1/screen?name=Kim", "Cookie", cookie).statusCode())
                .isEqualTo(200);
    }

    @Test
    void readOnlyEndpointsAllowCorsWithAPreflight() {
        String origin = "https://reconciliation-test-bench.example";
        for (String path :
                List.of("/reconcile", "/reconcile/default", "/match/default", "/v1/screen", "/search/default")) {
            String method = path.startsWith("/match") ? "POST" : "GET";
            RawHttp.Reply pre = raw(
                    keyed,
                    "OPTIONS",
                    path,
                    "Origin",
                    origin,
                    "Access-Control-Request-Method",
                    method,
                    "Access-Control-Request-Headers",
                    "authorization, content-type");
            // Answered before any key is asked for: a browser sends none with a preflight.
            assertThat(pre.status()).as(path).isEqualTo(204);
            assertThat(pre.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(pre.header("Access-Control-Allow-Methods")).contains(method);
            assertThat(pre.header("Access-Control-Allow-Headers"))
                    .contains("Authorization")
                    .contains("Content-Type");
            assertThat(pre.header("Access-Control-Allow-Credentials")).isNull();
        }
        HttpResponse<String> r = Http.to(open).get("/reconcile", "Origin", origin);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<String> q = Http.to(open)
                .post(
                        "/reconcile",
                        "application/x-www-form-urlencoded",
                        "queries=" + RealListsServerTest.enc("{\"q0\":{\"query\":\"Kim Jong Un\"}}"),
                        "Origin",
                        origin);
        assertThat(q.statusCode()).isEqualTo(200);
        assertThat(q.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(q.body()).contains("\"result\"");
    }

    @Test
    void stateChangingEndpointsAndPagesGetNoCors() {
        String origin = "https://attacker.example";
        for (String[] m : new String[][] {
            {"POST", "/v1/lists/reload"},
            {"POST", "/v1/screen"},
            {"POST", "/v1/scan"},
            {"GET", "/"},
            {"GET", "/v1/lists"},
            {"POST", "/login"}
        }) {
            RawHttp.Reply pre = raw(open, "OPTIONS", m[1], "Origin", origin, "Access-Control-Request-Method", m[0]);
            assertThat(pre.status()).as(m[1]).isEqualTo(403);
            assertThat(pre.header("Access-Control-Allow-Origin")).as(m[1]).isNull();
        }
        assertThat(Http.to(open).get("/v1/lists", "Origin", origin).headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(Http.to(open).get("/", "Origin", origin).headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }
}
