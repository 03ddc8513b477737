package dev.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.embargo.report.json.OutputJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The sync, diff and lists commands end to end, on the real UN lists of 2024-11 and 2026-02. */
class SyncAndDiffCommandTest {
    @TempDir
    Path store;

    private HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private Path unOld;
    private Path unNew;

    @BeforeEach
    void start() throws IOException {
        unOld = shared("data/lists-history/un-2024-11/consolidated.xml");
        unNew = shared("data/lists/un/consolidated.xml");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = files.get(exchange.getRequestURI().getPath());
                String redirect = redirects.get(exchange.getRequestURI().getPath());
                if (redirect != null) {
                    exchange.getResponseHeaders().set("Location", redirect);
                    exchange.sendResponseHeaders(302, -1);
                } else if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static Path shared(String relative) {
        String configured = System.getProperty("embargo.shared");
        Path p = Path.of(configured != null ? configured : "../shared")
                .toAbsolutePath()
                .normalize()
                .resolve(relative);
        assumeTrue(Files.exists(p), () -> "skipped: " + p + " is absent (real data lives in ../shared)");
        return p;
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = EmbargoCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void syncThenListsLoadsTheCurrentSnapshotAndAFailureExitsNonZero() throws IOException {
        files.put("/un/consolidated.xml", Files.readAllBytes(unOld));
        Run first = run("sync", "--dir", store.toString(), "--source", "un", "--base-url", base(), "--timeout", "5");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("un ")
                .contains("updated")
                .contains("- -> 879")
                .contains("current snapshot: ");

        files.put("/un/consolidated.xml", Files.readAllBytes(unNew));
        Run second = run(
                "sync",
                "--dir",
                store.toString(),
                "--source",
                "un,us-ofac-cons",
                "--base-url",
                base(),
                "--format",
                "json");
        assertThat(second.exit()).as("a source not updated is a runtime error").isEqualTo(3);
        assertThat(second.err())
                .contains("error: us-ofac-cons not updated: ")
                .contains("HTTP status 404")
                .contains("it has no previous copy");
        JsonNode json = OutputJson.mapper().readTree(second.out());
        assertThat(json.get("switched").asBoolean()).isTrue();
        JsonNode un = json.get("sources").get(0);
        assertThat(un.get("status").asText()).isEqualTo("updated");
        assertThat(un.get("entities_before").asInt()).isEqualTo(879);
        assertThat(un.get("entities_after").asInt()).isEqualTo(1003);
        assertThat(un.get("counts").get("added").asInt()).isEqualTo(130);
        assertThat(un.get("counts").get("removed").asInt()).isEqualTo(6);
        assertThat(json.get("sources").get(1).get("status").asText()).isEqualTo("failed");

        Run after = run("lists", "--lists", store.toString(), "--format", "json");
        JsonNode loaded = OutputJson.mapper().readTree(after.out()).get(0);
        assertThat(loaded.get("entities").asInt())
                .as("--lists reads the current snapshot")
                .isEqualTo(1003);
    }

    @Test
    void diffOfTwoUnListsAsJson() throws IOException {
        Run diff = run("diff", unOld.getParent().toString(), unNew.getParent().toString(), "--format", "json");

        assertThat(diff.exit()).as(diff.err()).isZero();
        JsonNode un = OutputJson.mapper().readTree(diff.out()).get("sources").get(0);
        assertThat(un.get("source").asText()).isEqualTo("un");
        assertThat(un.get("presence").asText()).isEqualTo("both");
        assertThat(un.get("old_published").asText()).isEqualTo("2024-11-30");
        assertThat(un.get("new_published").asText()).isEqualTo("2026-02-27");
        assertThat(un.get("counts").get("old_entities").asInt()).isEqualTo(879);
        assertThat(un.get("counts").get("new_entities").asInt()).isEqualTo(1003);
        assertThat(un.get("added")).hasSize(130);
        assertThat(un.get("added").get(0).has("id")).isTrue();
        assertThat(un.get("added").get(0).has("name")).isTrue();
        assertThat(un.get("removed")).hasSize(6);
        JsonNode changed = un.get("changed").get(0);
        assertThat(changed.get("fields").isArray()).isTrue();
        assertThat(changed.get("fields").get(0).asText()).matches("[a-z_]+");
    }

    @Test
    void diffOfSingleFilesAsTable() {
        Run diff = run("diff", unOld.toString(), unNew.toString());

        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(diff.out())
                .contains("2024-11-30 -> 2026-02-27")
                .contains("879 -> 1,003")
                .contains("un: 130 added, 6 removed,")
                .contains("  + un:HTe.001  ")
                .contains("  - un:QDi.317  ");
    }

    @Test
    void diffRefusesWhenAListDoesNotRead() throws IOException {
        Path broken = store.resolve("broken.xml");
        Files.writeString(broken, "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>");

        Run diff = run("diff", unOld.toString(), broken.toString());

        assertThat(diff.exit()).isEqualTo(3);
        assertThat(diff.out()).isEmpty();
        assertThat(diff.err()).contains("broken.xml").contains("no diff");
    }

    @Test
    void aFileOverItsSizeLimitExitsThreeAndKeepsThePreviousList() throws IOException {
        files.put("/un/consolidated.xml", Files.readAllBytes(unOld));
        assertThat(run("sync", "--dir", store.toString(), "--source", "un", "--base-url", base())
                        .exit())
                .isZero();
        files.put("/un/consolidated.xml", Files.readAllBytes(unNew));

        Run limited =
                run("sync", "--dir", store.toString(), "--source", "un", "--base-url", base(), "--max-size", "un=1MB");

        assertThat(limited.exit()).isEqualTo(3);
        assertThat(limited.err())
                .contains("error: un not updated: " + base() + "/un/consolidated.xml: too large: "
                        + "Content-Length announces " + Files.size(unNew)
                        + " bytes, over the limit of 1 MiB; keeping its"
                        + " previous files (--max-size un=SIZE raises the limit)");
        assertThat(entities()).as("the previous list stays current").isEqualTo(879);

        Run raised =
                run("sync", "--dir", store.toString(), "--source", "un", "--base-url", base(), "--max-size", "3MB");
        assertThat(raised.exit()).as(raised.err()).isZero();
        assertThat(entities()).isEqualTo(1003);
    }

    @Test
    void aRedirectToAnotherHostExitsThreeUnlessThatHostIsAllowed() throws IOException {
        files.put("/un/consolidated.xml", Files.readAllBytes(unOld));
        assertThat(run("sync", "--dir", store.toString(), "--source", "un", "--base-url", base())
                        .exit())
                .isZero();
        // The same server under another name stands for another host.
        files.put("/elsewhere/consolidated.xml", Files.readAllBytes(unNew));
        String elsewhere = "http://localhost:" + server.getAddress().getPort() + "/elsewhere/consolidated.xml";
        redirects.put("/un/consolidated.xml", elsewhere);

        Run refused = run("sync", "--dir", store.toString(), "--source", "un", "--base-url", base());

        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err())
                .contains(base() + "/un/consolidated.xml: redirect to " + elsewhere
                        + " refused: host localhost is not 127.0.0.1")
                .contains("(--allow-redirect-host localhost follows it)");
        assertThat(entities()).isEqualTo(879);

        Run allowed = run(
                "sync",
                "--dir",
                store.toString(),
                "--source",
                "un",
                "--base-url",
                base(),
                "--allow-redirect-host",
                "localhost");
        assertThat(allowed.exit()).as(allowed.err()).isZero();
        assertThat(entities()).isEqualTo(1003);
    }

    @Test
    void badSyncValuesAreUsageErrors() {
        for (String[] args : new String[][] {
            {"--max-size", "12XB"},
            {"--max-size", "ofac=1MB"},
            {"--max-size", "0"},
            {"--timeout", "0"},
            {"--timeout", "NaN"},
            {"--keep", "0"},
            {"--allow-redirect-host", "a b"}
        }) {
            Run sync = run("sync", "--dir", store.toString(), "--source", "un", "--base-url", base(), args[0], args[1]);
            assertThat(sync.exit())
                    .as(String.join(" ", args) + ": " + sync.err())
                    .isEqualTo(2);
            assertThat(sync.err()).startsWith("error: " + args[0]).doesNotContain("\tat ");
        }
        assertThat(SyncCommand.parseSize("1.5G")).isEqualTo(3L << 29);
        assertThat(SyncCommand.parseSize("100 kb")).isEqualTo(102_400);
        assertThat(SyncCommand.parseSize("500000")).isEqualTo(500_000);
    }

    private int entities() throws IOException {
        Run lists = run("lists", "--lists", store.toString(), "--format", "json");
        return OutputJson.mapper().readTree(lists.out()).get(0).get("entities").asInt();
    }

    @Test
    void unknownSourceCodeIsAUsageError() {
        Run sync = run("sync", "--dir", store.toString(), "--source", "ofac");

        assertThat(sync.exit()).isEqualTo(2);
        assertThat(sync.err()).contains("unknown source 'ofac'").contains("us-ofac-sdn");
    }
}
