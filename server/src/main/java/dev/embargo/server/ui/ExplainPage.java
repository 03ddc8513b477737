package dev.embargo.server.ui;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.server.lists.ServedLists;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /explain?q=...&id=...} ({@code explain.jte}): why one listed party scores what it does for one
 * query. The query and the listed name stand side by side, their parts paired with the rule and similarity of
 * each pair; then the facts that agreed or disagreed and what each did to the score, and the cap when one held
 * the score down.
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
            return new Reply(
                    400, PageOutput.render(4096, out -> JteexplainErrorsGenerated.render(out, null, layout, errors)));
        }
        Optional<Entity> entity = served.entity(id);
        if (entity.isEmpty()) {
            return new Reply(
                    404, PageOutput.render(4096, out -> JtenotFoundGenerated.render(out, null, layout, id, false)));
        }
        Entity e = entity.get();
        Match match = explain(served.screener(), c.query(), e).orElse(null);
        String back = "/?" + Markup.queryString(form.params());
        Set<String> countries = new LinkedHashSet<>(e.nationalities());
        countries.addAll(e.citizenships());
        countries.addAll(e.countries());
        return Reply.ok(PageOutput.render(
                8192,
                out -> JteexplainGenerated.render(out, null, layout, form.q(), c.query(), e, match, back, countries)));
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
