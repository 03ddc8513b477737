package dev.embargo.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the knowledge files shipped inside the jar (word lists, the country table): UTF-8, one entry per line,
 * blank lines and lines starting with {@code #} skipped, each entry stripped of surrounding white space. A file
 * that is missing or not UTF-8 is a packaging error, so it fails at once with the resource's name; a bad entry
 * fails with the resource and line, through {@link #malformed}.
 */
public final class ResourceLines {
    /** One entry and where it stands, so that a check on it can name the place. */
    public record Line(String resource, int number, String text) {
        /** An error naming this line's resource and number, what it says and what was expected. */
        public IllegalStateException malformed(String expected) {
            return ResourceLines.malformed(resource, number, text, expected);
        }
    }

    private ResourceLines() {}

    /** The entries of {@code resource}, looked up from {@code anchor}'s class loader (an absolute path). */
    public static List<Line> read(Class<?> anchor, String resource) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + ": resource missing from the class path");
        }
        return read(in, resource);
    }

    /** The entries of a stream that holds {@code resource}; the stream is closed. */
    public static List<Line> read(InputStream in, String resource) {
        List<Line> lines = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                String text = line.strip();
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1).strip();
                }
                if (!text.isEmpty() && !text.startsWith("#")) {
                    lines.add(new Line(resource, number, text));
                }
            }
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(resource + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": unreadable", e);
        }
        return List.copyOf(lines);
    }

    /** An error naming the resource, line and entry, and what was expected there. */
    public static IllegalStateException malformed(String resource, int number, String text, String expected) {
        return new IllegalStateException(resource + ":" + number + ": \"" + text + "\": expected " + expected);
    }
}
