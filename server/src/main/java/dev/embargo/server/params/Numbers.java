package dev.embargo.server.params;

/**
 * The one reading of numbers given as text in a request (query parameters and form fields): blank means the
 * default, surrounding white space is ignored, anything else must be a number in range, or a
 * {@link BadParameter} names the field, the text and what was expected.
 */
public final class Numbers {
    private Numbers() {}

    /**
     * A decimal number ({@code 0.85}, {@code 1e-1}) in {@code range}.
     *
     * @param field    the parameter's name, for the error
     * @param text     the parameter as given, null when absent
     * @param fallback the value of an absent or blank parameter
     */
    public static double decimal(String field, String text, double fallback, NumberRange range) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(text.strip());
            if (range.contains(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // the problem below says what was expected
        }
        throw new BadParameter(new ParameterProblem(field, text, "a number from " + range.shown()));
    }

    /** A whole number ({@code 10}, not {@code 10.0}) in {@code range}. */
    public static int whole(String field, String text, int fallback, NumberRange range) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int i = Integer.parseInt(text.strip());
            if (range.contains(i)) {
                return i;
            }
        } catch (NumberFormatException e) {
            // the problem below says what was expected
        }
        throw new BadParameter(new ParameterProblem(field, text, "a whole number from " + range.shown()));
    }

    /**
     * A number already read by a JSON parser, checked against {@code range}.
     *
     * @param number the value, or null when the JSON value was no number
     */
    public static double checked(String field, Double number, NumberRange range) {
        if (number == null) {
            throw new BadParameter(new ParameterProblem(field, null, "a number from " + range.shown()));
        }
        if (!range.contains(number)) {
            throw new BadParameter(new ParameterProblem(field, number.toString(), "a number from " + range.shown()));
        }
        return number;
    }
}
