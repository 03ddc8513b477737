package dev.embargo.scanning.read;

import java.util.ArrayList;
import java.util.List;

/** Joins field values with newlines into one text, remembering where each value landed. */
final class FieldTextBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Field> fields = new ArrayList<>();

    /** Adds {@code value} (line breaks normalised to \n, outer blanks trimmed) unless it is blank. */
    void add(String name, String value) {
        add(name, value, Field.Role.FREE_TEXT, "", 0);
    }

    /** As {@link #add(String, String)}, with what the value holds, its message and its line in the input. */
    void add(String name, String value, Field.Role role, String message, int line) {
        String v = value.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (v.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        int start = text.length();
        text.append(v);
        fields.add(new Field(name, start, text.length(), role, message, line));
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    String text() {
        return text.toString();
    }

    List<Field> fields() {
        return List.copyOf(fields);
    }
}
