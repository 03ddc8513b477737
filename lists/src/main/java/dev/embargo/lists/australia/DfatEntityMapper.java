package dev.embargo.lists.australia;

import dev.embargo.lists.Countries;
import dev.embargo.lists.ListedDates;
import dev.embargo.lists.ListedDates.NumericOrder;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.ListedAsNote;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import dev.embargo.lists.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the name rows of one DFAT reference into one entity: the primary name with its aliases attached. */
final class DfatEntityMapper {
    private static final Pattern CITIZENSHIP_SEPARATORS = Pattern.compile("\\s*(?:,|;|/|\\band\\b|\\bor\\b)\\s*");
    /** Several committees in one cell: "1970 (Libya) 1973 (Libya)". */
    private static final Pattern COMMITTEE_BOUNDARY = Pattern.compile("(?<=\\))\\s+(?=\\d|Autonomous)");

    private static final Pattern COMMITTEE_SUBJECT = Pattern.compile("\\((.*)\\)\\s*$");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");
    /** "Listed on: 17 Aug. 2017", "Listed by UN 1267 Committee on 25 January 2001", "Designated under … on 2 March 2012". */
    private static final Pattern LISTED_ON = Pattern.compile(
            "\\b(?:(?:first\\s+)?listed(?:\\s+by\\s+[^.;()]{1,60}?)?|designated\\s+under\\s+[^.;()]{1,80}?)"
                    + "\\s+on:?\\s*(\\d{1,2}\\.?\\s+[A-Za-z]{3,9}\\.?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2})",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DfatEntityMapper() {}

    static EntityBuilder map(String baseReference, List<DfatRow> rows, String fileName, List<LoadWarning> warnings) {
        EntityBuilder b = Entity.builder(Source.AU_DFAT, baseReference);
        DfatRow primary = rows.stream()
                .filter(r -> nameType(r.nameType()) == NameType.PRIMARY)
                .findFirst()
                .orElse(rows.getFirst());
        b.kind(kind(primary.type()));
        if (b.kind() == EntityKind.OTHER) {
            warnings.add(new LoadWarning(
                    fileName,
                    "row " + primary.row(),
                    "expected Type Individual or Entity, found \"" + primary.type() + "\"; read as other"));
        }
        for (DfatRow r : rows) {
            NameType type = nameType(r.nameType());
            if (type == null) {
                warnings.add(new LoadWarning(
                        fileName,
                        "row " + r.row(),
                        "expected Name Type Primary Name, aka or " + "Original Script, found \"" + r.nameType()
                                + "\"; read as an alias"));
                type = NameType.ALIAS;
            }
            NameType filed = r == primary ? NameType.PRIMARY : type == NameType.PRIMARY ? NameType.ALIAS : type;
            Optional<ListedAsNote> listedAs = ListedAsNote.of(r.name());
            if (listedAs.isPresent()) {
                // "Nik Mohammad (previously listed as)": DFAT writes the UN's note into the name.
                ListedAsNote n = listedAs.get();
                b.name(n.name(), filed == NameType.PRIMARY ? filed : NameType.FORMER, NameQuality.STRONG);
                if (n.originalScript() != null) {
                    b.name(n.originalScript(), NameType.ORIGINAL_SCRIPT, NameQuality.STRONG);
                }
                b.remark("Name " + n.name() + ": " + n.note());
            } else {
                b.name(r.name(), filed, NameQuality.STRONG);
            }
        }

        for (String dob : distinct(rows, DfatRow::dateOfBirth)) {
            DfatBirthDates.Result result = DfatBirthDates.parse(dob);
            result.dates().forEach(b::birthDate);
            if (!result.complete()) {
                b.remark("Date of birth as listed: " + dob + ".");
            }
        }
        for (String pob : distinct(rows, DfatRow::placeOfBirth)) {
            LetteredItems.split(pob).stream()
                    .filter(p -> !DfatBirthDates.isNotApplicable(p))
                    .forEach(b::birthPlace);
        }
        for (String citizenship : distinct(rows, DfatRow::citizenship)) {
            for (String item : LetteredItems.split(citizenship)) {
                citizenships(item).forEach(b::citizenship);
            }
        }
        for (String address : distinct(rows, DfatRow::address)) {
            for (String item : LetteredItems.split(address)) {
                if (!DfatBirthDates.isNotApplicable(item)) {
                    b.address(Address.ofText(item, addressCountry(item)));
                }
            }
        }
        for (String info : distinct(rows, DfatRow::additionalInformation)) {
            DfatAdditionalInformation.imoNumbers(info).forEach(b::identifier);
            DfatAdditionalInformation.passports(info).forEach(b::identifier);
            DfatAdditionalInformation.gender(info).ifPresent(b::gender);
            b.remark(info);
        }
        for (String committees : distinct(rows, DfatRow::committees)) {
            for (String committee : COMMITTEE_BOUNDARY.split(committees)) {
                b.program(committee);
                committeeCountries(committee).forEach(b::country);
            }
        }
        List<String> listing = distinct(rows, DfatRow::listingInformation);
        listedOn(primary.listingInformation())
                .or(() -> listing.stream()
                        .map(DfatEntityMapper::listedOn)
                        .flatMap(Optional::stream)
                        .findFirst())
                .ifPresent(b::listedOn);
        listing.forEach(l -> b.remark("Listing information: " + l));
        return b;
    }

    static NameType nameType(String listed) {
        String t = listed == null
                ? ""
                : SPACES.matcher(listed.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return switch (t) {
            case "primary name" -> NameType.PRIMARY;
            case "aka", "a.k.a.", "alias" -> NameType.ALIAS;
            case "original script" -> NameType.ORIGINAL_SCRIPT;
            case "formerly known as", "previously listed as", "fka", "f.k.a." -> NameType.FORMER;
            default -> null;
        };
    }

    private static EntityKind kind(String type) {
        String t = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "individual" -> EntityKind.PERSON;
            case "entity" -> EntityKind.ORGANIZATION;
            case "vessel" -> EntityKind.VESSEL;
            case "aircraft" -> EntityKind.AIRCRAFT;
            default -> EntityKind.OTHER;
        };
    }

    /** "Russian and Ukrainian" is two citizenships; a wording that maps to no country is left out. */
    static List<String> citizenships(String item) {
        if (DfatBirthDates.isNotApplicable(item)) {
            return List.of();
        }
        Optional<String> whole = Countries.toIso(item);
        if (whole.isPresent()) {
            return List.of(whole.get());
        }
        List<String> codes = new ArrayList<>();
        for (String part : CITIZENSHIP_SEPARATORS.split(item)) {
            Countries.toIso(part).ifPresent(codes::add);
        }
        return codes;
    }

    private static String addressCountry(String address) {
        String t = address.strip().replaceAll("[.\\s]+$", "");
        int comma = t.lastIndexOf(',');
        return Countries.toIso(comma < 0 ? t : t.substring(comma + 1).strip()).orElse(null);
    }

    /** "1718 (DPRK)" ties to KP, "751 (Somalia and Eritrea)" to SO and ER; thematic committees to none. */
    private static List<String> committeeCountries(String committee) {
        Matcher m = COMMITTEE_SUBJECT.matcher(committee);
        if (!m.find()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String part : AND.split(m.group(1))) {
            Countries.toIso(part).ifPresent(codes::add);
        }
        return codes;
    }

    static Optional<LocalDate> listedOn(String listingInformation) {
        if (listingInformation == null) {
            return Optional.empty();
        }
        Matcher m = LISTED_ON.matcher(listingInformation);
        if (m.find()) {
            return ListedDates.parseDay(m.group(1).replaceAll("(\\d)\\.", "$1"), NumericOrder.DAY_FIRST);
        }
        // A cell that is a bare date (typed dates arrive as ISO text); prose without "listed on" has none.
        String t = listingInformation.strip();
        return t.length() <= 20 ? ListedDates.parseDay(t, NumericOrder.DAY_FIRST) : Optional.empty();
    }

    /** The distinct non-blank values of one column over a party's rows (alias rows repeat the primary's). */
    private static List<String> distinct(List<DfatRow> rows, Function<DfatRow, String> column) {
        Set<String> values = new LinkedHashSet<>();
        for (DfatRow r : rows) {
            String v = column.apply(r);
            if (v != null && !v.isBlank()) {
                values.add(v.strip());
            }
        }
        return new ArrayList<>(values);
    }
}
