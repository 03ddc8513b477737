package dev.embargo.server.ui;

import static dev.embargo.server.ui.Markup.esc;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.matching.Explanation;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.matching.score.FactCheck;
import dev.embargo.server.lists.ServedLists;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /explain?q=...&id=...}: why one listed party scores what it does for one query. The query and the
 * listed name stand side by side, their parts paired with the rule and similarity of each pair; then the
 * facts that agreed or disagreed and what each did to the score, and the cap when one held the score down.
 */
final class ExplainPage {
    private final int maxNameChars;
    private final int maxLimit;

    ExplainPage(int maxNameChars, int maxLimit) {
        this.maxNameChars = maxNameChars;
        this.maxLimit = maxLimit;
    }

    Reply render(SearchForm form, String id, ServedLists served, Layout layout) {
        SearchForm.Checked c = form.check(maxNameChars);
        List<String> errors = new ArrayList<>(c.errors());
        if (form.blank()) {
            errors.add("Name: expected the query name (q), e.g. /explain?q=Kim+Jong+Un&id=us-ofac-sdn:20157");
        }
        if (id == null || id.isBlank()) {
            errors.add("Id: expected the id of a listed party (id), e.g. us-ofac-sdn:20157");
        }
        if (!errors.isEmpty()) {
            StringBuilder h = new StringBuilder("<h1>Explain a score</h1><div class=\"alert error\" role=\"alert\">")
                    .append("<p>The explanation could not be made:</p><ul>");
            for (String e : errors) {
                h.append("<li>").append(esc(e)).append("</li>");
            }
            h.append("</ul></div><p><a href=\"/\">Search the lists</a></p>");
            return new Reply(400, layout.page("Explain a score", Layout.Nav.NONE, h.toString()));
        }
        Optional<Entity> entity = served.entity(id);
        if (entity.isEmpty()) {
            return new Reply(
                    404,
                    layout.page(
                            "Not found",
                            Layout.Nav.NONE,
                            "<h1>No such listed party</h1><p>No list in " + "service has an entity with the id <code>"
                                    + esc(id) + "</code>.</p><p><a href=\"/\">Search the lists</a></p>"));
        }
        Entity e = entity.get();
        Optional<Match> match = explain(served.screener(), c.query(), e);
        StringBuilder h = new StringBuilder(8192);
        String back = "/?" + Markup.queryString(form.params());
        h.append("<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"")
                .append(esc(back))
                .append("\">Back to the search</a> <a href=\"")
                .append(esc(Markup.entityHref(e.id())))
                .append("\">All facts of this party</a></nav>");
        if (match.isEmpty()) {
            h.append("<h1>No part of the names agrees</h1><p>No name of ")
                    .append(Markup.name(e.primaryName().full()))
                    .append(" <span class=\"id\">")
                    .append(esc(e.id()))
                    .append("</span> shares a part with <q>")
                    .append(Markup.name(form.q()))
                    .append("</q>: the score is 0.00.</p>");
            return Reply.ok(layout.page("Explanation", Layout.Nav.NONE, h.toString()));
        }
        Match m = match.get();
        Explanation x = m.explanation();
        String band = Markup.strength(m.score());
        boolean hit = m.score() >= Screener.DEFAULT_THRESHOLD;
        h.append("<h1>Why ")
                .append(Markup.name(e.primaryName().full()))
                .append(" scores ")
                .append(Markup.score(m.score()))
                .append("</h1>")
                .append("<p class=\"verdict band-")
                .append(band)
                .append("\"><span class=\"score\">")
                .append(Markup.score(m.score()))
                .append(" <span class=\"band\">")
                .append(band)
                .append("</span></span> ")
                .append(hit ? "A hit: at or above" : "Not a hit: below")
                .append(" the default threshold ")
                .append(Markup.score(Screener.DEFAULT_THRESHOLD))
                .append(".</p>")
                .append("<p class=\"summary\">")
                .append(esc(x.summary()))
                .append("</p>");

        h.append("<div class=\"side-by-side\">")
                .append(
                        "<section class=\"card\" aria-labelledby=\"q-side\"><h2 id=\"q-side\">The query</h2><p class=\"big\">")
                .append(Markup.name(form.q()))
                .append("</p><dl class=\"facts\">");
        if (x.queryReading() != null && !x.queryReading().isBlank()) {
            fact(h, "Read as", esc(x.queryReading()));
        }
        Query q = c.query();
        if (q.kind() != null) {
            fact(h, "Kind", esc(q.kind().code()));
        }
        if (q.dateOfBirth() != null) {
            fact(h, "Date of birth", esc(q.dateOfBirth().iso()));
        }
        if (q.country() != null) {
            fact(h, "Country", Markup.country(q.country()));
        }
        h.append(
                        "</dl></section><section class=\"card\" aria-labelledby=\"l-side\"><h2 id=\"l-side\">The listed name</h2>")
                .append("<p class=\"big\">")
                .append(Markup.name(m.matchedName()))
                .append("</p><dl class=\"facts\">");
        fact(
                h,
                "Party",
                "<a href=\"" + esc(Markup.entityHref(e.id())) + "\">"
                        + Markup.name(e.primaryName().full()) + "</a> <span class=\"id\">" + esc(e.id()) + "</span>");
        fact(h, "Kind", esc(e.kind().code()));
        if (!e.birthDates().isEmpty()) {
            fact(
                    h,
                    "Born",
                    esc(String.join(
                            ", ", e.birthDates().stream().map(ListedDate::iso).toList())));
        }
        Set<String> countries = new LinkedHashSet<>(e.nationalities());
        countries.addAll(e.citizenships());
        countries.addAll(e.countries());
        if (!countries.isEmpty()) {
            fact(
                    h,
                    "Countries",
                    String.join(", ", countries.stream().map(Markup::country).toList()));
        }
        h.append("</dl></section></div>");

        h.append(
                        "<section aria-labelledby=\"pairs\"><h2 id=\"pairs\">Name parts, paired</h2><div class=\"table-wrap\">")
                .append(
                        "<table class=\"pairs\"><thead><tr><th scope=\"col\">Query part</th><th scope=\"col\">Rule</th>")
                .append("<th scope=\"col\">Similarity</th><th scope=\"col\">Listed part</th></tr></thead><tbody>");
        for (Explanation.Pair p : x.pairs()) {
            h.append("<tr><td>")
                    .append(Markup.name(p.query()))
                    .append("</td><td>")
                    .append(esc(p.rule()))
                    .append(
                            "</td><td class=\"num\"><meter aria-hidden=\"true\" min=\"0\" max=\"1\" low=\"0.7\" high=\"0.9\"")
                    .append(" optimum=\"1\" value=\"")
                    .append(Markup.score(p.similarity()))
                    .append("\"></meter> ")
                    .append(Markup.score(p.similarity()))
                    .append("</td><td>")
                    .append(Markup.name(p.name()))
                    .append("</td></tr>");
        }
        for (String u : x.unmatchedQuery()) {
            h.append("<tr class=\"unpaired\"><td>")
                    .append(Markup.name(u))
                    .append("</td><td colspan=\"2\">no partner in the listed name</td><td>\u2014</td></tr>");
        }
        for (String u : x.unmatchedName()) {
            h.append("<tr class=\"unpaired\"><td>\u2014</td><td colspan=\"2\">not in the query</td><td>")
                    .append(Markup.name(u))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></div><p>Score of the names alone: <strong>")
                .append(Markup.score(x.nameScore()))
                .append("</strong>.</p>");
        if (x.cap() != null) {
            h.append("<p class=\"alert warn\"><strong>Capped:</strong> ")
                    .append(esc(x.cap()))
                    .append("</p>");
        }
        h.append("</section>");

        h.append("<section aria-labelledby=\"evidence\"><h2 id=\"evidence\">Facts compared</h2>");
        if (x.identifier() != null) {
            h.append("<p class=\"alert ok\">The identifier <code>")
                    .append(esc(x.identifier()))
                    .append("</code> is listed for this party: an exact identifier match decides the hit.</p>");
        }
        if (x.facts().isEmpty()) {
            h.append("<p class=\"muted\">No fact was compared: the query gave no date of birth or country, or the list "
                    + "gives none for this party. Add them in the search filters to weigh them.</p>");
        } else {
            h.append("<div class=\"table-wrap\"><table class=\"stack\"><thead><tr><th scope=\"col\">Fact</th>")
                    .append("<th scope=\"col\">Query</th><th scope=\"col\">Listed</th><th scope=\"col\">Outcome</th>")
                    .append("<th scope=\"col\">Effect on the score</th></tr></thead><tbody>");
            for (FactCheck f : x.facts()) {
                String cls = f.effect() > 0 ? "agrees" : f.effect() < 0 ? "disagrees" : "neutral";
                h.append("<tr class=\"")
                        .append(cls)
                        .append("\"><td data-label=\"Fact\">")
                        .append(esc(f.fact()))
                        .append("</td><td data-label=\"Query\">")
                        .append(esc(f.query()))
                        .append("</td><td data-label=\"Listed\">")
                        .append(esc(f.listed()))
                        .append("</td><td data-label=\"Outcome\">")
                        .append(esc(f.outcome()))
                        .append("</td><td data-label=\"Effect\" class=\"num\">")
                        .append(Markup.effect(f.effect()))
                        .append("</td></tr>");
            }
            h.append("</tbody></table></div>");
        }
        h.append("</section>");
        return Reply.ok(layout.page(
                "Why " + e.primaryName().full() + " scores " + Markup.score(m.score()), Layout.Nav.NONE, h.toString()));
    }

    private static void fact(StringBuilder h, String label, String valueHtml) {
        h.append("<div><dt>")
                .append(esc(label))
                .append("</dt><dd>")
                .append(valueHtml)
                .append("</dd></div>");
    }

    /**
     * The match as the search found it (same candidates, same score), or when the search would not reach
     * this party at all, the query scored against its names directly.
     */
    private Optional<Match> explain(Screener screener, Query q, Entity e) {
        for (Match m : screener.screen(q, 0, maxLimit)) {
            if (m.entity().id().equals(e.id())) {
                return Optional.of(m);
            }
        }
        return screener.screenAgainst(q, e).stream().findFirst();
    }
}
