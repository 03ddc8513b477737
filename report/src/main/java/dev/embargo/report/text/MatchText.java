package dev.embargo.report.text;

import dev.embargo.matching.Match;
import java.util.List;
import java.util.Locale;

/** Screening results as a table of text: what {@code embargo screen --format table} prints. */
public final class MatchText {
    private static final int NAME_WIDTH = 40;

    private MatchText() {}

    /** One line per match under a header, each ending in a line separator; one line saying so when none. */
    public static String table(List<Match> matches) {
        if (matches.isEmpty()) {
            return "no match at or above the threshold" + System.lineSeparator();
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT, "%-6s %-24s %-13s %-40s %s%n", "SCORE", "ENTITY", "KIND", "MATCHED NAME", "WHY"));
        for (Match m : matches) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%-6.3f %-24s %-13s %-40s %s%n",
                    m.score(),
                    m.entity().id(),
                    m.entity().kind().code(),
                    truncate(m.matchedName(), NAME_WIDTH),
                    m.explanation().summary()));
        }
        return sb.toString();
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
