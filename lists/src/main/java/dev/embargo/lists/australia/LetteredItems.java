package dev.embargo.lists.australia;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the enumerations DFAT writes into one cell: "a) Approximately 1955- 1958 b) Approximately
 * 1945-1950". A cell is an enumeration only when it opens with "a)"; otherwise it is one item.
 */
final class LetteredItems {
    private static final Pattern MARKER = Pattern.compile("(?:^|(?<=[\\s;,.]))\\(?([a-z])\\)\\s*");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s;,]+$");

    private LetteredItems() {}

    static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return items;
        }
        String t = text.strip();
        Matcher m = MARKER.matcher(t);
        if (!m.find() || m.start() != 0 || !"a".equals(m.group(1))) {
            items.add(t);
            return items;
        }
        int itemStart = m.end();
        while (m.find()) {
            add(items, t.substring(itemStart, m.start()));
            itemStart = m.end();
        }
        add(items, t.substring(itemStart));
        return items;
    }

    private static void add(List<String> items, String item) {
        String s = TRAILING_SEPARATORS.matcher(item).replaceAll("").strip();
        if (!s.isEmpty()) {
            items.add(s);
        }
    }
}
