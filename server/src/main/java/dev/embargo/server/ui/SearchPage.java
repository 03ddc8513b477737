package dev.embargo.server.ui;

import static dev.embargo.server.ui.Markup.esc;

import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Source;
import dev.embargo.matching.Match;
import dev.embargo.matching.Screener;
import dev.embargo.server.lists.ServedLists;
import java.util.List;

/**
 * {@code /}: the search form with its results, and {@code /ui/results}: the results alone, which the page's
 * script fetches as the analyst types. Both are rendered here, so the page works as a plain form without
 * script and the script never builds markup from data.
 */
final class SearchPage {
    /** Hits shown for one search. */
    static final int SHOWN = 20;

    private final int maxNameChars;
    private final int maxLimit;

    SearchPage(int maxNameChars, int maxLimit) {
        this.maxNameChars = maxNameChars;
        this.maxLimit = maxLimit;
    }

    Reply page(SearchForm form, ServedLists served, Choices choices, Layout layout) {
        Reply results = results(form, served);
        StringBuilder h = new StringBuilder(8192 + results.html().length());
        h.append("<h1>Search the sanctions lists</h1>")
                .append("<form id=\"search-form\" class=\"search\" action=\"/\" method=\"get\" role=\"search\"")
                .append(" data-results=\"/ui/results\">")
                .append("<label for=\"q\">Name or identifier</label><div class=\"searchbar\">")
                .append("<input id=\"q\" name=\"q\" type=\"search\" value=\"")
                .append(esc(form.q()))
                .append("\" autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\" enterkeyhint=\"search\"")
                .append(" dir=\"auto\" maxlength=\"")
                .append(maxNameChars)
                .append("\" aria-describedby=\"q-help\" aria-controls=\"results\"")
                .append(form.blank() ? " autofocus" : "")
                .append('>')
                .append("<button type=\"submit\">Search</button></div>")
                .append(
                        "<p id=\"q-help\" class=\"help\">In any script: Kim Jong Un, \uae40\uc815\uc740, \u041a\u0438\u043c")
                .append(
                        " \u0427\u0435\u043d \u042b\u043d. Results appear as you type; the down arrow moves into them.</p>");
        filters(h, form, choices);
        h.append("</form><p id=\"results-status\" class=\"visually-hidden\" role=\"status\" aria-live=\"polite\"></p>")
                .append("<section id=\"results\" class=\"results\" aria-label=\"Results\">")
                .append(results.html())
                .append("</section>");
        String title = form.blank() ? "Search" : "Search: " + form.q();
        return new Reply(results.status(), layout.page(title, Layout.Nav.SEARCH, h.toString()));
    }

    private static void filters(StringBuilder h, SearchForm form, Choices choices) {
        boolean open = form.filtered()
                || !form.kind().isEmpty()
                || !form.dob().isEmpty()
                || !form.min().isEmpty();
        h.append("<details class=\"filters\"")
                .append(open ? " open" : "")
                .append("><summary>Filters</summary>")
                .append("<div class=\"filter-grid\">");
        h.append("<div class=\"field\"><label for=\"f-list\">List</label><select id=\"f-list\" name=\"list\">")
                .append(Markup.option("", "All lists", form.source()));
        for (Source s : choices.sources()) {
            h.append(Markup.option(s.code(), s.title(), form.source()));
        }
        h.append("</select></div>");
        h.append("<div class=\"field\"><label for=\"f-kind\">Kind</label><select id=\"f-kind\" name=\"kind\">")
                .append(Markup.option("", "Any kind", form.kind()));
        for (EntityKind k : EntityKind.values()) {
            if (k != EntityKind.OTHER) {
                h.append(Markup.option(k.code(), k.code(), form.kind()));
            }
        }
        h.append("</select></div>");
        h.append("<div class=\"field\"><label for=\"f-country\">Country</label>")
                .append("<input id=\"f-country\" name=\"country\" list=\"countries\" autocomplete=\"off\" value=\"")
                .append(esc(form.country()))
                .append("\" aria-describedby=\"f-country-help\">")
                .append(
                        "<p id=\"f-country-help\" class=\"help\">Code or name. Keeps parties tied to it; counts in the score.</p>")
                .append("<datalist id=\"countries\">");
        for (String iso : choices.countries()) {
            h.append("<option value=\"")
                    .append(esc(iso))
                    .append("\">")
                    .append(Markup.country(iso))
                    .append("</option>");
        }
        h.append("</datalist></div>");
        h.append("<div class=\"field\"><label for=\"f-program\">Program</label>")
                .append("<input id=\"f-program\" name=\"program\" list=\"programs\" autocomplete=\"off\" value=\"")
                .append(esc(form.program()))
                .append("\" aria-describedby=\"f-program-help\">")
                .append(
                        "<p id=\"f-program-help\" class=\"help\">Keeps parties under a program whose name contains it.</p>")
                .append("<datalist id=\"programs\">");
        for (String p : choices.programs()) {
            h.append("<option value=\"").append(esc(p)).append("\"></option>");
        }
        h.append("</datalist></div>");
        h.append("<div class=\"field\"><label for=\"f-dob\">Date of birth</label>")
                .append("<input id=\"f-dob\" name=\"dob\" autocomplete=\"off\" placeholder=\"1984-01-08\" value=\"")
                .append(esc(form.dob()))
                .append("\" aria-describedby=\"f-dob-help\">")
                .append(
                        "<p id=\"f-dob-help\" class=\"help\">1984-01-08, 08/01/1984 or 1984. Counts in the score.</p></div>");
        h.append("<div class=\"field\"><label for=\"f-min\">Minimum score</label><select id=\"f-min\" name=\"min\">");
        String def = Markup.score(Screener.DEFAULT_THRESHOLD);
        for (String m : SearchForm.MIN_SCORES) {
            h.append(
                    m.equals(def)
                            ? Markup.option("", m + " (default)", form.min().equals(def) ? "" : form.min())
                            : Markup.option(m, m, form.min()));
        }
        if (!form.min().isEmpty() && !SearchForm.MIN_SCORES.contains(form.min())) {
            h.append(Markup.option(form.min(), form.min(), form.min()));
        }
        h.append("</select></div></div></details>");
    }

