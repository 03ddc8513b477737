package dev.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.ops.SecurityHeaders;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Input that no honest client sends — JSON nested thousands deep, numbers of thousands of digits, trailing
 * garbage, broken multipart bodies, malformed request lines, huge headers, unknown methods — is answered 4xx
 * in the API's JSON error shape with the security headers, Jetty's own answers included, and leaves no
 * stack trace in the server's log.
 */
class HostileRequestsTest {
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static EmbargoServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = EmbargoServer.start(
                ServerSettings.loopback(0),
                LiveLists.of(TestServers.realLists()),
                new PrintStream(LOG, true, StandardCharsets.UTF_8));
        http = Http.to(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        // Whatever the tests above sent, the log holds no stack trace.
        assertThat(LOG.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ").doesNotContain("Exception in");
    }

    static String deep(int depth) {
        return "{\"name\":\"Kim\",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    /** The API's error shape and headers; the message mentions {@code mentions}. */
    static JsonNode assertError(
            int status, String mentions, int gotStatus, String body, Map<String, List<String>> headers)
            throws Exception {
        assertThat(gotStatus).as(body).isEqualTo(status);
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("<html");
        JsonNode e = RealListsServerTest.JSON.readTree(body);
        assertThat(e.at("/error/status").asInt()).as(body).isEqualTo(status);
        assertThat(e.at("/error/code").asText()).as(body).isNotBlank();
        assertThat(e.at("/error/message").asText()).as(body).containsIgnoringCase(mentions);
        assertThat(first(headers, "content-security-policy")).isEqualTo(SecurityHeaders.CSP);
        assertThat(first(headers, "x-content-type-options")).isEqualTo("nosniff");
        assertThat(first(headers, "x-frame-options")).isEqualTo("DENY");
        return e;
    }

    static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
                return h.getValue().get(0);
            }
        }
        return null;
    }

    static JsonNode assertError(int status, String mentions, HttpResponse<String> r) throws Exception {
        return assertError(
                status, mentions, r.statusCode(), r.body(), r.headers().map());
    }

    static JsonNode assertError(int status, String mentions, RawHttp.Reply r) throws Exception {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        r.headers().forEach((k, v) -> headers.put(k, List.of(v)));
        return assertError(status, mentions, r.status(), r.body(), headers);
    }

    @Test
    void jsonNestedThousandsDeepIsA400NotA500() throws Exception {
        // Jackson's own limit is 1,000 levels and its error had no location: a NullPointerException and a 500.
        for (int depth : new int[] {1_001, 5_000}) {
            assertError(400, "nested deeper than", http.postJson("/v1/screen", deep(depth)));
            assertError(400, "nested deeper than", http.postJson("/v1/compare", deep(depth)));
            assertError(
                    400, "nested deeper than", http.postJson("/v1/scan", "{\"text\":\"x\",\"y\":" + deep(depth) + "}"));
            // yente answers a body it cannot read as FastAPI does: 422.
            assertThat(http.postJson("/match/default", "{\"queries\":" + deep(depth) + "}")
                            .statusCode())
                    .isEqualTo(422);
            assertError(
                    400,
                    "nested deeper than",
                    http.post(
                            "/reconcile",
                            "application/x-www-form-urlencoded",
                            "queries=" + RealListsServerTest.enc("{\"q0\":" + deep(depth) + "}")));
            // In a URL, as deep as fits in one.
            assertError(
                    400,
                    "nested deeper than",
                    http.get("/reconcile?queries=" + RealListsServerTest.enc("{\"q0\":" + deep(depth / 25) + "}")));
        }
    }

    @Test
    void numbersOfThousandsOfDigitsAreA400() throws Exception {
        String digits = "9".repeat(1_500);
        assertError(400, "digits", http.postJson("/v1/screen", "{\"name\":\"Kim\",\"threshold\":" + digits + "}"));
        assertError(
                400,
                "digits",
                http.postJson("/v1/compare", "{\"name1\":\"a\",\"name2\":\"b\",\"threshold\":0." + digits + "}"));
        assertError(
                400,
                "digits",
                http.post(
                        "/reconcile",
                        "application/x-www-form-urlencoded",
                        "queries=" + RealListsServerTest.enc("{\"q0\":{\"query\":\"Kim\",\"limit\":" + digits + "}}")));
    }

    @Test
    void trailingGarbageAndRepeatedFieldsAreRefused() throws Exception {
        assertError(400, "not valid JSON", http.postJson("/v1/screen", "{\"name\":\"Kim Jong Un\"} and more"));
        assertError(400, "not valid JSON", http.postJson("/v1/screen", "{\"name\":\"Kim Jong Un\"}{\"name\":\"x\"}"));
        assertError(400, "duplicate", http.postJson("/v1/screen", "{\"name\":\"Kim Jong Un\",\"name\":\"Hamas\"}"));
        assertError(
                400,
                "not valid JSON",
                http.post(
                        "/reconcile",
                        "application/x-www-form-urlencoded",
                        "queries=" + RealListsServerTest.enc("{\"q0\":{\"query\":\"Kim\"}} trailing")));
        // A well-formed body still answers.
        assertThat(http.postJson("/v1/screen", "{\"name\":\"Kim Jong Un\"}  \n").statusCode())
                .isEqualTo(200);
    }

    @Test
    void brokenMultipartBodiesAreA400() throws Exception {
        String type = "multipart/form-data; boundary=XyZ";
        String unterminated = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nKim Jong Un visited\r\n";
        assertError(400, "closing boundary", http.post("/v1/scan", type, unterminated));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            many.append("--XyZ\r\nContent-Disposition: form-data; name=\"f")
                    .append(i)
                    .append("\"\r\n\r\nx\r\n");
        }
        many.append("--XyZ--\r\n");
        HttpResponse<String> r = http.post("/v1/scan", type, many.toString());
        assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
        assertError(r.statusCode(), "", r);
        // The UI's scan form answers the same in its own page, not with a 500.
        assertThat(http.post("/scan", type, unterminated).statusCode()).isBetween(400, 499);
    }

    @Test
    void formsWithTooManyFieldsAreA400() throws Exception {
        StringBuilder form = new StringBuilder("key=x");
        for (int i = 0; i < 5_000; i++) {
            form.append("&f").append(i).append("=1");
        }
        assertThat(http.post("/login", "application/x-www-form-urlencoded", form.toString())
                        .statusCode())
                .isBetween(300, 499);
        HttpResponse<String> r = http.post("/reconcile", "application/x-www-form-urlencoded", form.toString());
        assertError(400, "", r);
    }

    @Test
    void jsonEndpointsTakeJsonOnly() throws Exception {
        // A page on any site can make a browser send text/plain or a form without asking first.
        assertError(415, "application/json", http.post("/v1/screen", "text/plain", "{\"name\":\"Kim Jong Un\"}"));
        assertError(
                415,
                "application/json",
                http.post("/v1/compare", "application/x-www-form-urlencoded", "name1=a&name2=b"));
        assertError(415, "application/json", http.post("/v1/lists/reload", "text/plain", "{}"));
        HttpResponse<String> yente = http.post("/match/default", "text/plain", "{\"queries\":{}}");
        assertThat(yente.statusCode()).isEqualTo(415);
        assertThat(RealListsServerTest.JSON.readTree(yente.body()).get("detail").asText())
                .contains("application/json");
        assertThat(http.post("/v1/screen", "application/json; charset=utf-8", "{\"name\":\"Kim Jong Un\"}")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void jettysOwnErrorsHaveTheJsonShapeAndTheSecurityHeaders() throws Exception {
        int port = server.port();
        // A request line Jetty cannot parse.
        assertError(400, "", RawHttp.exchange(port, "GET /v1/screen?name=a b c HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
        // Headers beyond Jetty's 8 KB.
        assertError(
                431,
                "",
                RawHttp.exchange(
                        port,
                        "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000)
                                + "\r\nConnection: close\r\n\r\n"));
        // A URI beyond it.
        RawHttp.Reply longUri = RawHttp.exchange(
                port,
                "GET /v1/screen?name=" + "a".repeat(20_000)
                        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertError(longUri.status(), "", longUri);
        assertThat(longUri.status()).isBetween(400, 499);
        // A body larger than declared limits, refused before it is read.
        assertError(
                413,
                "too large",
                RawHttp.exchange(
                        port,
                        "POST /v1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + "Content-Type: application/json\r\nContent-Length: 999999999\r\n\r\n{"));
        // A broken chunked body.
        RawHttp.Reply chunked = RawHttp.exchange(
                port,
                "POST /v1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");
        assertError(400, "", chunked);
    }

    @Test
    void aChunkedBodyReadInFullFirstIsHandledAsAnyOther() {
        // Bodies are now read before the API sees them: one sent in chunks must arrive whole.
        RawHttp.Reply r = RawHttp.exchange(
                server.port(),
                "POST /v1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                        + "9\r\n{\"name\": \r\n8\r\n\"Hamas\"}\r\n0\r\n\r\n");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"name\":\"Hamas\"");
    }

    @Test
    void traceAndOptionsAre405NotFound() throws Exception {
        for (String method : List.of("TRACE", "OPTIONS", "PUT", "DELETE", "PATCH")) {
            RawHttp.Reply r = RawHttp.exchange(
                    server.port(),
                    method + " /v1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "Connection: close\r\n\r\n");
            assertError(405, "not allowed", r);
            assertThat(r.header("Allow")).contains("GET");
        }
        // A path of the UI gets the UI's error page, with the same status and headers.
        RawHttp.Reply page = RawHttp.exchange(
                server.port(), "TRACE /no/such/path HTTP/1.1\r\n" + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(page.status()).isEqualTo(405);
        assertThat(page.header("Content-Security-Policy")).isEqualTo(SecurityHeaders.CSP);
        // A route under another method.
        assertError(405, "not allowed", http.get("/v1/compare"));
    }

    @Test
    void unexpectedFailuresLogOneLineNotAStackTrace() {
        // Whatever fails inside: the log line names the request, the client gets the generic answer.
        // (The @AfterAll asserts no "\tat " line was logged by any test of this class.)
        assertThat(dev.embargo.server.ops.RequestFailures.oneLine(new IllegalStateException("boom")))
                .startsWith("java.lang.IllegalStateException: boom at ")
                .doesNotContain("\n");
    }
}
