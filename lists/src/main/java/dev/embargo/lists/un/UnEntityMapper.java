package dev.embargo.lists.un;

import dev.embargo.lists.Countries;
import dev.embargo.lists.ListedDates;
import dev.embargo.lists.ListedDates.NumericOrder;
import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.ListedAsNote;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import dev.embargo.lists.model.Scripts;
import dev.embargo.lists.model.Source;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one INDIVIDUAL or ENTITY record of the UN list to an entity. Made afresh for every file read: it
 * remembers the country wordings it could not map and the elements it did not know, so the reader can report
 * them once per file instead of once per record.
 */
final class UnEntityMapper {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** UN reference numbers: two-letter regime code, i(ndividual) or e(ntity), a dot, digits ("KPi.033"). */
    private static final Pattern REFERENCE = Pattern.compile("\\b[A-Z]{2}[ie]\\.\\d{3}\\b");
    /** "original script: Абу Банат", "in Arabic script: شركة الكوثر", "In Arabic: ...". */
    private static final Pattern ORIGINAL_SCRIPT_NOTE =
            Pattern.compile("(?i)(?:original script|in [a-z]+ script|in arabic)\\s*:\\s*(.+)$");

    /**
     * The country of each UN sanctions regime (UN_LIST_TYPE). "GB" is Guinea-Bissau here, so the general
     * country table must not be asked. Al-Qaida has no country.
     */
    private static final Map<String, String> REGIME_COUNTRY = Map.ofEntries(
            Map.entry("DPRK", "KP"),
            Map.entry("Iran", "IR"),
            Map.entry("Iraq", "IQ"),
            Map.entry("DRC", "CD"),
            Map.entry("Libya", "LY"),
            Map.entry("Somalia", "SO"),
            Map.entry("CAR", "CF"),
            Map.entry("Yemen", "YE"),
            Map.entry("Haiti", "HT"),
            Map.entry("Sudan", "SD"),
            Map.entry("SouthSudan", "SS"),
            Map.entry("GB", "GW"),
            Map.entry("Taliban", "AF"),
            Map.entry("Mali", "ML"),
            Map.entry("Lebanon", "LB"),
            Map.entry("Liberia", "LR"),
            Map.entry("CotedIvoire", "CI"),
            Map.entry("Eritrea", "ER"));

    private static final Set<String> VALUE_ONLY = Set.of("VALUE");
    private static final Set<String> ALIAS =
            Set.of("QUALITY", "ALIAS_NAME", "DATE_OF_BIRTH", "CITY_OF_BIRTH", "COUNTRY_OF_BIRTH", "NOTE");
    private static final Set<String> PLACE = Set.of("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE");
    private static final Set<String> DATE_OF_BIRTH =
            Set.of("TYPE_OF_DATE", "DATE", "YEAR", "FROM_YEAR", "TO_YEAR", "NOTE");
    private static final Set<String> DOCUMENT = Set.of(
            "TYPE_OF_DOCUMENT",
            "TYPE_OF_DOCUMENT2",
            "NUMBER",
            "ISSUING_COUNTRY",
            "COUNTRY_OF_ISSUE",
            "CITY_OF_ISSUE",
            "DATE_OF_ISSUE",
            "NOTE");
    private static final Set<String> LEAF = Set.of();

    /**
     * Every element a record may hold, with the children it may hold. DATAID, VERSIONNUM, LIST_TYPE (always
     * "UN List"), LAST_DAY_UPDATED and the SORT_KEYs are read but have no place in the entity model.
     */
    private static final Map<String, Set<String>> RECORD_CHILDREN = Map.ofEntries(
            Map.entry("DATAID", LEAF),
            Map.entry("VERSIONNUM", LEAF),
            Map.entry("FIRST_NAME", LEAF),
            Map.entry("SECOND_NAME", LEAF),
            Map.entry("THIRD_NAME", LEAF),
            Map.entry("FOURTH_NAME", LEAF),
            Map.entry("UN_LIST_TYPE", LEAF),
            Map.entry("REFERENCE_NUMBER", LEAF),
            Map.entry("LISTED_ON", LEAF),
            Map.entry("GENDER", LEAF),
            Map.entry("COMMENTS1", LEAF),
            Map.entry("NAME_ORIGINAL_SCRIPT", LEAF),
            Map.entry("SORT_KEY", LEAF),
            Map.entry("SORT_KEY_LAST_MOD", LEAF),
            Map.entry("TITLE", VALUE_ONLY),
            Map.entry("DESIGNATION", VALUE_ONLY),
            Map.entry("NATIONALITY", VALUE_ONLY),
            Map.entry("LIST_TYPE", VALUE_ONLY),
            Map.entry("LAST_DAY_UPDATED", VALUE_ONLY),
            Map.entry("INDIVIDUAL_ALIAS", ALIAS),
            Map.entry("ENTITY_ALIAS", ALIAS),
            Map.entry("INDIVIDUAL_ADDRESS", PLACE),
            Map.entry("ENTITY_ADDRESS", PLACE),
            Map.entry("INDIVIDUAL_PLACE_OF_BIRTH", PLACE),
            Map.entry("INDIVIDUAL_DATE_OF_BIRTH", DATE_OF_BIRTH),
            Map.entry("INDIVIDUAL_DOCUMENT", DOCUMENT));

