package dev.embargo.matching.score;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.Query;
import dev.embargo.matching.ScoringPolicy;
import dev.embargo.matching.name.AnalyzedName;
import java.util.List;

/**
 * The whole score of a listed name for a query: the name score ({@link NameScorer}), times the weak-alias
 * factor, plus the effects of the supporting facts ({@link EvidenceScorer}), held to 0..1 and rounded. The
 * values come from {@link ScoringPolicy}.
 */
public final class MatchScorer {
    private static final float WEAK_ALIAS_FACTOR = ScoringPolicy.DEFAULT.weakAliasFactor();
    private static final double SCALE = ScoringPolicy.DEFAULT.scoreScale();

    private MatchScorer() {}

    /**
     * Scores one listed name; returns null when it does not beat {@code current}, the party's best so far, or
     * cannot reach {@code threshold} even with the best evidence (a party's best below the threshold is never
     * reported, and a later name of the party that does reach it replaces it either way; so the facts are
     * checked only for names that may be reported, and once per party).
     *
     * @param q              the query reading's words with their weights
     * @param transliterated the reading was read from another script
     * @param person         the listed party is a person
     * @param weakAlias      the listed name is a weak alias
     * @param entity         the listed party (its facts are read when the query gives a date or country)
     * @param initialsHolders how many listed people hold the query's initials and family name
     *                        ({@link InitialsAndFamily}; 0 or less where not known)
     */
    public static ScoredName score(
            WeightedName q,
            AnalyzedName reading,
            boolean transliterated,
            boolean person,
            boolean weakAlias,
            Entity entity,
            Name listed,
            WeightedName name,
            Query query,
            ScoredName current,
            double threshold,
            int initialsHolders) {
        NameScore ns = NameScorer.score(q, name, person, transliterated);
        if (!person && AcronymScorer.isAcronym(name)) {
            ns = AcronymScorer.hold(ns, q, reading, name);
        }
        if (person && !transliterated) {
            ns = InitialsAndFamily.hold(ns, q, name, initialsHolders);
        }
        if (transliterated || !listed.script().equals("Latn")) {
            ns = ScriptAgreement.hold(ns, reading.original(), listed.full(), person);
        }
        if (ns.score() <= 0) {
            return null;
        }
        double nameScore = weighAlias(ns.score(), weakAlias);
        if (current != null
                && (current.weightedNameScore() > nameScore
                        || current.weightedNameScore() == nameScore && !precedes(entity, listed, current))) {
            return null;
        }
        if (cannotReach(nameScore, query, threshold)) {
            return null;
        }
        boolean exact = ns.score() >= 1;
        List<FactCheck> facts = current != null
                        && ((current.nameScore().score() >= 1) == exact
                                || !EvidenceScorer.dependsOnName(current.facts()))
                ? current.facts()
                : EvidenceScorer.check(query.dob(), query.countryCode(), entity, exact);
        double raw = nameScore;
        for (int i = 0; i < facts.size(); i++) {
            raw += facts.get(i).effect();
        }
        return new ScoredName(entity, listed, reading, q, name, ns, nameScore, facts, raw);
    }

    /**
     * Of two names of one party that score the same, the one reported: by listing id, then by the name's text,
     * not by which the candidate ranking brought first. That order follows word weights, which move with every
     * list change, so an unrelated change would otherwise swap the reported name (a Latin name and its Persian
     * form, two spellings that read alike) and a stored alert would see a "new matched name" that is none.
     */
    private static boolean precedes(Entity entity, Name listed, ScoredName current) {
        // compare() scores two names with no listing behind them.
        int byListing = entity == null || current.entity() == null
                ? 0
                : entity.id().compareTo(current.entity().id());
        return byListing != 0
                ? byListing < 0
                : listed.full().compareTo(current.listed().full()) < 0;
    }

    /** A name score as it counts for a weak alias or a strong name. */
    static double weighAlias(double nameScore, boolean weakAlias) {
        return nameScore * (weakAlias ? WEAK_ALIAS_FACTOR : 1);
    }

    /** Whether a name score of {@code nameScore} stays under {@code threshold} even with the best evidence. */
    public static boolean cannotReach(double nameScore, Query query, double threshold) {
        return finalScore(EvidenceScorer.mostRaised(nameScore, query.dateOfBirth() != null, query.country() != null))
                < threshold;
    }

    /** The reported score of a raw score: held to 0..1 and rounded. */
    public static double finalScore(double rawScore) {
        return round(Math.max(0, Math.min(1, rawScore)));
    }

    /** Rounded to the precision scores are reported in. */
    public static double round(double score) {
        return Math.round(score * SCALE) / SCALE;
    }
}
