package dev.embargo.scanning.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The hand-written fixtures under src/test/resources/read, and PDFs made on the fly. */
final class ReadFixtures {
    private ReadFixtures() {}

    static byte[] resource(String name) {
        try (InputStream in = ReadFixtures.class.getResourceAsStream("/read/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource read/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF with one page per entry, each a few lines of Helvetica text. */
    static byte[] pdf(List<List<String>> pages) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.setLeading(16);
                    content.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] samplePdf() {
        return pdf(List.of(
                List.of("Compliance memo", "Counterparty: Oceanic Star Holdings Ltd"),
                List.of("Director: Elena Ivanova", "Beneficial owner: Oleg Deripaska")));
    }
}
