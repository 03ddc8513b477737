package dev.embargo.lists;

import dev.embargo.lists.model.ListedDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date wordings lists use — "1984-01-08", "08 Jan 1984", "Jan 1984", "1984", "circa 1984",
 * "1960 to 1962", "between 1960 and 1962", "08/01/1984" — into {@link ListedDate}s, never more precise
 * than written. Numeric day/month order differs between lists, so the caller says which it is.
 */
public final class ListedDates {
    public enum NumericOrder {
        DAY_FIRST,
        MONTH_FIRST
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("sep", 9),
            Map.entry("sept", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:T.*)?");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DAY_MON_YEAR = Pattern.compile("(\\d{1,2})[ -]([A-Za-z]{3,9})\\.?[ ,-]*(\\d{4})");
    private static final Pattern MON_DAY_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})");
    private static final Pattern MON_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.?[ -](\\d{4})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(\\d{1,2})[./](\\d{4})");
    private static final Pattern RANGE = Pattern.compile(
            "(?:between\\s+)?(.+?)\\s*(?:\\bto\\b|\\band\\b|\\s-\\s|–)\\s*(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CIRCA =
            Pattern.compile("^(?:circa|ca\\.?|c\\.|approximately|approx\\.?|about)\\s*", Pattern.CASE_INSENSITIVE);

    private ListedDates() {}

    public static Optional<ListedDate> parse(String text, NumericOrder order) {
        if (text == null) {
            return Optional.empty();
        }
        if (isPlainIsoDay(text)) {
            // The commonest form (2,000 per second in a batch file), read without the patterns: what the ISO
            // pattern below gives for it.
            try {
                return day(text, digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10))
                        .map(d -> d.withCirca(false));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        String t = SPACES.matcher(text.strip()).replaceAll(" ");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        boolean circa = false;
        Matcher c = CIRCA.matcher(t);
        if (c.find()) {
            circa = true;
            t = t.substring(c.end()).strip();
        }
        final boolean isCirca = circa;
        Optional<ListedDate> single = parseSingle(text.strip(), t, order);
        if (single.isPresent()) {
            return single.map(d -> d.withCirca(isCirca));
        }
        Matcher r = RANGE.matcher(t);
        if (r.matches()) {
            Optional<ListedDate> from = parseSingle(text, r.group(1).strip(), order);
            Optional<ListedDate> to = parseSingle(text, r.group(2).strip(), order);
            if (from.isPresent()
                    && to.isPresent()
                    && !to.get().latest().isBefore(from.get().earliest())) {
                return Optional.of(new ListedDate(
                        text.strip(),
                        from.get().earliest(),
                        to.get().latest(),
                        dev.embargo.lists.model.DatePrecision.RANGE,
                        circa));
            }
        }
        return Optional.empty();
    }

    /** Exactly {@code yyyy-mm-dd} in ASCII digits, nothing around it. */
    private static boolean isPlainIsoDay(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static Optional<ListedDate> parseSingle(String asListed, String t, NumericOrder order) {
        try {
            Matcher m;
            if ((m = ISO.matcher(t)).matches()) {
                return day(asListed, int1(m, 1), int1(m, 2), int1(m, 3));
            }
            if ((m = YEAR.matcher(t)).matches()) {
                return year(asListed, int1(m, 1));
            }
            if ((m = ISO_MONTH.matcher(t)).matches()) {
                return month(asListed, int1(m, 1), int1(m, 2));
            }
            if ((m = DAY_MON_YEAR.matcher(t)).matches()) {
                Integer mon = month(m.group(2));
                return mon == null ? Optional.empty() : day(asListed, int1(m, 3), mon, int1(m, 1));
            }
            if ((m = MON_DAY_YEAR.matcher(t)).matches()) {
                Integer mon = month(m.group(1));
                return mon == null ? Optional.empty() : day(asListed, int1(m, 3), mon, int1(m, 2));
            }
            if ((m = MON_YEAR.matcher(t)).matches()) {
                Integer mon = month(m.group(1));
                return mon == null ? Optional.empty() : month(asListed, int1(m, 2), mon);
            }
            if ((m = NUMERIC.matcher(t)).matches()) {
                int a = int1(m, 1);
                int b = int1(m, 2);
                int y = int1(m, 3);
                return order == NumericOrder.DAY_FIRST ? day(asListed, y, b, a) : day(asListed, y, a, b);
            }
            if ((m = NUMERIC_MONTH.matcher(t)).matches()) {
                return month(asListed, int1(m, 2), int1(m, 1));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<ListedDate> day(String asListed, int y, int m, int d) {
        if (m == 0 && d == 0) {
            return year(asListed, y);
        }
        if (d == 0) {
            return month(asListed, y, m);
        }
        return plausible(y) ? Optional.of(ListedDate.day(asListed, LocalDate.of(y, m, d))) : Optional.empty();
    }

    private static Optional<ListedDate> month(String asListed, int y, int m) {
        return plausible(y) && m >= 1 && m <= 12 ? Optional.of(ListedDate.month(asListed, y, m)) : Optional.empty();
    }

    private static Optional<ListedDate> year(String asListed, int y) {
        return plausible(y) ? Optional.of(ListedDate.year(asListed, y)) : Optional.empty();
    }

    private static boolean plausible(int year) {
        return year >= 1800 && year <= 2100;
    }

    private static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() < 3 ? null : MONTHS.get(w.substring(0, 3));
    }

    private static int int1(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Parses a plain date ("2012-12-31", "31/12/2012") for listing and publication dates. */
    public static Optional<LocalDate> parseDay(String text, NumericOrder order) {
        return parse(text, order).filter(d -> d.earliest().equals(d.latest())).map(ListedDate::earliest);
    }
}
