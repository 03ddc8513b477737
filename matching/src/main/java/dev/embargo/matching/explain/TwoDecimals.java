package dev.embargo.matching.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A number with two decimals as {@code String.format(Locale.ROOT, "%.2f", x)} writes it (the shortest decimal
 * that reads back as {@code x}, rounded half up), without the formatter's parsing of its pattern, which is
 * costly next to the rest of writing an explanation: every match's summary writes a few.
 * {@code TwoDecimalsTest} checks it against the formatter.
 */
final class TwoDecimals {
    private TwoDecimals() {}

    /** {@code %.2f}. */
    static String of(double x) {
        if (!Double.isFinite(x)) {
            return String.format(java.util.Locale.ROOT, "%.2f", x);
        }
        String digits = new BigDecimal(Double.toString(Math.abs(x)))
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
        // The formatter writes the sign of negative numbers and of negative zero, even when they round to 0.00.
        return Double.compare(x, 0.0) < 0 ? "-" + digits : digits;
    }

    /** {@code %+.2f}: a plus sign before numbers that are not negative. */
    static String signed(double x) {
        String s = of(x);
        return s.startsWith("-") || Double.isNaN(x) ? s : "+" + s;
    }
}
