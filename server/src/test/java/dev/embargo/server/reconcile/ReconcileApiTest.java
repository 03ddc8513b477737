package dev.embargo.server.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.embargo.server.EmbargoServer;
import dev.embargo.server.Http;
import dev.embargo.server.RealListsServerTest;
import dev.embargo.server.ServerSettings;
import dev.embargo.server.TestServers;
import dev.embargo.server.ops.ApiKeys;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reconciliation service (Reconciliation Service API v0.2) over real HTTP on loopback against the real
 * lists, with queries shaped like the specification's examples.
 */
class ReconcileApiTest extends RealListsServerTest {
    static HttpResponse<String> postQueries(String path, String queries) {
        return http.post(path, "application/x-www-form-urlencoded", "queries=" + enc(queries));
    }

    static JsonNode candidate(JsonNode result, String id) {
        for (JsonNode c : result) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError(id + " not among " + result);
    }

    static double feature(JsonNode candidate, String id) {
        for (JsonNode f : candidate.get("features")) {
            if (f.get("id").asText().equals(id)) {
                return f.get("value").asDouble();
            }
        }
        throw new AssertionError("no feature " + id + " in " + candidate);
    }

    @Test
    void theManifestDescribesTheServiceWithAbsoluteViewAndPreviewUrls() throws Exception {
        HttpResponse<String> r = http.get("/reconcile");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode m = json(r);
        assertThat(m.get("versions").toString()).contains("\"0.2\"");
        assertThat(m.get("name").asText()).isNotBlank();
        assertThat(m.get("identifierSpace").asText()).startsWith("http");
        assertThat(m.get("schemaSpace").asText()).startsWith("http");
        String origin = server.baseUrl();
        assertThat(m.at("/view/url").asText()).isEqualTo(origin + "/entity/{{id}}");
        assertThat(m.at("/preview/url").asText()).isEqualTo(origin + "/reconcile/preview?id={{id}}");
        assertThat(m.at("/preview/width").asInt()).isPositive();
        assertThat(m.at("/preview/height").asInt()).isPositive();
        List<String> types = new ArrayList<>();
        for (JsonNode t : m.get("defaultTypes")) {
            assertThat(fields(t)).containsExactly("id", "name");
            types.add(t.get("id").asText());
        }
        assertThat(types).containsExactly("Person", "Organization", "Vessel", "Airplane");
        // The suggest services the manifest points to answer.
        for (String what : List.of("entity", "property", "type")) {
            String url = m.at("/suggest/" + what + "/service_url").asText()
                    + m.at("/suggest/" + what + "/service_path").asText();
            assertThat(url).startsWith(origin);
            assertThat(http.get(url.substring(origin.length()) + "?prefix=").statusCode())
                    .isEqualTo(200);
        }
    }

    /** The specification's query batch (query, type, limit; properties with pid and v), sent as its form POST. */
    @Test
    void aBatchAnswersEachQueryWithCandidatesBestFirstInTheSpecsShape() throws Exception {
        HttpResponse<String> r = postQueries("/reconcile", """
                {"q0": {"query": "Kim Jong Un", "limit": 5},
                 "q1": {"query": "Stroygazmontazh", "type": "Organization", "limit": 3,
                        "properties": [{"pid": "country", "v": "Russia"}], "type_strict": "should"}}""");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(fields(body)).containsExactly("q0", "q1");
        assertThat(fields(body.get("q0"))).containsExactly("result");
        JsonNode kim = body.at("/q0/result/0");
        assertThat(fields(kim)).containsExactly("id", "name", "description", "type", "score", "match", "features");
        assertThat(kim.get("id").asText()).isEqualTo("us-ofac-sdn:20157");
        assertThat(kim.get("name").asText()).isEqualTo("KIM, Jong Un");
        assertThat(kim.get("match").asBoolean()).isTrue();
        assertThat(kim.at("/type/0/id").asText()).isEqualTo("Person");
        assertThat(kim.get("description").asText()).contains("US OFAC").contains("1984-01-08");
        assertThat(feature(kim, "name_score")).isGreaterThan(0.9);
        assertThat(body.at("/q1/result").size()).isBetween(1, 3);
        assertThat(body.at("/q1/result/0/name").asText()).isEqualToIgnoringCase("Stroygazmontazh");
        assertThat(feature(body.at("/q1/result/0"), "country")).isPositive();
        for (JsonNode result : List.of(body.at("/q0/result"), body.at("/q1/result"))) {
            double previous = 100;
            for (JsonNode c : result) {
                double score = c.get("score").asDouble();
                assertThat(score).isBetween(0.0, previous);
                assertThat(c.get("match").asBoolean()).isEqualTo(score >= 85);
                previous = score;
            }
        }
        for (JsonNode c : body.at("/q1/result")) {
            assertThat(c.at("/type/0/id").asText()).isEqualTo("Organization");
        }
    }

