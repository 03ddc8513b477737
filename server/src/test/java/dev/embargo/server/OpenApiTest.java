package dev.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /openapi.json stays true to the routes the server registers, and to the fields its answers carry. */
class OpenApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static EmbargoServer server;
    private static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start();
        doc = JSON.readTree(Http.to(server).get("/openapi.json").body());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Javalin writes path parameters as {x} or <x>; OpenAPI as {x}. */
    private static String normal(String path) {
        return path.replaceAll("<([^>]+)>", "{$1}");
    }

    @Test
    void everyApiRouteIsDocumentedAndEveryDocumentedRouteExists() {
        Set<String> served = new TreeSet<>();
        for (EmbargoServer.Route r : server.routes()) {
            if (EmbargoServer.isJsonPath(r.path())
                    && !r.method().equals("HEAD")
                    && !r.method().equals("OPTIONS")) {
                served.add(r.method().toUpperCase(Locale.ROOT) + " " + normal(r.path()));
            }
        }
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fieldNames().forEachRemaining(m -> {
                if (Set.of("get", "post", "put", "delete", "patch").contains(m)) {
                    documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
                }
            });
        }
        assertThat(served).contains("GET /v1/screen", "POST /v1/screen", "POST /v1/scan", "GET /v1/entities/{id}");
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void theRequiredFieldsOfAMatchAreThoseTheServerSends() throws Exception {
        JsonNode match = JSON.readTree(
                        Http.to(server).get("/v1/screen?name=Hamas").body())
                .at("/matches/0");
        for (JsonNode field : doc.at("/components/schemas/Match/required")) {
            assertThat(match.has(field.asText())).as(field.asText()).isTrue();
        }
        Set<String> documented = new TreeSet<>();
        doc.at("/components/schemas/Match/properties").fieldNames().forEachRemaining(documented::add);
        Set<String> sent = new TreeSet<>();
        match.fieldNames().forEachRemaining(sent::add);
        assertThat(documented).isEqualTo(sent);
    }

    @Test
    void everyReferencedSchemaIsDefined() {
        Set<String> refs = new TreeSet<>();
        collectRefs(doc, refs);
        for (String ref : refs) {
            assertThat(doc.at(ref.substring(1))).as(ref).isNotNull();
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    private static void collectRefs(JsonNode n, Set<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), out);
                }
            });
        } else if (n.isArray()) {
            n.forEach(c -> collectRefs(c, out));
        }
    }
}
