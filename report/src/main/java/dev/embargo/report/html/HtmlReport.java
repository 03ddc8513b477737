package dev.embargo.report.html;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Match;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.place.Jurisdictions;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scan report as one self-contained HTML file: the document with every mention highlighted by hit
 * strength (and jurisdictions underlined), the hits' details beside it, then jurisdictions, identifiers and
 * claims grouped by topic. Nothing is fetched from anywhere. The page is the template
 * {@code src/main/jte/scan-report.jte}, compiled with the build; every value it shows is escaped by
 * {@link EscapingOutput}.
 */
public final class HtmlReport {
    /** The templates compiled with the build, loaded as classes: no compiler at run time. */
    private static final TemplateEngine TEMPLATES =
            TemplateEngine.createPrecompiled(null, ContentType.Html, null, "dev.embargo.report.html.jte");

    private HtmlReport() {}

    /** What a highlighted span of the document is. */
    public sealed interface Highlight permits Hit, Place {}

    /**
     * The {@code number}th listed party found (from 1, the row it links to), how strong its best hit is, and
     * the text shown on hovering it.
     */
    public record Hit(int number, String strength, String title) implements Highlight {}

    /** A jurisdiction named in the text. */
    public record Place(String name) implements Highlight {}

    public static String render(Scanner.Report r, String text) {
        EscapingOutput out = new EscapingOutput(text.length() * 2 + 8192);
        TEMPLATES.render("scan-report.jte", Map.of("r", r, "document", highlighted(r, text)), out);
        return out.toString();
    }

    /** The document cut at its mentions, then at the places named in it where no mention is. */
    static List<TextMarks.Piece<Highlight>> highlighted(Scanner.Report r, String text) {
        TextMarks<Highlight> marks = new TextMarks<>();
        int n = 0;
        for (Scanner.MentionHit m : r.mentions()) {
            n++;
            Match best = m.match();
            String title = best.entity().id() + " "
                    + best.entity().primaryName().full() + String.format(Locale.ROOT, " (%.2f)", best.score());
            // The scanner reports no two overlapping mentions, so every one is taken.
            marks.addIfFree(new TextMarks.Mark<>(
                    m.mention().start(), m.mention().end(), new Hit(n, strength(best.score()), title)));
        }
        for (Scanner.JurisdictionHit j : r.jurisdictions()) {
            for (Jurisdictions.Found f : j.mentions()) {
                marks.addIfFree(new TextMarks.Mark<>(f.start(), f.end(), new Place(j.name())));
            }
        }
        return marks.pieces(text);
    }

    /** How strong a hit is, in the three bands every report and page colours by. */
    public static String strength(double score) {
        return score >= 0.97 ? "strong" : score >= 0.90 ? "medium" : "weak";
    }

    /** A score as the report shows it: two decimals, a point. */
    public static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    /** A figure of a claim as the report shows it: whole, with thousands separated by commas. */
    public static String figure(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** The programs covering a jurisdiction, as one line: "source program (entities)", comma-separated. */
    public static String programs(Scanner.JurisdictionHit j) {
        return String.join(
                ", ",
                j.programs().stream()
                        .map(p -> p.source() + " " + p.program() + " (" + p.entities() + ")")
                        .toList());
    }

    /** The listed parties carrying an identifier, by id. */
    /** The listings of a match's party, the one that matched first: one party is one row of the report. */
    public static List<Entity> listings(Match m) {
        List<Entity> out = new ArrayList<>(m.listings().size());
        out.add(m.entity());
        for (Entity e : m.listings()) {
            if (!e.id().equals(m.entity().id())) {
                out.add(e);
            }
        }
        return out;
    }

    public static String carriers(Scanner.IdentifierHit i) {
        return String.join(", ", i.matches().stream().map(m -> m.entity().id()).toList());
    }
}
