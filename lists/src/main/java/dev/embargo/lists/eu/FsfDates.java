package dev.embargo.lists.eu;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The FSF's own date attributes: ISO days, sometimes followed by a time ("2018-12-21T14:39:54.511+01:00"). */
final class FsfDates {
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T+\\-Z].*)?");

    private FsfDates() {
    }

    /** The calendar day as written (the time and its zone, when present, are dropped, not converted). */
    static Optional<LocalDate> day(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO_DAY.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
