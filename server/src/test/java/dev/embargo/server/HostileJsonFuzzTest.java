package dev.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random JSON of hostile shapes — nested hundreds or thousands deep, numbers of thousands of digits, long
 * strings, many fields, garbage after the value — sent to every endpoint that reads JSON: never a 500, always
 * an answer in the endpoint's own shape.
 */
class HostileJsonFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbargoServer server;
    private static Http http;

    @BeforeContainer
    static void start() {
        server = TestServers.start();
        http = Http.to(server);
    }

    @AfterContainer
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<Integer> depth = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 40), Arbitraries.integers().between(900, 3_000));
        Arbitrary<String> deep =
                depth.flatMap(d -> Arbitraries.of("[", "{\"a\":").map(open -> {
                    String close = open.equals("[") ? "]" : "}";
                    return open.repeat(d) + "1" + close.repeat(d);
                }));
        Arbitrary<String> number = Arbitraries.integers()
                .between(1, 3_000)
                .flatMap(n -> Arbitraries.of("", "-", "0.")
                        .map(sign -> sign + "9".repeat(n) + (n % 3 == 0 ? "e999999" : "")));
        Arbitrary<String> string = Arbitraries.integers()
                .between(0, 200_000)
                .map(n -> JSON.valueToTree("Kim Jong Un ".repeat(n / 12 + 1).substring(0, n))
                        .toString());
        Arbitrary<String> value = Arbitraries.oneOf(deep, number, string, Arbitraries.of("null", "true", "{}", "[]"));
        Arbitrary<String> field = Arbitraries.of(
                "name",
                "name1",
                "name2",
                "threshold",
                "limit",
                "queries",
                "pairs",
                "text",
                "dob",
                "identifiers",
                "schema",
                "properties",
                "q0");
        Arbitrary<String> object = Arbitraries.maps(field, value).ofMaxSize(4).map(m -> {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "")
                    .append('"')
                    .append(k)
                    .append("\":")
                    .append(v));
            return sb.append('}').toString();
        });
        Arbitrary<String> manyFields = Arbitraries.integers().between(1, 20_000).map(n -> {
            StringBuilder sb = new StringBuilder("{\"name\":\"Kim\"");
            for (int i = 0; i < n; i++) {
                sb.append(",\"f").append(i).append("\":").append(i);
            }
            return sb.append('}').toString();
        });
        Arbitrary<String> shaped = Arbitraries.oneOf(
                object,
                manyFields,
                object.map(o -> "{\"queries\":[" + o + "]}"),
                object.map(o -> "{\"pairs\":[" + o + "]}"),
                object.map(o -> "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":" + o + "}}}"));
        Arbitrary<String> garbage = Arbitraries.of("", "", "", " x", "}", "{}", "\u0000", " // comment", ",");
        return Arbitraries.oneOf(shaped, value).flatMap(s -> garbage.map(g -> s + g));
    }

    @Provide
    Arbitrary<String> jsonPaths() {
        return Arbitraries.of("/v1/screen", "/v1/compare", "/v1/scan", "/match/default", "/v1/lists/reload?x=1");
    }

    @Property(tries = 120)
    void hostileJsonIsNeverA500(@ForAll("hostile") String body, @ForAll("jsonPaths") String path) throws Exception {
        if (path.startsWith("/v1/lists/reload")) {
            // A reload rereads the lists: only its refusal of bodies is fuzzed, with a foreign Origin.
            assertAnswered(http.postJson(path, body, "Origin", "http://fuzz.example"), path, body);
            return;
        }
        assertAnswered(http.postJson(path, body), path, body);
    }

    @Property(tries = 60)
    void hostileReconciliationQueriesAreNeverA500(@ForAll("hostile") String queries) throws Exception {
        String form = "queries=" + URLEncoder.encode(queries, StandardCharsets.UTF_8);
        assertAnswered(http.post("/reconcile", "application/x-www-form-urlencoded", form), "/reconcile", queries);
        assertAnswered(
                http.post(
                        "/reconcile",
                        "application/x-www-form-urlencoded",
                        "query=" + URLEncoder.encode(queries, StandardCharsets.UTF_8)),
                "/reconcile",
                queries);
    }

    private static void assertAnswered(HttpResponse<String> r, String path, String sent) throws Exception {
        String shown = sent.length() > 200 ? sent.substring(0, 200) + "... (" + sent.length() + " chars)" : sent;
        assertThat(r.statusCode())
                .as(path + " with " + shown + " -> " + r.body())
                .isLessThan(500);
        assertThat(r.body()).as(path).doesNotContain("Exception").doesNotContain("\tat ");
        if (r.statusCode() >= 400) {
            JsonNode error = JSON.readTree(r.body());
            assertThat(path.startsWith("/match") ? error.has("detail") : error.has("error"))
                    .as(path + ": " + r.body())
                    .isTrue();
        }
    }
}
