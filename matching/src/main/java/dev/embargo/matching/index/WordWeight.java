package dev.embargo.matching.index;

import dev.embargo.matching.ScoringPolicy;
import dev.embargo.matching.name.Token;

/**
 * How much a word counts in a name: by its kind, and for a name word by how rare it is across the lists, so
 * that a rare surname says more than "Mohammed". The same for listed names (when the index is built) and for
 * queries. The values: {@link ScoringPolicy.WordWeights}.
 */
final class WordWeight {
    private static final ScoringPolicy.WordWeights WEIGHTS = ScoringPolicy.DEFAULT.wordWeights();
    private static final float LEGAL_FORM = WEIGHTS.legalForm();
    private static final float PARTICLE = WEIGHTS.particle();
    private static final float INITIAL = WEIGHTS.initial();
    private static final float NUMBER = WEIGHTS.number();
    private static final double COMMON_WORD = WEIGHTS.commonWord();
    private static final double RARITY = WEIGHTS.rarity();

    private WordWeight() {}

    /**
     * @param documents how many parties use the word's romanisation key (only read for words)
     * @param logN      the log of the number of parties listed, plus one
     */
    static float of(Token t, int documents, double logN) {
        return switch (t.kind()) {
            case LEGAL_FORM -> LEGAL_FORM;
            case PARTICLE -> PARTICLE;
            case INITIAL -> INITIAL;
            case NUMBER -> NUMBER;
            case WORD -> {
                if (logN <= 0) {
                    // No lists, so no rarity to go by (two names compared on their own): every word counts
                    // fully. The formula below would divide zero by zero, and a NaN weight would score every
                    // pair 0.
                    yield 1.0f;
                }
                double idf = Math.log((Math.exp(logN)) / (documents + 1.0)) / logN;
                yield (float) (COMMON_WORD + RARITY * Math.max(0, Math.min(1, idf)));
            }
        };
    }
}
