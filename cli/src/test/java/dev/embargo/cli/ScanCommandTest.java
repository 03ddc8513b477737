package dev.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.SharedData;
import dev.embargo.scanning.read.DocumentReader;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `embargo scan` on the seed article: JSON fields, claims side by side, a self-contained escaped HTML file; exit
 * status 1 when a listed party is found, 3 for documents that cannot be read (endless, hostile), lists checked
 * before the document is read.
 */
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
        assertThat(run.exitCode()).as("1: listed parties found; " + run.err()).isEqualTo(1);
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
        CommandRun run =
                CommandRun.of("scan", "--lists", lists, "--format", "html", "--output", out.toString(), doc.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html)
                .startsWith("<!doctype html>")
                .doesNotContain("<script>alert")
                .contains("&lt;script&gt;");
        assertThat(html).contains("<mark class=\"strong\"").contains("us-ofac-sdn:20157");
        assertThat(html).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void unreadableFileIsAClearError() {
        CommandRun run = CommandRun.of("scan", "--lists", lists, "/no/such/file.txt");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("error: /no/such/file.txt: cannot read");
    }

    @Test
    void anUnknownLanguageIsRefusedBeforeAnythingIsRead() {
        CommandRun run = CommandRun.of("scan", "--lists", "/nonexistent/lists", "--lang", "xx", article);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("error: --lang: expected auto, nl, en, de or fr, not \"xx\"" + System.lineSeparator());
    }

    @Test
    void theTextReportSaysWhichLanguageItReadTheTextIn() {
        CommandRun run = CommandRun.of("scan", "--lists", lists, article);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).startsWith("Read as nl" + System.lineSeparator());
    }

    @Test
    void aTextNamingNoListedPartyExitsZero(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("plain.txt");
        Files.writeString(doc, "The weather in the harbour was calm on Tuesday morning.", StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("scan", "--lists", lists, doc.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("none at or above the threshold");
    }

    @Test
    void aThresholdOutOfRangeIsAUsageError() {
        CommandRun run = CommandRun.of("scan", "--lists", lists, "--threshold", "5", article);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("error: --threshold: expected a number from 0 to 1, got 5.0" + System.lineSeparator());
    }

    /** Without lists nothing is read: the document (here one that does not exist) is never opened. */
    @Test
    void withoutListsTheDocumentIsNotRead(@TempDir Path empty) {
        CommandRun run = CommandRun.of("scan", "--lists", empty.toString(), "/no/such/file.pdf");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .endsWith("error: /no/such/file.pdf: not scanned: no sanctions lists to scan it against"
                        + System.lineSeparator())
                .doesNotContain("cannot read");
    }

    /** /dev/zero never ends: it is refused at the size limit, with no OutOfMemoryError and no stack trace. */
    @Test
    void anEndlessDeviceIsRefusedAtTheSizeLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "skipped: no /dev/zero on this system");
        CommandRun run = assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> CommandRun.of("scan", "--lists", lists, zero.toString()));
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .isEqualTo("error: /dev/zero: size: expected at most " + DocumentReader.MAX_BYTES + " bytes, got more"
                        + System.lineSeparator());
    }

    /**
     * A form XObject that draws itself, on a page that also shows text without a font 10,000 times: PDFBox
     * would log each (265 MB of standard error in 20 s); the scan ends with one error line, and PDFBox's
     * logging, through commons-logging to slf4j-simple, is off (simplelogger.properties).
     */
    @Test
    void aHostilePdfIsOneErrorLineAndNoLogFlood(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("attack.pdf");
        Files.write(pdf, selfDrawingPdf("BT " + "(x) Tj ".repeat(10_000) + "ET /F Do"));
        CommandRun run = assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> CommandRun.of("scan", "--lists", lists, pdf.toString()));
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .startsWith("error: " + pdf + ": page 1, form XObject (object ")
                .endsWith("expected a form XObject that does not draw itself" + System.lineSeparator());
        for (String logger : List.of(
                "org.apache.pdfbox.contentstream.PDFStreamEngine",
                "org.apache.pdfbox.contentstream.operator.DrawObject",
                "org.apache.fontbox.ttf.TTFParser")) {
            Log log = LogFactory.getLog(logger);
            assertThat(log.isErrorEnabled() || log.isWarnEnabled())
                    .as(logger + " logs")
                    .isFalse();
        }
    }

    private static byte[] selfDrawingPdf(String pageContent) throws Exception {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(new PDRectangle(0, 0, 100, 100));
            write(form.getContentStream().getCOSObject(), "/F Do /F Do");
            PDResources own = new PDResources();
            own.put(COSName.getPDFName("F"), form);
            form.setResources(own);
            page.setResources(own);
            COSStream content = doc.getDocument().createCOSStream();
            write(content, pageContent);
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void write(COSStream stream, String operators) throws Exception {
        try (OutputStream o = stream.createOutputStream(COSName.FLATE_DECODE)) {
            o.write(operators.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