    /** The results of one search as a fragment: a summary line and the hits, or what was wrong with the form. */
    Reply results(SearchForm form, ServedLists served) {
        SearchForm.Checked c = form.check(maxNameChars);
        StringBuilder h = new StringBuilder(4096);
        if (!c.errors().isEmpty()) {
            h.append("<div class=\"alert error\" role=\"alert\"><p data-summary>The search could not run:</p><ul>");
            for (String e : c.errors()) {
                h.append("<li>").append(esc(e)).append("</li>");
            }
            h.append("</ul></div>");
            return new Reply(400, h.toString());
        }
        if (form.blank()) {
            h.append("<p class=\"summary muted\" data-summary>Type a name to search ")
                    .append(String.format(java.util.Locale.ROOT, "%,d", served.entityCount()))
                    .append(" listed parties.</p>");
            return Reply.ok(h.toString());
        }
        List<Match> found = served.screener().screen(c.query(), c.threshold(), form.filtered() ? maxLimit : SHOWN);
        List<Match> shown =
                found.stream().filter(m -> c.accepts(m.entity())).limit(SHOWN).toList();
        h.append("<p class=\"summary\" data-summary>");
        if (shown.isEmpty()) {
            h.append("No listed party scores ")
                    .append(Markup.score(c.threshold()))
                    .append(" or more for ")
                    .append("<q>")
                    .append(Markup.name(form.q()))
                    .append("</q>")
                    .append(form.filtered() ? " with these filters." : ".");
        } else {
            h.append(Markup.count(shown.size(), "hit", "hits"))
                    .append(shown.size() == SHOWN ? " (the best)" : "")
                    .append(" for <q>")
                    .append(Markup.name(form.q()))
                    .append("</q> scoring ")
                    .append(Markup.score(c.threshold()))
                    .append(" or more")
                    .append(form.filtered() ? ", filtered." : ".");
        }
        h.append("</p>");
        if (!shown.isEmpty()) {
            h.append("<ol class=\"hits\">");
            for (Match m : shown) {
                hit(h, m, form);
            }
            h.append("</ol>");
        }
        return Reply.ok(h.toString());
    }

    private static void hit(StringBuilder h, Match m, SearchForm form) {
        String band = Markup.strength(m.score());
        String primary = m.entity().primaryName().full();
        h.append("<li class=\"hit band-")
                .append(band)
                .append("\"><div class=\"hit-head\">")
                .append("<span class=\"score\"><span class=\"visually-hidden\">score </span>")
                .append(Markup.score(m.score()))
                .append(" <span class=\"band\">")
                .append(band)
                .append("</span></span>")
                .append("<a class=\"hit-name\" href=\"")
                .append(esc(Markup.entityHref(m.entity().id())))
                .append("\">")
                .append(Markup.name(primary))
                .append("</a></div>")
                .append("<dl class=\"hit-facts\">")
                .append("<div><dt>Matched name</dt><dd>")
                .append(Markup.name(m.matchedName()))
                .append("</dd></div>")
                .append("<div><dt>Kind</dt><dd>")
                .append(esc(m.entity().kind().code()))
                .append("</dd></div>")
                .append("<div><dt>List</dt><dd><abbr title=\"")
                .append(esc(m.entity().source().title()))
                .append("\">")
                .append(esc(m.entity().source().code()))
                .append("</abbr></dd></div>")
                .append("<div><dt>Id</dt><dd class=\"id\">")
                .append(esc(m.entity().id()))
                .append("</dd></div>");
        if (!m.entity().programs().isEmpty()) {
            h.append("<div><dt>Programs</dt><dd>")
                    .append(esc(String.join(", ", m.entity().programs())))
                    .append("</dd></div>");
        }
        h.append("</dl><p class=\"hit-why\">")
                .append(esc(m.explanation().summary()))
                .append(" <a class=\"explain\" href=\"")
                .append(esc(Markup.explainHref(form.q(), m.entity().id(), form.withoutName())))
                .append("\">Explain the score<span class=\"visually-hidden\"> of ")
                .append(esc(primary))
                .append("</span></a></p></li>");
    }
}
