package dev.embargo.lists.australia;

import dev.embargo.lists.ListedDates;
import dev.embargo.lists.ListedDates.NumericOrder;
import dev.embargo.lists.model.ListedDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a DFAT "Date of Birth" cell, which may hold several dates in many wordings: "a) 12/05/1961;
 * b) 1962", "Approximately 1955- 1958", "Between 1960 and 1962", "1963 or 1964", "12 Jul. 1965",
 * "12 May 1961 (as Yasir ...) 1962 (as Ali ...)". Numbers are day first.
 */
final class DfatBirthDates {
    /** What a cell gave: its dates, and whether they say all the cell says (else keep the text as a remark). */
    record Result(List<ListedDate> dates, boolean complete) {}

    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");
    private static final Pattern ALTERNATIVES =
            Pattern.compile(";|\\n|>>|\\balt\\.?\\s*DOB\\s*:?|,?\\s+or\\s+|\\s{2,}|,", Pattern.CASE_INSENSITIVE);
    private static final Pattern CIRCA =
            Pattern.compile("^(?:circa|approximately|approx\\.?|about|ca\\.|c\\.)\\s*", Pattern.CASE_INSENSITIVE);
    /** "1955- 1958", "1962/1963": a span of years, which ListedDates reads only with spaces around the dash. */
    private static final Pattern YEAR_SPAN = Pattern.compile("(\\d{4})\\s*[-–/]\\s*(\\d{4})");

    private static final Pattern DAY_WITH_DOT = Pattern.compile("\\b(\\d{1,2})\\.\\s*(?=[A-Za-z])");
    private static final Pattern MONTH_COMMA_YEAR = Pattern.compile("^([A-Za-z]+),\\s*(\\d{4})$");
    /** "11-Sep-2000", as Excel writes dates: ListedDates expects a space before the year. */
    private static final Pattern DASHED_DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2})-([A-Za-z]{3,9})\\.?-(\\d{4})$");

    private static final Pattern SLASH_SPACE = Pattern.compile("/\\s+(?=\\d)");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[\\s,.;:]+$");

    private DfatBirthDates() {}

    static Result parse(String cell) {
        List<ListedDate> dates = new ArrayList<>();
        boolean complete = true;
        for (String item : LetteredItems.split(cell)) {
            if (isNotApplicable(item)) {
                continue;
            }
            if (item.toLowerCase(Locale.ROOT).contains("hijri")) {
                // A date of another calendar must not be read as a Gregorian one.
                complete = false;
                continue;
            }
            String t = item;
            if (t.startsWith("(") && t.endsWith(")") && t.indexOf(')') == t.length() - 1) {
                t = t.substring(1, t.length() - 1);
            }
            String bare = ASIDE.matcher(t).replaceAll("  ").strip();
            if (!bare.equals(t)) {
                complete = false; // "(as <other name>)" and the like only the remark keeps
            }
            Optional<ListedDate> whole = parseOne(bare);
            if (whole.isPresent()) {
                dates.add(whole.get());
                continue;
            }
            for (String piece : ALTERNATIVES.split(bare)) {
                if (piece.isBlank()) {
                    continue;
                }
                Optional<ListedDate> d = parseOne(piece);
                if (d.isPresent()) {
                    dates.add(d.get());
                } else {
                    complete = false;
                }
            }
        }
        return new Result(dates, complete);
    }

    static boolean isNotApplicable(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || t.equals("na") || t.equals("n/a") || t.equals("-") || t.equals("nil");
    }

    private static Optional<ListedDate> parseOne(String text) {
        String asListed = END_PUNCTUATION.matcher(text.strip()).replaceAll("");
        if (asListed.isEmpty()) {
            return Optional.empty();
        }
        String t = DAY_WITH_DOT.matcher(asListed).replaceAll("$1 ");
        t = MONTH_COMMA_YEAR.matcher(t).replaceAll("$1 $2");
        t = DASHED_DAY_MONTH_YEAR.matcher(t).replaceAll("$1 $2 $3");
        t = SLASH_SPACE.matcher(t).replaceAll("/");
        Matcher circa = CIRCA.matcher(t);
        boolean isCirca = circa.find();
        Matcher span = YEAR_SPAN.matcher(isCirca ? t.substring(circa.end()) : t);
        if (span.matches()) {
            int from = Integer.parseInt(span.group(1));
            int to = Integer.parseInt(span.group(2));
            if (from <= to && from >= 1800 && to <= 2100) {
                return Optional.of(ListedDate.yearRange(asListed, from, to).withCirca(isCirca));
            }
            return Optional.empty();
        }
        return ListedDates.parse(t, NumericOrder.DAY_FIRST)
                .map(d -> new ListedDate(asListed, d.earliest(), d.latest(), d.precision(), d.circa()));
    }
}
