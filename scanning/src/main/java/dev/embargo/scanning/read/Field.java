package dev.embargo.scanning.read;

/**
 * The part {@code [start, end)} of a document's text that came from one structured field of a payment
 * message, so a mention found there can be reported as, say, the beneficiary rather than as free text.
 *
 * <p>A party field is split into its lines by what they hold ({@link Role}): screening reads a name line as a
 * name, an address line only for jurisdictions, an account or BIC as an identifier, and free text as prose.
 *
 * @param name    the field, e.g. {@code 50K ordering customer} or {@code Cdtr/Nm}
 * @param role    what this part of the field holds
 * @param message which message or transaction of the document it belongs to: {@code 1}, {@code 2}, ... for
 *                the messages of an MT file; {@code CdtTrfTxInf 3} or {@code PmtInf 1} in ISO 20022; empty
 *                when the document is one message and the part belongs to no transaction
 * @param line    the line of the input the part starts on (1-based), 0 when not known
 */
public record Field(String name, int start, int end, Role role, String message, int line) {
    /** What a part of a payment message's field holds, which decides how it is screened. */
    public enum Role {
        /** A party's name, or one line of it: screened as a name, lines of one name joined. */
        NAME,
        /** An address line: screened for jurisdictions, never as a name. */
        ADDRESS,
        /** A country code (ISO 3166 alpha-2) given as such, e.g. 50F {@code 3/KP/...} or {@code Ctry}. */
        COUNTRY,
        /** An account number (IBAN or other): looked up as an identifier. */
        ACCOUNT,
        /** A BIC of a bank or party: looked up as an identifier. */
        BIC,
        /** Another identifier of the party (national id, passport, customer number): looked up as such. */
        IDENTIFIER,
        /** Free text (remittance information, sender to receiver information): screened as prose. */
        FREE_TEXT
    }

    public Field {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a field needs a name");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad field range " + start + ".." + end);
        }
        if (role == null || message == null || line < 0) {
            throw new IllegalArgumentException("a field needs a role, a message (may be empty) and a line >= 0");
        }
    }

    /** A part of free text, in no particular message and at no known line. */
    public Field(String name, int start, int end) {
        this(name, start, end, Role.FREE_TEXT, "", 0);
    }

    /** The characters of {@code text} this field covers. */
    public String in(String text) {
        return text.substring(start, end);
    }

    /** Where the part stands, for a report: message, field and line as far as known. */
    public String place() {
        StringBuilder b = new StringBuilder();
        if (!message.isEmpty()) {
            b.append("message ").append(message).append(", ");
        }
        b.append(name);
        if (line > 0) {
            b.append(", line ").append(line);
        }
        return b.toString();
    }
}
