package dev.embargo.lists.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One listed party, as one list publishes it. Immutable; lists are copied on construction.
 *
 * @param id            stable id {@code <source>:<id-in-source>}, e.g. {@code un:KPi.033}
 * @param source        the publication
 * @param kind          person, organization, vessel, aircraft or other
 * @param names         first the primary name, then aliases, former and original-script names
 * @param birthDates    dates of birth (or build dates of vessels) as listed; never invented
 * @param birthPlaces   places of birth as listed
 * @param nationalities ISO 3166-1 alpha-2 codes
 * @param citizenships  ISO 3166-1 alpha-2 codes
 * @param countries     other countries the list ties the party to (flag state, country of a regime), ISO codes
 * @param gender        "male", "female" or null
 * @param titles        titles, positions and designations as listed
 * @param programs      sanctions programs or regimes
 * @param listedOn      the date the party was listed, or null
 * @param remarks       the list's free-text remarks, or null
 * @param sourceFile    the file name the entity was read from
 * @param published     publication date of that file, or null
 */
public record Entity(
        String id,
        Source source,
        EntityKind kind,
        List<Name> names,
        List<ListedDate> birthDates,
        List<String> birthPlaces,
        List<String> nationalities,
        List<String> citizenships,
        List<String> countries,
        String gender,
        List<String> titles,
        List<Address> addresses,
        List<Identifier> identifiers,
        List<String> programs,
        LocalDate listedOn,
        String remarks,
        List<Link> links,
        String sourceFile,
        LocalDate published) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " has no name");
        }
        birthDates = List.copyOf(birthDates);
        birthPlaces = List.copyOf(birthPlaces);
        nationalities = List.copyOf(nationalities);
        citizenships = List.copyOf(citizenships);
        countries = List.copyOf(countries);
        titles = List.copyOf(titles);
        addresses = List.copyOf(addresses);
        identifiers = List.copyOf(identifiers);
        programs = List.copyOf(programs);
        links = List.copyOf(links);
    }

    /** This listing under other names, everything else as listed. */
    public Entity withNames(List<Name> otherNames) {
        return new Entity(
                id,
                source,
                kind,
                otherNames,
                birthDates,
                birthPlaces,
                nationalities,
                citizenships,
                countries,
                gender,
                titles,
                addresses,
                identifiers,
                programs,
                listedOn,
                remarks,
                links,
                sourceFile,
                published);
    }

    /** The name the list files the party under. */
    public Name primaryName() {
        return names.getFirst();
    }

    public String idInSource() {
        return id.substring(id.indexOf(':') + 1);
    }

    public static EntityBuilder builder(Source source, String idInSource) {
        return new EntityBuilder(source, idInSource);
    }
}
