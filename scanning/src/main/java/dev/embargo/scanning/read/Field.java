package dev.embargo.scanning.read;

/**
 * The part {@code [start, end)} of a document's text that came from one structured field of a payment
 * message, so a mention found there can be reported as, say, the beneficiary rather than as free text.
 */
public record Field(String name, int start, int end) {
    public Field {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a field needs a name");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad field range " + start + ".." + end);
        }
    }

    /** The characters of {@code text} this field covers. */
    public String in(String text) {
        return text.substring(start, end);
    }
}
