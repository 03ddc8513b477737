package dev.embargo.server.params;

/**
 * The numbers a parameter accepts, both ends included, and how its error shows the ends: the APIs have always
 * written a decimal range as {@code 0.0 to 1.0} and a whole-number range as {@code 1 to 100}, and clients
 * and tests read those words.
 *
 * @param min   the lowest number accepted
 * @param max   the highest number accepted
 * @param shown the range as an error shows it ("0.0 to 1.0")
 */
public record NumberRange(double min, double max, String shown) {
    /** A range written with decimals: {@code decimals(0, 1)} shows as "0.0 to 1.0". */
    public static NumberRange decimals(double min, double max) {
        return new NumberRange(min, max, min + " to " + max);
    }

    /** A range written as whole numbers: {@code whole(1, 100)} shows as "1 to 100". */
    public static NumberRange whole(long min, long max) {
        return new NumberRange(min, max, min + " to " + max);
    }

    /** Whether {@code d} lies in the range; NaN never does. */
    public boolean contains(double d) {
        return d >= min && d <= max;
    }
}
