package dev.embargo.scanning.read;

import dev.embargo.scanning.Deadline;
import dev.embargo.scanning.ScanException;
import dev.embargo.scanning.ScanTimeoutException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns a document — plain text, HTML, PDF, a SWIFT MT or an ISO 20022 payment message — into the text
 * mentions are searched in, with a map back to the message fields. The kind is recognised from the
 * content, never from the name.
 */
public final class DocumentReader {
    /** Larger inputs are refused rather than risk memory and time on one document. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    /**
     * The longest text read from a PDF unless told otherwise: its compressed content streams can draw far
     * more characters than it has bytes. The other kinds' text is never longer than their input.
     */
    public static final int DEFAULT_MAX_TEXT_CHARS = 16_000_000;

    private final DocumentKindDetector detector = new DocumentKindDetector();
    private final PlainTextReader text = new PlainTextReader();
    private final HtmlReader html = new HtmlReader();
    private final PdfReader pdf;
    private final SwiftMtReader swift = new SwiftMtReader();
    private final Iso20022Reader iso = new Iso20022Reader();

    /** A reader whose PDF text stops at {@link #DEFAULT_MAX_TEXT_CHARS}. */
    public DocumentReader() {
        this(DEFAULT_MAX_TEXT_CHARS);
    }

    /**
     * @param maxTextChars the longest text read from a PDF; extraction stops there with a
     *                     {@link ScanException.Reason#TOO_LARGE} error instead of holding it all first
     */
    public DocumentReader(int maxTextChars) {
        if (maxTextChars < 1) {
            throw new IllegalArgumentException("maxTextChars: expected at least 1, got " + maxTextChars);
        }
        this.pdf = new PdfReader(maxTextChars);
    }

    /** Reads {@code content}; {@code source} (a file name, or "-" for standard input) names it in errors. */
    public Document read(String source, byte[] content) throws ScanException {
        return read(source, content, Deadline.NONE);
    }

    /**
     * As {@link #read(String, byte[])}, within a time budget.
     *
     * @throws ScanTimeoutException when {@code deadline} passes while reading
     */
    public Document read(String source, byte[] content, Deadline deadline) throws ScanException {
        if (content.length > MAX_BYTES) {
            throw tooLarge(source, content.length + " bytes");
        }
        Document document = switch (kindOf(content)) {
            case PDF -> pdf.read(source, content, deadline);
            case HTML -> html.read(source, content);
            case SWIFT_MT -> swift.read(source, content);
            case ISO20022 -> iso.read(source, content);
            case TEXT -> text.read(source, content);
        };
        deadline.check("reading the document");
        return document;
    }

    /** Reads a file, refusing ones over {@link #MAX_BYTES} before loading them. */
    public Document read(Path file) throws ScanException {
        String source = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return read(source, in);
        } catch (IOException e) {
            throw new ScanException(source, "", "a readable file", e);
        }
    }

    /**
     * Reads a stream (standard input, a device, a pipe) to its end, but no further than {@link #MAX_BYTES}:
     * an endless stream is refused once it passes the limit, never held in full.
     */
    public Document read(String source, InputStream in) throws ScanException {
        byte[] content;
        try {
            content = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ScanException(source, "", "a readable file", e);
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge(source, "more");
        }
        return read(source, content);
    }

    private static ScanException tooLarge(String source, String got) {
        return new ScanException(
                ScanException.Reason.TOO_LARGE, source, "size", "at most " + MAX_BYTES + " bytes, got " + got, null);
    }

    /** What {@link #read} would take {@code content} for. */
    public DocumentKind kindOf(byte[] content) {
        return detector.detect(content);
    }
}
