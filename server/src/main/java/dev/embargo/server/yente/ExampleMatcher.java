package dev.embargo.server.yente;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Source;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Screens a query by example. Embargo's screener takes one name, date of birth and country per query; an
 * example may give several of each, so every combination is screened and each listed party keeps its best
 * score: a party matches when any given name, with any given date and country, matches it.
 */
public final class ExampleMatcher {
    /** Matches kept from one screening pass, before the scope is applied. */
    static final int POOL = 500;

    /**
     * Which listed parties may be returned.
     *
     * @param sources          lists whose parties may be returned
     * @param excludedSchemata schemata never to return
     * @param excludedIds      entity ids never to return (decided false positives)
     * @param also             any further condition a party must meet (yente's filters)
     */
    public record Scope(
            Set<Source> sources, Set<FtmSchema> excludedSchemata, Set<String> excludedIds, Predicate<Entity> also) {
        public static Scope of(Set<Source> sources) {
            return new Scope(sources, Set.of(), Set.of(), e -> true);
        }

        boolean allows(Entity e, FtmSchema wanted) {
            FtmSchema schema = FtmSchema.of(e);
            // A wallet query is an identifier lookup: it finds the wallet's holder, of any schema.
            return sources.contains(e.source())
                    && !excludedIds.contains(e.id())
                    && !excludedSchemata.contains(schema)
                    && (wanted == FtmSchema.CRYPTO_WALLET || wanted.canMatch(schema))
                    && also.test(e);
        }
    }

    private ExampleMatcher() {}

    /** Every listed party in scope scoring at least {@code cutoff}, best first (ties by id). */
    public static List<Match> find(Screener screener, ExampleQuery q, Scope scope, double cutoff) {
        Map<String, Match> best = new LinkedHashMap<>();
        List<String> names = q.names().isEmpty() ? List.of("") : q.names();
        List<ListedDate> dates = q.birthDates().isEmpty() ? Arrays.asList((ListedDate) null) : q.birthDates();
        List<String> countries = q.countries().isEmpty() ? Arrays.asList((String) null) : q.countries();
        for (String name : names) {
            for (ListedDate dob : dates) {
                for (String country : countries) {
                    Query query = new Query(name, q.schema().kind(), dob, country, q.identifiers());
                    for (Match m : screener.screen(query, cutoff, POOL)) {
                        if (scope.allows(m.entity(), q.schema())) {
                            best.merge(m.entity().id(), m, (a, b) -> b.score() > a.score() ? b : a);
                        }
                    }
                }
            }
        }
        List<Match> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(Match::score)
                .reversed()
                .thenComparing(m -> m.entity().id()));
        return out;
    }
}
