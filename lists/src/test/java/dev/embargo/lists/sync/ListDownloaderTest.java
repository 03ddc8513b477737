package dev.embargo.lists.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile publishers on the loopback interface: an endless body, a file over its limit, redirects to
 * another host, in a loop or down to plain http. The downloader must stop each one early, name the URL it
 * was at, and a sync must keep the previous good files current.
 */
class ListDownloaderTest {
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** The publisher, reached as 127.0.0.1. */
    private Publisher home;
    /** Another host: the same machine reached by the name "localhost", which a redirect may not go to. */
    private Publisher other;

    @BeforeEach
    void start() throws IOException {
        home = new Publisher("127.0.0.1");
        other = new Publisher("localhost");
    }

    @AfterEach
    void stop() {
        home.close();
        other.close();
    }

    private static Path download(ListDownloader downloader, URI url, Path target, long maxBytes)
            throws DownloadException {
        return downloader.start(url, target, false, maxBytes).await();
    }

    @Test
    void anEndlessBodyStopsAtTheSizeLimitAndLeavesNoFile() {
        home.endless("/list.xml", 200);
        Path target = dir.resolve("list.xml");
        try (ListDownloader downloader = new ListDownloader(GENEROUS)) {
            assertTimeoutPreemptively(
                    GENEROUS,
                    () -> assertThatThrownBy(() -> download(downloader, home.url("/list.xml"), target, 1L << 20))
                            .isInstanceOf(DownloadException.class)
                            .hasMessage(home.url("/list.xml") + ": too large: more than the limit of 1 MiB arrived;"
                                    + " download stopped"));
        }
        assertThat(target).doesNotExist();
        // Stopped at the limit, not at the timeout: the server got to send little more than the limit.
        assertThat(home.sent.get()).isLessThan(64L << 20);
    }

    @Test
    void aFileAnnouncedOverTheLimitIsRefusedBeforeItsBodyIsRead() {
        home.sized("/big.xml", 50L << 20);
        Path target = dir.resolve("big.xml");
        try (ListDownloader downloader = new ListDownloader(GENEROUS)) {
            assertThatThrownBy(() -> download(downloader, home.url("/big.xml"), target, 1L << 20))
                    .hasMessage(home.url("/big.xml") + ": too large: Content-Length announces 52428800 bytes,"
                            + " over the limit of 1 MiB");
        }
        assertThat(target).doesNotExist();
    }

    @Test
    void aFileOfExactlyTheLimitArrives() throws Exception {
        home.sized("/exact.xml", 1L << 20);
        try (ListDownloader downloader = new ListDownloader(GENEROUS)) {
            Path file = download(downloader, home.url("/exact.xml"), dir.resolve("exact.xml"), 1L << 20);
            assertThat(Files.size(file)).isEqualTo(1L << 20);
        }
    }

    @Test
    void anEndlessErrorPageIsNotReadAtAll() {
        home.endless("/gone.xml", 500);
        try (ListDownloader downloader = new ListDownloader(GENEROUS)) {
            assertTimeoutPreemptively(
                    GENEROUS,
                    () -> assertThatThrownBy(() ->
                                    download(downloader, home.url("/gone.xml"), dir.resolve("gone.xml"), 1L << 30))
                            .hasMessage(home.url("/gone.xml") + ": HTTP status 500"));
        }
    }

    @Test
    void aRedirectToAnotherHostIsRefusedWithoutContactingIt() {
        other.endless("/list.xml", 200);
        home.redirect("/list.xml", other.url("/list.xml"));
        try (ListDownloader downloader = new ListDownloader(GENEROUS)) {
            assertThatThrownBy(() -> download(downloader, home.url("/list.xml"), dir.resolve("list.xml"), 1L << 20))
                    .hasMessage(home.url("/list.xml") + ": redirect to " + other.url("/list.xml")
                            + " refused: host localhost is not 127.0.0.1 (a redirect to another host is followed"
                            + " only when that host is allowed)");
        }
        assertThat(other.requests.get()).isZero();
    }

    @Test
    void aRedirectToAnAllowedHostIsFollowedAndFailuresNameTheFinalUrl() throws Exception {
        other.sized("/list.xml", 1000);
        other.endless("/endless.xml", 200);
        home.redirect("/list.xml", other.url("/list.xml"));
        home.redirect("/endless.xml", other.url("/endless.xml"));
        try (ListDownloader downloader = new ListDownloader(GENEROUS, Set.of("LocalHost"))) {
            ListDownloader.Download d =
                    downloader.start(home.url("/list.xml"), dir.resolve("list.xml"), false, 1L << 20);
            assertThat(Files.size(d.await())).isEqualTo(1000);
            assertThat(d.finalUrl()).isEqualTo(other.url("/list.xml"));

            assertThatThrownBy(() -> download(downloader, home.url("/endless.xml"), dir.resolve("e.xml"), 1L << 20))
                    .hasMessage(other.url("/endless.xml") + ": too large: more than the limit of 1 MiB arrived;"
                            + " download stopped (redirected from " + home.url("/endless.xml") + ")");
        }
    }

