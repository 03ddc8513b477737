package dev.embargo.lists.eu;

import dev.embargo.lists.Countries;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import dev.embargo.lists.model.Scripts;
import dev.embargo.lists.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Maps one {@code <sanctionEntity>} of the EU FSF XML 1.1 to an {@link Entity}. One mapper serves one
 * file read: it carries the file's name and date and gathers that read's warnings.
 *
 * <p>Mapping decisions, all taken from the published format (see {@link EuFsfXmlReader}):
 * <ul>
 * <li>Id {@code eu-fsf:<logicalId>}: the logicalId is on every entry; the EU reference number
 *     ("EU.27.28") is not, so it is kept as an identifier of type OTHER labelled "EU reference number",
 *     where a user can search it, and the UN reference ("QDi.001") likewise.</li>
 * <li>Kind from subjectType: person → PERSON, enterprise → ORGANIZATION. The format has no vessel
 *     type; an enterprise with an IMO number stays ORGANIZATION (the IMO number is kept as an IMO
 *     identifier) rather than being guessed to be a ship.</li>
 * <li>The list marks no primary name. Its aliases include the same name transliterated for other EU
 *     languages (e.g. a Swedish "Vladimirovitj" form listed before the English "Vladimirovich"), so the
 *     primary is the first strong Latin-script alias without a nameLanguage (or EN), falling back to the
 *     first strong Latin alias, then the first alias. Non-Latin aliases (Cyrillic, Korean, Arabic,
 *     Greek) are ORIGINAL_SCRIPT; strong="false", or a "low quality" alias remark, makes a name WEAK.</li>
 * <li>Listed on: designationDate when the entry has one; otherwise the earliest date among the acts it
 *     cites (regulation publicationDate/entryIntoForceDate, regulationSummary publicationDate), because
 *     the regulation given is often only the latest amendment.</li>
 * <li>Countries: countryIso2Code when it is a real code ("00" means unknown), else countryDescription
 *     through {@link Countries}; unmappable wordings are left out and warned about once per file.</li>
 * </ul>
 */
final class EuFsfEntityMapper {
    private static final Set<String> ENGLISH_OR_NONE = Set.of("", "EN");
    /** Real ISO 3166-1 alpha-2 codes (plus Kosovo's XK): checked directly, without name normalisation. */
    private static final Set<String> ISO_CODES = Stream.concat(
                    Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream(), Stream.of("XK"))
            .collect(Collectors.toUnmodifiableSet());

    private final String file;
    private final String fileName;
    private final LocalDate published;
    private final List<LoadWarning> warnings;
    private final Set<String> unmappedCountries = new HashSet<>();

    EuFsfEntityMapper(String file, String fileName, LocalDate published, List<LoadWarning> warnings) {
        this.file = file;
        this.fileName = fileName;
        this.published = published;
        this.warnings = warnings;
    }

