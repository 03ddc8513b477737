package dev.embargo.scanning;

/** A document that cannot be read: names the file, the place and what was expected. */
public final class ScanException extends Exception {
    /** Why the document was refused: a server answers the two differently (400 and 413). */
    public enum Reason {
        /** Damaged, hostile or of the wrong kind. */
        UNREADABLE,
        /** Readable, but larger than a limit allows: bytes, characters of text, drawing work. */
        TOO_LARGE
    }

    private final Reason reason;

    public ScanException(String file, String place, String expected, Throwable cause) {
        this(Reason.UNREADABLE, file, place, expected, cause);
    }

    public ScanException(Reason reason, String file, String place, String expected, Throwable cause) {
        super(
                file + (place == null || place.isBlank() ? "" : ": " + place) + ": expected " + expected
                        + (cause != null && cause.getMessage() != null ? " (" + cause.getMessage() + ")" : ""),
                cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
