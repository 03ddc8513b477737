package dev.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.OpenApi31;
import dev.embargo.lists.SharedData;
import dev.embargo.server.lists.LiveLists;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real answers of every documented endpoint — successes and errors — validate against the response schema
 * that /openapi.json gives for their status, with a JSON Schema validator (OpenAPI 3.1 dialect); every
 * documented operation is called at least once, and every status the server answered is documented.
 */
class OpenApiValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOC = "https://embargo.invalid/openapi.json";
    private static EmbargoServer server;
    private static EmbargoServer small;
    private static JsonNode doc;
    private static SchemaRegistry registry;
    private static final Set<String> called = new TreeSet<>();

    @BeforeAll
    static void start(@TempDir Path store) throws Exception {
        server = TestServers.start();
        // Reloading the real lists takes half a minute: the reload is called on a server over the UN list alone.
        Path folder = Files.createDirectories(store.resolve("lists"));
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), folder.resolve("un.xml"));
        LiveLists un = new LiveLists(folder);
        un.reload();
        small = TestServers.start(ServerSettings.loopback(0), un);
        String text = Http.to(server).get("/openapi.json").body();
        doc = JSON.readTree(text);
        registry = SchemaRegistry.withDefaultDialect(OpenApi31.getInstance(), b -> b.schemas(Map.of(DOC, text)));
    }

    @AfterAll
    static void stop() {
        for (EmbargoServer s : new EmbargoServer[] {server, small}) {
            if (s != null) {
                s.stop();
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String pointer(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            b.append('/').append(p.replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
    }

    /**
     * Checks one real answer of {@code method template} against the document: its status is documented, and
     * its body validates against the schema documented for that status and content type.
     */
    private static void check(String method, String template, HttpResponse<String> r) throws Exception {
        called.add(method.toUpperCase(Locale.ROOT) + " " + template);
        String op = pointer("paths", template, method.toLowerCase(Locale.ROOT));
        assertThat(doc.at(op).isMissingNode())
                .as(method + " " + template + " is documented")
                .isFalse();
        String status = Integer.toString(r.statusCode());
        JsonNode response = doc.at(op + pointer("responses", status));
        assertThat(response.isMissingNode())
                .as(method + " " + template + ": status " + status + " documented; body " + r.body())
                .isFalse();
        String responsePointer = op + pointer("responses", status);
        if (response.has("$ref")) {
            responsePointer = response.get("$ref").asText().substring(1);
            response = doc.at(responsePointer);
        }
        String type =
                r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        JsonNode content = response.path("content");
        if (content.isMissingNode()) {
            return;
        }
        assertThat(content.has(type))
                .as(method + " " + template + " " + status + ": documented content types " + content + ", got " + type)
                .isTrue();
        if (!type.equals("application/json")) {
            return;
        }
        Schema schema = registry.getSchema(
                SchemaLocation.of(DOC + "#" + responsePointer + pointer("content", "application/json", "schema")));
        List<Error> errors = schema.validate(JSON.readTree(r.body()));
        assertThat(errors)
                .as(method + " " + template + " " + status + ": " + abbreviate(r.body()))
                .isEmpty();
    }

    private static String abbreviate(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "..." : s;
    }

    @Test
    void everyEndpointsRealAnswersValidateAgainstTheDocument() throws Exception {
        Http http = Http.to(server);
        // The JSON API.
        check("GET", "/v1/screen", http.get("/v1/screen?name=Kim+Jong+Un"));
        check(
                "GET",
                "/v1/screen",
                http.get("/v1/screen?name=Kim+Jong+Un&dob=1984&country=KP&type=person&identifier=x"));
        check("GET", "/v1/screen", http.get("/v1/screen"));
        check("GET", "/v1/screen", http.get("/v1/screen?name=x&limit=0"));
        check("POST", "/v1/screen", http.postJson("/v1/screen", "{\"name\":\"Hamas\"}"));
        check(
                "POST",
                "/v1/screen",
                http.postJson(
                        "/v1/screen",
                        "{\"queries\":[{\"name\":\"Hamas\",\"id\":\"r1\"},"
                                + "{\"name\":\"Kim Jong Un\",\"dob\":\"1984-01-08\",\"identifiers\":[\"836-4\"]}]}"));
        check("POST", "/v1/screen", http.postJson("/v1/screen", "{\"name\":\"Hamas\"} trailing"));
        check("POST", "/v1/screen", http.post("/v1/screen", "text/plain", "{\"name\":\"Hamas\"}"));
        check("POST", "/v1/screen", http.postJson("/v1/screen", "{\"name\":\"" + "x".repeat(5_000) + "\"}"));
        check("POST", "/v1/compare", http.postJson("/v1/compare", """
                {"name1": "Владимир Путин", "name2": "PUTIN, Vladimir Vladimirovich", "type": "person"}"""));
        check("POST", "/v1/compare", http.postJson("/v1/compare", """
                {"pairs": [{"name1": "Kim Jong Un", "name2": "KIM, Jong Un"}, {"id": "b", "name1": "a", "name2": "b"}]}"""));
        check("POST", "/v1/compare", http.postJson("/v1/compare", "{\"name1\": \"x\"}"));
        check(
                "POST",
                "/v1/scan",
                http.postJson(
                        "/v1/scan",
                        "{\"text\": \"Payment to Kim Jong Un via Korea Mining "
                                + "Development Trading Corporation (KOMID), Pyongyang, 5,000 USD.\"}"));
        check("POST", "/v1/scan", http.post("/v1/scan", "text/plain", "Hamas and Hezbollah were mentioned."));
        check("POST", "/v1/scan", http.post("/v1/scan", "text/plain", ""));
        check("POST", "/v1/scan", http.post("/v1/scan?format=xml", "text/plain", "x"));
        check("GET", "/v1/entities/{id}", http.get("/v1/entities/us-ofac-sdn:20157"));
        check("GET", "/v1/entities/{id}", http.get("/v1/entities/no-such:1"));
        check("GET", "/v1/lists", http.get("/v1/lists"));
        check("POST", "/v1/lists/reload", Http.to(small).postJson("/v1/lists/reload", "{}"));
        check(
                "POST",
                "/v1/lists/reload",
                Http.to(small).postJson("/v1/lists/reload", "{}", "Origin", "http://evil.example"));
        check("GET", "/healthz", http.get("/healthz"));
        check("GET", "/readyz", http.get("/readyz"));
        check("GET", "/metrics", http.get("/metrics"));
        check("GET", "/openapi.json", http.get("/openapi.json"));
        // yente.
        check("POST", "/match/{dataset}", http.postJson("/match/default", """
                {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Kim Jong Un"], "birthDate": ["1984"]}},
                             "q2": {"schema": "Company", "properties": {"name": ["Korea Mining Development Trading"]}}}}"""));
        check("POST", "/match/{dataset}", http.postJson("/match/default", "{\"queries\": {}}"));
        check(
                "POST",
                "/match/{dataset}",
                http.postJson(
                        "/match/no_such_dataset",
                        "{\"queries\": {\"q\": {\"schema\": "
                                + "\"Person\", \"properties\": {\"name\": [\"Kim\"]}}}}"));
        check("GET", "/search/{dataset}", http.get("/search/default?q=kim+jong"));
        check("GET", "/search/{dataset}", http.get("/search/default?q=kim&schema=Spaceship"));
        check("GET", "/entities/{id}", http.get("/entities/us-ofac-sdn:20157"));
        check("GET", "/entities/{id}", http.get("/entities/no-such:1"));
        check("GET", "/catalog", http.get("/catalog"));
        check("GET", "/algorithms", http.get("/algorithms"));
        // The reconciliation service.
        String batch = enc("{\"q0\": {\"query\": \"Kim Jong Un\", \"type\": \"Person\", \"limit\": 3}, "
                + "\"q1\": {\"query\": \"Stroygazmontazh\"}}");
        check("GET", "/reconcile", http.get("/reconcile"));
        check("GET", "/reconcile", http.get("/reconcile?queries=" + batch));
        check(
                "GET",
                "/reconcile",
                http.get("/reconcile?queries="
                        + enc("{\"q0\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}")));
        check("POST", "/reconcile", http.post("/reconcile", "application/x-www-form-urlencoded", "queries=" + batch));
        check("POST", "/reconcile", http.post("/reconcile", "application/x-www-form-urlencoded", "x=1"));
        check("GET", "/reconcile/{dataset}", http.get("/reconcile/us_ofac_sdn"));
        check("GET", "/reconcile/{dataset}", http.get("/reconcile/no_such_dataset"));
        check(
                "POST",
                "/reconcile/{dataset}",
                http.post("/reconcile/us_ofac_sdn", "application/x-www-form-urlencoded", "queries=" + batch));
        check("GET", "/reconcile/preview", http.get("/reconcile/preview?id=us-ofac-sdn:20157"));
        check("GET", "/reconcile/preview", http.get("/reconcile/preview?id=no-such:1"));
        check("GET", "/reconcile/suggest/property", http.get("/reconcile/suggest/property?prefix=bir"));
        check("GET", "/reconcile/suggest/type", http.get("/reconcile/suggest/type?prefix=per"));
        check("GET", "/reconcile/suggest/entity", http.get("/reconcile/suggest/entity?prefix=kim"));
        check("GET", "/reconcile/extend/property", http.get("/reconcile/extend/property?type=Person"));
        check("GET", "/reconcile/extend/property", http.get("/reconcile/extend/property?type=Spaceship"));
        check("GET", "/reconcile/{dataset}/suggest/entity", http.get("/reconcile/default/suggest/entity?prefix=kim"));
        check("GET", "/reconcile/{dataset}/suggest/entity", http.get("/reconcile/nope/suggest/entity?prefix=k"));
        check("GET", "/reconcile/{dataset}/suggest/property", http.get("/reconcile/default/suggest/property"));
        check("GET", "/reconcile/{dataset}/suggest/type", http.get("/reconcile/default/suggest/type"));
        check("GET", "/reconcile/{dataset}/extend/property", http.get("/reconcile/default/extend/property?limit=5"));
        check("GET", "/manifest", http.get("/manifest"));
        check("POST", "/updatez", Http.to(small).postJson("/updatez", ""));
        check("GET", "/search/{dataset}", http.get("/search/default?q=kim&limit=501"));
        check("GET", "/entities/{id}", http.get("/entities/us-ofac-sdn.20157/adjacent"));

        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fieldNames().forEachRemaining(m -> {
                // The review's operations are checked with a store behind them, by ReviewApiTest.
                if (Set.of("get", "post").contains(m) && !dev.embargo.server.review.ReviewPaths.isReview(p.getKey())) {
                    documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
                }
            });
        }
        assertThat(called).isEqualTo(documented);
    }

    @Test
    void aSinglePairAndABatchOfPairsEachMatchExactlyOneBranchOfTheCompareAnswer() throws Exception {
        String responses = pointer(
                "paths", "/v1/compare", "post", "responses", "200", "content", "application/json", "schema", "oneOf");
        Http http = Http.to(server);
        JsonNode single =
                JSON.readTree(http.postJson("/v1/compare", "{\"name1\":\"Kim Jong Un\",\"name2\":\"KIM, Jong Un\"}")
                        .body());
        JsonNode batch = JSON.readTree(http.postJson("/v1/compare", "{\"pairs\":[{\"name1\":\"a\",\"name2\":\"b\"}]}")
                .body());
        Schema first = registry.getSchema(SchemaLocation.of(DOC + "#" + responses + "/0"));
        Schema second = registry.getSchema(SchemaLocation.of(DOC + "#" + responses + "/1"));
        // The document's old second branch required nothing, so a single pair matched both and failed oneOf.
        assertThat(first.validate(single)).isEmpty();
        assertThat(second.validate(single)).isNotEmpty();
        assertThat(second.validate(batch)).isEmpty();
        assertThat(first.validate(batch)).isNotEmpty();
    }

    @Test
    void everyComponentSchemaSaysWhichFieldsItAlwaysHas() {
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        doc.at("/components/schemas").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> s = it.next();
            JsonNode schema = s.getValue();
            boolean required = schema.has("required");
            for (JsonNode part : schema.path("allOf")) {
                required |= part.has("required");
            }
            assertThat(required).as(s.getKey()).isTrue();
        }
    }
}
