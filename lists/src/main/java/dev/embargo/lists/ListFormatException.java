package dev.embargo.lists;

import java.nio.file.Path;

/**
 * A list file that cannot be read: says which file, where in it, and what was expected there. The one
 * error type of the lists module for bad input.
 */
public final class ListFormatException extends Exception {
    private final String file;
    private final String place;
    private final String expected;

    public ListFormatException(Path file, String place, String expected, Throwable cause) {
        this(file == null ? "<input>" : file.toString(), place, expected, cause);
    }

    public ListFormatException(String file, String place, String expected, Throwable cause) {
        super(
                file + (place == null || place.isBlank() ? "" : ": " + place) + ": expected " + expected
                        + (cause != null && cause.getMessage() != null
                                ? " (" + firstLine(cause.getMessage()) + ")"
                                : ""),
                cause);
        this.file = file;
        this.place = place;
        this.expected = expected;
    }

    public String file() {
        return file;
    }

    public String place() {
        return place;
    }

    public String expected() {
        return expected;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