    private final String fileName;
    private final LocalDate published;
    private final Map<String, Optional<String>> isoByWording = new HashMap<>();
    private final Map<String, Integer> unmappedCountries = new TreeMap<>();
    private final Map<String, Integer> unknownQualities = new TreeMap<>();
    private final Map<String, Unknown> unknownElements = new LinkedHashMap<>();

    /** An element the mapper does not read: how often, and where first. */
    record Unknown(int count, int firstLine) {}

    /** A record that cannot become an entity, and why. */
    static final class RecordProblem extends Exception {
        RecordProblem(String message) {
            super(message);
        }
    }

    /**
     * A mapped record, not yet built: the other records it names in its remarks can only be linked once the
     * whole file is read.
     */
    record Mapped(
            EntityBuilder builder,
            String referenceNumber,
            String primaryName,
            Set<String> namedReferences,
            String warning) {}

    UnEntityMapper(String fileName, LocalDate published) {
        this.fileName = fileName;
        this.published = published;
    }

    Mapped map(UnElement record) throws RecordProblem {
        boolean person = "INDIVIDUAL".equals(record.name());
        noteUnknownChildren(record);
        String reference = record.text("REFERENCE_NUMBER");
        String primary = joinNameParts(record);
        if (reference == null) {
            throw new RecordProblem("a REFERENCE_NUMBER, the id every UN entry is known by; this record"
                    + (primary != null ? " (" + primary + ")" : "") + " has none and is skipped");
        }
        EntityBuilder b = Entity.builder(Source.UN, reference)
                .kind(person ? EntityKind.PERSON : EntityKind.ORGANIZATION)
                .sourceFile(fileName, published);
        List<String> remarks = new ArrayList<>();
        String comments = record.text("COMMENTS1");
        if (comments != null) {
            comments = collapse(comments);
            remarks.add(comments);
        }
        if (primary != null) {
            b.name(primary, NameType.PRIMARY, NameQuality.STRONG);
        }
        String original = record.text("NAME_ORIGINAL_SCRIPT");
        if (original != null) {
            b.name(collapse(original), NameType.ORIGINAL_SCRIPT, NameQuality.STRONG);
        }
        // The record's own birth facts before those an alias carries.
        for (UnElement dob : record.all("INDIVIDUAL_DATE_OF_BIRTH")) {
            UnBirthDates.Reading reading = UnBirthDates.read(dob);
            b.birthDate(reading.date());
            addRemark(remarks, reading.remark());
        }
        for (UnElement pob : record.all("INDIVIDUAL_PLACE_OF_BIRTH")) {
            b.birthPlace(placeText(
                    pob.text("STREET"),
                    pob.text("CITY"),
                    pob.text("STATE_PROVINCE"),
                    pob.text("ZIP_CODE"),
                    pob.text("COUNTRY"),
                    pob.text("NOTE")));
        }
        for (UnElement alias : record.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            readAlias(b, alias, remarks);
        }
        for (UnElement group : record.all("TITLE")) {
            values(group).forEach(b::title);
        }
        for (UnElement group : record.all("DESIGNATION")) {
            values(group).forEach(b::title);
        }
        for (UnElement group : record.all("NATIONALITY")) {
            values(group).forEach(v -> iso(v).ifPresent(b::nationality));
        }
        b.gender(record.text("GENDER"));
        String regime = record.text("UN_LIST_TYPE");
        if (regime != null) {
            b.program(regime);
            String country = REGIME_COUNTRY.get(regime);
            if (country != null) {
                b.country(country);
            }
        }
        String listedOn = record.text("LISTED_ON");
        b.listedOn(day(listedOn));
        if (listedOn != null && day(listedOn) == null) {
            addRemark(remarks, "Listed on: " + listedOn);
        }
        for (UnElement address : record.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            b.address(address(address));
        }
        for (UnElement document : record.all("INDIVIDUAL_DOCUMENT")) {
            readDocument(b, document, remarks);
        }
        for (String remark : remarks) {
            b.remark(remark);
        }
        // The list's own comments (and alias notes, above): the other remarks were built from fields already read.
        for (Identifier id : RemarkIdentifiers.find(comments)) {
            b.identifier(id);
        }
        if (!b.hasNames()) {
            throw new RecordProblem("a name in FIRST_NAME .. FOURTH_NAME, NAME_ORIGINAL_SCRIPT or an alias;"
                    + " this record has none and is skipped");
        }
        Set<String> named = new LinkedHashSet<>();
        if (comments != null) {
            Matcher m = REFERENCE.matcher(comments);
            while (m.find()) {
                named.add(m.group());
            }
        }
        String warning = primary == null ? "no name in FIRST_NAME .. FOURTH_NAME; filed under its other names" : null;
        return new Mapped(b, reference.strip(), primary, named, warning);
    }

