package dev.embargo.report.text;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Screening results as a table of text: what {@code embargo screen --format table} prints. */
public final class MatchText {
    private static final int NAME_WIDTH = 40;

    private MatchText() {}

    /**
     * One line per match (a party) under a header, each ending in a line separator, and for a party listed more
     * than once a line with its id and its other listings; one line saying so when none.
     */
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
            if (m.listings().size() > 1) {
                sb.append(String.format(
                        Locale.ROOT,
                        "%-6s %s, also listed as %s%n",
                        "",
                        m.partyId(),
                        String.join(
                                ", ",
                                m.listings().stream()
                                        .map(Entity::id)
                                        .filter(id -> !id.equals(m.entity().id()))
                                        .toList())));
            }
        }
        return sb.toString();
    }

    /** The listings of a match's party, each as its primary name and id, the matched listing first. */
    public static String listings(Match m) {
        List<String> out = new ArrayList<>();
        out.add(m.entity().primaryName().full() + " (" + m.entity().id() + ")");
        for (Entity e : m.listings()) {
            if (!e.id().equals(m.entity().id())) {
                out.add(e.primaryName().full() + " (" + e.id() + ")");
            }
        }
        return String.join(", ", out);
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
