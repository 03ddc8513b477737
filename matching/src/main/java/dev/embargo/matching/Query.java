package dev.embargo.matching;

import dev.embargo.lists.Countries;
import dev.embargo.lists.ListedDates;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.ListedDate;
import java.util.List;
import java.util.Optional;

/**
 * What to screen: a name and, when known, the kind of party, a date of birth, a country and identifiers.
 *
 * @param name        the name in any script and spelling
 * @param kind        the kind of party, or null for any
 * @param dateOfBirth date of birth as given ("1984-01-08", "1984", "08/01/1984"), parsed, or null
 * @param country     ISO 3166-1 alpha-2 code of nationality or residence, or null
 * @param identifiers identifiers to look up exactly (passport, IMO, digital currency address, ...)
 */
public record Query(String name, EntityKind kind, ListedDate dateOfBirth, String country, List<String> identifiers) {
    public Query {
        name = name == null ? "" : name;
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    public static Query name(String name) {
        return new Query(name, null, null, null, List.of());
    }

    /**
     * Builds a query from text fields as a user types them; blank fields mean "not known".
     *
     * @throws IllegalArgumentException naming the field when a date or country cannot be read
     */
    public static Query of(String name, String kind, String dateOfBirth, String country) {
        EntityKind k = null;
        if (kind != null && !kind.isBlank() && !kind.equalsIgnoreCase("any")) {
            k = switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "person", "individual" -> EntityKind.PERSON;
                case "organization", "organisation", "entity", "company" -> EntityKind.ORGANIZATION;
                case "vessel", "ship" -> EntityKind.VESSEL;
                case "aircraft" -> EntityKind.AIRCRAFT;
                default ->
                    throw new IllegalArgumentException(
                            "type: expected person, organization, vessel, " + "aircraft or any, got \"" + kind + "\"");
            };
        }
        ListedDate dob = null;
        if (dateOfBirth != null && !dateOfBirth.isBlank()) {
            dob = ListedDates.parse(dateOfBirth, ListedDates.NumericOrder.DAY_FIRST)
                    .orElseThrow(() -> new IllegalArgumentException("dob: expected a date like 1984-01-08, "
                            + "08/01/1984 or 1984, got \"" + dateOfBirth + "\""));
        }
        String iso = null;
        if (country != null && !country.isBlank()) {
            iso = Countries.toIso(country)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "country: expected an ISO 3166 code or a country name, got \"" + country + "\""));
        }
        return new Query(name, k, dob, iso, List.of());
    }

    public Optional<ListedDate> dob() {
        return Optional.ofNullable(dateOfBirth);
    }

    public Optional<String> countryCode() {
        return Optional.ofNullable(country);
    }
}
