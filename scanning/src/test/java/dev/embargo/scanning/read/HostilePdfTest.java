package dev.embargo.scanning.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.embargo.scanning.Deadline;
import dev.embargo.scanning.ScanException;
import dev.embargo.scanning.ScanTimeoutException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
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
 * PDFs built here to attack the reader, each of which once kept a server thread busy for minutes or for
 * good: forms that draw themselves, nesting that multiplies, text layers of millions of characters drawn by a
 * few kilobytes of compressed content, a page tree that loops. Each must end promptly with an error that
 * names the problem.
 */
class HostilePdfTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(30);
    /**
     * PDFBox logs each damaged instruction; the server and the command line turn its logging off
     * (simplelogger.properties), and here, where it goes to java.util.logging, so does this: held, as the
     * logging framework keeps its loggers only weakly.
     */
    private static final java.util.logging.Logger PDFBOX_LOG = quiet("org.apache.pdfbox");

    private static final java.util.logging.Logger FONTBOX_LOG = quiet("org.apache.fontbox");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.OFF);
        return logger;
    }

    /** The 884-byte attack: a form XObject whose content draws the form itself, twice. */
    @Test
    void aFormThatDrawsItselfIsRefusedPromptly() {
        byte[] pdf = build((doc, page) -> {
            PDFormXObject form = form(doc, "/F Do /F Do");
            PDResources own = new PDResources();
            own.put(COSName.getPDFName("F"), form);
            form.setResources(own);
            page.setResources(own);
            content(doc, page, "/F Do");
        });
        assertThat(pdf.length).isLessThan(2_000);
        assertRefused(
                new DocumentReader(),
                pdf,
                ScanException.Reason.UNREADABLE,
                "attack.pdf: page 1, form XObject (object ",
                "expected a form XObject that does not draw itself");
    }

    /** No form repeats on the path, but each draws the next four times: 4^20 draws without a limit. */
    @Test
    void formsThatMultiplyAreStoppedAtTheDrawLimit() {
        byte[] pdf = build((doc, page) -> drawNested(doc, page, "0 0 m 1 1 l S", 20, "/N Do /N Do /N Do /N Do"));
        assertRefused(
                new DocumentReader(),
                pdf,
                ScanException.Reason.TOO_LARGE,
                "attack.pdf: page 1, form XObject: expected at most " + PdfReader.MAX_FORM_DRAWS + " forms drawn");
    }

    /**
     * A page that draws form N, which draws the form below it as {@code draws} says, {@code levels} deep, down to
     * a form drawing {@code leaf}.
     */
    private static void drawNested(PDDocument doc, PDPage page, String leaf, int levels, String draws)
            throws IOException {
        PDFormXObject inner = form(doc, leaf);
        for (int i = 0; i < levels; i++) {
            PDFormXObject outer = form(doc, draws);
            outer.setResources(drawing(inner));
            inner = outer;
        }
        page.setResources(drawing(inner));
        content(doc, page, "/N Do");
    }

    private static PDResources drawing(PDFormXObject form) {
        PDResources res = new PDResources();
        res.put(COSName.getPDFName("N"), form);
        return res;
    }

    @Test
    void formsNestedTooDeepAreRefused() {
        byte[] pdf = build((doc, page) -> drawNested(doc, page, "", PdfReader.MAX_NESTING + 5, "/N Do"));
        assertRefused(
                new DocumentReader(),
                pdf,
                ScanException.Reason.UNREADABLE,
                "expected forms nested at most " + PdfReader.MAX_NESTING + " deep");
    }

    /**
     * Ten million characters from a few kilobytes: one compressed content stream of 100,000 characters shared by
     * 100 pages. Extraction stops at the text limit instead of holding all ten million first.
     */
    @Test
    void aHugeTextLayerStopsAtTheTextLimit() {
        String line = "A".repeat(100_000);
        byte[] pdf = build((doc, first) -> {
            COSStream shared = content(doc, first, "BT /Helv 1 Tf 0 0 Td (" + line + ") Tj ET");
            helvetica(first);
            for (int i = 1; i < 100; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                helvetica(page);
                page.getCOSObject().setItem(COSName.CONTENTS, shared);
            }
        });
        assertThat(pdf.length).isLessThan(40_000);
        assertRefused(
                new DocumentReader(300_000),
                pdf,
                ScanException.Reason.TOO_LARGE,
                "attack.pdf: text: expected at most 300000 characters of text");
    }

    @Test
    void onePageDrawingMillionsOfCharactersIsRefusedAtThePageLimit() {
        String line = "B".repeat(PdfReader.MAX_GLYPHS_PER_PAGE + 1);
        byte[] pdf = build((doc, page) -> {
            helvetica(page);
            content(doc, page, "BT /Helv 1 Tf 0 0 Td (" + line + ") Tj ET");
        });
        assertRefused(
                new DocumentReader(),
                pdf,
                ScanException.Reason.TOO_LARGE,
                "attack.pdf: page 1: expected at most " + PdfReader.MAX_GLYPHS_PER_PAGE
                        + " characters drawn on one page");
    }

    @Test
    void textWithinTheLimitIsReadWhole() throws Exception {
        byte[] pdf = ReadFixtures.samplePdf();
        Document doc = new DocumentReader(1_000).read("memo.pdf", pdf);
        assertThat(doc.text()).contains("Oceanic Star Holdings Ltd", "Oleg Deripaska");
        assertThatThrownBy(() -> new DocumentReader(20).read("memo.pdf", pdf))
                .isInstanceOfSatisfying(
                        ScanException.class, e -> assertThat(e.reason()).isEqualTo(ScanException.Reason.TOO_LARGE))
                .hasMessage("memo.pdf: text: expected at most 20 characters of text (the PDF's text layer is longer)");
    }

    /** A page tree node among its own kids: PDFBox skips it with an error in its log; we refuse the file. */
    @Test
    void aPageTreeLoopIsRefused() {
        byte[] pdf = build((doc, page) -> {
            content(doc, page, "");
            COSDictionary root = doc.getPages().getCOSObject();
            COSDictionary middle = new COSDictionary();
            middle.setItem(COSName.TYPE, COSName.PAGES);
            COSArray kids = new COSArray();
            kids.add(root);
            middle.setItem(COSName.KIDS, kids);
            middle.setInt(COSName.COUNT, 1);
            root.getCOSArray(COSName.KIDS).add(middle);
        });
        assertRefused(
                new DocumentReader(),
                pdf,
                ScanException.Reason.UNREADABLE,
                "attack.pdf: page tree (object ",
                "expected a page tree without loops");
    }

    @Test
    void drawingStopsAtTheDeadline() {
        byte[] pdf = ReadFixtures.samplePdf();
        Deadline spent = Deadline.after(Duration.ZERO);
        assertThatThrownBy(() -> new DocumentReader().read("memo.pdf", pdf, spent))
                .isInstanceOf(ScanTimeoutException.class)
                .hasMessageStartingWith(
                        "the scan needs more than its time budget of 0 s (stopped while reading page 1");
    }

    /** Damaged drawing instructions are one warning of the document, not a log line each. */
    @Test
    void damagedInstructionsBecomeOneWarning() throws Exception {
        byte[] pdf = build((doc, page) -> {
            helvetica(page);
            content(doc, page, "BT /Helv 12 Tf 72 700 Td (Oceanic Star) Tj ET " + "Td ".repeat(10_000));
        });
        Document doc = new DocumentReader().read("damaged.pdf", pdf);
        assertThat(doc.text()).contains("Oceanic Star");
        assertThat(doc.warnings())
                .singleElement()
                .asString()
                .startsWith("10000 drawing instructions were skipped as damaged (first: Td on page 1:");
    }

    private static void assertRefused(
            DocumentReader reader, byte[] pdf, ScanException.Reason reason, String... messageParts) {
        assertTimeoutPreemptively(
                PROMPTLY,
                () -> assertThatThrownBy(() -> reader.read("attack.pdf", pdf))
                        .isInstanceOfSatisfying(ScanException.class, e -> {
                            assertThat(e.reason()).isEqualTo(reason);
                            assertThat(e.getMessage()).contains(messageParts);
                        }));
    }

    @FunctionalInterface
    private interface Builder {
        void build(PDDocument doc, PDPage firstPage) throws IOException;
    }

    /** A one-page document (more, if {@code builder} adds them) as bytes. */
    private static byte[] build(Builder builder) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            builder.build(doc, page);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PDFormXObject form(PDDocument doc, String operators) throws IOException {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle(0, 0, 100, 100));
        form.setResources(new PDResources());
        try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(operators.getBytes(StandardCharsets.ISO_8859_1));
        }
        return form;
    }

    /** Sets the page's content to {@code operators}, compressed, and returns the stream. */
    private static COSStream content(PDDocument doc, PDPage page, String operators) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(operators.getBytes(StandardCharsets.ISO_8859_1));
        }
        page.getCOSObject().setItem(COSName.CONTENTS, stream);
        return stream;
    }

    private static void helvetica(PDPage page) {
        PDResources res = page.getResources() != null ? page.getResources() : new PDResources();
        res.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        page.setResources(res);
    }
}
