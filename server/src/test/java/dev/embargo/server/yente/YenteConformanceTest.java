package dev.embargo.server.yente;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Draft202012;
import dev.embargo.lists.model.Entity;
import dev.embargo.server.RealListsServerTest;
import dev.embargo.server.TestServers;
import dev.embargo.server.lists.ServedLists;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Conformance as a yente, FollowTheMoney or OpenRefine client sees it: the request shapes of yente's own tests
 * and documentation (conformance/yente-requests.json) are replayed against the server over the real lists; each
 * answer has the status yente's tests expect and validates against yente's response model (yente-models.json)
 * or the Reconciliation API v0.2 schema; and every entity in every answer, and every listed party the server
 * serves, passes FollowTheMoney's schema (schemata, property names and types, the id rule). See
 * src/test/resources/conformance/README.md for where each file comes from.
 */
class YenteConformanceTest extends RealListsServerTest {
    private static final String MODELS = "https://embargo.test/conformance/yente-models.json";
    private static final String RECONCILIATION = "https://reconciliation-api.github.io/specs/0.2/schemas/";
    private static final String RECONCILIATION_DRAFT = "https://reconciliation-api.github.io/specs/draft/schemas/";
    private static final List<String> RECONCILIATION_SCHEMAS = List.of(
            "manifest",
            "reconciliation-result-batch",
            "suggest-entities-response",
            "suggest-properties-response",
            "suggest-types-response",
            "data-extension-response",
            "type");
    private static final Pattern DATE = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");
    private static final Pattern COUNTRY = Pattern.compile("^[a-z]{2}(-[a-z0-9]+)?$");

    private static SchemaRegistry registry;
    private static JsonNode ftm;
    private static Pattern ftmId;

    @BeforeAll
    static void loadSchemas() throws IOException {
        Map<String, String> texts = new HashMap<>();
        texts.put(MODELS, resource("conformance/yente-models.json"));
        for (String name : RECONCILIATION_SCHEMAS) {
            texts.put(
                    RECONCILIATION + name + ".json",
                    draft7(resource("conformance/reconciliation-0.2/" + name + ".json")));
        }
        texts.put(
                RECONCILIATION_DRAFT + "data-extension-property-proposal.json",
                draft7(resource("conformance/reconciliation-0.2/data-extension-property-proposal.json")));
        registry = SchemaRegistry.withDefaultDialect(Draft202012.getInstance(), b -> b.schemas(texts));
        ftm = JSON.readTree(resource("conformance/ftm-schemata.json"));
        ftmId = Pattern.compile(ftm.get("idPattern").asText());
    }

