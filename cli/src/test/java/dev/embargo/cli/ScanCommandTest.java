package dev.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `embargo scan` on the seed article: JSON fields, claims side by side, a self-contained escaped HTML file. */
class ScanCommandTest {
    private static String lists;
    private static String article;

    @BeforeAll
    static void shared() {
        lists = SharedData.lists().toString();
        article = SharedData.require("seed/article-nl.txt").toString();
    }

    @Test
    void jsonReportsMentionsJurisdictionsAndClaims() throws Exception {
        CommandRun run = CommandRun.of("scan", "--lists", lists, "--format", "json", "--lang", "nl", article);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(run.out());
        JsonNode first = r.get("mentions").get(0);
        assertThat(first.get("text").asText()).isEqualTo("Kim Jong Un");
        assertThat(first.get("entity_id").asText()).isEqualTo("us-ofac-sdn:20157");
        assertThat(first.get("start").asInt()).isLessThan(first.get("end").asInt());
        assertThat(r.get("jurisdictions").findValuesAsText("country")).contains("KP", "RU", "IR");
        JsonNode shells = null;
        for (JsonNode g : r.get("claim_groups")) {
            if (g.get("sources_differ").asBoolean()) {
                shells = g;
            }
        }
        assertThat(shells).isNotNull();
        assertThat(shells.get("claims").findValuesAsText("source")).contains("NIS");
        assertThat(shells.get("claims").findValues("value").stream().map(JsonNode::asDouble))
                .contains(1_000_000.0, 350_000.0);
    }

    @Test
    void htmlIsOneEscapedFileWithTheHighlights(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("note.txt");
        Files.writeString(doc, "<script>alert(1)</script> Kim Jong Un met Poetin & Hamas.", StandardCharsets.UTF_8);
        Path out = dir.resolve("report.html");
        CommandRun run = CommandRun.of("scan", "--lists", lists, "--format", "html", "--output", out.toString(),
                doc.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!doctype html>").doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(html).contains("<mark class=\"strong\"").contains("us-ofac-sdn:20157");
        assertThat(html).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void unreadableFileIsAClearError() {
        CommandRun run = CommandRun.of("scan", "--lists", lists, "/no/such/file.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("/no/such/file.txt");
    }

    @Test
    void anUnknownLanguageIsRefusedBeforeAnythingIsRead() {
        CommandRun run = CommandRun.of("scan", "--lists", "/nonexistent/lists", "--lang", "xx", article);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --lang: expected auto, nl, en, de or fr, not \"xx\"" + System.lineSeparator());
    }

    @Test
    void theTextReportSaysWhichLanguageItReadTheTextIn() {
        CommandRun run = CommandRun.of("scan", "--lists", lists, article);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Read as nl" + System.lineSeparator());
    }
}
