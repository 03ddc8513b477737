package dev.embargo.lists;

/**
 * Something a parser noticed and worked around without losing the rest of the file: a record it skipped,
 * a value it could not read. Carries the same file / place / expectation as {@link ListFormatException}.
 *
 * @param damage whether the file's bytes are not what any publisher writes — byte sequences invalid in the
 *               declared encoding, characters XML forbids, XML that is not well-formed — so the file was
 *               damaged on its way here. A genuine publication may have odd records; it never has these, so
 *               a damaged copy must not replace a clean one in service ({@link ListProblem#DAMAGED}).
 */
public record LoadWarning(String file, String place, String message, boolean damage) {
    /** A warning about the content of a well-formed file. */
    public LoadWarning(String file, String place, String message) {
        this(file, place, message, false);
    }

    /** A warning that the file's bytes were damaged (see {@link #damage()}). */
    public static LoadWarning damaged(String file, String place, String message) {
        return new LoadWarning(file, place, message, true);
    }

    @Override
    public String toString() {
        return file + (place == null ? "" : ": " + place) + ": " + message;
    }
}
