package dev.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Slow and greedy clients on loopback: a thousand connections that send their headers or bodies a few bytes at a
 * time hold no request thread, so {@code /healthz} and {@code /v1/screen} keep answering; bodies and headers
 * that take too long are cut off; expensive work and the bytes held at once are bounded, with 503 and
 * Retry-After beyond. Counts and times are bounded; the time bounds are generous (correctness, not speed).
 */
class SlowClientsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SLOW_CLIENTS = 1_000;
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static EmbargoServer start(Capacity capacity) {
        return TestServers.start(ServerSettings.loopback(0).withCapacity(capacity));
    }

    private static Socket open(int port) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        return s;
    }

    private static void send(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** A request that starts and never ends: a body promised and barely begun, or headers left unfinished. */
    private static String slowStart(int i) {
        return switch (i % 4) {
            case 0 ->
                "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                        + "Content-Length: 100000\r\n\r\nkey=abc";
            case 1 ->
                "POST /v1/scan HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: 100000\r\n\r\nKim Jong";
            case 2 ->
                "POST /v1/screen HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n4\r\n{\"na\r\n";
            default -> "GET /v1/screen?name=Kim HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: aaa";
        };
    }

    @Test
    void aThousandSlowClientsLeaveHealthAndScreeningAnswering() {
        // Few request threads, so that the old server (a thread per slow body) would have none left at once.
        Capacity capacity = Capacity.forThisMachine();
        capacity = new Capacity(
                16,
                capacity.idleTimeout(),
                capacity.headerTimeout(),
                capacity.bodyTimeout(),
                capacity.bodyBudgetBytes(),
                capacity.scanPermits(),
                capacity.batchPermits());
        try (EmbargoServer server = start(capacity)) {
            List<Socket> slow = new ArrayList<>(SLOW_CLIENTS);
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                    for (int i = 0; i < SLOW_CLIENTS; i++) {
                        Socket s = open(server.port());
                        slow.add(s);
                        send(s, slowStart(i));
                    }
                    // A trickle more from each, well within the idle timeout: they are slow, not gone.
                    for (Socket s : slow) {
                        send(s, "x");
                    }
                    // Each answer within 10 s (they take milliseconds): well before the 30 s idle timeout, which
                    // would free threads held by slow bodies and hide that they were held.
                    for (int round = 0; round < 10; round++) {
                        assertThat(quick(server, "/healthz", null).statusCode()).isEqualTo(200);
                        HttpResponse<String> screen = quick(server, "/v1/screen?name=Kim+Jong+Un", null);
                        assertThat(screen.statusCode()).isEqualTo(200);
                        assertThat(JSON.readTree(screen.body()).get("matches").findValuesAsText("entity_id"))
                                .contains("us-ofac-sdn:20157");
                        assertThat(quick(server, "/v1/screen", "{\"name\":\"Kim Jong Un\"}")
                                        .statusCode())
                                .isEqualTo(200);
                    }
                    long requestThreads = Thread.getAllStackTraces().keySet().stream()
                            .filter(t -> t.getName().startsWith("embargo-http"))
                            .count();
                    assertThat(requestThreads).isLessThanOrEqualTo(16);
                    // The slow clients are still connected: held, not dropped to make room.
                    assertThat(slow.stream().filter(s -> !s.isClosed()).count()).isEqualTo(SLOW_CLIENTS);
                });
            } finally {
                for (Socket s : slow) {
                    try {
                        s.close();
                    } catch (IOException e) {
                        // closing anyway
                    }
                }
            }
        }
    }

    @Test
    void bodiesAndHeadersThatTakeTooLongAreCutOff() {
        Capacity capacity = Capacity.forThisMachine()
                .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(2));
        try (EmbargoServer server = start(capacity)) {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                // A body that keeps coming, a byte at a time, never completing: 408 in the API's shape.
                try (Socket s = open(server.port())) {
                    s.setSoTimeout(20_000);
                    send(s, slowStart(0));
                    RawHttp.Reply[] reply = new RawHttp.Reply[1];
                    Thread reader = Thread.ofVirtual().start(() -> {
                        try {
                            reply[0] = RawHttp.read(s.getInputStream());
                        } catch (IOException e) {
                            // no reply
                        }
                    });
                    for (int i = 0; i < 20 && reader.isAlive(); i++) {
                        try {
                            send(s, "a");
                        } catch (IOException e) {
                            break;
                        }
                        Thread.sleep(250);
                    }
                    reader.join(20_000);
                    assertThat(reply[0]).isNotNull();
                    HostileRequestsTest.assertError(408, "did not arrive", reply[0]);
                }
                // Headers that keep coming a byte at a time: the connection is closed.
                try (Socket s = open(server.port())) {
                    s.setSoTimeout(20_000);
                    send(s, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
                    long started = System.nanoTime();
                    boolean closed = false;
                    for (int i = 0; i < 40 && !closed; i++) {
                        try {
                            send(s, "a");
                            Thread.sleep(250);
                        } catch (IOException e) {
                            closed = true;
                        }
                        if (!closed && s.getInputStream().available() == 0) {
                            s.setSoTimeout(1);
                            try {
                                closed = s.getInputStream().read() < 0;
                            } catch (SocketTimeoutException e) {
                                // still open
                            } catch (IOException e) {
                                closed = true;
                            }
                        }
                    }
                    assertThat(closed)
                            .as("closed after %d ms", (System.nanoTime() - started) / 1_000_000)
                            .isTrue();
                }
                // Meanwhile, and after, the server answers.
                assertThat(Http.to(server).get("/healthz").statusCode()).isEqualTo(200);
            });
        }
    }

    @Test
    void bodiesHeldAtOnceStayWithinTheirBudget() {
        Capacity capacity = Capacity.forThisMachine().withBodyBudget(1_000_000);
        try (EmbargoServer server = start(capacity)) {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                List<Socket> sockets = new ArrayList<>();
                try {
                    // Three bodies of 600 KB each, begun with 400 KB and left unfinished: 1.2 MB do not fit in 1 MB.
                    // Each reader reserves its bytes as they arrive, on its own I/O thread, so when two find the
                    // budget full at the same moment both are refused (all three would need three such moments at
                    // once).
                    // A body refused while it is still being sent has its connection closed under the sender (a
                    // broken pipe or a reset), which may also lose the 503 written before the close: that body
                    // was refused too.
                    boolean[] cutWhileSending = new boolean[3];
                    for (int i = 0; i < 3; i++) {
                        Socket s = open(server.port());
                        s.setSoTimeout(5_000);
                        sockets.add(s);
                        try {
                            send(
                                    s,
                                    "POST /v1/scan HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                                            + "Content-Length: 600000\r\n\r\n" + "a".repeat(400_000));
                        } catch (java.net.SocketException e) {
                            cutWhileSending[i] = true;
                        }
                    }
                    ExecutorService readers = Executors.newFixedThreadPool(3);
                    List<Future<RawHttp.Reply>> replies = new ArrayList<>();
                    for (Socket s : sockets) {
                        replies.add(readers.submit(() -> RawHttp.read(s.getInputStream())));
                    }
                    int refused = 0;
                    for (int i = 0; i < replies.size(); i++) {
                        try {
                            RawHttp.Reply r = replies.get(i).get();
                            HostileRequestsTest.assertError(503, "try again", r);
                            assertThat(r.header("Retry-After")).isNotBlank();
                            refused++;
                        } catch (java.util.concurrent.ExecutionException e) {
                            if (cutWhileSending[i]) {
                                refused++;
                            }
                            // otherwise this one is still waiting for the rest of its body
                        }
                    }
                    readers.shutdownNow();
                    assertThat(refused).isBetween(1, 2);
                } finally {
                    for (Socket s : sockets) {
                        s.close();
                    }
                }
                assertThat(Http.to(server)
                                .postJson("/v1/screen", "{\"name\":\"Hamas\"}")
                                .statusCode())
                        .isEqualTo(200);
            });
        }
    }

    @Test
    void batchesBeyondTheirPermitsAre503WithRetryAfter() throws Exception {
        try (EmbargoServer server = start(Capacity.forThisMachine().withPermits(1, 1))) {
            Http http = Http.to(server);
            StringBuilder batch = new StringBuilder("{\"queries\":[");
            for (int i = 0; i < 1_000; i++) {
                batch.append(i == 0 ? "" : ",")
                        .append("{\"name\":\"Kim Jong ")
                        .append(i)
                        .append("\"}");
            }
            String body = batch.append("]}").toString();
            int clients = 6;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return http.postJson("/v1/screen", body);
                }));
            }
            go.countDown();
            int ok = 0;
            int busy = 0;
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                if (r.statusCode() == 200) {
                    ok++;
                } else {
                    JsonNode e = HostileRequestsTest.assertError(503, "at once", r);
                    assertThat(e.at("/error/code").asText()).isEqualTo("busy");
                    assertThat(r.headers().firstValue("Retry-After")).isPresent();
                    busy++;
                }
            }
            pool.shutdown();
            assertThat(ok).isPositive();
            assertThat(busy).isPositive();
            // Single names are no batch: they answer whatever the batches do.
            assertThat(http.get("/v1/screen?name=Hamas").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aSlowBodyDoesNotHoldAThreadEvenWithOneLeft() throws Exception {
        // With four request threads (the least allowed), eight slow bodies: none of them takes one.
        Capacity c = Capacity.forThisMachine();
        try (EmbargoServer server = start(
                new Capacity(4, c.idleTimeout(), c.headerTimeout(), c.bodyTimeout(), c.bodyBudgetBytes(), 1, 1))) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket s = open(server.port());
                    slow.add(s);
                    send(s, slowStart(1));
                }
                assertThat(quick(server, "/healthz", null).statusCode()).isEqualTo(200);
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
        }
    }

    @Test
    void withKeysABodyWithoutOneIsRefusedBeforeItIsRead() throws Exception {
        String key = "slow-clients-test-key-0123456789";
        try (EmbargoServer server = TestServers.start(
                ServerSettings.loopback(0).withKeys(dev.embargo.server.ops.ApiKeys.parse(List.of(key))))) {
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                // 100 KB declared, 8 bytes sent: answered at once, not after the body (which never comes).
                try (Socket s = open(server.port())) {
                    s.setSoTimeout(10_000);
                    send(s, slowStart(1));
                    HostileRequestsTest.assertError(401, "API key is required", RawHttp.read(s.getInputStream()));
                }
                // With the key, the same start waits for its body; /login needs none and is read as usual.
                try (Socket s = open(server.port())) {
                    s.setSoTimeout(1_000);
                    send(s, slowStart(1).replace("Content-Type", "Authorization: Bearer " + key + "\r\nContent-Type"));
                    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RawHttp.read(s.getInputStream()))
                            .isInstanceOf(SocketTimeoutException.class);
                }
                assertThat(quick(server, "/healthz", null).statusCode()).isEqualTo(200);
            });
        }
    }

    /** A GET (or a JSON POST when {@code json} is given) that must be answered within 10 s. */
    static HttpResponse<String> quick(EmbargoServer server, String path, String json) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(10));
        HttpRequest r = json == null
                ? b.GET().build()
                : b.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build();
        return CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
    }
}
