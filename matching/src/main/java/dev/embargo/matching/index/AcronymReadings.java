package dev.embargo.matching.index;

import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.name.AcronymHolders;
import dev.embargo.matching.name.Acronyms;
import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import dev.embargo.matching.score.WeightedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Organisations read by their acronyms: each listed organisation's name also filed as the acronyms it may be
 * written as ({@link Acronyms#ofOrganisation}), so that a query that is a bare acronym ("KMDTC", "K.M.D.T.C.")
 * or an acronym and a legal form finds it. Only organisations: people are not called by their initials in
 * what is screened, and a vessel's initials ("NS" for NAM SAN 8) name nothing. How much such a reading counts
 * is decided when it is scored ({@code score.AcronymScorer}); here each is told apart as held by its
 * organisation alone or shared with others ({@link AcronymHolders}).
 */
final class AcronymReadings {
    private AcronymReadings() {}

    /** An organisation name's acronyms and the key that tells its organisation from another's. */
    private record Read(List<String> acronyms, String key) {}

    /**
     * Appends the acronym readings of every organisation's names to {@code flat} (with their owners and source
     * names, in the same order), after the names already there, and returns who holds each acronym.
     *
     * @param ownNames the number of names in {@code flat} before: those, not acronym readings, are the listed
     *                 names that may be an acronym themselves
     */
    static AcronymHolders append(
            EntityTable entities,
            List<Integer> ownerOf,
            List<Name> sourceOf,
            int[] spellingOf,
            List<String> spellings,
            List<List<WeightedName>> analysedSpellings,
            NameAnalyzer analyzer,
            List<WeightedName> flat,
            List<Integer> flatOwner,
            List<Name> flatSource) {
        AcronymHolders.Builder holders = new AcronymHolders.Builder();
        int ownNames = flat.size();
        // A listed name that is one word of acronym length holds that word for its party.
        for (int i = 0; i < ownNames; i++) {
            List<Token> tokens = flat.get(i).tokens();
            if (tokens.size() == 1
                    && tokens.getFirst().kind() == TokenKind.WORD
                    && tokens.getFirst().text().length() >= Acronyms.MIN_READ_LETTERS) {
                holders.add(tokens.getFirst().text(), entities.partyOf(flatOwner.get(i)), null);
            }
        }
        Map<Integer, Read> bySpelling = new HashMap<>();
        for (int i = 0; i < sourceOf.size(); i++) {
            int owner = ownerOf.get(i);
            if (entities.get(owner).kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            Read read = bySpelling.computeIfAbsent(
                    spellingOf[i],
                    s -> new Read(
                            Acronyms.ofOrganisation(spellings.get(s)), Acronyms.organisationKey(spellings.get(s))));
            for (String acronym : read.acronyms()) {
                holders.add(acronym, entities.partyOf(owner), read.key());
            }
        }
        AcronymHolders built = holders.build();
        for (int i = 0; i < sourceOf.size(); i++) {
            Read read = bySpelling.get(spellingOf[i]);
            List<WeightedName> readings = analysedSpellings.get(spellingOf[i]);
            if (read == null || readings.isEmpty()) {
                continue;
            }
            for (String acronym : read.acronyms()) {
                AnalyzedName a = analyzer.acronymReading(
                        readings.getFirst().name(), acronym, built.organisations(acronym, read.key()) > 1);
                if (a != null) {
                    flat.add(WeightedName.of(a, new float[0]));
                    flatOwner.add(ownerOf.get(i));
                    flatSource.add(sourceOf.get(i));
                }
            }
        }
        return built;
    }

    /**
     * {@code readings} (the readings of an organisation's name given outside the lists, to compare with) and the
     * name's acronym readings, shared where a listed organisation other than the one the name names holds the
     * acronym.
     */
    static List<AnalyzedName> withAcronyms(
            NameAnalyzer analyzer, String name, List<AnalyzedName> readings, AcronymHolders holders) {
        List<String> acronyms = Acronyms.ofOrganisation(name);
        if (acronyms.isEmpty() || readings.isEmpty()) {
            return readings;
        }
        String key = Acronyms.organisationKey(name);
        List<AnalyzedName> out = new ArrayList<>(readings);
        for (String acronym : acronyms) {
            AnalyzedName a =
                    analyzer.acronymReading(readings.getFirst(), acronym, holders.organisations(acronym, key) > 1);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }
}
