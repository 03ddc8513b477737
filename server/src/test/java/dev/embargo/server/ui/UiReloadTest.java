package dev.embargo.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.server.EmbargoServer;
import dev.embargo.server.Http;
import dev.embargo.server.ServerSettings;
import dev.embargo.server.TestServers;
import dev.embargo.server.lists.LiveLists;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the UI shows while the lists load, and after a reload that failed while the older lists keep serving. */
class UiReloadTest {
    @Test
    void aFailedReloadIsShownPlainlyWhileTheOldListsKeepServing(@TempDir Path folder) throws Exception {
        Path un = folder.resolve("un");
        Files.createDirectories(un);
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), un.resolve("consolidated.xml"));
        LiveLists lists = new LiveLists(folder);
        assertThat(lists.reload().ok()).isTrue();
        try (EmbargoServer server = TestServers.start(ServerSettings.loopback(0), lists)) {
            Http http = Http.to(server);
            assertThat(http.get("/lists").body())
                    .contains("Last reload succeeded")
                    .doesNotContain("reload failed");

            Files.writeString(un.resolve("consolidated.xml"), "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>");
            LiveLists.ReloadAttempt failed = lists.reload();
            assertThat(failed.ok()).isFalse();

            HttpResponse<String> page = http.get("/lists");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("<div class=\"alert error\" role=\"alert\"><p><strong>The last reload failed</strong>")
                    .contains(esc(failed.message()))
                    .contains("keep serving")
                    .contains("UN Security Council Consolidated List");
            // Every page says so in its footer, and search still answers from the old lists.
            Entity listed = lists.current().orElseThrow().report().entities().stream()
                    .min(Comparator.comparing(Entity::id))
                    .orElseThrow();
            HttpResponse<String> search =
                    http.get("/?q=" + URLEncoder.encode(listed.primaryName().full(), StandardCharsets.UTF_8));
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(search.body())
                    .contains("The last reload failed.")
                    .contains("class=\"hit-name\" href=\"" + esc(Markup.entityHref(listed.id())) + "\"");
        }
    }

    @Test
    void beforeAnyListLoadsThePagesSaySo(@TempDir Path empty) {
        LiveLists lists = new LiveLists(empty);
        try (EmbargoServer server = TestServers.start(ServerSettings.loopback(0), lists)) {
            Http http = Http.to(server);
            HttpResponse<String> search = http.get("/?q=Kim");
            assertThat(search.statusCode()).isEqualTo(503);
            assertThat(search.body()).contains("The lists are still loading").contains("/assets/ui.css");
            assertThat(http.get("/lists").statusCode()).isEqualTo(503);
            assertThat(http.get("/lists").body()).contains("No lists are loaded yet");
            assertThat(http.get("/scan").statusCode()).isEqualTo(200);

            assertThat(lists.reload().ok()).isFalse();
            assertThat(http.get("/lists").body())
                    .contains("The last reload failed")
                    .contains("No lists are serving.");
            assertThat(http.get("/?q=Kim").body()).contains("The last attempt: no list files found in");
        }
    }

    /** Text as the pages escape it. */
    private static String esc(String s) {
        StringBuilder b = new StringBuilder();
        PageOutput.escape(s, b);
        return b.toString();
    }
}
