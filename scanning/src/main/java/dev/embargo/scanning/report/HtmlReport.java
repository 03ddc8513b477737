package dev.embargo.scanning.report;

import dev.embargo.matching.Match;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.claim.Claim;
import dev.embargo.scanning.claim.ClaimGroup;
import dev.embargo.scanning.claim.Quantity;
import dev.embargo.scanning.place.Jurisdictions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The scan report as one self-contained HTML file: the document with every mention highlighted by hit
 * strength (and jurisdictions underlined), the hits' details beside it, then jurisdictions, identifiers and
 * claims grouped by topic. Nothing is fetched from anywhere; every piece of the document is escaped.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /** A highlight to put around {@code [start, end)} of a document: the HTML before and after it. */
    public record Mark(int start, int end, String open, String close) {}

    /**
     * Marks that do not overlap one another, gathered one layer after another (mentions, then identifiers,
     * then places): a mark is taken only where it overlaps none already taken. Taken marks never overlap, so
     * ordered by start they are ordered by end too, and one look at the last one starting before a new mark's
     * end tells; comparing each new mark with every taken one was quadratic in the number of mentions.
     */
    public static final class Marks {
        private final List<Mark> taken = new ArrayList<>();
        private final TreeMap<Integer, Integer> endByStart = new TreeMap<>();

        /** Takes {@code mark} unless it overlaps one already taken; says whether it was taken. */
        public boolean addIfFree(Mark mark) {
            Map.Entry<Integer, Integer> before = endByStart.lowerEntry(mark.end());
            if (before != null && mark.start() < before.getValue()) {
                return false;
            }
            taken.add(mark);
            endByStart.merge(mark.start(), mark.end(), Math::max);
            return true;
        }

        /** The marks taken, in the order they were. */
        public List<Mark> list() {
            return List.copyOf(taken);
        }
    }

    /**
     * {@code text}, escaped, with {@code marks} put around their spans in text order; a mark that starts inside
     * an earlier one or runs past the text is left out.
     */
    public static String marked(String text, List<Mark> marks) {
        List<Mark> inOrder = new ArrayList<>(marks);
        inOrder.sort(Comparator.comparingInt(Mark::start));
        StringBuilder out = new StringBuilder(text.length() + marks.size() * 160);
        int at = 0;
        for (Mark m : inOrder) {
            if (m.start() < at || m.end() > text.length()) {
                continue;
            }
            out.append(esc(text.substring(at, m.start())))
                    .append(m.open())
                    .append(esc(text.substring(m.start(), m.end())))
                    .append(m.close());
            at = m.end();
        }
        out.append(esc(text.substring(at)));
        return out.toString();
    }

    public static String render(Scanner.Report r, String text) {
        StringBuilder h = new StringBuilder(text.length() * 2 + 8192);
        h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Embargo scan: ")
                .append(esc(r.source()))
                .append("</title><style>")
                .append("body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1b}")
                .append("header{padding:12px 20px;background:#16324f;color:#fff}")
                .append("main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px;padding:20px}")
                .append("@media(max-width:800px){main{grid-template-columns:1fr}}")
                .append(".doc{white-space:pre-wrap;border:1px solid #ddd;padding:16px;border-radius:6px}")
                .append("mark{border-radius:3px;padding:0 2px}mark.strong{background:#ff8a80}")
                .append("mark.medium{background:#ffd180}mark.weak{background:#fff59d}")
                .append("span.place{text-decoration:underline dotted #16324f}")
                .append("section{margin-bottom:18px}table{border-collapse:collapse;width:100%}")
                .append("td,th{border-bottom:1px solid #eee;text-align:left;padding:4px;vertical-align:top}")
                .append(".why{color:#555;font-size:13px}a{color:#0b5cad}</style></head><body>");
        h.append("<header><strong>Embargo scan</strong> · ")
                .append(esc(r.source()))
                .append(" · ")
                .append(r.mentions().size())
                .append(" listed parties named, ")
                .append(r.jurisdictions().size())
                .append(" jurisdictions, ")
                .append(r.identifiers().size())
                .append(" identifiers, ")
                .append(r.claims().size())
                .append(" attributed statements · read as ")
                .append(r.language().language().code())
                .append(r.language().clear() ? "" : " (language unclear)")
                .append("</header><main>");
        h.append("<div class=\"doc\" aria-label=\"document\">")
                .append(highlighted(r, text))
                .append("</div><div>");
        h.append("<section><h2>Listed parties</h2><table><tr><th>Text</th><th>Listed as</th><th>Score</th></tr>");
        int n = 0;
        for (Scanner.MentionHit m : r.mentions()) {
            n++;
            h.append("<tr id=\"hit-")
                    .append(n)
                    .append("\"><td>")
                    .append(esc(m.mention().written()))
                    .append(
                            m.mention().exonym()
                                    ? " <span class=\"why\">(exonym of "
                                            + esc(m.mention().query()) + ")</span>"
                                    : "")
                    .append("</td><td>");
            for (Match x : m.matches()) {
                h.append(esc(x.entity().primaryName().full()))
                        .append(" <span class=\"why\">")
                        .append(esc(x.entity().id()))
                        .append("</span><br>");
            }
            h.append("<span class=\"why\">")
                    .append(esc(m.match().explanation().summary()))
                    .append("</span></td><td>")
                    .append(String.format(Locale.ROOT, "%.2f", m.match().score()))
                    .append("</td></tr>");
        }
        h.append("</table></section><section><h2>Jurisdictions</h2><table>");
        for (Scanner.JurisdictionHit j : r.jurisdictions()) {
            h.append("<tr><td>")
                    .append(esc(j.name()))
                    .append(" (")
                    .append(esc(j.iso()))
                    .append(")</td><td>named ")
                    .append(j.mentions().size())
                    .append("×</td><td class=\"why\">");
            List<String> programs = new ArrayList<>();
            for (Scanner.ProgramCount p : j.programs()) {
                programs.add(p.source() + " " + p.program() + " (" + p.entities() + ")");
            }
            h.append(esc(String.join(", ", programs))).append("</td></tr>");
        }
        h.append("</table></section><section><h2>Identifiers</h2><table>");
        for (Scanner.IdentifierHit i : r.identifiers()) {
            h.append("<tr><td>")
                    .append(esc(i.found().kind()))
                    .append("</td><td>")
                    .append(esc(i.found().value()))
                    .append("</td><td>");
            h.append(
                    i.matches().isEmpty()
                            ? "not on the loaded lists"
                            : esc(String.join(
                                    ", ",
                                    i.matches().stream()
                                            .map(m -> m.entity().id())
                                            .toList())));
            h.append("</td></tr>");
        }
        h.append("</table></section><section><h2>Who says what</h2>");
        for (ClaimGroup g : r.claimGroups()) {
            h.append("<h3>")
                    .append(esc(g.topic()))
                    .append(g.contested() ? " — sources differ" : "")
                    .append("</h3><table>");
            for (Claim c : g.claims()) {
                h.append("<tr><td>").append(esc(c.source())).append("</td><td>");
                for (Quantity q : c.quantities()) {
                    h.append(esc(q.written()))
                            .append(" <span class=\"why\">= ")
                            .append(String.format(Locale.ROOT, "%,.0f", q.value()))
                            .append(' ')
                            .append(esc(q.unit()))
                            .append("</span><br>");
                }
                h.append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("</section></div></main></body></html>\n");
        return h.toString();
    }

    private static String highlighted(Scanner.Report r, String text) {
        Marks marks = new Marks();
        int n = 0;
        for (Scanner.MentionHit m : r.mentions()) {
            n++;
            double score = m.match().score();
            String cls = strength(score);
            // The scanner reports no two overlapping mentions, so every one is taken.
            marks.addIfFree(new Mark(
                    m.mention().start(),
                    m.mention().end(),
                    "<a href=\"#hit-" + n + "\"><mark class=\"" + cls
                            + "\" title=\""
                            + esc(m.match().entity().id() + " "
                                    + m.match().entity().primaryName().full()
                                    + String.format(Locale.ROOT, " (%.2f)", score))
                            + "\">",
                    "</mark></a>"));
        }
        for (Scanner.JurisdictionHit j : r.jurisdictions()) {
            for (Jurisdictions.Found f : j.mentions()) {
                Mark place = new Mark(
                        f.start(), f.end(), "<span class=\"place\" title=\"" + esc(j.name()) + "\">", "</span>");
                marks.addIfFree(place);
            }
        }
        return marked(text, marks.list());
    }

    /** How strong a hit is, in the three bands every report and page colours by. */
    public static String strength(double score) {
        return score >= 0.97 ? "strong" : score >= 0.90 ? "medium" : "weak";
    }

    /** Text made safe to put in HTML, attributes included. */
    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
