package dev.embargo.scanning.read;

import dev.embargo.scanning.ScanException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF: the text layer only. Scanned pages without one come out empty, with a warning; there is no OCR. */
final class PdfReader {
    Document read(String source, byte[] content) throws ScanException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            List<String> warnings = new ArrayList<>();
            if (pdf.isEncrypted()) {
                // Opened with the empty user password: the owner only restricted printing or copying.
                warnings.add("the PDF is encrypted without a user password; its text was read anyway");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            String text = stripper.getText(pdf);
            if (text.isBlank()) {
                warnings.add("the PDF has no text layer (scanned pages?); no OCR is done");
            }
            return new Document(source, DocumentKind.PDF, text, List.of(), warnings);
        } catch (InvalidPasswordException e) {
            throw new ScanException(source, "PDF encryption", "a PDF that opens without a password", e);
        } catch (IOException | RuntimeException e) {
            throw new ScanException(source, "PDF structure", "a readable PDF with a text layer", e);
        } catch (StackOverflowError e) {
            // Deeply nested or self-referencing objects in a damaged file.
            throw new ScanException(source, "PDF structure", "a PDF without runaway nesting", e);
        }
    }
}
