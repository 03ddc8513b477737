package dev.embargo.server.yente;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.embargo.server.EmbargoServer;
import dev.embargo.server.Http;
import dev.embargo.server.Limits;
import dev.embargo.server.RealListsServerTest;
import dev.embargo.server.ServerSettings;
import dev.embargo.server.TestServers;
import dev.embargo.server.lists.LiveLists;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The yente API over real HTTP on loopback against the real lists, with the example requests of yente's and
 * OpenSanctions' documentation, answered in yente's shapes.
 */
class YenteApiTest extends RealListsServerTest {
    /** The fields of yente's ScoredEntityResponse (newer versions' explanations included). */
    private static final List<String> SCORED_FIELDS = List.of(
            "id",
            "caption",
            "schema",
            "properties",
            "datasets",
            "referents",
            "target",
            "first_seen",
            "last_seen",
            "last_change",
            "score",
            "features",
            "explanations",
            "match");

    private static final List<String> ENTITY_FIELDS = SCORED_FIELDS.subList(0, 10);

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    @Test
    void aPersonExampleFindsKimJongUnFirstAsAMatchInYentesResponseShape() throws Exception {
        HttpResponse<String> r = http.postJson("/match/default", """
                {"queries": {"q1": {"schema": "Person", "properties": {
                  "name": ["Kim Jong Un"], "birthDate": ["1984-01-08"], "nationality": ["kp"]}}}}""");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("x-batch-size")).hasValue("1");
        JsonNode body = json(r);
        assertThat(fields(body)).containsExactly("responses", "matcher", "limit");
        assertThat(body.get("limit").asInt()).isEqualTo(5);
        JsonNode q1 = body.at("/responses/q1");
        assertThat(fields(q1)).containsExactly("status", "results", "total", "query");
        assertThat(q1.get("status").asInt()).isEqualTo(200);
        assertThat(q1.at("/total/relation").asText()).isEqualTo("eq");
        assertThat(q1.at("/total/value").asInt())
                .isGreaterThanOrEqualTo(q1.get("results").size());
        assertThat(q1.at("/query/schema").asText()).isEqualTo("Person");
        assertThat(texts(q1.at("/query/properties/birthDate"))).containsExactly("1984-01-08");
        assertThat(texts(q1.at("/query/properties/nationality"))).containsExactly("kp");

