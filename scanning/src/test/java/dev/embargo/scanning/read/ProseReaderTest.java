package dev.embargo.scanning.read;

import static dev.embargo.scanning.read.ReadFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.lists.SharedData;
import dev.embargo.scanning.ScanException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain text, HTML and PDF: prose without fields. */
class ProseReaderTest {
    private final DocumentReader reader = new DocumentReader();

    @Test
    void realDutchArticleIsTextKeptCharacterForCharacter() throws IOException, ScanException {
        Path article = SharedData.require("seed/article-nl.txt");
        byte[] bytes = Files.readAllBytes(article);
        String expected = new String(bytes, StandardCharsets.UTF_8);

        Document doc = reader.read(article);

        assertThat(doc.kind()).isEqualTo(DocumentKind.TEXT);
        assertThat(doc.source()).isEqualTo("article-nl.txt");
        assertThat(doc.text()).isEqualTo(expected);
        assertThat(doc.text()).hasSize(expected.length()).contains("Kim Jong Un");
        assertThat(doc.text().lines().count())
                .isEqualTo(expected.lines().count())
                .isGreaterThan(10);
        assertThat(doc.fields()).isEmpty();
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void textDropsTheByteOrderMarkAndKeepsCrlf() throws ScanException {
        byte[] bytes = "\uFEFFLine one\r\nKim Jong Un\r\n".getBytes(StandardCharsets.UTF_8);
        Document doc = reader.read("-", bytes);
        assertThat(doc.text()).isEqualTo("Line one\r\nKim Jong Un\r\n");
        assertThat(doc.text().indexOf("Kim")).isEqualTo(10);
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() throws ScanException {
        byte[] bytes = "Fran\u00e7ois M\u00fcller \u2013 Gen\u00e8ve"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Document doc = reader.read("old.txt", bytes);
        assertThat(doc.kind()).isEqualTo(DocumentKind.TEXT);
        assertThat(doc.text()).isEqualTo("Fran\u00e7ois M\u00fcller \u2013 Gen\u00e8ve");
        assertThat(doc.warnings()).containsExactly("not valid UTF-8; read as windows-1252");
    }

    @Test
    void textMentioningTagsOrBracesIsStillText() throws ScanException {
        assertThat(reader.read("a", "Use <b> for bold, {1: is a header".getBytes(StandardCharsets.UTF_8))
                        .kind())
                .isEqualTo(DocumentKind.TEXT);
        assertThat(reader.read("b", new byte[0]).text()).isEmpty();
    }

    @Test
    void htmlGivesVisibleTextOneBlockPerLine() throws ScanException {
        Document doc = reader.read("article.html", resource("article.html"));

        assertThat(doc.kind()).isEqualTo(DocumentKind.HTML);
        assertThat(doc.fields()).isEmpty();
        assertThat(doc.text().lines().toList())
                .containsExactly(
                        "Shipping firm linked to sanctioned oligarch",
                        "Home | World",
                        "Shipping firm linked to sanctioned oligarch",
                        "A Cyprus-registered shipping company, Oceanic Star Holdings Ltd, paid for a yacht used by"
                                + " Oleg Deripaska, documents show.",
                        "The firm's director, Elena Ivanova, declined to comment.",
                        "Her lawyer did not reply.",
                        "Founded 2014",
                        "Registered in Limassol",
                        "\u00a9 2023 Example News");
        assertThat(doc.text()).doesNotContain("Should Never Appear", "Hidden Script Name", "font-family");
    }

    @Test
    void htmlFragmentWithoutHtmlElementIsRecognisedByItsTags() throws ScanException {
        byte[] fragment =
                "<p>Payment to <b>Viktor Bout</b>.</p><p>Second <i>paragraph</i>.</p>".getBytes(StandardCharsets.UTF_8);
        Document doc = reader.read("frag", fragment);
        assertThat(doc.kind()).isEqualTo(DocumentKind.HTML);
        assertThat(doc.text()).isEqualTo("Payment to Viktor Bout.\nSecond paragraph.");
    }

    @Test
    void pdfTextLayerIsRead() throws ScanException {
        Document doc = reader.read("memo.pdf", ReadFixtures.samplePdf());

        assertThat(doc.kind()).isEqualTo(DocumentKind.PDF);
        assertThat(doc.warnings()).isEmpty();
        List<String> lines =
                doc.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertThat(lines)
                .containsExactly(
                        "Compliance memo",
                        "Counterparty: Oceanic Star Holdings Ltd",
                        "Director: Elena Ivanova",
                        "Beneficial owner: Oleg Deripaska");
    }

    @Test
    void pdfWithoutTextWarns() throws ScanException {
        Document doc = reader.read("scan.pdf", ReadFixtures.pdf(List.of(List.of())));
        assertThat(doc.text()).isBlank();
        assertThat(doc.warnings()).singleElement().asString().contains("no text layer");
    }

    @Test
    void brokenPdfNamesTheFile() {
        byte[] pdf = ReadFixtures.samplePdf();
        byte[] broken = Arrays.copyOf(pdf, 40);
        assertThatThrownBy(() -> reader.read("broken.pdf", broken))
                .isInstanceOf(ScanException.class)
                .hasMessageStartingWith("broken.pdf: PDF structure: expected a readable PDF");
    }

    @Test
    void passwordProtectedPdfIsRefused() throws Exception {
        byte[] encrypted;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(ReadFixtures.samplePdf());
                var out = new java.io.ByteArrayOutputStream()) {
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
                    "owner", "secret", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            encrypted = out.toByteArray();
        }
        assertThatThrownBy(() -> reader.read("locked.pdf", encrypted))
                .isInstanceOf(ScanException.class)
                .hasMessageStartingWith("locked.pdf: PDF encryption: expected a PDF that opens without a password");
    }

    @Test
    void oversizedInputIsRefusedBeforeReading() {
        assertThatThrownBy(() -> reader.read("huge", new byte[DocumentReader.MAX_BYTES + 1]))
                .hasMessageStartingWith("huge: size: expected at most");
    }
}
