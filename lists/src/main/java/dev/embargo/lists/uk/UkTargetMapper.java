package dev.embargo.lists.uk;

import static dev.embargo.lists.uk.UkColumn.*;

import dev.embargo.lists.ListedDates;
import dev.embargo.lists.ListedDates.NumericOrder;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import dev.embargo.lists.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * Makes one entity of the rows that share a Group ID. OFSI writes one row per name and repeats the
 * target's other facts on each, multiplied out when there are several dates of birth or addresses (one
 * target has 400 rows), so every fact is gathered from every row and duplicates are dropped.
 */
final class UkTargetMapper {
    private final String fileName;
    private final LocalDate published;
    private final UkCountryWording countries = new UkCountryWording();

    /** One mapper maps the groups of one file. */
    UkTargetMapper(String fileName, LocalDate published) {
        this.fileName = fileName;
        this.published = published;
    }

    /** The entity of one group, or empty (with a warning) when its rows give it no name. */
    Optional<Entity> map(String groupId, List<UkRow> rows, Consumer<LoadWarning> warnings) {
        Problems problems = new Problems();
        EntityBuilder entity = Entity.builder(Source.UK_OFSI, groupId).sourceFile(fileName, published);
        entity.kind(kind(rows, problems));
        addNames(rows, entity, problems);
        // Rows repeat the target's facts, so each distinct value is read once (Kony's 400 rows hold 10 dates).
        Set<Object> seen = new HashSet<>();
        LocalDate listedOn = null;
        for (UkRow row : rows) {
            if (firstTime(seen, row, DOB)) {
                addBirthDate(row, entity, problems);
            }
            if (firstTime(seen, row, TOWN_OF_BIRTH, COUNTRY_OF_BIRTH)) {
                birthPlaces(row.get(TOWN_OF_BIRTH), row.get(COUNTRY_OF_BIRTH)).forEach(entity::birthPlace);
                countries.allIso(row.get(COUNTRY_OF_BIRTH)).forEach(entity::country);
            }
            if (firstTime(seen, row, NATIONALITY)) {
                countries.allIso(row.get(NATIONALITY)).forEach(entity::nationality);
            }
            if (firstTime(
                    seen, row, ADDRESS_1, ADDRESS_2, ADDRESS_3, ADDRESS_4, ADDRESS_5, ADDRESS_6, POST_CODE, COUNTRY)) {
                entity.address(address(row));
            }
            if (firstTime(seen, row, TITLE, POSITION)) {
                NumberedItems.split(row.get(TITLE)).forEach(entity::title);
                NumberedItems.split(row.get(POSITION)).forEach(entity::title);
            }
            if (firstTime(seen, row, PASSPORT_NUMBER, PASSPORT_DETAILS)) {
                UkDocuments.identifiers(
                                IdentifierType.PASSPORT,
                                row.get(PASSPORT_NUMBER),
                                row.get(PASSPORT_DETAILS),
                                PASSPORT_NUMBER.header(),
                                countries)
                        .forEach(entity::identifier);
            }
            if (firstTime(seen, row, NATIONAL_ID_NUMBER, NATIONAL_ID_DETAILS)) {
                UkDocuments.identifiers(
                                IdentifierType.NATIONAL_ID,
                                row.get(NATIONAL_ID_NUMBER),
                                row.get(NATIONAL_ID_DETAILS),
                                NATIONAL_ID_NUMBER.header(),
                                countries)
                        .forEach(entity::identifier);
            }
            if (firstTime(seen, row, REGIME, LISTED_ON)) {
                entity.program(row.get(REGIME));
                LocalDate rowListedOn = listedOn(row, problems);
                // A target under several regimes has rows for each; it was first listed on the earliest date.
                if (rowListedOn != null && (listedOn == null || rowListedOn.isBefore(listedOn))) {
                    listedOn = rowListedOn;
                }
            }
            if (firstTime(seen, row, OTHER_INFORMATION) && row.get(OTHER_INFORMATION) != null) {
                entity.remark(row.get(OTHER_INFORMATION));
                UkOtherInformation.addFacts(row.get(OTHER_INFORMATION), entity, countries);
            }
        }
        entity.listedOn(listedOn);
        problems.report(groupId, warnings, fileName);
        if (!entity.hasNames()) {
            warnings.accept(new LoadWarning(
                    fileName,
                    rows.getFirst().place() + " (group " + groupId + ")",
                    "expected a name (Name 6 or Name Non-Latin Script); the group has none and was skipped"));
            return Optional.empty();
        }
        return Optional.of(entity.build());
    }

