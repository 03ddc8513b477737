package dev.embargo.server.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.HostileListFiles;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.server.EmbargoServer;
import dev.embargo.server.Http;
import dev.embargo.server.ServerSettings;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.store.PortfolioGenerator;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server re-screens its portfolio when the lists it serves change: a reload that meets a damaged list
 * changes nothing in the store (no alert closed, no run), and the next whole reload is applied as a list
 * change from the lists last screened against (the UN list of 2024-11 to today's, about 130 listings added,
 * changed or removed): only the records it can affect are screened, alerts of removed listings are closed,
 * and a full re-screen afterwards finds nothing the delta missed.
 */
class ReloadRescreenTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aPartialReloadClosesNothingAndTheNextWholeOneIsScreenedAsADelta() throws Exception {
        Path older = SharedData.require("data/lists-history/un-2024-11/consolidated.xml");
        Path newer = SharedData.require("data/lists/un/consolidated.xml");
        Path folder = Files.createDirectories(dir.resolve("lists"));
        Path un = folder.resolve("un.xml");
        Files.copy(older, un);
        LiveLists live = new LiveLists(folder);
        assertThat(live.reload().ok()).isTrue();

        Map<String, Entity> both = new LinkedHashMap<>();
        for (Path f : List.of(older, newer)) {
            for (Entity e : ListLoader.loadDirectory(f.getParent()).entities()) {
                both.putIfAbsent(e.id(), e);
            }
        }
        Path portfolio = dir.resolve("portfolio.csv");
        PortfolioGenerator.of(SharedData.require("eval/negatives_global.csv"), new ArrayList<>(both.values()))
                .writeCsv(portfolio, 600, 0.3, 11);

        try (SystemOfRecord records = ReviewServers.records(dir)) {
            EmbargoServer server = EmbargoServer.start(ServerSettings.loopback(0), live, records, System.err);
            try {
                records.awaitRescreening();
                Http http = Http.to(server);
                HttpResponse<String> imported = http.post("/v1/portfolio", "text/csv", Files.readString(portfolio));
                assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
                int open = total(http, "state=open");
                assertThat(open).isPositive();
                long runsBefore = runs(records);

                // A damaged list: the reload keeps the old copy serving and the store is left as it was.
                Path damaged = dir.resolve("damaged.xml");
                HostileListFiles.TRUNCATED.write(newer, damaged);
                Files.move(damaged, un, StandardCopyOption.REPLACE_EXISTING);
                HttpResponse<String> failed = http.postJson("/v1/lists/reload", "{}");
                assertThat(failed.statusCode()).isEqualTo(500);
                records.awaitRescreening();
                assertThat(total(http, "state=closed_by_system")).isZero();
                assertThat(total(http, "state=open")).isEqualTo(open);
                assertThat(runs(records)).isEqualTo(runsBefore);
                assertThat(actions(http)).contains("lists.rescreen_skipped");
                assertThat(records.lastRescreen().orElseThrow().ok()).isFalse();

                // The whole new list: a delta from the lists last screened against.
                Files.copy(newer, un, StandardCopyOption.REPLACE_EXISTING);
                HttpResponse<String> good = http.postJson("/v1/lists/reload", "{}");
                assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
                records.awaitRescreening();
                assertThat(records.lastRescreen().orElseThrow().message()).startsWith("list change:");
                List<String> actions = actions(http);
                assertThat(actions).contains("lists.changed", "run.finished");
                var delta = records.portfolio().runs(1).getFirst();
                assertThat(delta.kind()).isEqualTo("delta");
                assertThat(delta.status()).isEqualTo("finished");
                assertThat(delta.screened())
                        .isLessThan(records.portfolio().records("", 1000).size());
                // Listings removed from the new list closed their undecided alerts, saying why.
                JsonNode closed = JSON.readTree(
                        http.get("/v1/alerts?state=closed_by_system&limit=500").body());
                closed.get("alerts")
                        .forEach(a -> assertThat(a.get("closed_reason").asText())
                                .containsAnyOf("listing removed", "no longer matches"));

                // Nothing missed: a full re-screen now raises and closes nothing.
                JsonNode full = JSON.readTree(
                        http.postJson("/v1/portfolio/rescreen", "{}").body());
                assertThat(full.get("alerts_raised").asInt())
                        .as(full.toString())
                        .isZero();
                assertThat(full.get("alerts_raised_again").asInt())
                        .as(full.toString())
                        .isZero();
                assertThat(full.get("alerts_closed").asInt())
                        .as(full.toString())
                        .isZero();
                JsonNode verify = JSON.readTree(http.get("/v1/audit/verify").body());
                assertThat(verify.get("valid").asBoolean()).isTrue();
            } finally {
                server.stop();
            }
        }
    }

    private static int total(Http http, String query) throws Exception {
        return JSON.readTree(http.get("/v1/alerts?limit=1&" + query).body())
                .get("total")
                .asInt();
    }

    private static long runs(SystemOfRecord records) {
        return records.portfolio().runs(1000).size();
    }

    private static List<String> actions(Http http) throws Exception {
        List<String> out = new ArrayList<>();
        JSON.readTree(http.get("/v1/audit?limit=1000&after=0").body())
                .get("entries")
                .forEach(e -> out.add(e.get("action").asText()));
        // The first page holds the import's many entries; the last ones are what the reloads did.
        JsonNode more =
                JSON.readTree(http.get("/v1/audit?limit=1000&after=1000").body());
        more.get("entries").forEach(e -> out.add(e.get("action").asText()));
        return out;
    }
}
