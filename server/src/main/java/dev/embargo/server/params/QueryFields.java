package dev.embargo.server.params;

import dev.embargo.matching.Query;

/**
 * The fields of a screening query (kind, date of birth, country) read as {@link Query#of} reads them, with a
 * failure reported as a {@link ParameterProblem} that names its field. {@code Query.of} checks the fields in
 * turn and says which failed only in its message; asking it about each field alone tells which one it was.
 */
public final class QueryFields {
    private QueryFields() {}

    /** The parameter names of the three fields, as the API calls them. */
    public static final String KIND = "type";

    public static final String DOB = "dob";
    public static final String COUNTRY = "country";

    /**
     * The query, or a {@link BadParameter} for the first of kind, date of birth and country that is wrong.
     *
     * @param kind    person, organization, vessel, aircraft (and their synonyms), any, or blank
     * @param dob     a date of birth as people write them, or blank
     * @param country an ISO 3166 code or a country name, or blank
     */
    public static Query read(String name, String kind, String dob, String country) {
        check(KIND, kind, () -> Query.of(name, kind, null, null));
        check(DOB, dob, () -> Query.of(name, null, dob, null));
        check(COUNTRY, country, () -> Query.of(name, null, null, country));
        return Query.of(name, kind, dob, country);
    }

    private static void check(String field, String value, Runnable read) {
        try {
            read.run();
        } catch (IllegalArgumentException e) {
            throw new BadParameter(problem(field, value, e.getMessage()));
        }
    }

    /**
     * The problem {@code Query.of} describes as {@code field: expected E, got "V"}; tests hold every field's
     * message to that shape, so a new wording there fails them rather than reading wrong here.
     */
    static ParameterProblem problem(String field, String value, String message) {
        String head = field + ": expected ";
        String tail = ", got \"" + value + "\"";
        if (message == null || !message.startsWith(head) || !message.endsWith(tail)) {
            throw new IllegalStateException("unexpected wording of a query error: " + message);
        }
        return new ParameterProblem(field, value, message.substring(head.length(), message.length() - tail.length()));
    }
}
