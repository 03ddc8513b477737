package dev.embargo.scanning.read;

import dev.embargo.scanning.ScanException;
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

    private final DocumentKindDetector detector = new DocumentKindDetector();
    private final PlainTextReader text = new PlainTextReader();
    private final HtmlReader html = new HtmlReader();
    private final PdfReader pdf = new PdfReader();
    private final SwiftMtReader swift = new SwiftMtReader();
    private final Iso20022Reader iso = new Iso20022Reader();

    /** Reads {@code content}; {@code source} (a file name, or "-" for standard input) names it in errors. */
    public Document read(String source, byte[] content) throws ScanException {
        if (content.length > MAX_BYTES) {
            throw new ScanException(source, "size", "at most " + MAX_BYTES + " bytes, got " + content.length, null);
        }
        return switch (kindOf(content)) {
            case PDF -> pdf.read(source, content);
            case HTML -> html.read(source, content);
            case SWIFT_MT -> swift.read(source, content);
            case ISO20022 -> iso.read(source, content);
            case TEXT -> text.read(source, content);
        };
    }

    /** Reads a file, refusing ones over {@link #MAX_BYTES} before loading them. */
    public Document read(Path file) throws ScanException {
        String source = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            return read(source, content);
        } catch (IOException e) {
            throw new ScanException(source, "", "a readable file", e);
        }
    }

    /** What {@link #read} would take {@code content} for. */
    public DocumentKind kindOf(byte[] content) {
        return detector.detect(content);
    }
}
