package dev.embargo.matching;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.Source;
import dev.embargo.matching.index.ScreeningIndex;
import java.util.List;

/**
 * The library API: screen names against the loaded lists, or compare two names. Immutable and safe to
 * share between threads.
 */
public final class Screener {
    /**
     * The one default threshold of every command and endpoint: a match is {@code score >= 0.85}. Chosen on
     * the labelled data in ../shared/eval (see BENCHMARKS.md): it keeps the false alert rate on people who
     * are on no list under 0.5 % while finding the listed person for 95 % of damaged names.
     */
    public static final double DEFAULT_THRESHOLD = 0.85;
    public static final int DEFAULT_LIMIT = 10;

    private final ScreeningIndex index;

    private Screener(ScreeningIndex index) {
        this.index = index;
    }

    public static Screener of(List<Entity> entities) {
        return new Screener(ScreeningIndex.build(entities));
    }

    public ScreeningIndex index() {
        return index;
    }

    public List<Match> screen(Query query) {
        return index.screen(query, DEFAULT_THRESHOLD, DEFAULT_LIMIT);
    }

    public List<Match> screen(Query query, double threshold, int limit) {
        return index.screen(query, threshold, limit);
    }

    /**
     * Compares two names as if {@code name2} were a listed name and {@code name1} the query, with word
     * weights taken from the loaded lists.
     */
    public Comparison compare(String name1, String name2, EntityKind kind, double threshold) {
        Entity listed = Entity.builder(Source.UN, "compare").kind(kind == null ? EntityKind.PERSON : kind)
                .name(Name.primary(name2)).build();
        List<Match> m = index.screenAgainst(new Query(name1, null, null, null, List.of()), listed);
        if (m.isEmpty()) {
            return new Comparison(0, false, new Explanation("0.00: no part of the names agrees", "", List.of(),
                    List.of(), List.of(), 0, null, List.of(), null));
        }
        Match best = m.getFirst();
        return new Comparison(best.score(), best.score() >= threshold, best.explanation());
    }
}
