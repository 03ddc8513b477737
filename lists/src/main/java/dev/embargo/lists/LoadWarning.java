package dev.embargo.lists;

/**
 * Something a parser noticed and worked around without losing the rest of the file: a record it skipped,
 * a value it could not read. Carries the same file / place / expectation as {@link ListFormatException}.
 */
public record LoadWarning(String file, String place, String message) {
    @Override
    public String toString() {
        return file + (place == null ? "" : ": " + place) + ": " + message;
    }
}
