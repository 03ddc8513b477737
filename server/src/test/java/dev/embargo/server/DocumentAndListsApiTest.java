package dev.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.embargo.lists.SharedData;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /v1/scan, /v1/entities, /v1/lists, the probes, /metrics and the headers, over real HTTP. */
class DocumentAndListsApiTest extends RealListsServerTest {
    private static List<String> ids(JsonNode mentions) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : mentions) {
            out.add(m.get("entity_id").asText());
            m.get("also_listed_as").forEach(a -> out.add(a.get("entity_id").asText()));
            // Other parties the mention may be, each with its own listings.
            m.get("other_parties")
                    .forEach(o -> o.path("party")
                            .path("listings")
                            .forEach(a -> out.add(a.get("entity_id").asText())));
        }
        return out;
    }

    @Test
    void scanTheSeedArticleAsPlainTextBody() throws Exception {
        byte[] article = Files.readAllBytes(SharedData.require("seed/article-nl.txt"));
        HttpResponse<String> r = http.postBytes("/v1/scan?lang=nl", "text/plain; charset=utf-8", article);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(r.body());
        assertThat(ids(report.get("mentions"))).contains("us-ofac-sdn:20157", "us-ofac-sdn:35096", "us-ofac-sdn:4695");
        assertThat(report.get("jurisdictions").findValuesAsText("country")).contains("KP", "RU", "IR");
        assertThat(report.get("claims").findValuesAsText("source")).contains("NIS", "TASS");
        JsonNode poetin = null;
        for (JsonNode m : report.get("mentions")) {
            if (m.get("text").asText().equals("Poetin")) {
                poetin = m;
            }
        }
        assertThat(poetin).isNotNull();
        String text = new String(article, StandardCharsets.UTF_8);
        assertThat(text.substring(poetin.get("start").asInt(), poetin.get("end").asInt()))
                .isEqualTo("Poetin");
    }

    @Test
    void scanJsonBodyAndHtmlReport() throws Exception {
        HttpResponse<String> json = http.postJson(
                "/v1/scan", "{\"text\":\"Payment to Kim Jong Un via <b>Pyongyang</b>.\",\"lang\":\"en\"}");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(ids(JSON.readTree(json.body()).get("mentions"))).contains("us-ofac-sdn:20157");
        HttpResponse<String> html =
                http.postJson("/v1/scan?format=html", "{\"text\":\"Kim Jong Un <script>alert(1)</script>\"}");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("us-ofac-sdn:20157").doesNotContain("<script>alert(1)</script>");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'none'")
                .doesNotContain("script-src");
    }

    @Test
    void scanSaysWhichLanguageItReadAndRefusesUnknownOnes() throws Exception {
        JsonNode nl = JSON.readTree(http.postJson(
                        "/v1/scan",
                        "{\"text\":\"Volgens de experts heeft het land de sancties "
                                + "omzeild, aldus het rapport van de VN en de Veiligheidsraad.\"}")
                .body());
        assertThat(nl.at("/language/code").asText()).isEqualTo("nl");
        assertThat(JSON.readTree(http.postJson("/v1/scan?lang=de", "{\"text\":\"Kim Jong Un\"}")
                                .body())
                        .at("/language/code")
                        .asText())
                .isEqualTo("de");
        HttpResponse<String> bad = http.postJson("/v1/scan?lang=xx", "{\"text\":\"Kim Jong Un\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).at("/error/message").asText())
                .isEqualTo("lang: expected auto, nl, en, de or fr, got \"xx\"");
    }

    @Test
    void scanRefusesEmptyAndOverlongTexts() throws Exception {
        HttpResponse<String> empty = http.postBytes("/v1/scan", "text/plain", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(empty.body()).at("/error/message").asText()).contains("empty body");
        try (EmbargoServer small =
                TestServers.start(ServerSettings.loopback(0).withLimits(new Limits(1_000_000, 10, 100, 1_000, 100)))) {
            HttpResponse<String> tooLong = Http.to(small)
                    .postBytes(
                            "/v1/scan", "text/plain", "Kim Jong Un ".repeat(20).getBytes());
            assertThat(tooLong.statusCode()).isEqualTo(413);
            assertThat(JSON.readTree(tooLong.body()).at("/error/message").asText())
                    .isEqualTo("text: at most 100 characters in one scan, got 240");
            HttpResponse<String> tooBig = Http.to(small).postBytes("/v1/scan", "text/plain", new byte[2_000_000]);
            assertThat(tooBig.statusCode()).isEqualTo(413);
        }
    }

    @Test
    void entityByIdIncludingIdsWithSlashes() throws Exception {
        JsonNode kim = JSON.readTree(http.get("/v1/entities/us-ofac-sdn:20157").body());
        assertThat(kim.get("id").asText()).isEqualTo("us-ofac-sdn:20157");
        assertThat(kim.get("kind").asText()).isEqualTo("person");
        assertThat(kim.get("birth_dates").findValuesAsText("as_listed")).anyMatch(d -> d.contains("1984"));
        HttpResponse<String> tass = http.get("/v1/entities/ca-sema:russia/1-part-2/182");
        assertThat(tass.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(tass.body()).at("/names/0/full").asText()).isEqualTo("TASS");
        HttpResponse<String> none = http.get("/v1/entities/un:nope");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(none.body()).at("/error/message").asText()).contains("un:nope");
    }

    @Test
    void listsShowSourcesDatesCountsAndWarnings() throws Exception {
        JsonNode lists = JSON.readTree(http.get("/v1/lists").body());
        assertThat(lists.get("loaded").asBoolean()).isTrue();
        assertThat(lists.get("lists").findValuesAsText("source"))
                .contains("un", "us-ofac-sdn", "us-ofac-cons", "uk-ofsi", "ca-sema", "au-dfat");
        for (JsonNode l : lists.get("lists")) {
            if (l.get("source").asText().equals("un")) {
                assertThat(l.get("entities").asInt()).isEqualTo(1003);
                assertThat(l.get("published").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
            }
        }
        assertThat(lists.get("entities").asInt()).isGreaterThan(28_000);
        // indexing is part of the whole build, and takes time
        assertThat(lists.get("index_seconds").asDouble())
                .isPositive()
                .isLessThanOrEqualTo(lists.get("build_seconds").asDouble());
    }

    @Test
    void probesAndMetrics() throws Exception {
        assertThat(http.get("/healthz").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = http.get("/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).get("status").asText()).isEqualTo("ready");
        http.get("/v1/screen?name=Hamas");
        http.get("/v1/screen?name=Hamas");
        String metrics = http.get("/metrics").body();
        assertThat(metrics)
                .contains("embargo_http_requests_total{endpoint=\"/v1/screen\",method=\"GET\",status=\"200\"}");
        assertThat(metrics)
                .contains(
                        "embargo_http_request_duration_seconds_bucket{endpoint=\"/v1/screen\",method=\"GET\",le=\"0.001\"}");
        assertThat(metrics).contains("embargo_list_age_seconds{file=").contains("source=\"un\"");
        assertThat(metrics).contains("embargo_entities ");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/healthz", "/v1/lists", "/v1/nothing", "/openapi.json")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(path)
                    .contains("frame-ancestors");
        }
    }
}
