package dev.embargo.lists.eu;

import dev.embargo.lists.model.ListedDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a {@code <birthdate>} element. The FSF states birth dates in attributes, not text: a full date
 * ({@code birthdate="1937-04-28"}, repeated as dayOfMonth/monthOfYear/year), a year or year and month
 * alone, or a span of years ({@code yearRangeFrom}/{@code yearRangeTo}); {@code circa} is independent of
 * all of these. The most precise form given wins; nothing is made more precise than listed.
 */
final class FsfBirthDates {
    private static final int EARLIEST_YEAR = 1800;
    private static final int LATEST_YEAR = 2100;

    private FsfBirthDates() {}

    /**
     * The date the element states, if any. {@code problem} hears about values that cannot be read
     * (they are left out, never guessed).
     */
    static Optional<ListedDate> read(FsfElement birth, Consumer<String> problem) {
        String calendar = birth.attr("calendarType");
        if (calendar != null && !calendar.equalsIgnoreCase("GREGORIAN")) {
            problem.accept("expected a GREGORIAN birth date, found calendarType=\"" + calendar + "\"; date left out");
            return Optional.empty();
        }
        Optional<ListedDate> date =
                fullDate(birth, problem).or(() -> parts(birth, problem)).or(() -> yearRange(birth, problem));
        return date.map(d -> d.withCirca(birth.flag("circa")));
    }

    private static Optional<ListedDate> fullDate(FsfElement birth, Consumer<String> problem) {
        String text = birth.attr("birthdate");
        if (text == null) {
            return Optional.empty();
        }
        Optional<LocalDate> day = FsfDates.day(text);
        if (day.isEmpty() || !plausible(day.get().getYear())) {
            problem.accept("expected birthdate=\"yyyy-mm-dd\", found \"" + text + "\"");
            return Optional.empty();
        }
        return Optional.of(ListedDate.day(text, day.get()));
    }

    private static Optional<ListedDate> parts(FsfElement birth, Consumer<String> problem) {
        Integer year = number(birth, "year", problem);
        Integer month = number(birth, "monthOfYear", problem);
        Integer day = number(birth, "dayOfMonth", problem);
        if (year == null) {
            if (month != null || day != null) {
                problem.accept("expected a year with monthOfYear/dayOfMonth; a birth date without a year is left out");
            }
            return Optional.empty();
        }
        if (!plausible(year)) {
            problem.accept(
                    "expected a birth year between " + EARLIEST_YEAR + " and " + LATEST_YEAR + ", found " + year);
            return Optional.empty();
        }
        try {
            if (month == null) {
                return Optional.of(ListedDate.year(Integer.toString(year), year));
            }
            String ym = "%04d-%02d".formatted(year, month);
            if (day == null) {
                return Optional.of(ListedDate.month(ym, year, month));
            }
            return Optional.of(ListedDate.day(ym + "-%02d".formatted(day), LocalDate.of(year, month, day)));
        } catch (DateTimeException e) {
            problem.accept("expected a real calendar date, found year=" + year + " monthOfYear=" + month
                    + " dayOfMonth=" + day);
            return Optional.empty();
        }
    }

    private static Optional<ListedDate> yearRange(FsfElement birth, Consumer<String> problem) {
        Integer from = number(birth, "yearRangeFrom", problem);
        Integer to = number(birth, "yearRangeTo", problem);
        if (from == null && to == null) {
            return Optional.empty();
        }
        if (from == null || to == null) {
            // An open span ("born by 1958") has no earliest day we could state without inventing one.
            problem.accept("expected both yearRangeFrom and yearRangeTo, found only "
                    + (from == null ? "yearRangeTo=" + to : "yearRangeFrom=" + from) + "; open range left out");
            return Optional.empty();
        }
        if (!plausible(from) || !plausible(to) || to < from) {
            problem.accept("expected a year range from <= to, found " + from + "-" + to);
            return Optional.empty();
        }
        return Optional.of(ListedDate.yearRange(from + "/" + to, from, to));
    }

    private static Integer number(FsfElement birth, String key, Consumer<String> problem) {
        String text = birth.attr(key);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problem.accept("expected a number in " + key + ", found \"" + text + "\"");
            return null;
        }
    }

    private static boolean plausible(int year) {
        return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
    }
}
