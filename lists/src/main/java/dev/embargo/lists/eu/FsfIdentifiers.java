package dev.embargo.lists.eu;

import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identifiers from {@code <identification>} and {@code <contactInfo>} elements.
 *
 * <p>identificationTypeCode values seen in the published list (per the OpenSanctions eu_fsf lookups):
 * passport, id, regnumber, fiscalcode, swiftbic, imo, other, tradelic, ssn, birthcert, nationcert,
 * travelcardid, electionid, residentperm, drivinglicence, NRN. contactInfo keys: PHONE, FAX, EMAIL, WEB.
 */
final class FsfIdentifiers {
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;,]\\s*");

    private FsfIdentifiers() {}

    static IdentifierType typeOf(String code) {
        if (code == null) {
            return IdentifierType.OTHER;
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "passport" -> IdentifierType.PASSPORT;
            case "id", "nrn", "ssn" -> IdentifierType.NATIONAL_ID;
            case "regnumber", "tradelic" -> IdentifierType.REGISTRATION;
            case "fiscalcode" -> IdentifierType.TAX_ID;
            case "swiftbic" -> IdentifierType.SWIFT_BIC;
            case "imo" -> IdentifierType.IMO;
            default -> IdentifierType.OTHER;
        };
    }

    /**
     * One identifier per number the element lists: {@code number}, and {@code latinNumber} as a second
     * identifier when it differs (the number in the original script and its Latin transliteration).
     * The label is the list's type description, then the document's flags and remarks, so that
     * "known false" or "diplomatic" travels with the number it qualifies.
     */
    static List<Identifier> fromIdentification(FsfElement identification, String issuingCountry) {
        IdentifierType type = typeOf(identification.attr("identificationTypeCode"));
        String label = label(identification);
        List<Identifier> out = new ArrayList<>(2);
        String number = realValue(identification.attr("number"));
        String latin = realValue(identification.attr("latinNumber"));
        if (number != null) {
            out.add(new Identifier(type, number, issuingCountry, null, label));
        }
        if (latin != null && !latin.equals(number)) {
            out.add(new Identifier(type, latin, issuingCountry, null, label));
        }
        return out;
    }

    private static String label(FsfElement identification) {
        List<String> parts = new ArrayList<>();
        String description = identification.attr("identificationTypeDescription");
        parts.add(description != null ? description : identification.attr("identificationTypeCode"));
        if (identification.flag("diplomatic")) {
            parts.add("diplomatic");
        }
        if (identification.flag("knownFalse")) {
            parts.add("known false");
        }
        if (identification.flag("knownExpired")) {
            parts.add("known expired");
        }
        if (identification.flag("reportedLost")) {
            parts.add("reported lost");
        }
        if (identification.flag("revokedByIssuer")) {
            parts.add("revoked by issuer");
        }
        for (FsfElement remark : identification.children("remark")) {
            parts.add(remark.text());
        }
        String label = String.join(
                "; ", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
        return label.isEmpty() ? null : label;
    }

    /** A contactInfo element (key PHONE/FAX/EMAIL/WEB, value) as identifiers; one value may list several. */
    static List<Identifier> fromContactInfo(FsfElement contact) {
        String key = contact.attr("key");
        String value = contact.attr("value");
        if (value == null) {
            return List.of();
        }
        String k = key == null ? "" : key.toUpperCase(Locale.ROOT);
        IdentifierType type = switch (k) {
            case "PHONE", "FAX" -> IdentifierType.PHONE;
            case "EMAIL" -> IdentifierType.EMAIL;
            case "WEB" -> IdentifierType.WEBSITE;
            default -> IdentifierType.OTHER;
        };
        String label = switch (k) {
            case "PHONE" -> "Phone";
            case "FAX" -> "Fax";
            case "EMAIL" -> "Email";
            case "WEB" -> "Website";
            default -> key;
        };
        List<Identifier> out = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(value)) {
            String v = realValue(part);
            if (v != null) {
                out.add(new Identifier(type, v, null, null, label));
            }
        }
        return out;
    }

    /** The list writes "-" (and similar) where it has no number. */
    private static String realValue(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() || v.chars().noneMatch(Character::isLetterOrDigit) ? null : v;
    }
}
