package dev.embargo.scanning.read;

import dev.embargo.scanning.Deadline;
import dev.embargo.scanning.ScanException;
import dev.embargo.scanning.ScanTimeoutException;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF: the text layer only. Scanned pages without one come out empty, with a warning; there is no OCR.
 *
 * <p>A PDF is a program: content streams draw forms that draw forms, and a few kilobytes of compressed
 * content can draw millions of characters. Extraction therefore runs within limits, each ending it with an
 * error that names the problem: the text stops at {@code maxTextChars}; a form that
 * draws itself, forms nested deeper than {@link #MAX_NESTING}, more than {@link #MAX_FORM_DRAWS} forms
 * drawn, more than {@link #MAX_OPERATORS} operators run or {@link #MAX_GLYPHS_PER_PAGE} glyphs on one page
 * (the positions of a page's glyphs are all held until the page is written), a page tree that loops; and the
 * deadline is checked as operators run. Problems PDFBox would log once per occurrence (a missing resource
 * drawn a million times) become one warning of the document instead.
 */
final class PdfReader {
    /** Forms within forms: real documents nest a handful deep. */
    static final int MAX_NESTING = 24;
    /** Form XObjects drawn in one document: a logo on every page of a long report is a few thousand. */
    static final int MAX_FORM_DRAWS = 100_000;
    /** Content stream operators run in one document: tens of millions take PDFBox tens of seconds. */
    static final long MAX_OPERATORS = 20_000_000;
    /** Glyphs on one page: a dense page holds about ten thousand characters; each glyph costs ~0.5 KB. */
    static final int MAX_GLYPHS_PER_PAGE = 250_000;
    /** Page tree levels: a balanced tree of millions of pages is a few levels deep. */
    static final int MAX_PAGE_TREE_DEPTH = 64;

    private final int maxTextChars;

    PdfReader(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    Document read(String source, byte[] content, Deadline deadline) throws ScanException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            List<String> warnings = new ArrayList<>();
            if (pdf.isEncrypted()) {
                // Opened with the empty user password: the owner only restricted printing or copying.
                warnings.add("the PDF is encrypted without a user password; its text was read anyway");
            }
            checkPageTree(pdf);
            BoundedStripper stripper = new BoundedStripper(deadline);
            stripper.setLineSeparator("\n");
            BoundedWriter text = new BoundedWriter(maxTextChars);
            stripper.writeText(pdf, text);
            deadline.check("reading the PDF");
            if (stripper.skippedOperators > 0) {
                warnings.add(stripper.skippedOperators + " drawing instruction"
                        + (stripper.skippedOperators == 1 ? " was" : "s were") + " skipped as damaged (first: "
                        + stripper.firstSkipped + ")");
            }
            if (text.isBlank()) {
                warnings.add("the PDF has no text layer (scanned pages?); no OCR is done");
            }
            return new Document(source, DocumentKind.PDF, text.toString(), List.of(), warnings);
        } catch (Refused e) {
            throw new ScanException(e.reason, source, e.place, e.expected, null);
        } catch (InvalidPasswordException e) {
            throw new ScanException(source, "PDF encryption", "a PDF that opens without a password", e);
        } catch (ScanTimeoutException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ScanException(source, "PDF structure", "a readable PDF with a text layer", e);
        } catch (StackOverflowError e) {
            // Deeply nested objects in a damaged file, where the parser recurses.
            throw new ScanException(source, "PDF structure", "a PDF without runaway nesting", e);
        }
    }

    /**
     * Walks the page tree before any page is read: a node among its own descendants is refused (PDFBox skips
     * such a node with an error in its log, page after page), as is a tree deeper than any real one.
     */
    private static void checkPageTree(PDDocument pdf) {
        COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        if (root == null) {
            return;
        }
        Set<COSDictionary> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<COSDictionary> done = Collections.newSetFromMap(new IdentityHashMap<>());
        // Depth first without recursion: a frame is a node and the index of its next kid.
        List<COSDictionary> nodes = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        nodes.add(root);
        next.add(0);
        onPath.add(root);
        while (!nodes.isEmpty()) {
            int top = nodes.size() - 1;
            COSDictionary node = nodes.get(top);
            COSArray kids = node.getCOSArray(COSName.KIDS);
            int i = next.get(top);
            if (kids == null || i >= kids.size()) {
                onPath.remove(node);
                done.add(node);
                nodes.remove(top);
                next.remove(top);
                continue;
            }
            next.set(top, i + 1);
            COSBase kid = kids.getObject(i);
            if (!(kid instanceof COSDictionary dict) || !dict.containsKey(COSName.KIDS)) {
                continue;
            }
            if (onPath.contains(dict)) {
                throw new Refused(
                        ScanException.Reason.UNREADABLE,
                        "page tree (" + objectName(kids.get(i)) + ")",
                        "a page tree without loops (this node is among its own kids)");
            }
            if (done.contains(dict)) {
                // Shared by two parents: PDFBox reads it once; nothing loops.
                continue;
            }
            if (nodes.size() >= MAX_PAGE_TREE_DEPTH) {
                throw new Refused(
                        ScanException.Reason.UNREADABLE,
                        "page tree",
                        "a page tree at most " + MAX_PAGE_TREE_DEPTH + " levels deep");
            }
            nodes.add(dict);
            next.add(0);
            onPath.add(dict);
        }
    }

    private static String objectName(COSBase reference) {
        COSObjectKey key = reference instanceof COSObject o ? o.getKey() : reference.getKey();
        return key == null ? "a direct object" : "object " + key.getNumber() + " " + key.getGeneration() + " R";
    }

    /** A limit the document broke: why, where, and what was expected instead. */
    private static final class Refused extends RuntimeException {
        private final ScanException.Reason reason;
        private final String place;
        private final String expected;

        Refused(ScanException.Reason reason, String place, String expected) {
            super(place + ": expected " + expected, null, false, false);
            this.reason = reason;
            this.place = place;
            this.expected = expected;
        }
    }

    /** The text as written, refused once it runs past the limit rather than held in full first. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int max;

        BoundedWriter(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            if (text.length() + (long) length > max) {
                throw new Refused(
                        ScanException.Reason.TOO_LARGE,
                        "text",
                        "at most " + max + " characters of text (the PDF's text layer is longer)");
            }
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            if (text.length() + (long) length > max) {
                throw new Refused(
                        ScanException.Reason.TOO_LARGE,
                        "text",
                        "at most " + max + " characters of text (the PDF's text layer is longer)");
            }
            text.append(s, offset, offset + length);
        }

        @Override
        public void flush() {
            // Nothing is buffered outside the builder.
        }

        @Override
        public void close() {
            // As flush.
        }

        boolean isBlank() {
            return text.toString().isBlank();
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** PDFBox's text stripper with the limits described on {@link PdfReader}. */
    private final class BoundedStripper extends PDFTextStripper {
        private final Deadline deadline;
        /** The content streams being drawn, innermost last: a stream drawn again inside itself loops. */
        private final Set<Object> drawing = Collections.newSetFromMap(new IdentityHashMap<>());

        private int nesting;
        private int formDraws;
        private long operators;
        private int pageGlyphs;
        private long glyphs;
        private int skippedOperators;
        private String firstSkipped;

        BoundedStripper(Deadline deadline) {
            this.deadline = deadline;
        }

        @Override
        public void processPage(PDPage p) throws IOException {
            pageGlyphs = 0;
            deadline.check("reading page " + getCurrentPageNo() + " of the PDF");
            super.processPage(p);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (++operators > MAX_OPERATORS) {
                throw new Refused(
                        ScanException.Reason.TOO_LARGE,
                        "page " + getCurrentPageNo(),
                        "at most " + MAX_OPERATORS + " drawing instructions in the whole PDF");
            }
            if ((operators & 0xFFF) == 0) {
                deadline.check("reading page " + getCurrentPageNo() + " of the PDF");
            }
            super.processOperator(operator, operands);
        }

        @Override
        protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
            // PDFBox logs each of these with its stack trace and carries on; a damaged stream repeats them
            // by the million. They become one warning of the document.
            if (skippedOperators++ == 0) {
                firstSkipped = operator.getName() + " on page " + getCurrentPageNo() + ": " + e.getMessage();
            }
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            drawInside(form.getCOSObject(), "form XObject", () -> super.showForm(form));
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
            drawInside(form.getCOSObject(), "form XObject", () -> super.showTransparencyGroup(form));
        }

        private void drawInside(COSBase stream, String what, Drawing drawing) throws IOException {
            if (!this.drawing.add(stream)) {
                throw new Refused(
                        ScanException.Reason.UNREADABLE,
                        "page " + getCurrentPageNo() + ", " + what + " (" + objectName(stream) + ")",
                        "a " + what + " that does not draw itself");
            }
            try {
                if (++nesting > MAX_NESTING) {
                    throw new Refused(
                            ScanException.Reason.UNREADABLE,
                            "page " + getCurrentPageNo() + ", " + what,
                            "forms nested at most " + MAX_NESTING + " deep");
                }
                if (++formDraws > MAX_FORM_DRAWS) {
                    throw new Refused(
                            ScanException.Reason.TOO_LARGE,
                            "page " + getCurrentPageNo() + ", " + what,
                            "at most " + MAX_FORM_DRAWS + " forms drawn in the whole PDF");
                }
                drawing.draw();
            } finally {
                nesting--;
                this.drawing.remove(stream);
            }
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++pageGlyphs > MAX_GLYPHS_PER_PAGE) {
                throw new Refused(
                        ScanException.Reason.TOO_LARGE,
                        "page " + getCurrentPageNo(),
                        String.format(Locale.ROOT, "at most %d characters drawn on one page", MAX_GLYPHS_PER_PAGE));
            }
            // Glyphs drawn twice (bold by overprinting) are dropped as duplicates: twice the text limit is
            // the most an acceptable text can draw.
            if (++glyphs > 2L * maxTextChars) {
                throw new Refused(
                        ScanException.Reason.TOO_LARGE,
                        "text",
                        "at most " + maxTextChars + " characters of text (the PDF's text layer is longer)");
            }
            super.processTextPosition(text);
        }
    }

    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }
}
