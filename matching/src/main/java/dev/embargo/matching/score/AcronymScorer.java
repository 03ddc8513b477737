package dev.embargo.matching.score;

import dev.embargo.matching.ScoringPolicy;
import dev.embargo.matching.name.Acronyms;
import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;

/**
 * What a listed organisation's acronym reading ({@link NameAnalyzer#acronymReading}) is worth for a query: it
 * counts only where the query is that acronym, letter for letter and written as acronyms are written, with
 * nothing beside it but legal forms and particles; then at most {@link ScoringPolicy.Acronym#unique} for an
 * acronym one listed organisation alone holds, and {@link ScoringPolicy.Acronym#weak} for one several hold or
 * one of fewer than {@link ScoringPolicy.Acronym#minAlertLetters} letters. An acronym is never met by
 * spelling: "KMDTX" is not a typing error of "KMDTC" but another organisation's initials, and every other
 * word of a query ("KMDTC SHIPPING") is a name the organisation is not known by.
 */
public final class AcronymScorer {
    private static final ScoringPolicy.Acronym POLICY = ScoringPolicy.ACRONYM;

    private AcronymScorer() {}

    /** Whether {@code name} is an acronym reading of a listed organisation. */
    public static boolean isAcronym(WeightedName name) {
        String reading = name.name().reading();
        return reading.equals(NameAnalyzer.ACRONYM_READING) || reading.equals(NameAnalyzer.SHARED_ACRONYM_READING);
    }

    /**
     * {@code ns}, the score of the acronym reading {@code name} for the query {@code q} read from
     * {@code queryReading}, held to what an acronym is worth; {@link NameScore#ZERO} where the query is not it.
     */
    public static NameScore hold(NameScore ns, WeightedName q, AnalyzedName queryReading, WeightedName name) {
        String acronym = name.words()[0].text();
        boolean found = false;
        for (Token t : q.words()) {
            if (t.kind() == TokenKind.LEGAL_FORM || t.kind() == TokenKind.PARTICLE) {
                continue;
            }
            if (found || t.kind() != TokenKind.WORD || !t.text().equals(acronym)) {
                return NameScore.ZERO;
            }
            found = true;
        }
        if (!found || !Acronyms.writtenAsAcronym(queryReading.original(), acronym)) {
            return NameScore.ZERO;
        }
        boolean alone = name.name().reading().equals(NameAnalyzer.ACRONYM_READING);
        boolean strong = alone && acronym.length() >= POLICY.minAlertLetters();
        double cap = strong ? POLICY.unique() : POLICY.weak();
        if (ns.score() <= cap) {
            return ns;
        }
        String why = strong
                ? "the listed organisation's acronym"
                : alone
                        ? "an acronym of fewer than " + POLICY.minAlertLetters() + " letters"
                        : "an acronym other listed organisations share";
        return new NameScore(cap, ns.pairs(), ns.queryCoverage(), ns.nameCoverage(), why, ns.lowered());
    }
}
