package dev.embargo.store;

import dev.embargo.lists.Countries;
import dev.embargo.lists.ListedDates;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.matching.Query;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A party of the portfolio as the store keeps it: checked, with its dates and countries in one form, and the
 * rest of what the file said about it kept as given.
 *
 * @param id           the caller's id, unique in the portfolio
 * @param name         the name to screen
 * @param kind         person, organization, vessel, aircraft, or null when not known
 * @param datesOfBirth as parsed, in ISO form (1984-01-08, 1984-01, 1984)
 * @param countries    ISO 3166-1 alpha-2 codes
 * @param identifiers  passport numbers, IMO numbers, addresses...
 * @param fields       the file's other fields, a JSON object, as given
 */
public record PortfolioRecord(
        String id,
        String name,
        EntityKind kind,
        List<String> datesOfBirth,
        List<String> countries,
        List<String> identifiers,
        String fields) {

    public static final int MAX_ID = 200;
    public static final int MAX_NAME = 1000;

    public PortfolioRecord {
        datesOfBirth = List.copyOf(datesOfBirth);
        countries = List.copyOf(countries);
        identifiers = List.copyOf(identifiers);
    }

    /**
     * Checks one row's fields as a file gives them and builds the record.
     *
     * @throws IllegalArgumentException naming the field and what was expected
     */
    public static PortfolioRecord of(
            String id,
            String name,
            String kind,
            List<String> dates,
            List<String> countries,
            List<String> identifiers,
            String fields) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: expected a non-empty id");
        }
        if (id.strip().length() > MAX_ID) {
            throw new IllegalArgumentException("id: expected at most " + MAX_ID + " characters");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: expected a non-empty name");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("name: expected at most " + MAX_NAME + " characters");
        }
        EntityKind k = kind(kind);
        List<String> isoDates = new ArrayList<>();
        for (String d : dates) {
            if (d.isBlank()) {
                continue;
            }
            ListedDate parsed = ListedDates.parse(d.strip(), ListedDates.NumericOrder.DAY_FIRST)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "dates_of_birth: expected a date like 1984-01-08, 08/01/1984 or 1984, got \"" + d + "\""));
            isoDates.add(parsed.iso());
        }
        List<String> isoCountries = new ArrayList<>();
        for (String c : countries) {
            if (c.isBlank()) {
                continue;
            }
            isoCountries.add(Countries.toIso(c.strip())
                    .orElseThrow(() -> new IllegalArgumentException(
                            "countries: expected an ISO 3166 code or a country name, got \"" + c + "\"")));
        }
        List<String> ids = identifiers.stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new PortfolioRecord(id.strip(), name.strip(), k, isoDates, isoCountries, ids, fields);
    }

    static EntityKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "person", "individual" -> EntityKind.PERSON;
            case "organization", "organisation", "entity", "company" -> EntityKind.ORGANIZATION;
            case "vessel", "ship" -> EntityKind.VESSEL;
            case "aircraft" -> EntityKind.AIRCRAFT;
            default ->
                throw new IllegalArgumentException(
                        "kind: expected person, organization, vessel or aircraft, got \"" + kind + "\"");
        };
    }

    /** Splits a field holding several values ("1960; 1961"). */
    static List<String> split(String multi) {
        if (multi == null || multi.isBlank()) {
            return List.of();
        }
        return Arrays.stream(multi.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    String kindCode() {
        return kind == null ? "any" : kind.code();
    }

    static EntityKind kindFromCode(String code) {
        return code.equals("any") ? null : EntityKind.valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Both hashes of the record, {@link #screeningHash()} and {@link #contentHash()}. */
    record Hashes(String screening, String content) {}

    /**
     * Both hashes at the cost of little more than one: the content's JSON is the screening fields' JSON with the
     * other fields added as a last element, so the digest of what the two share is taken once.
     */
    Hashes hashes() {
        String screened = StoreJson.write(List.of(name, kindCode(), datesOfBirth, countries, identifiers));
        MessageDigest shared = Sha256.digest();
        shared.update(screened.substring(0, screened.length() - 1).getBytes(StandardCharsets.UTF_8));
        MessageDigest content;
        try {
            content = (MessageDigest) shared.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
        shared.update((byte) ']');
        content.update(("," + StoreJson.write(fields) + "]").getBytes(StandardCharsets.UTF_8));
        return new Hashes(Sha256.hex(shared), Sha256.hex(content));
    }

    /** SHA-256 of what screening reads: a change here is screened again. */
    public String screeningHash() {
        return Sha256.hex(StoreJson.write(List.of(name, kindCode(), datesOfBirth, countries, identifiers)));
    }

    /** SHA-256 of everything the record holds: a change here is written, and screened if it is screened. */
    public String contentHash() {
        return Sha256.hex(StoreJson.write(List.of(name, kindCode(), datesOfBirth, countries, identifiers, fields)));
    }

    /**
     * The queries to screen: one per date of birth and country given (a record may list several, and the
     * evidence of a listing is weighed against each), at most {@link #MAX_QUERIES}.
     */
    List<Query> queries() {
        List<ListedDate> dates = new ArrayList<>();
        for (String d : datesOfBirth) {
            ListedDates.parse(d, ListedDates.NumericOrder.DAY_FIRST).ifPresent(dates::add);
        }
        List<ListedDate> ds = dates.isEmpty() ? java.util.Collections.singletonList(null) : dates;
        List<String> cs = countries.isEmpty() ? java.util.Collections.singletonList(null) : countries;
        List<Query> out = new ArrayList<>();
        for (ListedDate d : ds) {
            for (String c : cs) {
                if (out.size() < MAX_QUERIES) {
                    out.add(new Query(name, kind, d, c, identifiers));
                }
            }
        }
        return out;
    }

    static final int MAX_QUERIES = 4;
}
