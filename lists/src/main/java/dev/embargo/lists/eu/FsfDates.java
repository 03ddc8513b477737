package dev.embargo.lists.eu;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The FSF's own date attributes: ISO days, sometimes followed by a time ("2018-12-21T14:39:54.511+01:00"). */
final class FsfDates {
    private FsfDates() {}

    /**
     * The calendar day as written (a time and its zone, when present, are dropped, not converted). Parsed by
     * hand: every entry carries a dozen such dates, and this runs for each.
     */
    static Optional<LocalDate> day(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.length() < 10
                || t.charAt(4) != '-'
                || t.charAt(7) != '-'
                || (t.length() > 10 && "T+-Z ".indexOf(t.charAt(10)) < 0)) {
            return Optional.empty();
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
