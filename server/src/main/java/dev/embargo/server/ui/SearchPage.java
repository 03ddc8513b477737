package dev.embargo.server.ui;

import dev.embargo.matching.Match;
import dev.embargo.matching.Screener;
import dev.embargo.server.lists.ServedLists;
import java.util.List;

/**
 * {@code /}: the search form with its results ({@code search.jte}), and {@code /ui/results}: the results alone
 * ({@code results.jte}), which the page's script fetches as the analyst types. Both are rendered here, so the
 * page works as a plain form without script and the script never builds markup from data.
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
        String defaultMin = Markup.score(Screener.DEFAULT_THRESHOLD);
        String page = PageOutput.render(
                8192 + results.html().length(),
                out -> JtesearchGenerated.render(
                        out, null, layout, form, choices, maxNameChars, defaultMin, PageOutput.markup(results.html())));
        return new Reply(results.status(), page);
    }

    /** The results of one search as a fragment: a summary line and the hits, or what was wrong with the form. */
    Reply results(SearchForm form, ServedLists served) {
        SearchForm.Checked c = form.check(maxNameChars);
        List<Match> shown = List.of();
        if (c.errors().isEmpty() && !form.blank()) {
            List<Match> found =
                    served.parties().screener().screen(c.query(), c.threshold(), form.filtered() ? maxLimit : SHOWN);
            shown = found.stream()
                    // A party passes the filters when one of its listings does (the list filter: listed by it).
                    .filter(m -> m.listings().stream().anyMatch(c::accepts))
                    .limit(SHOWN)
                    .toList();
        }
        List<Match> hits = shown;
        String html = PageOutput.render(
                4096, out -> JteresultsGenerated.render(out, null, form, c, served.entityCount(), hits, SHOWN));
        return new Reply(c.errors().isEmpty() ? 200 : 400, html);
    }
}
