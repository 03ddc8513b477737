package dev.embargo.parties;

import java.time.LocalDate;
import java.util.List;

/**
 * The name-and-facts rules: when two listings of different lists that share a whole name may be taken for
 * one party. A name alone never suffices; each rule asks for a second fact that agrees and for no fact that
 * disagrees. Pure: the judgement depends only on the two listings and on which names are shared by two
 * listings of one list ({@link SharedNames}), since the lists then tell us themselves that the name belongs
 * to more than one party.
 */
final class PairRules {
    private PairRules() {}

    /** Which names, and names with a date of birth, some list gives to two or more of its listings. */
    interface SharedNames {
        /** {@code key} given to two listings of one list, among people ({@code person}) or among the others. */
        boolean name(boolean person, String key);

        /** {@code key} with the full date of birth {@code date} given to two listings of one list. */
        boolean nameAndDate(String key, LocalDate date);
    }

    /** Either evidence ({@code kind} and {@code value}) or the reason there is none. */
    record Judgement(EvidenceKind kind, String value, String reason) {
        static Judgement none(String reason) {
            return new Judgement(null, null, reason);
        }

        boolean grouped() {
            return kind != null;
        }
    }

    static Judgement judge(ListingFacts a, ListingFacts b, SharedNames ambiguous) {
        if (a.source() == b.source()) {
            return Judgement.none("same list");
        }
        if (a.person() != b.person()) {
            return Judgement.none("a person and not a person");
        }
        List<String> shared = SortedLists.common(a.fullNames(), b.fullNames());
        if (shared.isEmpty()) {
            return Judgement.none("no whole name in common");
        }
        String unique = null;
        for (String k : shared) {
            if (!ambiguous.name(a.person(), k)) {
                unique = k;
                break;
            }
        }
        return a.person() ? people(a, b, shared, unique, ambiguous) : others(a, b, unique);
    }

    private static Judgement people(
            ListingFacts a, ListingFacts b, List<String> shared, String unique, SharedNames ambiguous) {
        if (!a.nationalities().isEmpty()
                && !b.nationalities().isEmpty()
                && SortedLists.disjoint(a.nationalities(), b.nationalities())) {
            return Judgement.none("nationalities differ");
        }
        List<LocalDate> dates = SortedLists.common(a.fullBirthDates(), b.fullBirthDates());
        if (!dates.isEmpty()) {
            for (String name : shared) {
                for (LocalDate d : dates) {
                    if (!ambiguous.nameAndDate(name, d)) {
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
        boolean nationalityShared = !SortedLists.disjoint(a.nationalities(), b.nationalities());
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
                && SortedLists.disjoint(a.countries(), b.countries())) {
            return Judgement.none("countries differ");
        }
        if (unique == null) {
            return Judgement.none("name shared by two listings of one list");
        }
        if (!SortedLists.disjoint(a.countries(), b.countries())) {
            return new Judgement(
                    EvidenceKind.NAME_AND_COUNTRY,
                    unique + "; " + String.join(",", common(a.countries(), b.countries())),
                    null);
        }
        List<String> names = SortedLists.common(a.allNames(), b.allNames());
        if (names.size() >= 2) {
            return new Judgement(EvidenceKind.TWO_NAMES, String.join(" | ", names), null);
        }
        return Judgement.none("only the name in common");
    }

    private static List<String> common(List<String> a, List<String> b) {
        return SortedLists.common(a, b);
    }

    private static String years(List<Integer> years) {
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
