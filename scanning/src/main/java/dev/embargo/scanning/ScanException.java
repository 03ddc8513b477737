package dev.embargo.scanning;

/** A document that cannot be read: names the file, the place and what was expected. */
public final class ScanException extends Exception {
    public ScanException(String file, String place, String expected, Throwable cause) {
        super(file + (place == null || place.isBlank() ? "" : ": " + place) + ": expected " + expected
                + (cause != null && cause.getMessage() != null ? " (" + cause.getMessage() + ")" : ""), cause);
    }
}
