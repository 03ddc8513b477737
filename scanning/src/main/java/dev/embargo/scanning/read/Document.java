package dev.embargo.scanning.read;

import java.util.List;
import java.util.Objects;

/**
 * A document turned into the text mentions are searched in. Offsets reported later are character
 * offsets into {@code text}; {@code fields} say which structured field each part of the text came from
 * (empty for prose); {@code warnings} say what was guessed or left out while reading.
 */
public record Document(String source, DocumentKind kind, String text, List<Field> fields, List<String> warnings) {
    public Document {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        fields = List.copyOf(fields);
        warnings = List.copyOf(warnings);
        for (Field f : fields) {
            if (f.end() > text.length()) {
                throw new IllegalArgumentException("field " + f + " runs past the text (" + text.length() + ")");
            }
        }
    }

    /** The fields with this name, in text order. */
    public List<Field> fields(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).toList();
    }
}
