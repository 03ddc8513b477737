package dev.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListedDates.NumericOrder;
import dev.embargo.lists.model.DatePrecision;
import dev.embargo.lists.model.ListedDate;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ListedDatesTest {
    private static ListedDate parse(String s) {
        return ListedDates.parse(s, NumericOrder.DAY_FIRST).orElseThrow();
    }

    @Test
    void fullDatesInTheWordingsListsUse() {
        assertThat(parse("1984-01-08").earliest()).isEqualTo(LocalDate.of(1984, 1, 8));
        assertThat(parse("08 Jan 1984").earliest()).isEqualTo(LocalDate.of(1984, 1, 8));
        assertThat(parse("8 January 1984").earliest()).isEqualTo(LocalDate.of(1984, 1, 8));
        assertThat(parse("08/01/1984").earliest()).isEqualTo(LocalDate.of(1984, 1, 8));
        assertThat(ListedDates.parse("01/08/1984", NumericOrder.MONTH_FIRST)
                        .orElseThrow()
                        .earliest())
                .isEqualTo(LocalDate.of(1984, 1, 8));
        assertThat(parse("June 15, 1966").earliest()).isEqualTo(LocalDate.of(1966, 6, 15));
    }

    @Test
    void yearOnlyIsNeverMadeMorePrecise() {
        ListedDate d = parse("1971");
        assertThat(d.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(d.earliest()).isEqualTo(LocalDate.of(1971, 1, 1));
        assertThat(d.latest()).isEqualTo(LocalDate.of(1971, 12, 31));
        assertThat(d.iso()).isEqualTo("1971");
    }

    @Test
    void circaAndRanges() {
        ListedDate circa = parse("circa 1960");
        assertThat(circa.circa()).isTrue();
        assertThat(circa.precision()).isEqualTo(DatePrecision.YEAR);
        ListedDate range = parse("1960 to 1962");
        assertThat(range.precision()).isEqualTo(DatePrecision.RANGE);
        assertThat(range.earliest()).isEqualTo(LocalDate.of(1960, 1, 1));
        assertThat(range.latest()).isEqualTo(LocalDate.of(1962, 12, 31));
        assertThat(parse("Jan 1984").precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void nonsenseIsNotADate() {
        assertThat(ListedDates.parse("unknown", NumericOrder.DAY_FIRST)).isEmpty();
        assertThat(ListedDates.parse("31/02/1980", NumericOrder.DAY_FIRST)).isEmpty();
        assertThat(ListedDates.parse("", NumericOrder.DAY_FIRST)).isEmpty();
    }

    /** Plain yyyy-mm-dd dates are read without the patterns; the same text with a space before takes them. */
    @Property(tries = 500)
    void plainIsoDaysReadAsThePatternsReadThem(
            @ForAll @IntRange(min = 0, max = 9999) int year,
            @ForAll @IntRange(min = 0, max = 99) int month,
            @ForAll @IntRange(min = 0, max = 99) int day) {
        String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        for (NumericOrder order : NumericOrder.values()) {
            assertThat(ListedDates.parse(text, order)).as(text).isEqualTo(ListedDates.parse(" " + text, order));
        }
    }

    @Test
    void aPlainIsoDay() {
        assertThat(ListedDates.parse("1965-03-02", NumericOrder.DAY_FIRST))
                .get()
                .satisfies(d -> assertThat(d.earliest()).isEqualTo(LocalDate.of(1965, 3, 2)));
        assertThat(ListedDates.parse("1965-13-02", NumericOrder.DAY_FIRST)).isEmpty();
        assertThat(ListedDates.parse("1965-00-00", NumericOrder.DAY_FIRST))
                .get()
                .satisfies(d -> assertThat(d.precision()).isEqualTo(DatePrecision.YEAR));
    }
}
