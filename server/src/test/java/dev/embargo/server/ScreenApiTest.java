package dev.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** /v1/screen and /v1/compare over real HTTP on loopback, against the real lists. */
class ScreenApiTest extends RealListsServerTest {
    @Test
    void getScreensOneNameInAnyScriptWithTheCommandLineFieldNames() throws Exception {
        HttpResponse<String> r = http.get(
                "/v1/screen?name=" + URLEncoder.encode("김정은", StandardCharsets.UTF_8) + "&type=person&limit=3");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = json(r);
        assertThat(body.at("/query/name").asText()).isEqualTo("김정은");
        assertThat(body.at("/query/type").asText()).isEqualTo("person");
        JsonNode first = body.at("/matches/0");
        assertThat(first.get("entity_id").asText()).isEqualTo("us-ofac-sdn:20157");
        assertThat(first.fieldNames())
                .toIterable()
                .contains("entity_id", "source", "kind", "name", "matched_name", "score", "explanation");
        assertThat(body.get("matches").size()).isLessThanOrEqualTo(3);
        for (JsonNode m : body.get("matches")) {
            assertThat(m.get("score").asDouble()).isGreaterThanOrEqualTo(0.85);
        }
    }

    @Test
    void postScreensABatchInOrderWithIds() throws Exception {
        HttpResponse<String> r = http.postJson("/v1/screen", """
                {"queries":[{"id":"a","name":"Ким Чен Ын"},{"id":"b","name":"Jane Q. Nobody-Unlisted"},
                 {"name":"PUTIN, Vladimir","type":"person","dob":"1952-10-07"}]}""");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode results = json(r).get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("id").asText()).isEqualTo("a");
        assertThat(results.get(0).at("/matches/0/entity_id").asText()).isEqualTo("us-ofac-sdn:20157");
        assertThat(results.get(1).get("matches")).isEmpty();
        assertThat(results.get(2).get("id").asText()).isEqualTo("3");
        assertThat(results.get(2).at("/query/dob").asText()).isEqualTo("1952-10-07");
        assertThat(results.get(2).get("matches").findValuesAsText("entity_id")).contains("us-ofac-sdn:35096");
    }

    @Test
    void aBatchOverTheLimitIsRefusedWith413AndSaysTheLimit() throws Exception {
        StringBuilder sb = new StringBuilder("{\"queries\":[");
        for (int i = 0; i < 1001; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"name\":\"n").append(i).append("\"}");
        }
        HttpResponse<String> r = http.postJson("/v1/screen", sb.append("]}").toString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).at("/error/message").asText())
                .contains("at most 1000")
                .contains("1001");
    }

    @Test
    void badFieldsGet400NamingTheFieldAndNoStackTrace() throws Exception {
        HttpResponse<String> badType =
                http.postJson("/v1/screen", "{\"queries\":[{\"name\":\"x\"},{\"name\":\"y\",\"type\":\"ship?\"}]}");
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(json(badType).at("/error/message").asText()).startsWith("queries[1].type: expected person");
        HttpResponse<String> badJson = http.postJson("/v1/screen", "{\"name\": ");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(json(badJson).at("/error/message").asText()).startsWith("body: not valid JSON at line 1");
        HttpResponse<String> noName = http.get("/v1/screen?threshold=2");
        assertThat(noName.statusCode()).isEqualTo(400);
        HttpResponse<String> badThreshold = http.get("/v1/screen?name=x&threshold=2");
        assertThat(json(badThreshold).at("/error/message").asText())
                .isEqualTo("threshold: expected a number from 0.0 to 1.0, got \"2\"");
        for (HttpResponse<String> r : java.util.List.of(badType, badJson, noName, badThreshold)) {
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at dev.embargo");
        }
    }

    @Test
    void compareGivesScoreMatchAndExplanation() throws Exception {
        HttpResponse<String> r = http.postJson(
                "/v1/compare",
                "{\"name1\":\"Владимир Путин\",\"name2\":\"PUTIN, Vladimir Vladimirovich\",\"type\":\"person\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("match").asBoolean()).isTrue();
        assertThat(body.get("score").asDouble()).isGreaterThanOrEqualTo(0.85);
        assertThat(body.at("/explanation/pairs").size()).isGreaterThanOrEqualTo(2);
        JsonNode different =
                json(http.postJson("/v1/compare", "{\"name1\":\"Snow Storm 1\",\"name2\":\"Snow Storm 2\"}"));
        assertThat(different.get("match").asBoolean()).isFalse();
    }

    @Test
    void unknownPathsAndMethodsAnswerInJson() throws Exception {
        HttpResponse<String> r = http.get("/v1/nothing-here");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).at("/error/code").asText()).isEqualTo("not_found");
    }
}