        JsonNode top = q1.at("/results/0");
        assertThat(fields(top)).containsExactlyElementsOf(SCORED_FIELDS);
        assertThat(top.get("id").asText()).isEqualTo("us-ofac-sdn.20157");
        assertThat(top.get("schema").asText()).isEqualTo("Person");
        assertThat(top.get("match").asBoolean()).isTrue();
        assertThat(top.get("score").asDouble()).isGreaterThanOrEqualTo(0.85).isLessThanOrEqualTo(1.0);
        assertThat(top.get("target").asBoolean()).isTrue();
        assertThat(texts(top.get("datasets"))).containsExactly("us_ofac_sdn");
        assertThat(texts(top.at("/properties/birthDate"))).contains("1984-01-08");
        assertThat(texts(top.at("/properties/topics"))).containsExactly("sanction");
        assertThat(texts(top.at("/properties/program"))).contains("DPRK3");
        // The features are the parts of Embargo's explanation, as numbers.
        assertThat(top.at("/features/name_score").asDouble()).isGreaterThan(0.9);
        assertThat(top.at("/features/date_of_birth").asDouble()).isPositive();
        assertThat(top.at("/explanations/date_of_birth/detail").asText()).contains("1984-01-08");
        assertThat(body.at("/matcher/name_score/coefficient").isNumber()).isTrue();
        double previous = 1;
        for (JsonNode result : q1.get("results")) {
            assertThat(result.get("score").asDouble()).isLessThanOrEqualTo(previous);
            assertThat(result.get("match").asBoolean())
                    .isEqualTo(result.get("score").asDouble() >= 0.85);
            previous = result.get("score").asDouble();
        }
    }

    @Test
    void theNameInHangulFindsTheSameEntityAndAFarDateOfBirthLowersIt() throws Exception {
        JsonNode body = json(http.postJson("/match/default", """
                {"queries": {
                  "hangul": {"schema": "Person", "properties": {"name": "김정은"}},
                  "right": {"schema": "Person", "properties": {"name": ["Kim Jong Un"], "birthDate": ["1984-01-08"]}},
                  "wrong": {"schema": "Person", "properties": {"name": ["Kim Jong Un"], "birthDate": ["1990-05-05"]}}}}"""));
        assertThat(fields(body.get("responses"))).containsExactly("hangul", "right", "wrong");
        assertThat(body.at("/responses/hangul/results/0/id").asText()).isEqualTo("us-ofac-sdn.20157");
        assertThat(body.at("/responses/hangul/results/0/match").asBoolean()).isTrue();
        JsonNode right = find(body.at("/responses/right/results"), "us-ofac-sdn.20157");
        JsonNode wrong = find(body.at("/responses/wrong/results"), "us-ofac-sdn.20157");
        assertThat(wrong.get("score").asDouble()).isLessThan(right.get("score").asDouble());
        assertThat(wrong.at("/features/date_of_birth").asDouble()).isNegative();
        assertThat(wrong.get("match").asBoolean()).isEqualTo(wrong.get("score").asDouble() >= 0.85);
    }

    static JsonNode find(JsonNode results, String id) {
        for (JsonNode r : results) {
            if (r.get("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError(id + " not among " + results);
    }

    /** The example request of opensanctions.org/docs/api/request: a person and a company, scoped by parameters. */
    @Test
    void theDocumentedPersonAndCompanyRequestWithItsScopingParameters() throws Exception {
        HttpResponse<String> r = http.postJson(
                "/match/default?topics=sanction&topics=sanction.linked&topics=debarment"
                        + "&include_dataset=us_ofac_sdn&include_dataset=us_ofac_cons&algorithm=logic-v2&threshold=0.8",
                """
                {"queries": {
                  "q": {"schema": "Person", "properties": {"firstName": ["Arkadii"], "fatherName": ["Romanovich"],
                        "lastName": ["Rotenberg", "Ротенберг"], "birthDate": ["1951"]}},
                  "c": {"schema": "Company", "properties": {"name": ["Stroygazmontazh"], "jurisdiction": ["Russia"]}}}}""");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        JsonNode person = body.at("/responses/q/results");
        assertThat(person.get(0).get("id").asText()).isEqualTo("us-ofac-sdn.16669");
        assertThat(person.get(0).get("match").asBoolean()).isTrue();
        JsonNode company = body.at("/responses/c/results");
        assertThat(company.get(0).get("id").asText()).isEqualTo("us-ofac-sdn.16828");
        assertThat(company.get(0).get("schema").asText()).isEqualTo("Organization");
        assertThat(texts(body.at("/responses/c/query/properties/jurisdiction"))).containsExactly("ru");
        for (JsonNode result : List.of(person, company).stream()
                .flatMap(a -> toList(a).stream())
                .toList()) {
            assertThat(texts(result.get("datasets"))).isSubsetOf("us_ofac_sdn", "us_ofac_cons");
            assertThat(result.get("match").asBoolean())
                    .isEqualTo(result.get("score").asDouble() >= 0.8);
        }
    }

    static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** The quickstart example (opensanctions.org/docs/api/quickstart): the threshold decides match, not the list. */
    @Test
    void theThresholdParameterDecidesWhichResultsMatch() throws Exception {
        String quickstart = """
                {"queries": {"q": {"schema": "Person", "properties": {
                  "firstName": ["Aleksandr"], "lastName": ["Zacharov"], "birthDate": ["1965"]}}}}""";
        JsonNode strict =
                json(http.postJson("/match/default?threshold=0.99", quickstart)).at("/responses/q/results");
        JsonNode loose =
                json(http.postJson("/match/default?threshold=0.5", quickstart)).at("/responses/q/results");
        assertThat(strict.size()).isPositive().isEqualTo(loose.size());
        assertThat(strict.get(0).at("/properties/name/0").asText()).containsIgnoringCase("zakharov");
        for (int i = 0; i < strict.size(); i++) {
            assertThat(strict.get(i).get("id")).isEqualTo(loose.get(i).get("id"));
            assertThat(strict.get(i).get("score")).isEqualTo(loose.get(i).get("score"));
            assertThat(strict.get(i).get("match").asBoolean())
                    .isEqualTo(strict.get(i).get("score").asDouble() >= 0.99);
            assertThat(loose.get(i).get("match").asBoolean()).isTrue();
        }
    }

    @Test
    void identifiersFindVesselsAndWalletHolders() throws Exception {
        JsonNode body = json(http.postJson("/match/sanctions", """
                {"queries": {
                  "ship": {"schema": "Vessel", "properties": {"imoNumber": ["7406784"]}},
                  "wallet": {"schema": "CryptoWallet", "properties": {"publicKey": ["12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"]}}}}"""));
        JsonNode ship = body.at("/responses/ship/results/0");
        assertThat(ship.get("id").asText()).isEqualTo("us-ofac-sdn.4243");
        assertThat(ship.get("schema").asText()).isEqualTo("Vessel");
        assertThat(texts(ship.at("/properties/imoNumber"))).containsExactly("7406784");
        assertThat(texts(ship.at("/properties/flag"))).containsExactly("pa");
        assertThat(ship.at("/features/identifier_match").asDouble()).isEqualTo(1.0);
        assertThat(ship.get("match").asBoolean()).isTrue();
        assertThat(body.at("/responses/wallet/results/0/id").asText()).isEqualTo("us-ofac-sdn.25308");
    }

    @Test
    void aDatasetPerListScopesTheResultsAndExcludedIdsAreLeftOut() throws Exception {
        String query = """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["Arkady Rotenberg"]}}}}""";
        JsonNode uk = json(http.postJson("/match/uk_ofsi?limit=10", query)).at("/responses/q/results");
        assertThat(uk.size()).isPositive();
        for (JsonNode result : uk) {
            assertThat(texts(result.get("datasets"))).containsExactly("uk_ofsi");
        }
        String first = uk.get(0).get("id").asText();
        JsonNode without = json(http.postJson("/match/uk_ofsi?limit=10&exclude_entity_ids=" + enc(first), query))
                .at("/responses/q/results");
        assertThat(without.findValuesAsText("id")).doesNotContain(first);
        JsonNode noPeps =
                json(http.postJson("/match/default?topics=role.pep", query)).at("/responses/q");
        assertThat(noPeps.get("results")).isEmpty();
        assertThat(noPeps.at("/total/value").asInt()).isZero();
    }

    @Test
    void anUnknownDatasetIs404InYentesErrorShape() throws Exception {
        HttpResponse<String> r = http.postJson("/match/eu_nonexistent", """
                {"queries": {"q": {"schema": "Person", "properties": {"name": ["Kim Jong Un"]}}}}""");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(fields(json(r))).containsExactly("detail");
        assertThat(json(r).get("detail").asText()).contains("eu_nonexistent").contains("us_ofac_sdn");
        HttpResponse<String> s = http.get("/search/nope?q=kim");
        assertThat(s.statusCode()).isEqualTo(404);
        assertThat(fields(json(s))).containsExactly("detail");
    }

    /** yente's split: what FastAPI validates is a 422 with a list; what yente checks itself is a 400. */
    @Test
    void validationErrorsAre422WithAListAndYentesOwnChecks400() throws Exception {
        assertInvalid(http.postJson("/match/default", "{\"queries\": {"), "json_invalid", "body", 0);
        assertDetail(http.postJson("/match/default", "{\"queries\": {}}"), 400, "No queries provided");
        assertInvalid(http.postJson("/match/default", "{}"), "missing", "body", "queries");
        assertInvalid(
                http.postJson("/match/default", "{\"queries\": {\"q1\": {\"properties\": {\"name\": [\"x\"]}}}}"),
                "missing",
                "body",
                "queries",
                "q1",
                "schema");
        assertDetail(
                http.postJson(
                        "/match/default", "{\"queries\": {\"q1\": {\"schema\": \"Spaceship\", \"properties\": {}}}}"),
                400,
                "Spaceship");
        assertDetail(http.postJson("/match/default", """
                {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Kim"], "birthDate": ["last spring"]}}}}"""), 400, "queries.q1.properties.birthDate");
        assertDetail(http.postJson("/match/default", """
                {"queries": {"q1": {"schema": "Person", "properties": {"nationality": ["kp"]}}}}"""), 400, "expected a name");
        assertDetail(http.postJson("/match/default?algorithm=magic", """
                {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Kim"]}}}}"""), 400, "magic");
        assertInvalid(http.postJson("/match/default?limit=501", """
                {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Kim"]}}}}"""), "less_than_equal", "query", "limit");
        assertInvalid(http.postJson("/match/default?threshold=high", """
                {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Kim"]}}}}"""), "float_parsing", "query", "threshold");
        assertInvalid(
                http.postJson("/match/default?changed_since=yesterday", """
                {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Kim"]}}}}"""),
                "string_pattern_mismatch",
                "query",
                "changed_since");
        assertDetail(http.postJson("/match/default", """
                {"config": {"nm_number_mismatch": 0.4}, "queries": {"q1": {"schema": "Person", "properties": {"name": ["Kim"]}}}}"""), 400, "Invalid configuration parameter: nm_number_mismatch");
        assertDetail(http.postJson("/match/default", """
                {"weights": {"name_literal": 0.8}, "queries": {"q1": {"schema": "Person", "properties": {"name": ["Kim"]}}}}"""), 400, "Invalid weight: name_literal");
        assertInvalid(http.postJson("/match/default", """
                {"weights": {"name_literal": "a lot"}, "queries": {"q1": {"schema": "Person", "properties": {"name": ["Kim"]}}}}"""), "float_type", "body", "weights", "name_literal");
        assertDetail(http.get("/search/default?q=kim&schema=Spaceship"), 400, "Invalid schema");
        assertDetail(http.get("/search/default?q=kim&filter=nocolon"), 400, "Invalid filter");
        assertInvalid(http.get("/search/default?q=kim&facets=colours"), "enum", "query", "facets");
        assertInvalid(http.get("/search/default?q=kim&filter_op=XOR"), "enum", "query", "filter_op");
        assertInvalid(http.get("/search/default?q=kim&fuzzy=maybe"), "bool_parsing", "query", "fuzzy");
        assertInvalid(http.get("/search/default?q=kim&limit=501"), "less_than_equal", "query", "limit");
        assertInvalid(http.get("/search/default?q=kim&sort=caption:sideways"), "value_error", "query", "sort");
    }

    static void assertInvalid(HttpResponse<String> r, String type, Object... loc) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode body = json(r);
        assertThat(fields(body)).containsExactly("detail");
        JsonNode first = body.at("/detail/0");
        assertThat(first.get("type").asText()).as(r.body()).isEqualTo(type);
        List<String> at = new ArrayList<>();
        first.get("loc").forEach(x -> at.add(x.asText()));
        assertThat(at)
                .as(r.body())
                .containsExactlyElementsOf(
                        java.util.Arrays.stream(loc).map(String::valueOf).toList());
        assertThat(first.get("msg").asText()).isNotBlank();
    }

    static void assertDetail(HttpResponse<String> r, int status, String mentions) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode body = json(r);
        assertThat(fields(body)).containsExactly("detail");
        assertThat(body.get("detail").asText()).contains(mentions);
    }

    @Test
    void aBodyOverTheLimitAndListsNotYetLoadedAnswerInYentesErrorShape() throws Exception {
        Limits small = new Limits(2_000, 10, 1_000, 100, 10);
        try (EmbargoServer limited =
                TestServers.start(ServerSettings.loopback(0).withLimits(small))) {
            String big = "{\"queries\": {\"q\": {\"schema\": \"Person\", \"properties\": {\"name\": [\""
                    + "x".repeat(3_000) + "\"]}}}}";
            assertDetail(Http.to(limited).postJson("/match/default", big), 413, "too large");
        }
        try (EmbargoServer empty =
                TestServers.start(ServerSettings.loopback(0), new LiveLists(Path.of("target", "no-lists-here")))) {
            assertDetail(Http.to(empty).postJson("/match/default", """
                    {"queries": {"q": {"schema": "Person", "properties": {"name": ["Kim"]}}}}"""), 503, "no lists");
            assertDetail(Http.to(empty).get("/catalog"), 503, "no lists");
        }
    }

    @Test
    void unknownPropertiesAreLeftOutOfTheEchoedQueryAsYenteDoes() throws Exception {
        JsonNode q = json(http.postJson("/match/default", """
                {"queries": {"q": {"id": "row-7", "schema": "Person", "properties": {
                  "name": "Kim Jong Un", "eyeColour": ["brown"], "address": ["Pyongyang"]}}}}""")).at("/responses/q/query");
        assertThat(q.get("id").asText()).isEqualTo("row-7");
        assertThat(fields(q.get("properties"))).containsExactly("name");
        assertThat(texts(q.at("/properties/name"))).containsExactly("Kim Jong Un");
    }

    @Test
    void searchFindsByNameInYentesSearchShapeWithoutScores() throws Exception {
        HttpResponse<String> r = http.get("/search/default?q=" + enc("Kim Jong Un") + "&limit=3");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(fields(body)).containsExactly("limit", "offset", "total", "results", "facets");
        assertThat(body.get("limit").asInt()).isEqualTo(3);
        assertThat(body.at("/results/0/id").asText()).isEqualTo("us-ofac-sdn.20157");
        assertThat(fields(body.at("/results/0"))).containsExactlyElementsOf(ENTITY_FIELDS);
        assertThat(body.get("results").size()).isLessThanOrEqualTo(3);
        assertThat(body.at("/total/value").asInt())
                .isGreaterThanOrEqualTo(body.get("results").size());
        // yente's default facets, each with a label and counted values.
        assertThat(fields(body.get("facets"))).containsExactly("countries", "topics", "datasets");
        assertThat(body.at("/facets/topics/values/0/name").asText()).isEqualTo("sanction");
        assertThat(body.at("/facets/topics/values/0/count").asInt())
                .isEqualTo(body.at("/total/value").asInt());
        assertThat(fields(body.at("/facets/datasets/values/0"))).containsExactly("name", "label", "count");
    }

    @Test
    void searchWithoutTextListsASchemaInACountryPageByPage() throws Exception {
        JsonNode first =
                json(http.get("/search/default?schema=Vessel&countries=kp&limit=5&facets=schema&facets=countries"));
        JsonNode second = json(http.get("/search/default?schema=Vessel&countries=kp&limit=5&offset=5&facets=schema"));
        int total = first.at("/total/value").asInt();
        assertThat(total).isGreaterThan(5).isEqualTo(second.at("/total/value").asInt());
        Set<String> ids = new HashSet<>();
        for (JsonNode page : List.of(first, second)) {
            for (JsonNode e : page.get("results")) {
                assertThat(e.get("schema").asText()).isEqualTo("Vessel");
                List<String> countries = new ArrayList<>(texts(e.at("/properties/flag")));
                countries.addAll(texts(e.at("/properties/country")));
                assertThat(countries).contains("kp");
                assertThat(ids.add(e.get("id").asText())).as("pages overlap").isTrue();
            }
        }
        assertThat(first.at("/facets/schema/values")).hasSize(1);
        assertThat(first.at("/facets/schema/values/0/count").asInt()).isEqualTo(total);
        assertThat(first.at("/facets/schema/label").asText()).isEqualTo("Entity types");
        assertThat(first.at("/facets/countries/values/0/name").asText()).isEqualTo("kp");
        assertThat(first.at("/facets/countries/values/0/label").asText()).isEqualTo("North Korea");
    }

    @Test
    void anEntityIsFetchedWithItsSanctionNestedAndIdsWithSlashesWork() throws Exception {
        JsonNode kim = json(http.get("/entities/us-ofac-sdn.20157"));
        assertThat(kim.get("id").asText()).isEqualTo("us-ofac-sdn.20157");
        // The listing id of earlier versions still finds the entity, under its FtM id.
        assertThat(json(http.get("/entities/us-ofac-sdn:20157")).get("id").asText())
                .isEqualTo("us-ofac-sdn.20157");
        assertThat(kim.get("caption").asText()).isEqualTo("KIM, Jong Un");
        JsonNode sanction = kim.at("/properties/sanctions/0");
        assertThat(sanction.get("schema").asText()).isEqualTo("Sanction");
        assertThat(texts(sanction.at("/properties/program"))).containsExactly("DPRK3");
        assertThat(texts(sanction.at("/properties/authority")))
                .containsExactly("US OFAC Specially Designated Nationals");
        JsonNode flat = json(http.get("/entities/us-ofac-sdn:20157?nested=false"));
        assertThat(flat.at("/properties/sanctions").isMissingNode()).isTrue();

        for (String path :
                List.of("/entities/ca-sema:russia/1-part-2/182", "/entities/" + enc("ca-sema:russia/1-part-2/182"))) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(json(r).get("id").asText()).isEqualTo("ca-sema.russia.2f1-part-2.2f182");
        }
        JsonNode wallet = json(http.get("/entities/us-ofac-sdn:25308")).at("/properties/cryptoWallets/0");
        assertThat(wallet.get("schema").asText()).isEqualTo("CryptoWallet");
        assertThat(texts(wallet.at("/properties/publicKey"))).contains("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h");
        assertDetail(http.get("/entities/us-ofac-sdn:0"), 404, "No such entity");
        assertDetail(http.get("/entities/us-ofac-sdn.0"), 404, "No such entity");
    }

    @Test
    void theCatalogListsDefaultSanctionsAndOneDatasetPerLoadedList() throws Exception {
        JsonNode body = json(http.get("/catalog"));
        assertThat(fields(body)).containsExactly("datasets", "current", "outdated", "index_stale");
        List<String> names = toList(body.get("datasets")).stream()
                .map(d -> d.get("name").asText())
                .toList();
        assertThat(names)
                .startsWith("default", "sanctions")
                .contains("un", "us_ofac_sdn", "uk_ofsi", "ca_sema", "au_dfat");
        assertThat(texts(body.get("current"))).containsExactlyElementsOf(names);
        JsonNode def = body.at("/datasets/0");
        assertThat(fields(def))
                .containsExactly(
                        "name",
                        "title",
                        "summary",
                        "url",
                        "load",
                        "entities_url",
                        "version",
                        "index_version",
                        "index_current",
                        "children");
        assertThat(texts(def.get("children"))).containsExactlyElementsOf(names.subList(2, names.size()));
        // Every dataset the catalog names can be matched against.
        for (String name : names) {
            assertThat(http.postJson("/match/" + name, """
                    {"queries": {"q": {"schema": "Person", "properties": {"name": ["Kim"]}}}}""").statusCode())
                    .as(name)
                    .isEqualTo(200);
        }
    }

    @Test
    void algorithmsDescribeTheOneScorerAndItsFeatures() throws Exception {
        JsonNode body = json(http.get("/algorithms"));
        assertThat(body.get("default").asText()).isEqualTo("embargo");
        assertThat(body.get("best").asText()).isEqualTo("embargo");
        JsonNode algo = body.at("/algorithms/0");
        assertThat(algo.get("name").asText()).isEqualTo("embargo");
        assertThat(fields(algo.get("features"))).contains("name_score", "date_of_birth", "country", "identifier_match");
        assertThat(fields(algo.at("/features/name_score"))).containsExactly("description", "coefficient", "url");
    }

    private static final String KIM = """
            {"queries": {"q": {"schema": "Person", "properties": {"name": ["Kim Jong Un"]}}}}""";

    private static List<String> datasetsOf(JsonNode results) {
        List<String> out = new ArrayList<>();
        results.forEach(r -> out.addAll(texts(r.get("datasets"))));
        return out;
    }

    @Test
    void openSanctionsDatasetNamesAreAliasesAndUnknownFilterNamesNarrowAsInYente() throws Exception {
        JsonNode viaAlias = json(http.postJson("/match/un_sc_sanctions?limit=10", ROTENBERG))
                .at("/responses/q/results");
        JsonNode direct = json(http.postJson("/match/un?limit=10", ROTENBERG)).at("/responses/q/results");
        assertThat(viaAlias).isEqualTo(direct);
        JsonNode uk = json(http.postJson("/match/default?limit=10&include_dataset=gb_fcdo_sanctions", ROTENBERG))
                .at("/responses/q/results");
        assertThat(uk.size()).isPositive();
        assertThat(datasetsOf(uk)).containsOnly("uk_ofsi");
        JsonNode notUs = json(http.postJson(
                        "/match/default?limit=20&exclude_dataset=us_ofac_sdn&exclude_dataset=us_ofac_cons", ROTENBERG))
                .at("/responses/q/results");
        assertThat(datasetsOf(notUs)).isNotEmpty().doesNotContain("us_ofac_sdn", "us_ofac_cons");
        // yente intersects include_dataset with the datasets it has: a name it lacks leaves nothing to match.
        HttpResponse<String> unknown = http.postJson("/match/default?include_dataset=xx_unknown", ROTENBERG);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(json(unknown).at("/responses/q/results")).isEmpty();
        JsonNode excludeUnknown = json(http.postJson("/match/default?limit=10&exclude_dataset=xx_unknown", ROTENBERG))
                .at("/responses/q/results");
        assertThat(excludeUnknown)
                .isEqualTo(json(http.postJson("/match/default?limit=10", ROTENBERG))
                        .at("/responses/q/results"));
        assertThat(http.get("/search/un_sc_sanctions?q=kim").statusCode()).isEqualTo(200);
        assertThat(http.get("/search/xx_unknown?q=kim").statusCode()).isEqualTo(404);
    }

    private static final String ROTENBERG = """
            {"queries": {"q": {"schema": "Person", "properties": {"name": ["Arkady Rotenberg"], "birthDate": ["1951-12-15"]}}}}""";

    /** Every id in every answer passes FtM's id rule, and every referent is another listing of the same party. */
    @Test
    void referentsAreTheOtherListingsOfThePartyBothWays() throws Exception {
        JsonNode results =
                json(http.postJson("/match/default?limit=20", ROTENBERG)).at("/responses/q/results");
        int withReferents = 0;
        for (JsonNode r : results) {
            String id = r.get("id").asText();
            assertThat(dev.embargo.parties.FtmIds.isValid(id)).as(id).isTrue();
            for (String ref : texts(r.get("referents"))) {
                withReferents++;
                assertThat(ref).isNotEqualTo(id);
                JsonNode other = json(http.get("/entities/" + ref + "?nested=false"));
                assertThat(other.get("id").asText()).isEqualTo(ref);
                assertThat(texts(other.get("referents"))).contains(id);
                assertThat(texts(other.get("datasets"))).doesNotContainAnyElementsOf(texts(r.get("datasets")));
            }
        }
        assertThat(withReferents).as("Rotenberg is on several lists").isPositive();
        // Excluding one listing excludes its party: yente excludes an entity by any of its referents.
        JsonNode top = results.get(0);
        List<String> party = new ArrayList<>(texts(top.get("referents")));
        party.add(top.get("id").asText());
        JsonNode without = json(http.postJson(
                        "/match/default?limit=20&exclude_entity_ids="
                                + enc(top.get("id").asText()),
                        ROTENBERG))
                .at("/responses/q/results");
        assertThat(without.findValuesAsText("id")).doesNotContainAnyElementsOf(party);
        assertInvalid(
                http.postJson("/match/default?" + "exclude_entity_ids=x&".repeat(51), ROTENBERG),
                "too_long",
                "query",
                "exclude_entity_ids");
    }

    @Test
    void adjacentEntitiesByPropertyAndNestedEntitiesByTheirOwnIds() throws Exception {
        JsonNode all = json(http.get("/entities/us-ofac-sdn.25308/adjacent"));
        assertThat(fields(all)).containsExactly("entity", "adjacent");
        assertThat(all.at("/entity/id").asText()).isEqualTo("us-ofac-sdn.25308");
        assertThat(fields(all.get("adjacent"))).containsExactly("sanctions", "cryptoWallets");
        JsonNode wallets = all.at("/adjacent/cryptoWallets");
        assertThat(fields(wallets)).containsExactlyInAnyOrder("limit", "offset", "total", "results");
        assertThat(wallets.at("/total/value").asInt())
                .isEqualTo(wallets.get("results").size())
                .isPositive();
        JsonNode byProp = json(http.get("/entities/us-ofac-sdn.25308/adjacent/cryptoWallets?limit=1"));
        assertThat(byProp.get("results")).hasSize(1);
        String walletId = byProp.at("/results/0/id").asText();
        assertThat(dev.embargo.parties.FtmIds.isValid(walletId)).isTrue();
        assertThat(json(http.get("/entities/" + walletId))
                        .at("/properties/holder/0")
                        .asText())
                .isEqualTo("us-ofac-sdn.25308");
        String sanctionId = all.at("/adjacent/sanctions/results/0/id").asText();
        assertThat(json(http.get("/entities/" + sanctionId)).get("schema").asText())
                .isEqualTo("Sanction");
        assertDetail(http.get("/entities/us-ofac-sdn.25308/adjacent/ownershipOwner"), 404, "No such property");
        assertDetail(http.get("/entities/us-ofac-sdn.0/adjacent"), 404, "No such entity");
        // A listing id with "/" keeps working, and its adjacent routes are not swallowed by it.
        HttpResponse<String> slashed = http.get("/entities/ca-sema:russia/1-part-2/182/adjacent/sanctions");
        assertThat(slashed.statusCode()).as(slashed.body()).isEqualTo(200);
        assertThat(json(slashed).at("/results/0/properties/entity/0").asText())
                .isEqualTo("ca-sema.russia.2f1-part-2.2f182");
    }

    @Test
    void searchHonoursFiltersSortsFuzzyTargetAndChangedSince() throws Exception {
        JsonNode kp = json(
                http.get("/search/default?q=kim&schema=Person&limit=50&filter=" + enc("properties.nationality:kp")));
        assertThat(kp.get("results").size()).isPositive();
        kp.get("results")
                .forEach(r -> assertThat(texts(r.at("/properties/nationality"))).contains("kp"));
        JsonNode either = json(http.get("/search/default?limit=0&countries=kp&countries=ru&facets=countries"));
        JsonNode both =
                json(http.get("/search/default?limit=50&countries=kp&countries=ru&filter_op=AND&facets=countries"));
        assertThat(both.at("/total/value").asInt())
                .isLessThan(either.at("/total/value").asInt());
        both.get("results").forEach(r -> {
            List<String> c = new ArrayList<>(texts(r.at("/properties/nationality")));
            c.addAll(texts(r.at("/properties/country")));
            c.addAll(texts(r.at("/properties/citizenship")));
            c.addAll(texts(r.at("/properties/flag")));
            assertThat(c).contains("kp", "ru");
        });
        JsonNode sorted = json(http.get("/search/default?q=kim&limit=30&fuzzy=true&sort=caption:desc"));
        List<String> captions = sorted.findValuesAsText("caption");
        assertThat(captions).hasSizeGreaterThan(2);
        assertThat(captions).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // Without fuzzy every word must be found as written; with it, a misspelling still finds the party.
        assertThat(json(http.get("/search/default?q=" + enc("Kim Jong Unn"))).findValuesAsText("id"))
                .doesNotContain("us-ofac-sdn.20157");
        assertThat(json(http.get("/search/default?q=" + enc("Kim Jong Unn") + "&fuzzy=true"))
                        .findValuesAsText("id"))
                .contains("us-ofac-sdn.20157");
        assertThat(json(http.get("/search/default?q=kim&target=true")).get("total"))
                .isEqualTo(json(http.get("/search/default?q=kim")).get("total"));
        assertThat(json(http.get("/search/default?q=kim&target=false")).get("results"))
                .isEmpty();
        assertThat(json(http.get("/search/default?q=kim&changed_since=2999-01-01"))
                        .get("results"))
                .isEmpty();
        assertThat(json(http.get("/search/default?q=kim&changed_since=1900-01-01T00"))
                        .get("total"))
                .isEqualTo(json(http.get("/search/default?q=kim")).get("total"));
        JsonNode noOrgs = json(http.get("/search/default?q=kim&limit=100&exclude_schema=Person"));
        noOrgs.get("results").forEach(r -> assertThat(r.get("schema").asText()).isNotEqualTo("Person"));
    }

    /**
     * target=false as yente reads it, a term filter on the index's target flag: every listed party is a target, so
     * what is left are the entities nested in them that a search's schemata hold (Thing's descendants), the
     * cryptocurrency wallets; the Sanctions are Intervals, not Things. Their number is that of the wallet
     * addresses the real lists give, each once per listing.
     */
    @Test
    void targetFalseFindsTheWalletsNestedInListedPartiesAndNoListedParty() throws Exception {
        int wallets = 0;
        Set<String> seen = new HashSet<>();
        for (dev.embargo.lists.model.Entity e : TestServers.realLists().report().entities()) {
            if (seen.add(e.id())) {
                wallets += (int) e.identifiers().stream()
                        .filter(i -> i.type() == dev.embargo.lists.model.IdentifierType.DIGITAL_CURRENCY)
                        .count();
            }
        }
        assertThat(wallets).isGreaterThan(100);
        JsonNode all = json(http.get("/search/default?target=false&limit=500&facets=schema&facets=datasets"));
        assertThat(all.at("/total/value").asInt()).isEqualTo(wallets);
        all.get("results").forEach(r -> {
            assertThat(r.get("schema").asText()).isEqualTo("CryptoWallet");
            assertThat(r.get("target").asBoolean()).isFalse();
            assertThat(r.get("id").asText())
                    .startsWith(texts(r.at("/properties/holder")).getFirst() + ".wallet");
        });
        assertThat(all.at("/facets/schema/values/0/name").asText()).isEqualTo("CryptoWallet");
        assertThat(all.at("/facets/schema/values/0/count").asInt()).isEqualTo(wallets);
        // The true and false searches split the index between them.
        List<String> byAddress = json(http.get(
                        "/search/default?q=" + enc("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h") + "&target=false"))
                .findValuesAsText("id");
        assertThat(byAddress).singleElement().asString().startsWith("us-ofac-sdn.25308.wallet");
        assertThat(json(http.get("/search/default?q=" + enc("12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h") + "&target=true"))
                        .findValuesAsText("id"))
                .doesNotContain(byAddress.getFirst());
        // Scope and filters apply to the wallet: its holder's dataset, its own schema and id.
        assertThat(json(http.get("/search/default?target=false&datasets=un_sc_sanctions"))
                        .at("/total/value")
                        .asInt())
                .isEqualTo(json(http.get("/search/un?target=false"))
                        .at("/total/value")
                        .asInt());
        assertThat(json(http.get("/search/default?target=false&exclude_schema=CryptoWallet"))
                        .get("results"))
                .isEmpty();
        assertThat(json(http.get("/search/default?target=false&schema=Person")).get("results"))
                .isEmpty();
        assertThat(json(http.get("/search/default?target=false&exclude_entity_ids=" + byAddress.getFirst()))
                        .at("/total/value")
                        .asInt())
                .isEqualTo(wallets - 1);
    }

    @Test
    void limitUpTo500ManifestAndUpdatezAsYenteHasThem() throws Exception {
        HttpResponse<String> big = http.postJson("/match/default?limit=500&cutoff=0", KIM);
        assertThat(big.statusCode()).isEqualTo(200);
        assertThat(json(big).get("limit").asInt()).isEqualTo(500);
        assertThat(json(big).at("/responses/q/results").size()).isPositive().isLessThanOrEqualTo(500);
        assertThat(json(http.get("/manifest"))).isEqualTo(json(http.get("/catalog")));
        HttpResponse<String> update = http.postJson("/updatez?sync=true", "");
        assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
        assertThat(json(update).get("status").asText()).isEqualTo("ok");
    }
}
