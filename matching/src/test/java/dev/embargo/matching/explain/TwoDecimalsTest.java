package dev.embargo.matching.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class TwoDecimalsTest {
    @Property(tries = 20_000)
    void anyNumberIsWrittenAsTheFormatterWritesIt(@ForAll @DoubleRange(min = -3, max = 3) double x) {
        assertThat(TwoDecimals.of(x)).isEqualTo(String.format(Locale.ROOT, "%.2f", x));
        assertThat(TwoDecimals.signed(x)).isEqualTo(String.format(Locale.ROOT, "%+.2f", x));
    }

    @Property(tries = 20_000)
    void scoresInThousandthsAreWrittenAsTheFormatterWritesThem(
            @ForAll @IntRange(min = -3000, max = 3000) int thousandths) {
        // Scores are rounded to thousandths, so half-way cases (0.125, 0.865) are common.
        double x = Math.round(thousandths / 1000.0 * 1000) / 1000.0;
        assertThat(TwoDecimals.of(x)).isEqualTo(String.format(Locale.ROOT, "%.2f", x));
        assertThat(TwoDecimals.signed(x)).isEqualTo(String.format(Locale.ROOT, "%+.2f", x));
        double y = thousandths / 1000.0 * 0.95;
        assertThat(TwoDecimals.of(y)).isEqualTo(String.format(Locale.ROOT, "%.2f", y));
    }

    @Example
    void edges() {
        for (double x : new double[] {
            0.0,
            -0.0,
            -0.001,
            0.005,
            0.015,
            1.005,
            0.125,
            0.865,
            12345.675,
            1e-9,
            -1e-9,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE,
            0.995,
            9.995
        }) {
            assertThat(TwoDecimals.of(x)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%.2f", x));
            assertThat(TwoDecimals.signed(x)).as("%s", x).isEqualTo(String.format(Locale.ROOT, "%+.2f", x));
        }
    }
}
