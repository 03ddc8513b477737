package dev.embargo.scanning.read;

import java.util.List;

/** Plain text: the decoded input, unchanged, so offsets point straight into the file. */
final class PlainTextReader {
    Document read(String source, byte[] content) {
        DecodedText decoded = DecodedText.of(content);
        return new Document(
                source,
                DocumentKind.TEXT,
                decoded.text(),
                List.of(),
                decoded.warning().stream().toList());
    }
}