    @Test
    void aCountryPropertyLowersAHitOfAnotherNationality() throws Exception {
        JsonNode body = json(postQueries("/reconcile", """
                {"none": {"query": "Kim Tong Un", "type": "Person"},
                 "same": {"query": "Kim Tong Un", "type": "Person", "properties": [{"pid": "country", "v": "KP"}]},
                 "other": {"query": "Kim Tong Un", "type": "Person", "properties": [{"pid": "nationality", "v": "US"}]}}"""));
        // uk-ofsi:11032 is Tong-Un KIM, of North Korean nationality.
        JsonNode none = candidate(body.at("/none/result"), "uk-ofsi:11032");
        JsonNode same = candidate(body.at("/same/result"), "uk-ofsi:11032");
        JsonNode other = candidate(body.at("/other/result"), "uk-ofsi:11032");
        assertThat(feature(same, "country")).isPositive();
        assertThat(feature(other, "country")).isNegative();
        assertThat(other.get("score").asDouble()).isLessThan(none.get("score").asDouble());
        assertThat(other.get("score").asDouble()).isLessThan(same.get("score").asDouble());
    }

    @Test
    void getAndPostAnswerTheSameAndTheSingleQueryFormsWork() throws Exception {
        String batch = """
                {"q0": {"query": "김정은", "type": "Person", "limit": 2},
                 "q1": {"query": "Kim Jong Un", "properties": [{"pid": "birthDate", "v": ["1984"]}]}}""";
        JsonNode posted = json(postQueries("/reconcile", batch));
        JsonNode got = json(http.get("/reconcile?queries=" + enc(batch)));
        assertThat(got).isEqualTo(posted);
        assertThat(posted.at("/q0/result/0/id").asText()).isEqualTo("us-ofac-sdn:20157");
        assertThat(posted.at("/q0/result").size()).isLessThanOrEqualTo(2);
        assertThat(feature(candidate(posted.at("/q1/result"), "us-ofac-sdn:20157"), "date_of_birth"))
                .isPositive();

        JsonNode text = json(http.get("/reconcile?query=" + enc("Kim Jong Un")));
        assertThat(fields(text)).containsExactly("result");
        assertThat(text.at("/result/0/id").asText()).isEqualTo("us-ofac-sdn:20157");
        JsonNode object = json(http.post(
                "/reconcile",
                "application/x-www-form-urlencoded",
                "query=" + enc("{\"query\": \"Ким Чен Ын\", \"type\": \"Person\", \"limit\": 1}")));
        assertThat(object.get("result")).hasSize(1);
        assertThat(object.at("/result/0/id").asText()).isEqualTo("us-ofac-sdn:20157");
    }

    @Test
    void aDatasetPathScopesCandidatesToOneList() throws Exception {
        JsonNode body =
                json(postQueries("/reconcile/uk_ofsi", "{\"q0\": {\"query\": \"Arkady Rotenberg\", \"limit\": 10}}"));
        assertThat(body.at("/q0/result").size()).isPositive();
        for (JsonNode c : body.at("/q0/result")) {
            assertThat(c.get("id").asText()).startsWith("uk-ofsi:");
        }
        assertThat(json(http.get("/reconcile/uk_ofsi")).get("name").asText()).contains("UK OFSI");
        assertThat(http.get("/reconcile/eu_nonexistent").statusCode()).isEqualTo(404);
    }

