package dev.embargo.parties;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The name-and-facts rules: when two listings of different lists that share a whole name may be taken for
 * one party. A name alone never suffices; each rule asks for a second fact that agrees and for no fact that
 * disagrees. Pure: the judgement depends only on the two listings and on which names are shared by two
 * listings of one list ({@code ambiguousNames}, {@code ambiguousNameDates}), since the lists then tell us
 * themselves that the name belongs to more than one party.
 */
final class PairRules {
    private PairRules() {}

    /** Either evidence ({@code kind} and {@code value}) or the reason there is none. */
    record Judgement(EvidenceKind kind, String value, String reason) {
        static Judgement none(String reason) {
            return new Judgement(null, null, reason);
        }

        boolean grouped() {
            return kind != null;
        }
    }

    static Judgement judge(ListingFacts a, ListingFacts b, Set<String> ambiguousNames, Set<String> ambiguousNameDates) {
        if (a.source() == b.source()) {
            return Judgement.none("same list");
        }
        if (a.person() != b.person()) {
            return Judgement.none("a person and not a person");
        }
        Set<String> shared = new TreeSet<>(a.fullNames());
        shared.retainAll(b.fullNames());
        if (shared.isEmpty()) {
            return Judgement.none("no whole name in common");
        }
        String unique = shared.stream()
                .filter(k -> !ambiguousNames.contains(nameKey(a.person(), k)))
                .findFirst()
                .orElse(null);
        return a.person() ? people(a, b, shared, unique, ambiguousNameDates) : others(a, b, unique);
    }

    private static Judgement people(
            ListingFacts a, ListingFacts b, Set<String> shared, String unique, Set<String> ambiguousNameDates) {
        if (!a.nationalities().isEmpty()
                && !b.nationalities().isEmpty()
                && Collections.disjoint(a.nationalities(), b.nationalities())) {
            return Judgement.none("nationalities differ");
        }
        Set<LocalDate> dates = new TreeSet<>(a.fullBirthDates());
        dates.retainAll(b.fullBirthDates());
        if (!dates.isEmpty()) {
            for (String name : shared) {
                for (LocalDate d : dates) {
                    if (!ambiguousNameDates.contains(nameDateKey(name, d))) {
                        return new Judgement(EvidenceKind.NAME_AND_BIRTH_DATE, name + "; born " + d, null);
                    }
                }
            }
            return Judgement.none("name and date of birth shared by two listings of one list");
        }
        if (!a.fullBirthDates().isEmpty() && !b.fullBirthDates().isEmpty()) {
            return Judgement.none("full dates of birth differ");
        }
        if (unique == null) {
            return Judgement.none("name shared by two listings of one list");
        }
        boolean nationalityShared = !Collections.disjoint(a.nationalities(), b.nationalities());
        if (!a.birthYears().isEmpty() && !b.birthYears().isEmpty()) {
            if (!a.birthYears().equals(b.birthYears())) {
                return Judgement.none("birth years differ");
            }
            String value = unique + "; born " + years(a.birthYears());
            return nationalityShared
                    ? new Judgement(
                            EvidenceKind.NAME_BIRTH_YEARS_AND_NATIONALITY,
                            value + "; " + String.join(",", common(a.nationalities(), b.nationalities())),
                            null)
                    : new Judgement(EvidenceKind.NAME_AND_BIRTH_YEARS, value, null);
        }
        if (a.birthYears().isEmpty() && b.birthYears().isEmpty() && nationalityShared) {
            return new Judgement(
                    EvidenceKind.NAME_AND_NATIONALITY,
                    unique + "; " + String.join(",", common(a.nationalities(), b.nationalities())),
                    null);
        }
        return Judgement.none("only the name in common");
    }

    private static Judgement others(ListingFacts a, ListingFacts b, String unique) {
        if (!a.countries().isEmpty()
                && !b.countries().isEmpty()
                && Collections.disjoint(a.countries(), b.countries())) {
            return Judgement.none("countries differ");
        }
        if (unique == null) {
            return Judgement.none("name shared by two listings of one list");
        }
        if (!Collections.disjoint(a.countries(), b.countries())) {
            return new Judgement(
                    EvidenceKind.NAME_AND_COUNTRY,
                    unique + "; " + String.join(",", common(a.countries(), b.countries())),
                    null);
        }
        Set<String> names = common(a.allNames(), b.allNames());
        if (names.size() >= 2) {
            return new Judgement(EvidenceKind.TWO_NAMES, String.join(" | ", names), null);
        }
        return Judgement.none("only the name in common");
    }

    static String nameKey(boolean person, String name) {
        return (person ? "p " : "o ") + name;
    }

    static String nameDateKey(String name, LocalDate date) {
        return name + " " + date;
    }

    private static Set<String> common(Set<String> a, Set<String> b) {
        Set<String> c = new TreeSet<>(a);
        c.retainAll(b);
        return c;
    }

    private static String years(Set<Integer> years) {
        StringBuilder s = new StringBuilder();
        for (int y : years) {
            if (!s.isEmpty()) {
                s.append(',');
            }
            s.append(y);
        }
        return s.toString();
    }
}
