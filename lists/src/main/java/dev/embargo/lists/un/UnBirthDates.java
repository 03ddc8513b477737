package dev.embargo.lists.un;

import dev.embargo.lists.ListedDates;
import dev.embargo.lists.ListedDates.NumericOrder;
import dev.embargo.lists.model.DatePrecision;
import dev.embargo.lists.model.ListedDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an INDIVIDUAL_DATE_OF_BIRTH group: TYPE_OF_DATE EXACT (a DATE or a YEAR), APPROXIMATELY (circa) or
 * BETWEEN (FROM_YEAR .. TO_YEAR). The NOTE sometimes carries the date itself ("Nov. 1973"), a month for the
 * YEAR ("Sep."), "Approximately", or words that are no date at all ("30-35 years old", a Hijri date); it is
 * used only where it reads as a Gregorian date and otherwise kept as a remark.
 */
final class UnBirthDates {
    private static final Pattern APPROXIMATELY = Pattern.compile("(?i)approx(imately|\\.)?|circa|ca\\.?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private UnBirthDates() {}

    /** What one group says: a date, or nothing, and the words it could not turn into a date. */
    record Reading(ListedDate date, String remark) {}

    static Reading read(UnElement dob) {
        String type = upper(dob.text("TYPE_OF_DATE"));
        String date = dob.text("DATE");
        String year = dob.text("YEAR");
        String from = dob.text("FROM_YEAR");
        String to = dob.text("TO_YEAR");
        String note = dob.text("NOTE");
        boolean noteSaysCirca =
                note != null && APPROXIMATELY.matcher(note.strip()).matches();
        boolean circa = "APPROXIMATELY".equals(type) || noteSaysCirca;
        String prefix = circa ? "approximately " : "";

        ListedDate result = null;
        boolean noteUsed = noteSaysCirca;
        if (from != null || to != null) {
            result = range(prefix, from, to);
        } else if (date != null) {
            result = ListedDates.parse(date, NumericOrder.DAY_FIRST)
                    .map(d -> relabel(d, prefix + date, circa))
                    .orElse(null);
        } else if (year != null) {
            Optional<ListedDate> withMonth = note == null || noteUsed
                    ? Optional.empty()
                    : ListedDates.parse(note.strip() + " " + year, NumericOrder.DAY_FIRST)
                            .filter(d -> d.precision() == DatePrecision.MONTH || d.precision() == DatePrecision.DAY);
            if (withMonth.isPresent()) {
                result = relabel(withMonth.get(), prefix + note.strip() + " " + year, circa);
                noteUsed = true;
            } else {
                result = YEAR.matcher(year).matches()
                        ? ListedDates.parse(year, NumericOrder.DAY_FIRST)
                                .map(d -> relabel(d, prefix + year, circa))
                                .orElse(null)
                        : null;
            }
        } else if (note != null && !noteUsed && !note.toLowerCase(Locale.ROOT).contains("hijri")) {
            Optional<ListedDate> fromNote = ListedDates.parse(note, NumericOrder.DAY_FIRST);
            if (fromNote.isPresent()) {
                result = relabel(
                        fromNote.get(),
                        prefix + note.strip(),
                        circa || fromNote.get().circa());
                noteUsed = true;
            }
        }

        List<String> remarks = new ArrayList<>();
        String unread = firstNonNull(date, year, joinRange(from, to));
        if (result == null && unread != null) {
            remarks.add("Date of birth as listed: " + unread);
        }
        if (note != null && !noteUsed) {
            remarks.add("Date of birth" + (result != null ? " " + result.asListed() : "") + ": " + note.strip());
        }
        return new Reading(result, remarks.isEmpty() ? null : String.join("; ", remarks));
    }

    private static ListedDate range(String prefix, String from, String to) {
        if (from == null
                || to == null
                || !YEAR.matcher(from).matches()
                || !YEAR.matcher(to).matches()) {
            return null;
        }
        Optional<ListedDate> start = ListedDates.parse(from, NumericOrder.DAY_FIRST);
        Optional<ListedDate> end = ListedDates.parse(to, NumericOrder.DAY_FIRST);
        if (start.isEmpty()
                || end.isEmpty()
                || end.get().latest().isBefore(start.get().earliest())) {
            return null;
        }
        return new ListedDate(
                prefix + "between " + from + " and " + to,
                start.get().earliest(),
                end.get().latest(),
                DatePrecision.RANGE,
                !prefix.isEmpty());
    }

    private static ListedDate relabel(ListedDate d, String asListed, boolean circa) {
        return new ListedDate(asListed, d.earliest(), d.latest(), d.precision(), circa);
    }

    private static String joinRange(String from, String to) {
        return from == null && to == null ? null : (from == null ? "?" : from) + " to " + (to == null ? "?" : to);
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