    /** The specification's schemas name a dialect URI without a draft; they are written in draft 7. */
    private static String draft7(String text) {
        return text.replace("\"http://json-schema.org/schema#\"", "\"http://json-schema.org/draft-07/schema#\"");
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = YenteConformanceTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("test resource " + path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Schema model(String name) {
        if (name.startsWith("reconciliation-0.2/")) {
            String file = name.substring("reconciliation-0.2/".length());
            String base = file.equals("data-extension-property-proposal.json") ? RECONCILIATION_DRAFT : RECONCILIATION;
            return registry.getSchema(SchemaLocation.of(base + file));
        }
        return registry.getSchema(SchemaLocation.of(MODELS + "#/$defs/" + name));
    }

    @Test
    void yentesRequestShapesGetYentesStatusAndValidAnswers() throws Exception {
        JsonNode requests =
                JSON.readTree(resource("conformance/yente-requests.json")).get("requests");
        assertThat(requests.size()).isGreaterThan(50);
        int entitiesChecked = 0;
        for (JsonNode req : requests) {
            String method = req.get("method").asText();
            String path = req.get("path").asText().replace(" ", "%20");
            HttpResponse<String> r;
            if (method.equals("GET")) {
                r = http.get(path);
            } else if (req.has("form")) {
                StringBuilder form = new StringBuilder();
                for (Iterator<Map.Entry<String, JsonNode>> it = req.get("form").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    form.append(form.isEmpty() ? "" : "&")
                            .append(f.getKey())
                            .append('=')
                            .append(enc(f.getValue().toString()));
                }
                r = http.post(path, "application/x-www-form-urlencoded", form.toString());
            } else {
                r = http.postJson(path, req.get("body").toString());
            }
            String what = method + " " + path + " -> " + abbreviate(r.body());
            assertThat(r.statusCode()).as(what).isEqualTo(req.get("status").asInt());
            if (!req.has("model")) {
                continue;
            }
            JsonNode body = JSON.readTree(r.body());
            List<Error> errors = model(req.get("model").asText()).validate(body);
            assertThat(errors).as(what).isEmpty();
            if (req.path("empty").asBoolean()) {
                assertThat(body.get("results")).as(what).isEmpty();
            }
            if (!req.get("model").asText().startsWith("reconciliation")) {
                List<JsonNode> entities = new ArrayList<>();
                collectEntities(body, entities);
                for (JsonNode e : entities) {
                    assertThat(ftmProblems(e))
                            .as(what + ": " + abbreviate(e.toString()))
                            .isEmpty();
                }
                entitiesChecked += entities.size();
            }
        }
        assertThat(entitiesChecked).isGreaterThan(100);
    }

    /** Every listed party, as /entities/{id} gives it with its nested entities, is a valid FtM and yente entity. */
    @Test
    void everyServedEntityPassesFtmsSchemaAndYentesEntityModel() throws Exception {
        ServedLists served = TestServers.realLists();
        Generation g = Generation.of(served);
        Schema entityModel = model("EntityResponse");
        Set<String> ids = new HashSet<>();
        Map<String, Integer> problems = new HashMap<>();
        List<String> examples = new ArrayList<>();
        int withReferents = 0;
        int withoutFirstSeen = 0;
        for (Entity e : served.report().entities()) {
            if (!ids.add(e.id())) {
                continue;
            }
            JsonNode json = JSON.valueToTree(FtmEntity.nested(e, g));
            List<String> found = ftmProblems(json);
            for (Error err : entityModel.validate(json)) {
                found.add("yente model: " + err.getMessage());
            }
            for (String p : found) {
                problems.merge(p.replaceAll("\"[^\"]*\"", "\"…\""), 1, Integer::sum);
                if (examples.size() < 10) {
                    examples.add(e.id() + ": " + p);
                }
            }
            withReferents += json.get("referents").isEmpty() ? 0 : 1;
            withoutFirstSeen += json.get("first_seen").isNull() ? 1 : 0;
        }
        assertThat(ids).hasSizeGreaterThan(20_000);
        assertThat(problems).as("problems by kind, e.g. " + examples).isEmpty();
        assertThat(withoutFirstSeen).isZero();
        // UN listings are carried by the UK, EU and Australian lists too: many parties have referents.
        assertThat(withReferents).isGreaterThan(1_000);
    }

    /** The checkers are not blind: answers and entities that break the models are refused, each for its fault. */
    @Test
    void theCheckersRefuseWhatYenteFtmAndTheSpecRefuse() throws Exception {
        assertThat(model("SearchResponse").validate(JSON.readTree("{\"limit\": 1}")))
                .isNotEmpty();
        assertThat(model("HTTPValidationError").validate(JSON.readTree("{\"detail\": \"bad\"}")))
                .isNotEmpty();
        assertThat(model("reconciliation-0.2/reconciliation-result-batch.json")
                        .validate(JSON.readTree("{\"q0\": {\"result\": [{\"id\": 1, \"name\": \"x\"}]}}")))
                .isNotEmpty();
        assertThat(model("reconciliation-0.2/manifest.json").validate(JSON.readTree("{\"name\": \"x\"}")))
                .isNotEmpty();
        JsonNode bad = JSON.readTree("""
                {"id": "us-ofac-sdn:1", "caption": "x", "schema": "Person", "referents": ["a#b"],
                 "properties": {"imoNumber": ["1"], "birthDate": ["last spring"], "nationality": ["Korea"]}}""");
        assertThat(ftmProblems(bad))
                .hasSize(5)
                .anyMatch(p -> p.contains("id rule"))
                .anyMatch(p -> p.contains("referent"))
                .anyMatch(p -> p.contains("no property \"imoNumber\""))
                .anyMatch(p -> p.contains("birthDate (date)"))
                .anyMatch(p -> p.contains("nationality (country)"));
        assertThat(ftmProblems(JSON.readTree("{\"id\": \"a\", \"schema\": \"Thing\", \"properties\": {}}")))
                .containsExactly("schema \"Thing\" is abstract");
    }

    /** Objects in an answer that are entities: an id, a schema and properties. */
    private static void collectEntities(JsonNode node, List<JsonNode> out) {
        if (node.isObject()) {
            if (node.has("id") && node.has("schema") && node.has("properties") && node.has("caption")) {
                out.add(node);
                return;
            }
            node.forEach(child -> collectEntities(child, out));
        } else if (node.isArray()) {
            node.forEach(child -> collectEntities(child, out));
        }
    }

    /** What in an entity FollowTheMoney's schema would refuse: empty when none. */
    static List<String> ftmProblems(JsonNode entity) {
        List<String> out = new ArrayList<>();
        String id = entity.path("id").asText();
        if (!ftmId.matcher(id).matches()) {
            out.add("id \"" + id + "\" fails FtM's id rule");
        }
        for (JsonNode r : entity.path("referents")) {
            if (!ftmId.matcher(r.asText()).matches()) {
                out.add("referent \"" + r.asText() + "\" fails FtM's id rule");
            }
        }
        String schema = entity.path("schema").asText();
        JsonNode spec = ftm.get("schemata").get(schema);
        if (spec == null) {
            out.add("schema \"" + schema + "\" is no FtM schema");
            return out;
        }
        if (spec.get("abstract").asBoolean()) {
            out.add("schema \"" + schema + "\" is abstract");
        }
        Map<String, String> types = properties(schema);
        for (Iterator<Map.Entry<String, JsonNode>> it = entity.get("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String type = types.get(p.getKey());
            if (type == null) {
                out.add(schema + " has no property \"" + p.getKey() + "\"");
                continue;
            }
            for (JsonNode v : p.getValue()) {
                if (v.isObject()) {
                    if (!type.equals("entity")) {
                        out.add(schema + "." + p.getKey() + " is a " + type + ", not an entity");
                    }
                    out.addAll(ftmProblems(v));
                } else if (!valid(type, v.asText())) {
                    out.add(schema + "." + p.getKey() + " (" + type + "): \"" + v.asText() + "\"");
                }
            }
        }
        return out;
    }

    private static boolean valid(String type, String value) {
        return switch (type) {
            case "date" -> DATE.matcher(value).matches();
            case "country" -> COUNTRY.matcher(value).matches();
            case "entity" -> ftmId.matcher(value).matches();
            default -> !value.isBlank();
        };
    }

    /** A schema's properties with their types, its own and every ancestor's. */
    private static Map<String, String> properties(String schema) {
        Map<String, String> out = new HashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(schema));
        while (!todo.isEmpty()) {
            String s = todo.removeLast();
            if (!seen.add(s)) {
                continue;
            }
            JsonNode spec = ftm.get("schemata").get(s);
            spec.get("properties")
                    .fields()
                    .forEachRemaining(
                            p -> out.putIfAbsent(p.getKey(), p.getValue().asText()));
            spec.get("extends").forEach(x -> todo.add(x.asText()));
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }
}
