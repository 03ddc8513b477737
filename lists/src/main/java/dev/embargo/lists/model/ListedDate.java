package dev.embargo.lists.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date as a list gives it — a full date, a month, a year, or a range — never made more precise
 * than the list made it. {@code earliest}..{@code latest} is the span of days it may mean.
 *
 * @param asListed  the list's own text
 * @param earliest  first day the date may be
 * @param latest    last day the date may be
 * @param precision how precise the list was
 * @param circa     the list says "circa" / "approximately"
 */
public record ListedDate(
        String asListed, LocalDate earliest, LocalDate latest, DatePrecision precision, boolean circa) {
    public ListedDate {
        Objects.requireNonNull(asListed, "asListed");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(precision, "precision");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("date range ends before it starts: " + asListed);
        }
    }

    public static ListedDate day(String asListed, LocalDate date) {
        return new ListedDate(asListed, date, date, DatePrecision.DAY, false);
    }

    public static ListedDate month(String asListed, int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new ListedDate(asListed, ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, false);
    }

    public static ListedDate year(String asListed, int year) {
        return new ListedDate(
                asListed, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, false);
    }

    public static ListedDate yearRange(String asListed, int fromYear, int toYear) {
        return new ListedDate(
                asListed, LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31), DatePrecision.RANGE, false);
    }

    public ListedDate withCirca(boolean circa) {
        return new ListedDate(asListed, earliest, latest, precision, circa);
    }

    /** ISO form of what the list said: "1984-01-08", "1984-01", "1984" or "1960/1962". */
    public String iso() {
        return switch (precision) {
            case DAY -> earliest.toString();
            case MONTH -> YearMonth.from(earliest).toString();
            case YEAR -> Integer.toString(earliest.getYear());
            case RANGE ->
                earliest.getYear() == latest.getYear()
                                && earliest.getMonthValue() == 1
                                && latest.getMonthValue() == 12
                                && earliest.getDayOfMonth() == 1
                                && latest.getDayOfMonth() == 31
                        ? Integer.toString(earliest.getYear())
                        : earliest + "/" + latest;
        };
    }
}
