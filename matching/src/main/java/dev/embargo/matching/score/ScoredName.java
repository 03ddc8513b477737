package dev.embargo.matching.score;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.name.AnalyzedName;
import java.util.List;

/**
 * The best-scoring listed name of one party for one query reading: what {@link MatchScorer} worked out, and
 * all that an explanation shows of it.
 *
 * @param entity            the listed party, or null when two names are compared on their own
 * @param listed            the listed name as the list writes it
 * @param reading           the query's reading that scored best
 * @param query             that reading's words with their weights
 * @param name              the listed name's words with their weights
 * @param nameScore         how the words paired
 * @param weightedNameScore the name score after the weak-alias factor
 * @param facts             the supporting facts compared and their effects
 * @param rawScore          the name score plus the effects, before it is held to 0..1 and rounded (ranking
 *                          reads it: evidence may lift several parties above 1)
 */
public record ScoredName(
        Entity entity,
        Name listed,
        AnalyzedName reading,
        WeightedName query,
        WeightedName name,
        NameScore nameScore,
        double weightedNameScore,
        List<FactCheck> facts,
        double rawScore) {

    /** The reported score: 0..1, rounded. */
    public double score() {
        return MatchScorer.finalScore(rawScore);
    }
}