    Optional<Entity> map(FsfElement entry) {
        String logicalId = entry.attr("logicalId");
        if (logicalId == null) {
            warn(entry.place(), "expected a logicalId attribute on <sanctionEntity>; entry skipped");
            return Optional.empty();
        }
        String where = entry.place() + " logicalId=" + logicalId;
        EntityBuilder b = Entity.builder(Source.EU_FSF, logicalId).sourceFile(fileName, published);
        b.kind(kind(entry, where));
        List<String> remarks = new ArrayList<>();
        entry.children("remark").forEach(r -> remarks.add(r.text()));
        remarks.add(entry.attr("designationDetails"));
        names(entry, b, remarks);
        if (!b.hasNames()) {
            warn(where, "expected a <nameAlias> with a wholeName; entry skipped");
            return Optional.empty();
        }
        referenceNumbers(entry, b);
        for (FsfElement citizenship : entry.children("citizenship")) {
            country(citizenship).ifPresent(b::citizenship);
            citizenship.children("remark").forEach(r -> remarks.add(r.text()));
        }
        for (FsfElement birth : entry.children("birthdate")) {
            FsfBirthDates.read(birth, problem -> warn(birth.place() + " of logicalId=" + logicalId, problem))
                    .ifPresent(b::birthDate);
            b.birthPlace(
                    commaJoin(birth.attr("city"), birth.attr("place"), birth.attr("region"), countryWording(birth)));
            birth.children("remark").forEach(r -> remarks.add(r.text()));
        }
        for (FsfElement identification : entry.children("identification")) {
            String issuer = country(identification).orElse(null);
            FsfIdentifiers.fromIdentification(identification, issuer).forEach(b::identifier);
            String onDocument = identification.attr("nameOnDocument");
            if (onDocument != null) {
                b.name(Name.of(
                        onDocument,
                        isLatin(Scripts.dominantScript(onDocument)) ? NameType.ALIAS : NameType.ORIGINAL_SCRIPT,
                        NameQuality.STRONG));
            }
        }
        for (FsfElement address : entry.children("address")) {
            b.address(address(address));
            address.children("contactInfo")
                    .forEach(c -> FsfIdentifiers.fromContactInfo(c).forEach(b::identifier));
            address.children("remark").forEach(r -> remarks.add(r.text()));
        }
        entry.children("contactInfo")
                .forEach(c -> FsfIdentifiers.fromContactInfo(c).forEach(b::identifier));
        regulations(entry, b, where);
        remarks.forEach(b::remark);
        return Optional.of(b.build());
    }

    private EntityKind kind(FsfElement entry, String where) {
        Optional<FsfElement> subject = entry.child("subjectType");
        String code = subject.map(s -> s.attr("code")).orElse(null);
        String classification = subject.map(s -> s.attr("classificationCode")).orElse(null);
        if ("person".equalsIgnoreCase(code) || (code == null && "P".equalsIgnoreCase(classification))) {
            return EntityKind.PERSON;
        }
        if ("enterprise".equalsIgnoreCase(code) || (code == null && "E".equalsIgnoreCase(classification))) {
            return EntityKind.ORGANIZATION;
        }
        warn(
                where,
                "expected <subjectType code=\"person\"> or \"enterprise\", found "
                        + (code == null ? "none" : "\"" + code + "\"") + "; kind left as other");
        return EntityKind.OTHER;
    }

    private record Alias(String wholeName, String script, boolean weak, String language) {
        boolean latin() {
            return isLatin(script);
        }
    }

    private void names(FsfElement entry, EntityBuilder b, List<String> remarks) {
        List<Alias> aliases = new ArrayList<>();
        String gender = null;
        for (FsfElement alias : entry.children("nameAlias")) {
            String whole = alias.attr("wholeName");
            if (whole == null) {
                whole = joinNonBlank(" ", alias.attr("firstName"), alias.attr("middleName"), alias.attr("lastName"));
            }
            boolean weak = "false".equalsIgnoreCase(alias.attr("strong"));
            for (FsfElement remark : alias.children("remark")) {
                String text = remark.text();
                String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
                if (lower.contains("low quality")) {
                    weak = true;
                } else if (!lower.contains("good quality") && !lower.contains("high quality")) {
                    remarks.add(text);
                }
            }
            String language =
                    Optional.ofNullable(alias.attr("nameLanguage")).orElse("").toUpperCase(Locale.ROOT);
            if (whole != null) {
                aliases.add(new Alias(whole, Scripts.dominantScript(whole), weak, language));
            }
            b.title(alias.attr("title"));
            b.title(alias.attr("function"));
            if (gender == null && b.kind() == EntityKind.PERSON) {
                gender = gender(alias.attr("gender"));
            }
        }
        b.gender(gender);
        int primary = primaryIndex(aliases);
        for (int i = 0; i < aliases.size(); i++) {
            Alias a = aliases.get(i);
            NameType type = i == primary ? NameType.PRIMARY : a.latin() ? NameType.ALIAS : NameType.ORIGINAL_SCRIPT;
            b.name(new Name(a.wholeName(), type, a.weak() ? NameQuality.WEAK : NameQuality.STRONG, a.script()));
        }
    }

