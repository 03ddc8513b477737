package dev.embargo.server.ui;

import static dev.embargo.server.ui.Markup.esc;

import dev.embargo.matching.Match;
import dev.embargo.report.html.TextMarks;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.claim.Claim;
import dev.embargo.scanning.claim.ClaimGroup;
import dev.embargo.scanning.claim.Quantity;
import dev.embargo.scanning.place.Jurisdictions;
import dev.embargo.server.api.ScanApi;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /scan}: a form to paste a text or upload a file, and the scan of it: the document with each mention
 * of a listed party highlighted by hit strength (its details beside the text, and in a tip on focus), the
 * jurisdictions and identifiers it names, and who is said to have said what.
 */
final class ScanPage {
    private static final List<String> LANGUAGES = List.of("", "nl", "en", "de", "fr");

    private ScanPage() {}

    static Reply form(Layout layout, int status, String error) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<h1>Scan a document</h1>");
        if (error != null) {
            h.append("<div class=\"alert error\" role=\"alert\"><p>The document could not be scanned: ")
                    .append(esc(error))
                    .append("</p></div>");
        }
        forms(h);
        return new Reply(status, layout.page("Scan a document", Layout.Nav.SCAN, h.toString()));
    }

    private static void forms(StringBuilder h) {
        h.append("<p class=\"lead\">Finds listed parties, jurisdictions, identifiers and attributed figures in plain")
                .append(" text, HTML, PDF, SWIFT MT or ISO 20022 messages.</p><div class=\"scan-forms\">")
                .append("<form class=\"card\" method=\"post\" action=\"/scan\" enctype=\"multipart/form-data\">")
                .append("<h2>Paste text</h2><label for=\"scan-text\">Text</label>")
                .append("<textarea id=\"scan-text\" name=\"text\" rows=\"10\" dir=\"auto\" required></textarea>");
        language(h, "scan-text-lang");
        h.append("<button type=\"submit\">Scan the text</button></form>")
                .append("<form class=\"card\" method=\"post\" action=\"/scan\" enctype=\"multipart/form-data\">")
                .append("<h2>Upload a file</h2><label for=\"scan-file\">File</label>")
                .append("<input id=\"scan-file\" name=\"file\" type=\"file\" required>");
        language(h, "scan-file-lang");
        h.append("<button type=\"submit\">Scan the file</button></form></div>");
    }

    private static void language(StringBuilder h, String id) {
        h.append("<label for=\"")
                .append(id)
                .append("\">Language</label><select id=\"")
                .append(id)
                .append("\" name=\"lang\">");
        for (String l : LANGUAGES) {
            h.append(Markup.option(
                    l, l.isEmpty() ? "Recognise it" : Locale.forLanguageTag(l).getDisplayLanguage(Locale.ENGLISH), ""));
        }
        h.append("</select>");
    }

    static Reply report(ScanApi.Scanned s, Layout layout) {
        Scanner.Report r = s.report();
        StringBuilder h = new StringBuilder(s.text().length() * 2 + 16384);
        h.append("<h1>Scan of ")
                .append(Markup.name(r.source()))
                .append("</h1><p class=\"lead\">")
                .append(String.format(Locale.ROOT, "%,d", r.characters()))
                .append(" characters: ")
                .append(Markup.count(r.mentions().size(), "listed party", "listed parties"))
                .append(" named, ")
                .append(Markup.count(r.jurisdictions().size(), "jurisdiction", "jurisdictions"))
                .append(", ")
                .append(Markup.count(r.identifiers().size(), "identifier", "identifiers"))
                .append(", ")
                .append(Markup.count(r.claims().size(), "attributed statement", "attributed statements"))
                .append(". <a href=\"/scan\">Scan another document</a></p>");
        if (!s.warnings().isEmpty()) {
            h.append("<div class=\"alert warn\"><p>Reading the document:</p><ul>");
            for (String w : s.warnings()) {
                h.append("<li>").append(esc(w)).append("</li>");
            }
            h.append("</ul></div>");
        }
        h.append(
                        "<p class=\"legend\" aria-hidden=\"true\">Hit strength: <span class=\"mark band-strong\">strong \u2265 0.97</span> ")
                .append(
                        "<span class=\"mark band-medium\">medium \u2265 0.90</span> <span class=\"mark band-weak\">weak</span> ")
                .append("<span class=\"place\">jurisdiction</span> <span class=\"mark ident\">identifier</span></p>");
        h.append(
                        "<div class=\"scan\"><section class=\"doc-wrap\" aria-labelledby=\"doc-h\"><h2 id=\"doc-h\">Document</h2>")
                .append("<div class=\"scan-doc\" dir=\"auto\">")
                .append(highlighted(r, s.text()))
                .append("</div></section>")
                .append(
                        "<section class=\"hits-aside\" aria-labelledby=\"hits-h\"><h2 id=\"hits-h\">Listed parties named</h2>");
        if (r.mentions().isEmpty()) {
            h.append("<p class=\"muted\">No listed party is named in this document.</p>");
        } else {
            h.append("<ol class=\"hit-details\">");
            int n = 0;
            for (Scanner.MentionHit m : r.mentions()) {
                n++;
                hitDetail(h, n, m);
            }
            h.append("</ol>");
        }
        h.append("</section></div>");
        jurisdictions(h, r);
        identifiers(h, r);
        claims(h, r);
        return Reply.ok(layout.page("Scan of " + r.source(), Layout.Nav.SCAN, h.toString()));
    }

    private static void hitDetail(StringBuilder h, int n, Scanner.MentionHit m) {
        Match best = m.match();
        String band = Markup.strength(best.score());
        h.append("<li id=\"hit-")
                .append(n)
                .append("\" class=\"hit-detail band-")
                .append(band)
                .append("\" tabindex=\"-1\">")
                .append("<p class=\"hit-head\"><span class=\"score\">")
                .append(Markup.score(best.score()))
                .append(" <span class=\"band\">")
                .append(band)
                .append("</span></span> <a href=\"#m-")
                .append(n)
                .append("\" class=\"in-text\">\u201c")
                .append(Markup.name(m.mention().written()))
                .append("\u201d</a>");
        if (m.mention().exonym()) {
            h.append(" <span class=\"muted\">(an exonym of ")
                    .append(Markup.name(m.mention().query()))
                    .append(")</span>");
        }
        h.append("</p><ul class=\"listed-as\">");
        for (Match x : m.matches()) {
            h.append("<li><a href=\"")
                    .append(esc(Markup.entityHref(x.entity().id())))
                    .append("\">")
                    .append(Markup.name(x.entity().primaryName().full()))
                    .append("</a> <span class=\"score-small\">")
                    .append(Markup.score(x.score()))
                    .append("</span> <span class=\"id\">")
                    .append(esc(x.entity().id()))
                    .append("</span> <span class=\"tag\">")
                    .append(esc(x.entity().kind().code()))
                    .append("</span> ")
                    .append("<a class=\"explain\" href=\"")
                    .append(esc(
                            Markup.explainHref(m.mention().query(), x.entity().id(), Map.of())))
                    .append("\">Explain<span class=\"visually-hidden\"> the score of ")
                    .append(esc(x.entity().primaryName().full()))
                    .append("</span></a></li>");
        }
        h.append("</ul><p class=\"hit-why\">")
                .append(esc(best.explanation().summary()))
                .append("</p></li>");
    }

    private static String highlighted(Scanner.Report r, String text) {
        TextMarks<Wrap> marks = new TextMarks<>();
        int n = 0;
        for (Scanner.MentionHit m : r.mentions()) {
            n++;
            Match best = m.match();
            String tip = best.entity().primaryName().full() + " \u00b7 "
                    + best.entity().id() + " \u00b7 "
                    + Markup.score(best.score()) + " " + Markup.strength(best.score())
                    + (m.matches().size() > 1 ? " \u00b7 " + m.matches().size() + " listings" : "");
            // The scanner reports no two overlapping mentions, so every one is taken.
            marks.addIfFree(mark(
                    m.mention().start(),
                    m.mention().end(),
                    "<a id=\"m-" + n + "\" class=\"mark band-" + Markup.strength(best.score()) + "\" href=\"#hit-" + n
                            + "\" aria-describedby=\"tip-" + n + "\">",
                    "</a><span class=\"tip\" role=\"tooltip\" id=\"tip-" + n + "\">" + esc(tip) + "</span>"));
        }
        int i = 0;
        for (Scanner.IdentifierHit id : r.identifiers()) {
            i++;
            TextMarks.Mark<Wrap> ident = mark(
                    id.found().start(), id.found().end(), "<a class=\"mark ident\" href=\"#ident-" + i + "\">", "</a>");
            marks.addIfFree(ident);
        }
        for (Scanner.JurisdictionHit j : r.jurisdictions()) {
            for (Jurisdictions.Found f : j.mentions()) {
                TextMarks.Mark<Wrap> place = mark(
                        f.start(),
                        f.end(),
                        "<span class=\"place\" title=\"" + esc(j.name() + " (" + j.iso() + ")") + "\">",
                        "</span>");
                marks.addIfFree(place);
            }
        }
        StringBuilder out = new StringBuilder(text.length() + marks.list().size() * 160);
        for (TextMarks.Piece<Wrap> p : marks.pieces(text)) {
            out.append(
                    p.plain()
                            ? esc(p.text())
                            : p.tag().open() + esc(p.text()) + p.tag().close());
        }
        return out.toString();
    }

    /** The markup around a highlighted span of the document. */
    private record Wrap(String open, String close) {}

    private static TextMarks.Mark<Wrap> mark(int start, int end, String open, String close) {
        return new TextMarks.Mark<>(start, end, new Wrap(open, close));
    }

    private static void jurisdictions(StringBuilder h, Scanner.Report r) {
        h.append("<section aria-labelledby=\"jur-h\"><h2 id=\"jur-h\">Jurisdictions</h2>");
        if (r.jurisdictions().isEmpty()) {
            h.append("<p class=\"muted\">No jurisdiction is named.</p></section>");
            return;
        }
        h.append("<div class=\"table-wrap\"><table class=\"stack\"><thead><tr><th scope=\"col\">Jurisdiction</th>")
                .append(
                        "<th scope=\"col\">Named</th><th scope=\"col\">Programs of the loaded lists</th></tr></thead><tbody>");
        for (Scanner.JurisdictionHit j : r.jurisdictions()) {
            List<String> written = j.mentions().stream()
                    .map(Jurisdictions.Found::written)
                    .distinct()
                    .toList();
            h.append("<tr><td data-label=\"Jurisdiction\">")
                    .append(esc(j.name()))
                    .append(" (")
                    .append(esc(j.iso()))
                    .append(")</td><td data-label=\"Named\">")
                    .append(j.mentions().size())
                    .append("\u00d7: ")
                    .append(esc(String.join(", ", written)))
                    .append("</td><td data-label=\"Programs\">");
            if (j.programs().isEmpty()) {
                h.append("<span class=\"muted\">none</span>");
            } else {
                h.append("<ul class=\"plain\">");
                for (Scanner.ProgramCount p : j.programs()) {
                    h.append("<li><code>")
                            .append(esc(p.source()))
                            .append("</code> ")
                            .append(esc(p.program()))
                            .append(" <span class=\"muted\">(")
                            .append(p.entities())
                            .append(" parties)</span></li>");
                }
                h.append("</ul>");
            }
            h.append("</td></tr>");
        }
        h.append("</tbody></table></div></section>");
    }

    private static void identifiers(StringBuilder h, Scanner.Report r) {
        h.append("<section aria-labelledby=\"ids-h\"><h2 id=\"ids-h\">Identifiers</h2>");
        if (r.identifiers().isEmpty()) {
            h.append("<p class=\"muted\">No identifier is named.</p></section>");
            return;
        }
        h.append("<div class=\"table-wrap\"><table class=\"stack\"><thead><tr><th scope=\"col\">Kind</th>")
                .append("<th scope=\"col\">Value</th><th scope=\"col\">Listed for</th></tr></thead><tbody>");
        int i = 0;
        for (Scanner.IdentifierHit id : r.identifiers()) {
            i++;
            h.append("<tr id=\"ident-")
                    .append(i)
                    .append("\" tabindex=\"-1\"><td data-label=\"Kind\">")
                    .append(esc(id.found().kind()))
                    .append("</td><td data-label=\"Value\" class=\"id\">")
                    .append(esc(id.found().value()))
                    .append("</td><td data-label=\"Listed for\">");
            if (id.matches().isEmpty()) {
                h.append("<span class=\"muted\">not on the loaded lists</span>");
            } else {
                h.append("<ul class=\"plain\">");
                for (Match m : id.matches()) {
                    h.append("<li><a href=\"")
                            .append(esc(Markup.entityHref(m.entity().id())))
                            .append("\">")
                            .append(Markup.name(m.entity().primaryName().full()))
                            .append("</a> <span class=\"id\">")
                            .append(esc(m.entity().id()))
                            .append("</span></li>");
                }
                h.append("</ul>");
            }
            h.append("</td></tr>");
        }
        h.append("</tbody></table></div></section>");
    }

    private static void claims(StringBuilder h, Scanner.Report r) {
        h.append("<section aria-labelledby=\"claims-h\"><h2 id=\"claims-h\">Who says what</h2>");
        if (r.claims().isEmpty()) {
            h.append("<p class=\"muted\">No statement is attributed to a source.</p></section>");
            return;
        }
        Set<Claim> grouped = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ClaimGroup g : r.claimGroups()) {
            h.append("<h3>")
                    .append(esc(g.topic()))
                    .append(g.contested() ? " <span class=\"tag warn\">sources differ</span>" : "")
                    .append("</h3>");
            claimTable(h, g.claims());
            grouped.addAll(g.claims());
        }
        List<Claim> rest = r.claims().stream().filter(c -> !grouped.contains(c)).toList();
        if (!rest.isEmpty()) {
            h.append("<h3>")
                    .append(r.claimGroups().isEmpty() ? "Attributed statements" : "Other attributed statements")
                    .append("</h3>");
            claimTable(h, rest);
        }
        h.append("</section>");
    }

    private static void claimTable(StringBuilder h, List<Claim> claims) {
        h.append("<div class=\"table-wrap\"><table class=\"stack\"><thead><tr><th scope=\"col\">Source</th>")
                .append("<th scope=\"col\">Figures</th><th scope=\"col\">Statement</th></tr></thead><tbody>");
        for (Claim c : claims) {
            h.append("<tr><td data-label=\"Source\">")
                    .append(Markup.name(c.source()))
                    .append("</td><td data-label=\"Figures\">");
            for (Quantity q : c.quantities()) {
                h.append(esc(q.written()))
                        .append(" <span class=\"muted\">= ")
                        .append(esc(String.format(Locale.ROOT, "%,.0f", q.value())))
                        .append(' ')
                        .append(esc(q.unit()))
                        .append("</span><br>");
            }
            h.append("</td><td data-label=\"Statement\" dir=\"auto\">")
                    .append(esc(c.sentence()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></div>");
    }
}
