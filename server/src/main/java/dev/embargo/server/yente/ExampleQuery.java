package dev.embargo.server.yente;

import dev.embargo.lists.Countries;
import dev.embargo.lists.ListedDates;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.server.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A query by example (yente's {@code EntityExample}, or a reconciliation query) read into what Embargo
 * screens with: names, dates of birth, countries and identifiers. Properties Embargo does not use are left
 * out, as yente leaves out properties its schema lacks; {@link #used()} says what was read, and is what the
 * answer echoes as the query.
 *
 * @param id     the client's id for the example, or null
 * @param schema what kind of party is looked for
 * @param used   the properties read, values cleaned (countries as lower-case ISO codes, dates in ISO form)
 */
public record ExampleQuery(
        String id,
        FtmSchema schema,
        List<String> names,
        List<ListedDate> birthDates,
        List<String> countries,
        List<String> identifiers,
        Map<String, List<String>> used) {

    /** Most names, dates and countries one example may combine: each combination is one screening pass. */
    public static final int MAX_COMBINATIONS = 100;

    static final Set<String> NAMES = Set.of("name", "alias", "weakAlias", "previousName", "abbreviation");
    /** Name parts FtM combines into a name, in the order they are written. */
    static final List<String> NAME_PARTS = List.of("firstName", "secondName", "middleName", "fatherName", "lastName");

    static final Set<String> DATES = Set.of("birthDate", "incorporationDate", "buildDate");
    static final Set<String> COUNTRIES =
            Set.of("nationality", "citizenship", "country", "jurisdiction", "mainCountry", "flag");
    static final Set<String> IDENTIFIERS = Set.of(
            "idNumber",
            "passportNumber",
            "socialSecurityNumber",
            "taxNumber",
            "vatCode",
            "registrationNumber",
            "innCode",
            "ogrnCode",
            "okpoCode",
            "leiCode",
            "dunsCode",
            "swiftBic",
            "bikCode",
            "imoNumber",
            "mmsi",
            "callSign",
            "serialNumber",
            "publicKey",
            "email",
            "phone",
            "website");

    /** Whether Embargo screens with this property. */
    public static boolean understands(String property) {
        return NAMES.contains(property)
                || NAME_PARTS.contains(property)
                || DATES.contains(property)
                || COUNTRIES.contains(property)
                || IDENTIFIERS.contains(property);
    }

    /** The properties Embargo screens with, in the order they matter. */
    public static List<String> understood() {
        List<String> out = new ArrayList<>(List.of("name", "alias", "weakAlias", "previousName", "abbreviation"));
        out.addAll(NAME_PARTS);
        out.addAll(List.of("birthDate", "incorporationDate", "buildDate"));
        out.addAll(List.of("nationality", "citizenship", "country", "jurisdiction", "mainCountry", "flag"));
        out.addAll(IDENTIFIERS.stream().sorted().toList());
        return out;
    }

    /**
     * Reads an example.
     *
     * @param where        where the example sits in the request ("queries.q1"), named in errors
     * @param properties   property name to its values as text
     * @param maxNameChars longest name allowed
     * @throws ApiException 400 naming the property when a value cannot be read or nothing can be screened
     */
    public static ExampleQuery of(
            String where, String id, FtmSchema schema, Map<String, List<String>> properties, int maxNameChars) {
        Set<String> names = new LinkedHashSet<>();
        Set<ListedDate> dates = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        Set<String> identifiers = new LinkedHashSet<>();
        Map<String, List<String>> used = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> p : properties.entrySet()) {
            String prop = p.getKey();
            String at = where + ".properties." + prop;
            List<String> cleaned = new ArrayList<>();
            for (String raw : p.getValue()) {
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                String v = raw.strip();
                if (NAMES.contains(prop) || NAME_PARTS.contains(prop)) {
                    if (v.length() > maxNameChars) {
                        throw new ApiException(
                                413,
                                "too_large",
                                at + ": a name of at most " + maxNameChars + " characters, got " + v.length());
                    }
                    if (NAMES.contains(prop)) {
                        names.add(v);
                    }
                    cleaned.add(v);
                } else if (DATES.contains(prop)) {
                    ListedDate d = ListedDates.parse(v, ListedDates.NumericOrder.DAY_FIRST)
                            .orElseThrow(() -> ApiException.badRequest(
                                    at + ": expected a date like 1984-01-08, 1984-01 or 1984, got \"" + v + "\""));
                    dates.add(d);
                    cleaned.add(d.iso());
                } else if (COUNTRIES.contains(prop)) {
                    String iso = Countries.toIso(v)
                            .orElseThrow(() -> ApiException.badRequest(
                                    at + ": expected a country code or name (kp, ru, \"Russia\"), got \"" + v + "\""));
                    countries.add(iso);
                    cleaned.add(iso.toLowerCase(Locale.ROOT));
                } else if (IDENTIFIERS.contains(prop)) {
                    identifiers.add(v);
                    cleaned.add(v);
                }
            }
            if (!cleaned.isEmpty()) {
                used.put(prop, cleaned);
            }
        }
        names.addAll(combinedNames(used));
        if (names.isEmpty() && identifiers.isEmpty()) {
            throw ApiException.badRequest(where + ": expected a name (name, alias, or firstName and lastName) or an "
                    + "identifier (idNumber, passportNumber, registrationNumber, imoNumber, publicKey, ...) to screen");
        }
        int combinations = Math.max(1, names.size()) * Math.max(1, dates.size()) * Math.max(1, countries.size());
        if (combinations > MAX_COMBINATIONS) {
            throw ApiException.badRequest(where + ": " + names.size() + " names, " + dates.size() + " dates and "
                    + countries.size() + " countries make " + combinations + " combinations to screen; at most "
                    + MAX_COMBINATIONS + " in one example");
        }
        return new ExampleQuery(
                id,
                schema,
                List.copyOf(names),
                List.copyOf(dates),
                List.copyOf(countries),
                List.copyOf(identifiers),
                used);
    }

    /**
     * Full names built from name parts as FtM does ("Aleksandr" + "Zacharov"): the first of each part, with
     * every given last name (lists write the last name in several scripts).
     */
    static List<String> combinedNames(Map<String, List<String>> used) {
        List<String> lastNames = used.getOrDefault("lastName", List.of());
        List<String> firstNames = used.getOrDefault("firstName", List.of());
        if (lastNames.isEmpty() && firstNames.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String last : lastNames.isEmpty() ? List.of("") : lastNames) {
            StringBuilder sb = new StringBuilder();
            for (String part : NAME_PARTS) {
                String v = part.equals("lastName")
                        ? last
                        : used.getOrDefault(part, List.of("")).getFirst();
                if (!v.isEmpty()) {
                    sb.append(sb.isEmpty() ? "" : " ").append(v);
                }
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** The example as yente echoes it: id, schema and the properties read. */
    public Map<String, Object> echo() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("schema", schema.ftmName());
        m.put("properties", used);
        return m;
    }
}