    private static int primaryIndex(List<Alias> aliases) {
        List<Predicate<Alias>> preferences = List.of(
                a -> !a.weak() && a.latin() && ENGLISH_OR_NONE.contains(a.language()),
                a -> !a.weak() && a.latin(),
                Alias::latin);
        for (var preferred : preferences) {
            for (int i = 0; i < aliases.size(); i++) {
                if (preferred.test(aliases.get(i))) {
                    return i;
                }
            }
        }
        return 0;
    }

    private static boolean isLatin(String script) {
        return script.equals("Latn") || script.equals("Zyyy");
    }

    private static String gender(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "M" -> "male";
            case "F" -> "female";
            default -> null;
        };
    }

    private static void referenceNumbers(FsfElement entry, EntityBuilder b) {
        String eu = entry.attr("euReferenceNumber");
        if (eu != null) {
            b.identifier(new Identifier(IdentifierType.OTHER, eu, null, null, "EU reference number"));
        }
        String un = entry.attr("unitedNationId");
        if (un != null) {
            b.identifier(new Identifier(IdentifierType.OTHER, un, null, null, "UN reference number"));
        }
    }

    private void regulations(FsfElement entry, EntityBuilder b, String where) {
        List<LocalDate> actDates = new ArrayList<>();
        for (FsfElement regulation : entry.children("regulation")) {
            b.program(regulation.attr("programme"));
            FsfDates.day(regulation.attr("publicationDate")).ifPresent(actDates::add);
            FsfDates.day(regulation.attr("entryIntoForceDate")).ifPresent(actDates::add);
        }
        entry.eachDescendant(
                "regulationSummary",
                s -> FsfDates.day(s.attr("publicationDate")).ifPresent(actDates::add));
        String designation = entry.attr("designationDate");
        Optional<LocalDate> designated = FsfDates.day(designation);
        if (designation != null && designated.isEmpty()) {
            warn(where, "expected designationDate=\"yyyy-mm-dd\", found \"" + designation + "\"");
        }
        b.listedOn(designated.orElseGet(
                () -> actDates.stream().min(LocalDate::compareTo).orElse(null)));
    }

    private Address address(FsfElement address) {
        String country = country(address).orElse(null);
        String full = commaJoin(
                address.attr("street"),
                address.attr("poBox"),
                address.attr("place"),
                address.attr("city"),
                address.attr("zipCode"),
                address.attr("region"),
                countryWording(address));
        if (full == null) {
            return null;
        }
        return new Address(
                full,
                address.attr("street"),
                address.attr("city"),
                address.attr("region"),
                address.attr("zipCode"),
                country);
    }

    /** The ISO code of the country an element names, if it names one we know. */
    private Optional<String> country(FsfElement element) {
        String code = element.attr("countryIso2Code");
        if (code != null && ISO_CODES.contains(code.toUpperCase(Locale.ROOT))) {
            return Optional.of(code.toUpperCase(Locale.ROOT));
        }
        String wording = countryWording(element);
        if (wording == null) {
            return Optional.empty();
        }
        Optional<String> iso = Countries.toIso(wording);
        if (iso.isEmpty() && unmappedCountries.add(wording)) {
            warn(
                    element.place(),
                    "expected a country name known to Countries, found \"" + wording
                            + "\"; left out (warned once per file)");
        }
        return iso;
    }

    private static String countryWording(FsfElement element) {
        String wording = element.attr("countryDescription");
        return wording == null || wording.equalsIgnoreCase("UNKNOWN") ? null : wording;
    }

    private static String commaJoin(String... parts) {
        return joinNonBlank(", ", parts);
    }

    private static String joinNonBlank(String separator, String... parts) {
        String joined = Stream.of(parts)
                .filter(p -> p != null && !p.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    private void warn(String place, String message) {
        warnings.add(new LoadWarning(file, place, message));
    }
}