    @Test
    void badQueriesAre400AndNameWhatIsWrong() throws Exception {
        assertError(postQueries("/reconcile", "{\"q0\": {\"query\": \"Kim\""), "queries: not valid JSON");
        assertError(postQueries("/reconcile", "[1, 2]"), "JSON object");
        assertError(postQueries("/reconcile", "{\"q0\": {\"query\": \"Kim\", \"type\": \"Spaceship\"}}"), "Spaceship");
        assertError(postQueries("/reconcile", "{\"q0\": {\"query\": \"Kim\", \"limit\": 0}}"), "queries.q0.limit");
        assertError(
                postQueries("/reconcile", "{\"q0\": {\"query\": \"Kim\", \"colour\": \"red\"}}"), "queries.q0.colour");
        assertError(postQueries("/reconcile", "{\"q0\": {}}"), "queries.q0");
        assertError(
                postQueries(
                        "/reconcile",
                        "{\"q0\": {\"query\": \"Kim\", \"properties\": [{\"pid\": \"birthDate\", \"v\": \"soon\"}]}}"),
                "birthDate");
    }

    static void assertError(HttpResponse<String> r, String mentions) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).at("/error/message").asText()).contains(mentions);
    }

    @Test
    void thePreviewIsASmallEscapedHtmlCardThatOpenRefineMayFrame() throws Exception {
        HttpResponse<String> r = http.get("/reconcile/preview?id=" + enc("uk-ofsi:11032"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("frame-ancestors *")
                .contains("default-src 'none'")
                .doesNotContain("script-src");
        assertThat(r.headers().firstValue("X-Frame-Options")).isEmpty();
        String html = r.body();
        assertThat(html)
                .startsWith("<!doctype html>")
                .contains("Tong-Un KIM")
                .contains("UK OFSI Consolidated List")
                .contains("North Korea")
                .contains("uk-ofsi:11032")
                .doesNotContainIgnoringCase("<script");
        // The program's apostrophe is escaped, as every listed value is.
        assertThat(html).contains("People&#39;s Republic").doesNotContain("People's Republic");

        HttpResponse<String> slashes = http.get("/reconcile/preview?id=" + enc("ca-sema:russia/1-part-2/182"));
        assertThat(slashes.statusCode()).isEqualTo(200);
        assertThat(slashes.body()).contains("TASS").contains("href=\"/entity/ca-sema%3Arussia%2F1-part-2%2F182\"");
        HttpResponse<String> missing = http.get("/reconcile/preview?id=" + enc("<b>nope</b>"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("&lt;b&gt;nope&lt;/b&gt;").doesNotContain("<b>nope");
    }

    @Test
    void propertyAndTypeSuggestCompleteWhatQueriesMayUse() throws Exception {
        JsonNode props = json(http.get("/reconcile/suggest/property?prefix=birth"));
        assertThat(props.get("result").findValuesAsText("id")).containsExactly("birthDate");
        assertThat(fields(props.at("/result/0"))).containsExactly("id", "name", "description");
        JsonNode country = json(http.get("/reconcile/suggest/property?prefix=count"));
        assertThat(country.get("result").findValuesAsText("id")).contains("country");
        // Every suggested property is accepted in a query.
        for (String pid :
                json(http.get("/reconcile/suggest/property")).get("result").findValuesAsText("id")) {
            String value = pid.endsWith("Date")
                    ? "1984"
                    : pid.equals("flag")
                                    || pid.contains("ountry")
                                    || pid.equals("nationality")
                                    || pid.equals("citizenship")
                                    || pid.equals("jurisdiction")
                            ? "KP"
                            : "Kim";
            HttpResponse<String> r = postQueries(
                    "/reconcile",
                    "{\"q0\": {\"query\": \"Kim Jong Un\", \"properties\": " + "[{\"pid\": \"" + pid + "\", \"v\": \""
                            + value + "\"}]}}");
            assertThat(r.statusCode()).as(pid + ": " + r.body()).isEqualTo(200);
        }
        JsonNode types = json(http.get("/reconcile/suggest/type?prefix=ves"));
        assertThat(types.get("result").findValuesAsText("id")).containsExactly("Vessel");
    }

    @Test
    void withApiKeysTheReconcileServiceTakesTheKeyAsAParameterAndPassesItOn() throws Exception {
        String key = "reconcile-test-key-0123456789";
        try (EmbargoServer secured =
                TestServers.start(ServerSettings.loopback(0).withKeys(ApiKeys.parse(List.of(key))))) {
            Http anonymous = Http.to(secured);
            assertThat(anonymous.get("/reconcile").statusCode()).isEqualTo(401);
            JsonNode m = json(anonymous.get("/reconcile?api_key=" + key));
            String preview = m.at("/preview/url").asText().replace("{{id}}", enc("us-ofac-sdn:20157"));
            assertThat(preview).contains("api_key=" + key);
            HttpResponse<String> card =
                    anonymous.get(preview.substring(secured.baseUrl().length()));
            assertThat(card.statusCode()).isEqualTo(200);
            assertThat(card.body()).contains("KIM, Jong Un");
        }
    }

    /** The spec lets a service ignore property ids it does not know: the query is answered as without them. */
    @Test
    void unknownPropertyIdsAreIgnoredPerQueryNotRefusedForTheBatch() throws Exception {
        JsonNode with = json(postQueries("/reconcile", """
                {"q0": {"query": "Kim Jong Un", "properties": [{"pid": "birthdate", "v": "1984"}, {"pid": "P27", "v": "KP"}]},
                 "q1": {"query": "Rotenberg", "properties": [{"pid": "eyeColour", "v": "blue"}]}}"""));
        JsonNode without = json(postQueries("/reconcile", """
                {"q0": {"query": "Kim Jong Un"}, "q1": {"query": "Rotenberg"}}"""));
        assertThat(with).isEqualTo(without);
        assertThat(with.at("/q0/result").size()).isPositive();
    }

    @Test
    void entitySuggestAndDataExtensionAsTheSpecDefinesThem() throws Exception {
        JsonNode suggest = json(http.get("/reconcile/suggest/entity?prefix=" + enc("Kim Jong Un")));
        assertThat(suggest.get("result").findValuesAsText("id")).contains("us-ofac-sdn:20157");
        suggest.get("result").forEach(r -> assertThat(fields(r)).containsExactly("id", "name", "description"));
        assertThat(json(http.get("/reconcile/suggest/entity?prefix=")).get("result"))
                .isEmpty();

        JsonNode propose = json(http.get("/reconcile/extend/property?type=Person&limit=3"));
        assertThat(propose.get("type").asText()).isEqualTo("Person");
        assertThat(propose.get("properties")).hasSize(3);
        propose.get("properties").forEach(p -> assertThat(fields(p)).containsExactly("id", "name"));

        String extend = """
                {"ids": ["us-ofac-sdn:20157", "nobody:1"], "properties": [{"id": "birthDate"}, {"id": "program"}, {"id": "P999"}]}""";
        HttpResponse<String> r = http.post("/reconcile", "application/x-www-form-urlencoded", "extend=" + enc(extend));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("meta").findValuesAsText("id")).containsExactly("birthDate", "program", "P999");
        assertThat(body.at("/rows/us-ofac-sdn:20157/birthDate").findValuesAsText("str"))
                .contains("1984-01-08");
        assertThat(body.at("/rows/us-ofac-sdn:20157/program").findValuesAsText("str"))
                .contains("DPRK3");
        assertThat(body.at("/rows/us-ofac-sdn:20157/P999")).isEmpty();
        assertThat(body.at("/rows/nobody:1/birthDate")).isEmpty();
        JsonNode manifest = json(http.get("/reconcile"));
        assertThat(manifest.at("/extend/propose_properties/service_path").asText())
                .isEqualTo("/extend/property");
    }

    @Test
    void aConfiguredPublicUrlNotTheHostHeaderMakesTheManifestsUrls() throws Exception {
        try (EmbargoServer proxied =
                TestServers.start(ServerSettings.loopback(0).withPublicUrl("https://screening.example.org/embargo/"))) {
            JsonNode m = json(Http.to(proxied).get("/reconcile"));
            assertThat(m.get("identifierSpace").asText()).isEqualTo("https://screening.example.org/embargo/entity/");
            assertThat(m.at("/view/url").asText()).isEqualTo("https://screening.example.org/embargo/entity/{{id}}");
            assertThat(m.at("/preview/url").asText()).startsWith("https://screening.example.org/embargo/reconcile/");
            assertThat(m.at("/suggest/entity/service_url").asText())
                    .isEqualTo("https://screening.example.org/embargo/reconcile");
        }
    }
}
