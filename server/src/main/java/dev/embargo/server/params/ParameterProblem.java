package dev.embargo.server.params;

/**
 * What was wrong with one parameter of a request: which field, what it held and what was expected. Each
 * surface turns it into its own answer (a JSON error, a line on a form), so the reading is done once and the
 * wording of each surface stays its own.
 *
 * @param field    the parameter's name as the request gave it ("threshold", "limit", "dob")
 * @param value    what the request held, as given; null when there is nothing to show (a JSON value that is
 *                 not a number)
 * @param expected what would have been right, worded to follow "expected " ("a number from 0.0 to 1.0")
 */
public record ParameterProblem(String field, String value, String expected) {
    /** {@code threshold: expected a number from 0.0 to 1.0, got "abc"}, as the query-parameter APIs answer. */
    public String message() {
        return field + ": " + detail();
    }

    /** The message without the field's name, for a surface that names fields its own way. */
    public String detail() {
        return "expected " + expected + (value == null ? "" : ", got \"" + value + "\"");
    }
}
