package dev.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a client sends — broken JSON, wrong types, odd scripts, huge numbers — the server answers with a
 * 2xx or a 4xx in its JSON error shape, never a 500 and never a stack trace.
 */
class RequestFuzzTest {
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

    /** Bodies near the API's shapes: real field names with values of every kind, cut or mutated. */
    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> text = Arbitraries.strings()
                .withChars("aZ 0\"\\{}[],:-.'\u00e9\u0416\u5c71\ud55c\u0627\ud83d\ude00\u0000\n")
                .ofMaxLength(40);
        Arbitrary<String> value = Arbitraries.oneOf(
                text.map(t -> JSON.valueToTree(t).toString()),
                Arbitraries.of(
                        "null", "true", "1e309", "-1", "0.5", "[]", "{}", "[\"x\"]", "123456789012345678901234567890"));
        Arbitrary<String> field = Arbitraries.of(
                "name",
                "name1",
                "name2",
                "type",
                "dob",
                "country",
                "threshold",
                "limit",
                "identifiers",
                "queries",
                "pairs",
                "text",
                "lang",
                "schema",
                "properties",
                "id",
                "x");
        Arbitrary<String> object = Arbitraries.maps(field, value).ofMaxSize(5).map(m -> {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "")
                    .append('"')
                    .append(k)
                    .append("\":")
                    .append(v));
            return sb.append('}').toString();
        });
        Arbitrary<String> nested =
                object.list().ofMaxSize(3).map(list -> "{\"queries\":" + list + ",\"pairs\":" + list + "}");
        Arbitrary<String> yente =
                object.map(o -> "{\"queries\":{\"q\":{\"schema\":\"Person\",\"properties\":" + o + "}}}");
        Arbitrary<String> any = Arbitraries.oneOf(object, nested, yente, text);
        return Arbitraries.oneOf(
                any,
                any.flatMap(s -> Arbitraries.integers().between(0, s.length()).map(n -> s.substring(0, n))));
    }

    @Property(tries = 150)
    void postedBodiesNeverBreakTheServer(@ForAll("bodies") String body, @ForAll("paths") String path) throws Exception {
        HttpResponse<String> r = http.postJson(path, body);
        assertAnswered(r, path, body);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of(
                "/v1/screen",
                "/v1/compare",
                "/v1/scan",
                "/match/default",
                "/match/us_ofac_sdn?limit=3",
                "/v1/screen?threshold=0.2");
    }

    @Property(tries = 100)
    void queryParametersNeverBreakTheServer(@ForAll("params") String value) throws Exception {
        String v = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        for (String path : new String[] {
            "/v1/screen?name=" + v + "&dob=" + v,
            "/v1/screen?name=x&limit=" + v,
            "/search/default?q=" + v + "&limit=" + v,
            "/reconcile?queries=" + v,
            "/v1/entities/" + v
        }) {
            assertAnswered(http.get(path), path, value);
        }
    }

    @Provide
    Arbitrary<String> params() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of(
                        "",
                        "-1",
                        "1e999",
                        "NaN",
                        "{\"q0\":{\"query\":null}}",
                        "{\"q0\":{}}",
                        "[]",
                        "us-ofac-sdn:20157",
                        "../../etc/passwd",
                        "%00",
                        "99999999999"));
    }

    private static void assertAnswered(HttpResponse<String> r, String path, String sent) throws Exception {
        assertThat(r.statusCode())
                .as(path + " with " + sent + " -> " + r.body())
                .isLessThan(500);
        assertThat(r.body()).as(path).doesNotContain("Exception").doesNotContain("\tat ");
        if (r.statusCode() >= 400
                && r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            JsonNode error = JSON.readTree(r.body());
            assertThat(error.has("error") || error.has("detail"))
                    .as(path + ": " + r.body())
                    .isTrue();
        }
    }
}