    private void readAlias(EntityBuilder b, UnElement alias, List<String> remarks) {
        String name = alias.text("ALIAS_NAME");
        String note = alias.text("NOTE");
        if (name != null) {
            String quality = alias.text("QUALITY");
            NameType type = NameType.ALIAS;
            NameQuality strength = NameQuality.STRONG;
            if (quality != null) {
                switch (quality.toLowerCase(Locale.ROOT)) {
                    case "good", "a.k.a." -> {}
                    case "low" -> strength = NameQuality.WEAK;
                    case "f.k.a." -> type = NameType.FORMER;
                    default -> unknownQualities.merge(quality, 1, Integer::sum);
                }
            }
            String full = collapse(name);
            Optional<ListedAsNote> listedAs = ListedAsNote.of(full);
            // "Azim Adhajani; Azim Agha-Jani" lists several names in one field; with brackets the semicolons
            // belong to a note inside the name, so such names are kept whole.
            if (listedAs.isPresent()) {
                // The NOTE written into the name ("Ezatullah Haqqani (previously listed as)").
                ListedAsNote n = listedAs.get();
                full = n.name();
                b.name(full, NameType.FORMER, strength);
                if (n.originalScript() != null) {
                    b.name(n.originalScript(), NameType.ORIGINAL_SCRIPT, NameQuality.STRONG);
                }
                addRemark(remarks, "Alias " + full + ": " + n.note());
            } else if (full.indexOf(';') >= 0 && full.indexOf('(') < 0) {
                for (String part : full.split(";")) {
                    b.name(part.strip(), type, strength);
                }
            } else {
                b.name(full, type, strength);
            }
            if (note != null) {
                addRemark(remarks, "Alias " + full + ": " + collapse(note));
            }
        } else if (note != null) {
            addRemark(remarks, "Alias note: " + collapse(note));
        }
        if (note != null) {
            originalScriptIn(note).ifPresent(n -> b.name(n, NameType.ORIGINAL_SCRIPT, NameQuality.STRONG));
            RemarkIdentifiers.find(note).forEach(b::identifier);
        }
        String birthDate = alias.text("DATE_OF_BIRTH");
        if (birthDate != null) {
            b.birthDate(ListedDates.parse(birthDate, NumericOrder.DAY_FIRST).orElse(null));
        }
        String city = alias.text("CITY_OF_BIRTH");
        String country = alias.text("COUNTRY_OF_BIRTH");
        if (city != null || country != null) {
            b.birthPlace(placeText(null, city, null, null, country, null));
        }
    }

    private void readDocument(EntityBuilder b, UnElement document, List<String> remarks) {
        String type = document.text("TYPE_OF_DOCUMENT");
        String type2 = document.text("TYPE_OF_DOCUMENT2");
        String label = label(type2 != null ? type2 : type);
        String number = document.text("NUMBER");
        String countryText = document.text("ISSUING_COUNTRY") != null
                ? document.text("ISSUING_COUNTRY")
                : document.text("COUNTRY_OF_ISSUE");
        String country = iso(countryText).orElse(null);
        if (number != null) {
            b.identifier(new Identifier(UnDocumentTypes.classify(type, type2), collapse(number), country, null, label));
        }
        List<String> details = new ArrayList<>();
        String issued = document.text("DATE_OF_ISSUE");
        String city = document.text("CITY_OF_ISSUE");
        if (issued != null || city != null) {
            details.add(
                    "issued" + (issued != null ? " " + issued : "") + (city != null ? " in " + collapse(city) : ""));
        }
        if (countryText != null && country == null) {
            details.add("issued by " + countryText);
        }
        String note = document.text("NOTE");
        if (note != null) {
            details.add(collapse(note));
            originalScriptIn(note).ifPresent(n -> b.name(n, NameType.ORIGINAL_SCRIPT, NameQuality.STRONG));
        }
        // Without a NUMBER the document is known only by its words (often a number inside the NOTE); keep them.
        if (!details.isEmpty() || number == null && type2 != null) {
            addRemark(
                    remarks,
                    (label != null ? label : "Document")
                            + (number != null ? " " + collapse(number) : "")
                            + (details.isEmpty() ? "" : ": " + String.join("; ", details)));
        }
    }

