package dev.embargo.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.server.EmbargoServer;
import dev.embargo.server.Http;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a client sends to the review endpoints — odd query parameters, broken decision bodies, damaged
 * portfolio files — the server answers with a 2xx or a 4xx in its JSON error shape (a refused decision a
 * 400, 404 or 409), never a 500, and the audit chain stays whole.
 */
class ReviewFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path dir;
    private static SystemOfRecord records;
    private static EmbargoServer server;
    private static Http http;

    @BeforeContainer
    static void start() throws Exception {
        dir = Files.createTempDirectory("embargo-review-fuzz");
        records = ReviewServers.records(dir);
        server = ReviewServers.start(records, false);
        http = Http.to(server);
        Path file = ReviewServers.portfolio(dir, 60, 3);
        HttpResponse<String> r = http.post("/v1/portfolio", "text/csv", Files.readString(file));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @AfterContainer
    static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
        if (records != null) {
            assertThat(records.audit().verify().valid()).isTrue();
            records.close();
        }
        if (dir != null) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars("0123456789.-eE,").ofMaxLength(12),
                Arbitraries.of(
                        "",
                        "-1",
                        "0",
                        "1",
                        "1e999",
                        "NaN",
                        "open,escalated",
                        "cleared_false_positive,",
                        "score",
                        "asc",
                        "me",
                        "none",
                        "us-ofac-sdn",
                        "2026-12-07",
                        "2026-12-07T04:00:00Z",
                        "%00",
                        "'; DROP TABLE",
                        "99999999999999999999",
                        "\u0000",
                        "ÿ",
                        "김정은"));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(
                "state",
                "list",
                "min_score",
                "max_score",
                "min_age_days",
                "max_age_days",
                "assignee",
                "record",
                "history",
                "sort",
                "order",
                "offset",
                "limit",
                "from",
                "to",
                "after");
    }

    @Property(tries = 120)
    void queryParametersNeverBreakTheReviewEndpoints(
            @ForAll("names") String a,
            @ForAll("values") String x,
            @ForAll("names") String b,
            @ForAll("values") String y)
            throws Exception {
        String query = a + "=" + enc(x) + "&" + b + "=" + enc(y);
        for (String path : List.of(
                "/v1/alerts?",
                "/v1/export/alerts.csv?",
                "/v1/export/decisions.csv?",
                "/v1/audit?",
                "/v1/portfolio?",
                "/alerts?",
                "/audit?")) {
            assertAnswered(http.get(path + query), path + query);
        }
        assertAnswered(http.get("/v1/portfolio/" + enc(x)), "/v1/portfolio/" + x);
        assertAnswered(http.get("/v1/alerts/" + enc(x)), "/v1/alerts/" + x);
        assertAnswered(http.get("/records/" + enc(x)), "/records/" + x);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> value = Arbitraries.oneOf(
                values().map(v -> JSON.valueToTree(v).toString()),
                Arbitraries.of(
                        "null",
                        "true",
                        "false",
                        "0",
                        "1",
                        "-1",
                        "1.5",
                        "1e309",
                        "[]",
                        "{}",
                        "\"clear\"",
                        "\"confirm\"",
                        "\"escalate\"",
                        "\"different person: date of birth differs\""));
        Arbitrary<String> field = Arbitraries.of("action", "reason", "comment", "version", "approve", "assignee", "x");
        Arbitrary<String> object = Arbitraries.maps(field, value).ofMaxSize(5).map(m -> {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "")
                    .append('"')
                    .append(k)
                    .append("\":")
                    .append(v));
            return sb.append('}').toString();
        });
        return Arbitraries.oneOf(object, values(), object.map(o -> o.substring(0, o.length() / 2)));
    }

    @Property(tries = 120)
    void decisionBodiesNeverBreakTheServer(
            @ForAll("bodies") String body, @ForAll("alertIds") String id, @ForAll("steps") String step)
            throws Exception {
        String path = "/v1/alerts/" + id + "/" + step;
        HttpResponse<String> r = http.postJson(path, body);
        assertAnswered(r, path + " " + body);
        assertThat(r.statusCode()).as(path + " " + body + " -> " + r.body()).isIn(200, 400, 403, 404, 409);
    }

    @Provide
    Arbitrary<String> alertIds() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 40).map(String::valueOf),
                Arbitraries.of("0", "-1", "x", "99999999999999999999", "1.5"));
    }

    @Provide
    Arbitrary<String> steps() {
        return Arbitraries.of("decision", "approval", "assignee");
    }

    @Property(tries = 40)
    void damagedPortfolioFilesAreRefusedRowByRow(@ForAll("portfolios") String csv) throws Exception {
        HttpResponse<String> r = http.post("/v1/portfolio", "text/csv", csv);
        assertAnswered(r, "/v1/portfolio " + csv);
        if (r.statusCode() == 200) {
            JsonNode report = JSON.readTree(r.body());
            assertThat(report.get("rows").asLong())
                    .isEqualTo(report.get("inserted").asLong()
                            + report.get("updated").asLong()
                            + report.get("unchanged").asLong()
                            + report.get("rejected").size());
        }
    }

    @Provide
    Arbitrary<String> portfolios() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                values().map(v -> v.replace("\n", " ")),
                Arbitraries.of("person", "organization", "vessel", "alien", "1984-01-08", "32/13/1984", "KP", "ZZ"));
        Arbitrary<String> row = cell.list().ofMinSize(1).ofMaxSize(6).map(cells -> String.join(",", cells));
        return row.list()
                .ofMinSize(0)
                .ofMaxSize(6)
                .map(rows -> "id,name,kind,dates_of_birth,countries\n"
                        + String.join(
                                "\n",
                                rows.stream()
                                        .map(r -> "F" + Math.abs(r.hashCode() % 1000) + "," + r)
                                        .toList()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void assertAnswered(HttpResponse<String> r, String what) throws Exception {
        assertThat(r.statusCode()).as(what + " -> " + r.body()).isLessThan(500);
        assertThat(r.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() >= 400 && type.startsWith("application/json")) {
            JsonNode error = JSON.readTree(r.body()).get("error");
            assertThat(error).as(what + " -> " + r.body()).isNotNull();
            assertThat(error.get("message").asText()).isNotBlank();
        }
    }
}
