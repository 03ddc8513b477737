package dev.embargo.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/**
 * Hostile PDFs sent to {@code POST /v1/scan}, generated here: each is answered promptly with a 4xx in the JSON
 * error shape that names the problem, where one kept a thread at 100 % for good and another took 4 GB first.
 */
class HostileScanTest extends RealListsServerTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(30);

    @Test
    void aFormThatDrawsItselfIsA400NamingIt() throws Exception {
        HttpResponse<String> r = assertTimeoutPreemptively(
                PROMPTLY, () -> http.postBytes("/v1/scan", "application/pdf", selfDrawingPdf()));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).at("/error/message").asText())
                .startsWith("request: page 1, form XObject (object ")
                .endsWith("expected a form XObject that does not draw itself");
    }

    @Test
    void aTextLayerOverTheLimitIsA413BeforeItIsAllExtracted() throws Exception {
        try (EmbargoServer small = TestServers.start(
                ServerSettings.loopback(0).withLimits(new Limits(1_000_000, 10, 50_000, 1_000, 100)))) {
            HttpResponse<String> r = assertTimeoutPreemptively(
                    PROMPTLY, () -> Http.to(small).postBytes("/v1/scan", "application/pdf", hugeTextPdf()));
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(json(r).at("/error/message").asText())
                    .isEqualTo(
                            "request: text: expected at most 50000 characters of text (the PDF's text layer is longer)");
        }
    }

    /** A form XObject whose content draws the form itself, twice: 2^50 draws in PDFBox alone. */
    static byte[] selfDrawingPdf() throws IOException {
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
            write(content, "/F Do");
            page.getCOSObject().setItem(COSName.CONTENTS, content);
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Ten million characters in a few kilobytes: one compressed page of 100,000 shared by 100 pages. */
    static byte[] hugeTextPdf() throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDResources fonts = new PDResources();
            fonts.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            COSStream content = doc.getDocument().createCOSStream();
            write(content, "BT /Helv 1 Tf 0 0 Td (" + "A".repeat(100_000) + ") Tj ET");
            for (int i = 0; i < 100; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.setResources(fonts);
                page.getCOSObject().setItem(COSName.CONTENTS, content);
                doc.addPage(page);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void write(COSStream stream, String operators) throws IOException {
        try (OutputStream o = stream.createOutputStream(COSName.FLATE_DECODE)) {
            o.write(operators.getBytes(StandardCharsets.ISO_8859_1));
        }
    }
}
