package dev.embargo.lists.uk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a cell that holds several values numbered in line — "(1) A123 (2) B456" — into its items.
 * Only a cell that starts with "(1)" counts as numbered, and only the markers that continue the count
 * ("(2)", then "(3)") split it, so a "(2019)" or "(a)" inside an item stays where it is. A marker for a
 * range, "(1-3) Libya" or "(1) to (6) Algeria", stands for one item.
 */
final class NumberedItems {
    private static final Pattern MARKER =
            Pattern.compile("\\((\\d{1,2})(?:\\s*-\\s*(\\d{1,2}))?\\)(?:\\s+to\\s+\\((\\d{1,2})\\))?");

    private NumberedItems() {}

    /**
     * The items of {@code cell}, stripped, in order; a blank item or a lone "-" stays in place as an empty
     * string so that two parallel numbered cells (numbers and their details) still line up.
     */
    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        String text = cell.strip();
        Matcher m = MARKER.matcher(text);
        if (!m.lookingAt() || !m.group(1).equals("1")) {
            return List.of(text);
        }
        List<String> items = new ArrayList<>();
        int expected = next(m);
        int itemStart = m.end();
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == expected) {
                items.add(clean(text.substring(itemStart, m.start())));
                expected = next(m);
                itemStart = m.end();
            }
        }
        items.add(clean(text.substring(itemStart)));
        return items;
    }

    /** Whether the cell is written as numbered items. */
    static boolean isNumbered(String cell) {
        return cell != null && split(cell).size() > 1;
    }

    private static int next(Matcher m) {
        String last = m.group(3) != null ? m.group(3) : m.group(2) != null ? m.group(2) : m.group(1);
        return Integer.parseInt(last) + 1;
    }

    private static String clean(String item) {
        String s = item.strip();
        return s.equals("-") ? "" : s;
    }
}
