package dev.embargo.server.review;

import static dev.embargo.server.review.ReviewServers.ADA;
import static dev.embargo.server.review.ReviewServers.ALICE;
import static dev.embargo.server.review.ReviewServers.AUDREY;
import static dev.embargo.server.review.ReviewServers.BOB;
import static dev.embargo.server.review.ReviewServers.LEGACY;
import static dev.embargo.server.review.ReviewServers.SAM;
import static dev.embargo.server.review.ReviewServers.SUE;
import static dev.embargo.server.review.ReviewServers.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.OpenApi31;
import dev.embargo.server.EmbargoServer;
import dev.embargo.server.Http;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The review API against a real store (H2 in a temp folder here, PostgreSQL in {@link ReviewApiPostgresTest})
 * and the real lists: importing a generated portfolio,
 * the queue's filters, sorting and paging, decisions with their holder, 409 on a concurrent decision, four
 * eyes, roles (an auditor cannot decide, an analyst cannot change the configuration), removal, the exports,
 * the audit trail; and every answer validated against the schema /openapi.json documents for its status.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class ReviewApiTest {
    /** The store's database: "h2", or "postgresql" in the subclass. */
    String database() {
        return "h2";
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOC = "https://embargo.invalid/openapi.json";
    private static final String CLEAR = "different person: date of birth differs";
    private final Set<String> called = new TreeSet<>();

    /** Made in {@link #start}: JUnit fills a @TempDir field of a per-class instance only after @BeforeAll. */
    private Path dir;

    private SystemOfRecord records;
    private EmbargoServer server;
    private JsonNode doc;
    private SchemaRegistry registry;
    private JsonNode imported;
    private int csvRecords;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("embargo-review-api");
        Path file = ReviewServers.portfolio(dir, 300, 7);
        records = ReviewServers.records(dir, database());
        server = ReviewServers.start(records, true);
        String text = as(server, AUDREY).get("/openapi.json").body();
        doc = JSON.readTree(text);
        registry = SchemaRegistry.withDefaultDialect(OpenApi31.getInstance(), b -> b.schemas(Map.of(DOC, text)));
        csvRecords = (int) Files.lines(file).count() - 1;
        HttpResponse<String> r = as(server, SUE).post("/v1/portfolio", "text/csv", Files.readString(file));
        check("POST", "/v1/portfolio", r);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        imported = JSON.readTree(r.body());
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (records != null) {
            records.close();
        }
        if (dir != null) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                System.err.println("could not delete " + dir + ": " + e.getMessage());
            }
        }
    }

    /** Checks an answer against the document: its status documented, its JSON body valid for that status. */
    private HttpResponse<String> check(String method, String template, HttpResponse<String> r) throws Exception {
        called.add(method + " " + template);
        String op = "/paths/" + template.replace("~", "~0").replace("/", "~1") + "/" + method.toLowerCase(Locale.ROOT);
        assertThat(doc.at(op).isMissingNode())
                .as(method + " " + template + " documented")
                .isFalse();
        String status = Integer.toString(r.statusCode());
        String pointer = op + "/responses/" + status;
        JsonNode response = doc.at(pointer);
        assertThat(response.isMissingNode())
                .as(method + " " + template + ": status " + status + " documented; " + r.body())
                .isFalse();
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = doc.at(pointer);
        }
        String type =
                r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        assertThat(response.path("content").has(type))
                .as(method + " " + template + " " + status + " content type " + type)
                .isTrue();
        if (type.equals("application/json")) {
            Schema schema =
                    registry.getSchema(SchemaLocation.of(DOC + "#" + pointer + "/content/application~1json/schema"));
            assertThat(schema.validate(JSON.readTree(r.body())))
                    .as(method + " " + template + " " + status + ": " + r.body())
                    .isEmpty();
        }
        return r;
    }

    private JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    /** The open alerts, oldest first: each test decides its own, so the tests do not depend on each other. */
    private List<JsonNode> openAlerts() throws Exception {
        JsonNode page = json(check("GET", "/v1/alerts", as(server, AUDREY).get("/v1/alerts?state=open&limit=500")));
        List<JsonNode> out = new ArrayList<>();
        page.get("alerts").forEach(out::add);
        return out;
    }

    private static String decision(String action, String reason, int version) {
        return "{\"action\":\"" + action + "\",\"reason\":\"" + reason + "\",\"comment\":\"checked\",\"version\":"
                + version + "}";
    }

    @Test
    @Order(1)
    void anImportStoresEveryGoodRowScreensItAndRaisesAlertsForTheListedOnes() throws Exception {
        assertThat(imported.get("inserted").asInt() + imported.get("rejected").size())
                .isEqualTo(csvRecords);
        assertThat(imported.get("screened").asInt())
                .isEqualTo(imported.get("inserted").asInt());
        // About a tenth of the generated records are listed parties under one of their listed names.
        assertThat(imported.get("alerts_raised").asInt()).isGreaterThanOrEqualTo(csvRecords / 20);
        JsonNode all = json(check("GET", "/v1/alerts", as(server, AUDREY).get("/v1/alerts?limit=1")));
        assertThat(all.get("total").asInt())
                .isEqualTo(imported.get("alerts_raised").asInt());
        JsonNode page = json(check("GET", "/v1/portfolio", as(server, AUDREY).get("/v1/portfolio?limit=50")));
        assertThat(page.get("records")).hasSize(50);
        String next = page.get("next_after").asText();
        JsonNode second = json(as(server, AUDREY).get("/v1/portfolio?limit=50&after=" + next));
        assertThat(second.at("/records/0/id").asText()).isGreaterThan(next);
    }

    @Test
    @Order(2)
    void theQueueFiltersSortsAndPages() throws Exception {
        Http h = as(server, AUDREY);
        JsonNode byScore = json(check("GET", "/v1/alerts", h.get("/v1/alerts?sort=score&order=desc&limit=500")));
        List<Double> scores = new ArrayList<>();
        byScore.get("alerts").forEach(a -> scores.add(a.get("score").asDouble()));
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        double middle = scores.get(scores.size() / 2);
        JsonNode high = json(h.get("/v1/alerts?min_score=" + middle + "&limit=500"));
        high.get("alerts").forEach(a -> assertThat(a.get("score").asDouble()).isGreaterThanOrEqualTo(middle));
        assertThat(high.get("total").asInt())
                .isEqualTo((int) scores.stream().filter(s -> s >= middle).count());
        // Paging: two pages of 3 are the first six of one page of 6, in the same order.
        JsonNode six = json(h.get("/v1/alerts?sort=id&limit=6"));
        JsonNode first = json(h.get("/v1/alerts?sort=id&limit=3"));
        JsonNode next = json(h.get("/v1/alerts?sort=id&limit=3&offset=3"));
        List<Long> paged = new ArrayList<>();
        first.get("alerts").forEach(a -> paged.add(a.get("id").asLong()));
        next.get("alerts").forEach(a -> paged.add(a.get("id").asLong()));
        List<Long> whole = new ArrayList<>();
        six.get("alerts").forEach(a -> whole.add(a.get("id").asLong()));
        assertThat(paged).isEqualTo(whole);
        // By list: every alert is about a listing of that list, and the lists' counts add up to the total.
        String list = byScore.at("/alerts/0/list").asText();
        JsonNode ofList = json(h.get("/v1/alerts?limit=500&list=" + list));
        ofList.get("alerts")
                .forEach(a -> assertThat(a.get("entity_id").asText()).startsWith(list + ":"));
        // Age: nothing was raised more than a day ago, everything within the last day.
        assertThat(json(h.get("/v1/alerts?min_age_days=1")).get("total").asInt())
                .isZero();
        assertThat(json(h.get("/v1/alerts?max_age_days=1")).get("total").asInt())
                .isEqualTo(byScore.get("total").asInt());
        // Bad parameters are 400s naming the parameter.
        for (String bad : List.of("state=maybe", "min_score=2", "sort=name", "order=up", "limit=0", "list=%25")) {
            HttpResponse<String> r = check("GET", "/v1/alerts", h.get("/v1/alerts?" + bad));
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.body()).contains(bad.substring(0, bad.indexOf('=')));
        }
    }

    @Test
    @Order(3)
    void anAlertCarriesItsRecordListingExplanationAndHistoryAndADecisionItsHolder() throws Exception {
        JsonNode a = openAlerts().getFirst();
        long id = a.get("id").asLong();
        JsonNode detail =
                json(check("GET", "/v1/alerts/{id}", as(server, AUDREY).get("/v1/alerts/" + id)));
        assertThat(detail.at("/record/id").asText())
                .isEqualTo(a.get("record_id").asText());
        assertThat(detail.at("/listing/id").asText())
                .isEqualTo(a.get("entity_id").asText());
        assertThat(detail.at("/explanation/summary").asText()).isNotBlank();
        assertThat(detail.at("/history/0/action").asText()).isEqualTo("alert.raised");
        assertThat(detail.at("/run/kind").asText()).isEqualTo("import");
        HttpResponse<String> r = check(
                "POST",
                "/v1/alerts/{id}/decision",
                as(server, ALICE).postJson("/v1/alerts/" + id + "/decision", decision("clear", CLEAR, 0)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("holder").asText()).isEqualTo("alice");
        JsonNode after = json(as(server, AUDREY).get("/v1/alerts/" + id));
        assertThat(after.get("state").asText()).isEqualTo("cleared_false_positive");
        assertThat(after.at("/decisions/0/holder").asText()).isEqualTo("alice");
        assertThat(after.at("/history/1/actor").asText()).isEqualTo("alice");
        // The record's page holds the alert and the run that screened it on arrival.
        String recordId = a.get("record_id").asText();
        JsonNode record =
                json(check("GET", "/v1/portfolio/{id}", as(server, AUDREY).get("/v1/portfolio/" + recordId)));
        assertThat(record.get("alerts").findValuesAsText("id")).contains(Long.toString(id));
        assertThat(record.get("screenings").findValuesAsText("why")).contains("arrived");
        check("GET", "/v1/portfolio/{id}", as(server, AUDREY).get("/v1/portfolio/no-such-record"));
        check("GET", "/v1/alerts/{id}", as(server, AUDREY).get("/v1/alerts/999999999"));
        check("GET", "/v1/alerts/{id}", as(server, AUDREY).get("/v1/alerts/x"));
    }

    @Test
    @Order(4)
    void theSecondOfTwoConcurrentDecisionsOnOneVersionGets409() throws Exception {
        long id = openAlerts().get(1).get("id").asLong();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> both = new ArrayList<>();
            for (String key : List.of(ALICE, BOB)) {
                both.add(pool.submit(() -> {
                    go.await();
                    return as(server, key)
                            .postJson(
                                    "/v1/alerts/" + id + "/decision",
                                    decision("confirm", "same party: identity confirmed", 0));
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : both) {
                statuses.add(check("POST", "/v1/alerts/{id}/decision", f.get()).statusCode());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        // Sequentially, the same: a decision naming a version that is no longer the alert's is 409.
        HttpResponse<String> late =
                as(server, BOB).postJson("/v1/alerts/" + id + "/decision", decision("clear", CLEAR, 0));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("changed since version 0");
        JsonNode decided = json(as(server, AUDREY).get("/v1/alerts/" + id));
        assertThat(decided.get("decisions")).hasSize(1);
    }

    @Test
    @Order(5)
    void fourEyesMakesAClearingWaitForADifferentSupervisor() throws Exception {
        HttpResponse<String> on = check(
                "POST",
                "/v1/review/settings",
                as(server, ADA).postJson("/v1/review/settings", "{\"four_eyes\": true}"));
        assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
        try {
            long id = openAlerts().get(2).get("id").asLong();
            JsonNode first =
                    json(as(server, SUE).postJson("/v1/alerts/" + id + "/decision", decision("clear", CLEAR, 0)));
            assertThat(first.get("status").asText()).isEqualTo("pending");
            assertThat(first.get("alert_state").asText()).isEqualTo("open");
            // An analyst may not approve; the supervisor who decided may not approve her own decision.
            HttpResponse<String> analyst = check(
                    "POST",
                    "/v1/alerts/{id}/approval",
                    as(server, ALICE).postJson("/v1/alerts/" + id + "/approval", "{\"approve\":true,\"version\":1}"));
            assertThat(analyst.statusCode()).isEqualTo(403);
            HttpResponse<String> self = check(
                    "POST",
                    "/v1/alerts/{id}/approval",
                    as(server, SUE).postJson("/v1/alerts/" + id + "/approval", "{\"approve\":true,\"version\":1}"));
            assertThat(self.statusCode()).isEqualTo(403);
            assertThat(self.body()).contains("four eyes");
            // No second decision while one awaits approval.
            assertThat(as(server, BOB)
                            .postJson("/v1/alerts/" + id + "/decision", decision("clear", CLEAR, 1))
                            .statusCode())
                    .isEqualTo(409);
            HttpResponse<String> approved = check(
                    "POST",
                    "/v1/alerts/{id}/approval",
                    as(server, SAM).postJson("/v1/alerts/" + id + "/approval", "{\"approve\":true,\"version\":1}"));
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
            JsonNode after = json(as(server, AUDREY).get("/v1/alerts/" + id));
            assertThat(after.get("state").asText()).isEqualTo("cleared_false_positive");
            assertThat(after.at("/decisions/0/holder").asText()).isEqualTo("sue");
            assertThat(after.at("/decisions/0/second_holder").asText()).isEqualTo("sam");
        } finally {
            as(server, ADA).postJson("/v1/review/settings", "{\"four_eyes\": false}");
        }
    }

    @Test
    @Order(6)
    void rolesDecideWhoMayDoWhat() throws Exception {
        long id = openAlerts().get(3).get("id").asLong();
        HttpResponse<String> auditor =
                as(server, AUDREY).postJson("/v1/alerts/" + id + "/decision", decision("clear", CLEAR, 0));
        assertThat(auditor.statusCode()).isEqualTo(403);
        assertThat(auditor.body()).contains("audrey (auditor)");
        assertThat(check("GET", "/v1/review/settings", as(server, AUDREY).get("/v1/review/settings"))
                        .statusCode())
                .isEqualTo(200);
        // An analyst changes no configuration and no portfolio; a supervisor no configuration either.
        assertThat(as(server, ALICE).postJson("/v1/lists/reload", "{}").statusCode())
                .isEqualTo(403);
        assertThat(as(server, ALICE)
                        .postJson("/v1/review/settings", "{\"four_eyes\":true}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(as(server, SUE)
                        .postJson("/v1/review/settings", "{\"four_eyes\":true}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(check(
                                "POST",
                                "/v1/portfolio",
                                as(server, ALICE).post("/v1/portfolio", "text/csv", "id,name\nX1,Y Z\n"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(as(server, ALICE).postJson("/v1/portfolio/rescreen", "{}").statusCode())
                .isEqualTo(403);
        assertThat(as(server, AUDREY).get("/v1/audit/verify").statusCode()).isEqualTo(200);
        // A key without a role is an admin, as every key was before roles.
        HttpResponse<String> legacy = check(
                "POST",
                "/v1/review/settings",
                as(server, LEGACY).postJson("/v1/review/settings", "{\"four_eyes\":false}"));
        assertThat(legacy.statusCode()).isEqualTo(200);
        // Without a key: 401.
        assertThat(Http.to(server).get("/v1/alerts").statusCode()).isEqualTo(401);
        // The configuration changes are in the audit trail with their holders.
        JsonNode audit = json(check("GET", "/v1/audit", as(server, AUDREY).get("/v1/audit?limit=1000")));
        List<String> changes = new ArrayList<>();
        audit.get("entries").forEach(e -> {
            if (e.get("action").asText().startsWith("config.")) {
                changes.add(e.get("actor").asText() + " " + e.get("action").asText());
            }
        });
        assertThat(changes).contains("ada config.review_settings", "key-" + legacyPrefix() + " config.review_settings");
    }

    private static String legacyPrefix() {
        return dev.embargo.server.ops.ApiKeys.hashLine(LEGACY).substring("sha256:".length(), "sha256:".length() + 8);
    }

    @Test
    @Order(7)
    void assigningFiltersTheQueueByAssignee() throws Exception {
        long id = openAlerts().get(4).get("id").asLong();
        HttpResponse<String> r = check(
                "POST",
                "/v1/alerts/{id}/assignee",
                as(server, BOB).postJson("/v1/alerts/" + id + "/assignee", "{\"assignee\":\"me\"}"));
        assertThat(json(r).get("assignee").asText()).isEqualTo("bob");
        JsonNode mine = json(as(server, BOB).get("/v1/alerts?assignee=me"));
        assertThat(mine.get("alerts").findValuesAsText("id")).containsExactly(Long.toString(id));
        JsonNode nobodys = json(as(server, BOB).get("/v1/alerts?assignee=none&limit=500"));
        assertThat(nobodys.get("alerts").findValuesAsText("id")).doesNotContain(Long.toString(id));
        // Assigning does not change the version a decision names.
        assertThat(json(as(server, BOB).get("/v1/alerts/" + id)).get("version").asInt())
                .isZero();
    }

    @Test
    @Order(8)
    void removingARecordClosesItsUndecidedAlertsAndKeepsDecidedOnes() throws Exception {
        JsonNode open = openAlerts().get(5);
        String recordId = open.get("record_id").asText();
        HttpResponse<String> refused = as(server, ALICE).send("DELETE", "/v1/portfolio/" + recordId);
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> r = as(server, SUE).send("DELETE", "/v1/portfolio/" + recordId);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        calledDelete(r);
        assertThat(as(server, SUE).get("/v1/portfolio/" + recordId).statusCode())
                .isEqualTo(404);
        JsonNode alert =
                json(as(server, AUDREY).get("/v1/alerts/" + open.get("id").asLong()));
        assertThat(alert.get("state").asText()).isEqualTo("closed_by_system");
        assertThat(alert.get("closed_reason").asText()).contains("removed from the portfolio");
        assertThat(as(server, SUE).send("DELETE", "/v1/portfolio/" + recordId).statusCode())
                .isEqualTo(404);
    }

    private void calledDelete(HttpResponse<String> r) throws Exception {
        check("DELETE", "/v1/portfolio/{id}", r);
    }

    @Test
    @Order(9)
    void theExportsHoldEveryAlertAndDecisionWithItsHolder() throws Exception {
        HttpResponse<String> alerts =
                check("GET", "/v1/export/alerts.csv", as(server, AUDREY).get("/v1/export/alerts.csv"));
        List<String> lines = alerts.body().lines().toList();
        assertThat(lines.getFirst()).startsWith("id,record_id,entity_id,list,state");
        int total =
                json(as(server, AUDREY).get("/v1/alerts?limit=1")).get("total").asInt();
        assertThat(lines).hasSize(total + 1);
        HttpResponse<String> decisions =
                check("GET", "/v1/export/decisions.csv", as(server, AUDREY).get("/v1/export/decisions.csv"));
        assertThat(decisions.body()).contains(",alice,", ",sue,", "sam");
        assertThat(check(
                                "GET",
                                "/v1/export/decisions.csv",
                                as(server, AUDREY).get("/v1/export/decisions.csv?from=soon"))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    @Order(10)
    void theAuditTrailVerifiesAndExportsWhatHappened() throws Exception {
        JsonNode v = json(check("GET", "/v1/audit/verify", as(server, AUDREY).get("/v1/audit/verify")));
        assertThat(v.get("valid").asBoolean()).as(v.toString()).isTrue();
        HttpResponse<String> export =
                check("GET", "/v1/audit/export", as(server, AUDREY).get("/v1/audit/export"));
        assertThat(export.body().lines().count()).isEqualTo(v.get("entries").asLong());
        JsonNode page = json(as(server, AUDREY).get("/v1/audit?limit=5&after=5"));
        assertThat(page.at("/entries/0/seq").asLong()).isEqualTo(6);
        assertThat(check("GET", "/v1/audit", as(server, AUDREY).get("/v1/audit?from=2026-13-01"))
                        .statusCode())
                .isEqualTo(400);
        // A sign-in to the UI is audited with its holder, a refused one without.
        as(server, null).post("/login", "application/x-www-form-urlencoded", "key=" + BOB + "&next=/alerts");
        as(server, null).post("/login", "application/x-www-form-urlencoded", "key=not-a-key-at-all-xx&next=/");
        JsonNode all = json(as(server, AUDREY)
                .get("/v1/audit?limit=1000&after=" + (v.get("entries").asLong() - 1)));
        List<String> logins = new ArrayList<>();
        all.get("entries")
                .forEach(e -> logins.add(
                        e.get("actor").asText() + " " + e.get("action").asText()));
        assertThat(logins).contains("bob login", "anonymous login.refused");
    }

    @Test
    @Order(11)
    void aFullRescreenOnRequestFindsNothingNew() throws Exception {
        HttpResponse<String> r =
                check("POST", "/v1/portfolio/rescreen", as(server, ADA).postJson("/v1/portfolio/rescreen", "{}"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("alerts_raised").asInt()).isZero();
        assertThat(json(r).get("alerts_raised_again").asInt()).isZero();
    }

    @Test
    @Order(100)
    void everyReviewOperationOfTheDocumentWasCalled() {
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            if (!ReviewPaths.isReview(p.getKey())) {
                continue;
            }
            p.getValue().fieldNames().forEachRemaining(m -> {
                if (Set.of("get", "post", "delete").contains(m)) {
                    documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
                }
            });
        }
        assertThat(called).isEqualTo(documented);
    }
}