    private Address address(UnElement a) {
        String street = a.text("STREET");
        String city = a.text("CITY");
        String region = a.text("STATE_PROVINCE");
        String zip = a.text("ZIP_CODE");
        String countryText = a.text("COUNTRY");
        String full = placeText(street, city, region, zip, countryText, a.text("NOTE"));
        if (full == null) {
            return null;
        }
        return new Address(
                full,
                collapseOrNull(street),
                collapseOrNull(city),
                collapseOrNull(region),
                collapseOrNull(zip),
                iso(countryText).orElse(null));
    }

    /** "Street, City, Region, Zip, Country (note)"; a note alone (it often holds the whole address) as is. */
    private static String placeText(
            String street, String city, String region, String zip, String country, String note) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {street, city, region, zip, country}) {
            if (p != null) {
                parts.add(collapse(p));
            }
        }
        String joined = String.join(", ", parts);
        if (note == null) {
            return joined.isEmpty() ? null : joined;
        }
        return joined.isEmpty() ? collapse(note) : joined + " (" + collapse(note) + ")";
    }

    private static String joinNameParts(UnElement record) {
        List<String> parts = new ArrayList<>();
        for (String part : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            String p = record.text(part);
            if (p != null) {
                parts.add(collapse(p));
            }
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static List<String> values(UnElement group) {
        List<String> out = new ArrayList<>();
        for (UnElement v : group.all("VALUE")) {
            String t = v.text().strip();
            if (!t.isEmpty()) {
                out.add(collapse(t));
            }
        }
        return out;
    }

    private static Optional<String> originalScriptIn(String note) {
        Matcher m = ORIGINAL_SCRIPT_NOTE.matcher(collapse(note));
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        String script = Scripts.dominantScript(name);
        return script.equals("Latn") || script.equals("Zyyy") ? Optional.empty() : Optional.of(name);
    }

    /** A listing date: "2012-12-31", sometimes with a zone offset ("2015-04-07-04:00"). */
    private static LocalDate day(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Optional<String> iso(String wording) {
        if (wording == null || wording.isBlank()) {
            return Optional.empty();
        }
        Optional<String> iso = isoByWording.computeIfAbsent(wording.strip(), Countries::toIso);
        if (iso.isEmpty()) {
            unmappedCountries.merge(wording.strip(), 1, Integer::sum);
        }
        return iso;
    }

    private void noteUnknownChildren(UnElement record) {
        for (UnElement child : record.children()) {
            Set<String> allowed = RECORD_CHILDREN.get(child.name());
            if (allowed == null) {
                noteUnknown(record.name() + "/" + child.name(), child);
                continue;
            }
            for (UnElement grandchild : child.children()) {
                if (!allowed.contains(grandchild.name())
                        || !grandchild.children().isEmpty()) {
                    noteUnknown(record.name() + "/" + child.name() + "/" + grandchild.name(), grandchild);
                }
            }
        }
    }

    /** Remembers an element no part of the reader knows, for one warning per element name and file. */
    void noteUnknown(String path, UnElement element) {
        if (!element.isBlank()) {
            unknownElements.merge(
                    path,
                    new Unknown(1, element.line()),
                    (a, b) -> new Unknown(a.count() + b.count(), Math.min(a.firstLine(), b.firstLine())));
        }
    }

    Map<String, Integer> unmappedCountries() {
        return unmappedCountries;
    }

    Map<String, Integer> unknownQualities() {
        return unknownQualities;
    }

    Map<String, Unknown> unknownElements() {
        return unknownElements;
    }

    private static void addRemark(List<String> remarks, String remark) {
        if (remark != null && !remark.isBlank()) {
            remarks.add(remark.endsWith(".") ? remark : remark + ".");
        }
    }

    private static String label(String wording) {
        if (wording == null) {
            return null;
        }
        String l = collapse(wording);
        while (l.endsWith(":")) {
            l = l.substring(0, l.length() - 1).strip();
        }
        return l.isEmpty() ? null : l;
    }

    private static String collapseOrNull(String s) {
        return s == null ? null : collapse(s);
    }

    /** Layout whitespace (line breaks and indentation inside an element) becomes one space. */
    static String collapse(String s) {
        return WHITESPACE.matcher(s.strip()).replaceAll(" ");
    }
}
