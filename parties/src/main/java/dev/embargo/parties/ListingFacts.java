package dev.embargo.parties;

import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.DatePrecision;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What grouping compares of one listing, computed once: its list, whether it is a person, its name keys,
 * full dates and years of birth, nationalities, countries, strong identifier keys and the UN reference it
 * carries. Each set of values is a sorted list without repeats ({@link SortedLists}).
 *
 * @param fullNames     keys of the names that can stand for a whole name (see {@link NameKeys})
 * @param allNames      keys of every strong name, acronyms included, for counting names in common
 * @param fullBirthDates dates of birth the list gives to the day
 * @param birthYears    every year a listed birth date may fall in (ranges of more than {@link #MAX_YEAR_SPAN}
 *                      years say too little and are left out)
 * @param nationalities nationalities and citizenships
 * @param countries     nationalities, citizenships, countries tied to the party and address countries
 */
record ListingFacts(
        String id,
        Source source,
        boolean person,
        List<String> fullNames,
        List<String> allNames,
        List<LocalDate> fullBirthDates,
        List<Integer> birthYears,
        List<String> nationalities,
        List<String> countries,
        List<String> identifiers,
        String unReference) {

    static final int MAX_YEAR_SPAN = 10;

    static ListingFacts of(Entity e) {
        boolean person = e.kind() == EntityKind.PERSON;
        List<LocalDate> full = new ArrayList<>(2);
        List<Integer> years = new ArrayList<>(2);
        if (person) {
            for (ListedDate d : e.birthDates()) {
                if (d.precision() == DatePrecision.DAY) {
                    full.add(d.earliest());
                }
                int from = d.earliest().getYear();
                int to = d.latest().getYear();
                if (to - from <= MAX_YEAR_SPAN) {
                    for (int y = from; y <= to; y++) {
                        years.add(y);
                    }
                }
            }
        }
        List<String> nationalities = new ArrayList<>(e.nationalities());
        nationalities.addAll(e.citizenships());
        List<String> countries = new ArrayList<>(nationalities);
        countries.addAll(e.countries());
        for (Address a : e.addresses()) {
            if (a.country() != null) {
                countries.add(a.country());
            }
        }
        List<String> identifiers = new ArrayList<>(e.identifiers().size());
        for (Identifier id : e.identifiers()) {
            IdentifierKeys.of(id).ifPresent(identifiers::add);
        }
        NameKeys.Keys names = NameKeys.of(e.names());
        return new ListingFacts(
                e.id(),
                e.source(),
                person,
                names.full(),
                names.all(),
                SortedLists.of(full),
                SortedLists.of(years),
                SortedLists.of(nationalities),
                SortedLists.of(countries),
                SortedLists.of(identifiers),
                UnReferences.of(e).orElse(null));
    }
}