    @Test
    void aRedirectOnTheSameHostIsFollowed() throws Exception {
        home.sized("/files/v2/list.xml", 1234);
        home.redirect("/list.xml", URI.create("/files/v2/list.xml"));
        try (ListDownloader downloader = new ListDownloader(GENEROUS)) {
            assertThat(Files.size(download(downloader, home.url("/list.xml"), dir.resolve("list.xml"), 1L << 20)))
                    .isEqualTo(1234);
        }
    }

    @Test
    void aRedirectLoopEndsAfterFiveHops() {
        home.redirect("/a", URI.create("/b"));
        home.redirect("/b", URI.create("/a"));
        try (ListDownloader downloader = new ListDownloader(GENEROUS)) {
            assertThatThrownBy(() -> download(downloader, home.url("/a"), dir.resolve("a"), 1L << 20))
                    .hasMessageContaining(": more than 5 redirects (the last to " + home.url("/a") + ")");
        }
        assertThat(home.requests.get()).isEqualTo(6);
    }

    @Test
    void redirectsGoOnlyToHttpOrHttpsNeverDownToPlainHttp() {
        try (ListDownloader downloader = new ListDownloader(GENEROUS, Set.of("cdn.example.net"))) {
            URI from = URI.create("https://lists.example.org/a.xml");
            assertThat(downloader.refusal(from, URI.create("http://lists.example.org/a.xml"), 1))
                    .contains("from https to plain http");
            assertThat(downloader.refusal(from, URI.create("file:///etc/passwd"), 1))
                    .contains("not an http or https URL");
            assertThat(downloader.refusal(from, URI.create("https://www.lists.example.org/a.xml"), 1))
                    .as("the www twin of the host")
                    .isNull();
            assertThat(downloader.refusal(from, URI.create("https://cdn.example.net/a.xml"), 1))
                    .as("an allowed host")
                    .isNull();
            assertThat(downloader.refusal(from, URI.create("https://evil.example.org/a.xml"), 1))
                    .contains("host evil.example.org is not lists.example.org");
        }
    }

    // ---- the same through a sync: the previous good files stay current ----

    @Test
    void aSyncMeetingAnEndlessBodyKeepsThePreviousSnapshot() throws IOException {
        Fixture f = previousUnSnapshot();
        home.endless("/un/consolidated.xml", 200);

        // The UN's default limit (32 MiB) holds: no test setting lowers it.
        SyncReport report = assertTimeoutPreemptively(GENEROUS, () -> f.sync(settings(Source.UN)));

        f.assertKept(report, "/un/consolidated.xml: too large: more than the limit of 32 MiB arrived");
        assertThat(home.sent.get()).isLessThan(256L << 20);
    }

    @Test
    void aSyncMeetingAFileOverItsLimitKeepsThePreviousSnapshot() throws IOException {
        Fixture f = previousUnSnapshot();
        byte[] unNew = Files.readAllBytes(SharedData.require("data/lists/un/consolidated.xml"));
        home.body("/un/consolidated.xml", unNew);

        SyncReport report = f.sync(settings(Source.UN).withMaxBytes(Map.of(Source.UN, 1L << 20)));

        f.assertKept(report, "too large: Content-Length announces " + unNew.length + " bytes, over the limit of 1 MiB");
        // The same file within a raised limit is taken.
        SyncReport raised = f.sync(settings(Source.UN).withMaxBytes(Map.of(Source.UN, 8L << 20)));
        assertThat(raised.switched()).isTrue();
    }

    @Test
    void aSyncRedirectedToAnotherHostKeepsThePreviousSnapshotUnlessTheHostIsAllowed() throws IOException {
        Fixture f = previousUnSnapshot();
        byte[] unNew = Files.readAllBytes(SharedData.require("data/lists/un/consolidated.xml"));
        other.body("/un/consolidated.xml", unNew);
        home.redirect("/un/consolidated.xml", other.url("/un/consolidated.xml"));

        SyncReport report = f.sync(settings(Source.UN));

        f.assertKept(
                report,
                home.url("/un/consolidated.xml") + ": redirect to " + other.url("/un/consolidated.xml")
                        + " refused: host localhost is not 127.0.0.1");
        assertThat(other.requests.get()).isZero();

        SyncReport allowed = f.sync(settings(Source.UN).withRedirectHosts(Set.of("localhost")));
        assertThat(allowed.switched()).isTrue();
        assertThat(SnapshotStore.resolveListsFolder(dir).resolve("un/consolidated.xml"))
                .hasBinaryContent(unNew);
    }