    /** Whether this row's values in {@code columns} are new within the group (and remembers them). */
    private static boolean firstTime(Set<Object> seen, UkRow row, UkColumn... columns) {
        // Keys are lists of the cell strings themselves: their hash codes are cached, nothing is copied.
        Object[] key = new Object[columns.length + 1];
        key[0] = columns[0];
        for (int i = 0; i < columns.length; i++) {
            key[i + 1] = row.values()[columns[i].ordinal()];
        }
        return seen.add(Arrays.asList(key));
    }

    private static EntityKind kind(List<UkRow> rows, Problems problems) {
        for (UkRow row : rows) {
            String type = row.get(GROUP_TYPE);
            if (type == null) {
                continue;
            }
            switch (type.toLowerCase(Locale.ROOT)) {
                case "individual" -> {
                    return EntityKind.PERSON;
                }
                case "entity" -> {
                    return EntityKind.ORGANIZATION;
                }
                case "ship" -> {
                    return EntityKind.VESSEL;
                }
                default -> {
                    problems.add(row, "a Group Type of Individual, Entity or Ship, not \"" + type + "\"");
                    return EntityKind.OTHER;
                }
            }
        }
        problems.add(rows.getFirst(), "a Group Type (Individual, Entity or Ship); none given");
        return EntityKind.OTHER;
    }

    private static void addNames(List<UkRow> rows, EntityBuilder entity, Problems problems) {
        // Keyed by script class and text: the same name on several rows (one per date of birth) is one name,
        // and the strongest type and quality any row gives it wins.
        Map<String, Name> names = new LinkedHashMap<>();
        String firstVariation = null;
        for (UkRow row : rows) {
            NameQuality quality = quality(row.get(ALIAS_QUALITY));
            String aliasType = row.get(ALIAS_TYPE);
            NameType type = nameType(aliasType, row, problems);
            String latin = latinName(row);
            if (latin != null) {
                merge(names, "L:" + latin, latin, type, quality);
                if (firstVariation == null && "primary name variation".equalsIgnoreCase(aliasType)) {
                    firstVariation = "L:" + latin;
                }
            }
            String original = row.get(NON_LATIN_NAME);
            if (original != null) {
                merge(names, "O:" + original, original, NameType.ORIGINAL_SCRIPT, quality);
            }
        }
        boolean hasPrimary = names.values().stream().anyMatch(n -> n.type() == NameType.PRIMARY);
        if (!hasPrimary && firstVariation != null) {
            // Two targets carry only "Primary name variation" rows; the first variation is their primary name.
            Name v = names.get(firstVariation);
            names.put(firstVariation, new Name(v.full(), NameType.PRIMARY, v.quality(), v.script()));
        }
        names.values().forEach(entity::name);
    }

    private static void merge(Map<String, Name> names, String key, String full, NameType type, NameQuality quality) {
        Name existing = names.get(key);
        if (existing == null) {
            names.put(key, Name.of(full, type, quality));
            return;
        }
        NameType mergedType =
                existing.type() == NameType.PRIMARY || type == NameType.PRIMARY ? NameType.PRIMARY : existing.type();
        NameQuality mergedQuality = existing.quality() == NameQuality.STRONG || quality == NameQuality.STRONG
                ? NameQuality.STRONG
                : NameQuality.WEAK;
        if (mergedType != existing.type() || mergedQuality != existing.quality()) {
            names.put(key, new Name(existing.full(), mergedType, mergedQuality, existing.script()));
        }
    }

    /** Given names in order, then the family name (Name 6): "Name 1 Name 2 … Name 6". */
    static String latinName(UkRow row) {
        StringJoiner full = new StringJoiner(" ");
        for (UkColumn given : GIVEN_NAMES) {
            String part = row.get(given);
            if (part != null) {
                full.add(part);
            }
        }
        String family = row.get(NAME_6);
        if (family != null) {
            full.add(family);
        }
        return full.length() == 0 ? null : full.toString();
    }

    private static NameType nameType(String aliasType, UkRow row, Problems problems) {
        if (aliasType == null) {
            problems.add(row, "an Alias Type (Primary name, Primary name variation, AKA or FKA); read as AKA");
            return NameType.ALIAS;
        }
        return switch (aliasType.toLowerCase(Locale.ROOT)) {
            case "primary name" -> NameType.PRIMARY;
            case "primary name variation", "aka" -> NameType.ALIAS;
            case "fka" -> NameType.FORMER;
            default -> {
                problems.add(
                        row,
                        "an Alias Type of Primary name, Primary name variation, AKA or FKA, not \"" + aliasType
                                + "\"; read as AKA");
                yield NameType.ALIAS;
            }
        };
    }

    private static NameQuality quality(String aliasQuality) {
        if (aliasQuality == null) {
            return NameQuality.STRONG;
        }
        String q = aliasQuality.toLowerCase(Locale.ROOT);
        return q.startsWith("low") ? NameQuality.WEAK : NameQuality.STRONG;
    }

    /** One date per row as a rule, but a cell may number several: "(1) 00/00/1962 (2) 12/05/1963". */
    private static void addBirthDate(UkRow row, EntityBuilder entity, Problems problems) {
        for (String dob : NumberedItems.split(row.get(DOB))) {
            if (dob.isEmpty()) {
                continue;
            }
            Optional<ListedDate> date = ListedDates.parse(dob, NumericOrder.DAY_FIRST);
            if (date.isPresent()) {
                entity.birthDate(date.get());
            } else {
                problems.add(
                        row,
                        "a date of birth like dd/mm/yyyy, 00/mm/yyyy, 00/00/yyyy, mm/yyyy or yyyy, not \"" + dob
                                + "\"");
            }
        }
    }

    /** "Town, Country"; numbered towns and countries pair up item by item. */
    static List<String> birthPlaces(String towns, String countries) {
        List<String> townItems = NumberedItems.split(towns);
        List<String> countryItems = NumberedItems.split(countries).stream()
                .map(UkTargetMapper::tidy)
                .toList();
        List<String> places = new ArrayList<>();
        if (townItems.isEmpty()) {
            places.addAll(countryItems);
        } else if (townItems.size() == countryItems.size()) {
            for (int i = 0; i < townItems.size(); i++) {
                places.add(join(townItems.get(i), countryItems.get(i)));
            }
        } else if (countryItems.size() == 1) {
            townItems.forEach(t -> places.add(join(t, countryItems.getFirst())));
        } else {
            places.addAll(townItems);
            places.addAll(countryItems);
        }
        return places;
    }

    private Address address(UkRow row) {
        StringJoiner full = new StringJoiner(", ");
        for (UkColumn line : ADDRESS_LINES) {
            String part = row.get(line);
            if (part != null) {
                full.add(part);
            }
        }
        String postCode = row.get(POST_CODE);
        String country = row.get(COUNTRY);
        if (postCode != null) {
            full.add(postCode);
        }
        if (country != null) {
            full.add(country);
        }
        if (full.length() == 0) {
            return null;
        }
        return new Address(
                full.toString(),
                null,
                null,
                null,
                postCode,
                countries.toIso(country).orElse(null));
    }

    private static LocalDate listedOn(UkRow row, Problems problems) {
        String text = row.get(LISTED_ON);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> day = ListedDates.parseDay(text, NumericOrder.DAY_FIRST);
        if (day.isEmpty()) {
            problems.add(row, "a Listed On date like dd/mm/yyyy, not \"" + text + "\"");
        }
        return day.orElse(null);
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + ", " + second;
    }

    private static String tidy(String wording) {
        String w = wording.strip();
        return w.endsWith(".") ? w.substring(0, w.length() - 1).strip() : w;
    }

    /**
     * What was wrong in a group's rows, each distinct problem once: the facts repeat on every row, so the
     * same bad value would otherwise be reported dozens of times.
     */
    private static final class Problems {
        private final Map<String, String> placeByMessage = new LinkedHashMap<>();

        void add(UkRow row, String expected) {
            placeByMessage.putIfAbsent(expected, row.place());
        }

        void report(String groupId, Consumer<LoadWarning> warnings, String fileName) {
            placeByMessage.forEach((expected, place) -> warnings.accept(
                    new LoadWarning(fileName, place + " (group " + groupId + ")", "expected " + expected)));
        }
    }
}