    private SyncSettings settings(Source source) {
        return SyncSettings.defaults()
                .withSources(java.util.List.of(source))
                .withMirrorBase(home.url("/"))
                .withRequestTimeout(GENEROUS);
    }

    private Fixture previousUnSnapshot() throws IOException {
        byte[] unOld = Files.readAllBytes(SharedData.require("data/lists-history/un-2024-11/consolidated.xml"));
        SnapshotStore store = new SnapshotStore(dir);
        String name = "20260201T000000Z";
        Path file = store.snapshotFolder(name).resolve("un/consolidated.xml");
        Files.createDirectories(file.getParent());
        Files.write(file, unOld);
        store.makeCurrent(name);
        return new Fixture(name, fingerprint(dir));
    }

    private final class Fixture {
        private final String previous;
        private final Map<String, String> before;
        private final AtomicInteger minutes = new AtomicInteger();

        Fixture(String previous, Map<String, String> before) {
            this.previous = previous;
            this.before = before;
        }

        SyncReport sync(SyncSettings settings) throws IOException {
            Clock clock = Clock.fixed(
                    Instant.parse("2026-03-01T08:00:00Z").plusSeconds(60L * minutes.getAndIncrement()), ZoneOffset.UTC);
            return new ListSync(new SnapshotStore(dir), settings, clock).run();
        }

        void assertKept(SyncReport report, String problem) throws IOException {
            assertThat(report.switched()).isFalse();
            assertThat(report.currentSnapshot()).isEqualTo(previous);
            assertThat(report.failures()).singleElement().satisfies(o -> {
                assertThat(o.problem()).contains(problem);
                assertThat(o.keptPrevious()).isTrue();
            });
            assertThat(Files.readString(dir.resolve("current")).strip()).isEqualTo(previous);
            assertThat(fingerprint(dir))
                    .as("store untouched, no partial download left")
                    .isEqualTo(before);
        }
    }

    private static Map<String, String> fingerprint(Path root) throws IOException {
        Map<String, String> prints = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (p.getFileName().toString().equals(".sync.lock")) {
                    continue;
                }
                FileTime modified = Files.getLastModifiedTime(p);
                prints.put(
                        root.relativize(p).toString(),
                        Files.size(p) + "/" + modified + "/" + Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return prints;
    }

    /** A loopback HTTP server reached under one host name, serving replies per path and counting. */
    private static final class Publisher implements AutoCloseable {
        private final String host;
        private final HttpServer server;
        private final ExecutorService handlers = Executors.newCachedThreadPool();
        private final Map<String, Handler> replies = new ConcurrentHashMap<>();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicLong sent = new AtomicLong();

        interface Handler {
            void handle(HttpExchange exchange) throws IOException;
        }

        Publisher(String host) throws IOException {
            this.host = host;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                requests.incrementAndGet();
                try (exchange) {
                    replies.getOrDefault(exchange.getRequestURI().getPath(), e -> e.sendResponseHeaders(404, -1))
                            .handle(exchange);
                } catch (IOException e) {
                    // The client hung up: expected whenever it stops a download.
                }
            });
            server.setExecutor(handlers);
            server.start();
        }

        URI url(String path) {
            return URI.create("http://" + host + ":" + server.getAddress().getPort() + path);
        }

        void body(String path, byte[] bytes) {
            replies.put(path, e -> {
                e.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = e.getResponseBody()) {
                    out.write(bytes);
                }
            });
        }

        /** Announces and sends {@code size} bytes of XML-looking filler. */
        void sized(String path, long size) {
            replies.put(path, e -> {
                e.sendResponseHeaders(200, size);
                write(e.getResponseBody(), size);
            });
        }

        /** A chunked body that never ends (stopped at 4 GiB, so a broken client cannot hang the build). */
        void endless(String path, int status) {
            replies.put(path, e -> {
                e.sendResponseHeaders(status, 0);
                write(e.getResponseBody(), 4L << 30);
            });
        }

        void redirect(String path, URI to) {
            replies.put(path, e -> {
                e.getResponseHeaders().set("Location", to.toString());
                e.sendResponseHeaders(302, -1);
            });
        }

        private void write(OutputStream out, long size) throws IOException {
            byte[] chunk = "<x>filler</x>\n".repeat(4096).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            long left = size;
            try (out) {
                while (left > 0) {
                    int n = (int) Math.min(chunk.length, left);
                    out.write(chunk, 0, n);
                    sent.addAndGet(n);
                    left -= n;
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
            handlers.shutdownNow();
        }
    }
}
