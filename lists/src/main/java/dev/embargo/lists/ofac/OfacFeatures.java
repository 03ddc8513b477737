package dev.embargo.lists.ofac;

import static dev.embargo.lists.model.IdentifierType.AIRCRAFT_SERIAL;
import static dev.embargo.lists.model.IdentifierType.AIRCRAFT_TAIL;
import static dev.embargo.lists.model.IdentifierType.CALL_SIGN;
import static dev.embargo.lists.model.IdentifierType.EMAIL;
import static dev.embargo.lists.model.IdentifierType.IMO;
import static dev.embargo.lists.model.IdentifierType.MMSI;
import static dev.embargo.lists.model.IdentifierType.NATIONAL_ID;
import static dev.embargo.lists.model.IdentifierType.OTHER;
import static dev.embargo.lists.model.IdentifierType.PASSPORT;
import static dev.embargo.lists.model.IdentifierType.PHONE;
import static dev.embargo.lists.model.IdentifierType.REGISTRATION;
import static dev.embargo.lists.model.IdentifierType.SWIFT_BIC;
import static dev.embargo.lists.model.IdentifierType.TAX_ID;
import static dev.embargo.lists.model.IdentifierType.WEBSITE;

import dev.embargo.lists.model.IdentifierType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The table of OFAC's "label value" wordings (see {@link OfacFeature}). Labels not in the table are not
 * guessed at: their items stay in the entity's remarks. Wordings were taken from the SDN list of 2024-05
 * and the consolidated list of 2025-03; the frequent ones are all here.
 */
final class OfacFeatures {
    static final String DIGITAL_CURRENCY_LABEL = "Digital Currency Address -";

    private static final List<OfacFeature> TABLE = table();
    /** Features by the lower-cased first word of their label, longest label first. */
    private static final Map<String, List<OfacFeature>> BY_FIRST_WORD = indexByFirstWord(TABLE);

    private static final Map<String, OfacFeature> BY_LABEL = indexByLabel(TABLE);

    /** A feature found at the start of a remark item, and where its value starts. */
    record Match(OfacFeature feature, int valueStart) {}

    private OfacFeatures() {}

    /** The feature whose label begins {@code item} ("Passport A123 (Iran)"), longest label first. */
    static Optional<Match> atStartOf(String item) {
        int end = 0;
        while (end < item.length() && item.charAt(end) != ' ' && item.charAt(end) != ':') {
            end++;
        }
        List<OfacFeature> candidates = BY_FIRST_WORD.get(item.substring(0, end).toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return Optional.empty();
        }
        for (OfacFeature f : candidates) {
            String label = f.label();
            if (!item.regionMatches(true, 0, label, 0, label.length())) {
                continue;
            }
            int pos = label.length();
            if (pos < item.length() && item.charAt(pos) == ':') {
                pos++; // "Linked To: X", and "Email:x@y" without the space
            } else if (pos < item.length() && item.charAt(pos) != ' ') {
                continue; // a longer word that merely starts like the label
            }
            while (pos < item.length() && item.charAt(pos) == ' ') {
                pos++;
            }
            return Optional.of(new Match(f, pos));
        }
        return Optional.empty();
    }

    /** The feature an XML idType names ("Passport", "National ID No.", "Digital Currency Address - XBT"). */
    static Optional<OfacFeature> byLabel(String idType) {
        String key = idType.strip();
        if (key.endsWith(":")) {
            key = key.substring(0, key.length() - 1).strip();
        }
        if (key.regionMatches(true, 0, DIGITAL_CURRENCY_LABEL, 0, DIGITAL_CURRENCY_LABEL.length())) {
            return Optional.of(BY_LABEL.get(DIGITAL_CURRENCY_LABEL.toLowerCase(Locale.ROOT)));
        }
        return Optional.ofNullable(BY_LABEL.get(key.toLowerCase(Locale.ROOT)));
    }

    private static List<OfacFeature> table() {
        List<OfacFeature> t = new ArrayList<>();
        ids(t, PASSPORT, "Passport", "Diplomatic Passport", "Travel Document Number");
        ids(
                t,
                NATIONAL_ID,
                "National ID No.",
                "Cedula No.",
                "C.U.R.P.",
                "CURP",
                "D.N.I.",
                "Personal ID Card",
                "National Foreign ID Number",
                "Turkish Identification Number",
                "Numero de Identidad",
                "Citizen's Card Number",
                "Kenyan ID No.",
                "Tazkira National ID Card",
                "Identification Number",
                "Electoral Registry No.",
                "Credencial electoral",
                "I.F.E.",
                "SSN",
                "Social Security Number");
        ids(
                t,
                TAX_ID,
                "Tax ID No.",
                "R.F.C.",
                "RFC",
                "NIT #",
                "RUC #",
                "V.A.T. Number",
                "VAT Number",
                "Italian Fiscal Code",
                "US FEIN",
                "C.U.I.T.",
                "C.U.I.",
                "RIF #",
                "RTN");
        ids(
                t,
                REGISTRATION,
                "Registration Number",
                "Registration ID",
                "Company Number",
                "UK Company Number",
                "Business Registration Number",
                "Business Registration Document #",
                "Business Number",
                "Commercial Registry Number",
                "Folio Mercantil No.",
                "Matricula Mercantil No",
                "Matricula Mercantil No.",
                "Chamber of Commerce Number",
                "Istanbul Chamber of Comm. No.",
                "Dubai Chamber of Commerce Membership No.",
                "C.R. No.",
                "Romanian C.R.",
                "Trade License No.",
                "Government Gazette Number",
                "Legal Entity Number",
                "Economic Register Number (CBLS)",
                "Central Registration System Number",
                "Certificate of Incorporation Number",
                "Public Registration Number",
                "Enterprise Number",
                "Registered Charity No.",
                "Unified Social Credit Code (USCC)",
                "United Social Credit Code Certificate (USCCC)",
                "D-U-N-S Number",
                "Branch Unit Number",
                "License",
                "Permit Number",
                "SRE Permit No.",
                "LE Number",
                "Organization Code");
        ids(t, IMO, "Vessel Registration Identification");
        ids(t, MMSI, "MMSI");
        ids(t, CALL_SIGN, "Call Sign", "Vessel Call Sign", "Other Vessel Call Sign");
        ids(t, AIRCRAFT_TAIL, "Aircraft Tail Number");
        ids(
                t,
                AIRCRAFT_SERIAL,
                "Aircraft Manufacturer's Serial Number (MSN)",
                "Aircraft Construction Number (also called L/N or S/N or F/N)",
                "Aircraft Serial Identification");
        ids(t, SWIFT_BIC, "SWIFT/BIC");
        ids(t, EMAIL, "Email Address", "Email");
        ids(t, WEBSITE, "Website");
        ids(t, PHONE, "Phone Number", "Telephone", "Telephone No.", "Phone", "Fax", "Fax No.");
        ids(
                t,
                OTHER,
                "Aircraft Mode S Transponder Code",
                "ISIN",
                "BIK (RU)",
                "Birth Certificate Number",
                "Driver's License No.",
                "Residency Number",
                "Refugee ID Card",
                "Cartilla de Servicio Militar Nacional",
                "VisaNumberID",
                "Chinese Commercial Code",
                "Equity Ticker");
        t.add(OfacFeature.of(DIGITAL_CURRENCY_LABEL, OfacFeature.Kind.DIGITAL_CURRENCY));
        facts(
                t,
                OfacFeature.Kind.BIRTH_DATE,
                "DOB",
                "Organization Established Date",
                "Vessel Year of Build",
                "Aircraft Manufacture Date");
        facts(t, OfacFeature.Kind.BIRTH_PLACE, "POB");
        facts(t, OfacFeature.Kind.NATIONALITY, "nationality");
        facts(t, OfacFeature.Kind.CITIZENSHIP, "citizen", "citizenship");
        facts(t, OfacFeature.Kind.COUNTRY, "Nationality of Registration", "Vessel Flag", "Other Vessel Flag");
        facts(t, OfacFeature.Kind.GENDER, "Gender");
        facts(t, OfacFeature.Kind.TITLE, "Title");
        facts(t, OfacFeature.Kind.LINK, "Linked To", "Aircraft Operator", "Vessel Owner");
        return List.copyOf(t);
    }

    private static void ids(List<OfacFeature> table, IdentifierType type, String... labels) {
        for (String label : labels) {
            table.add(OfacFeature.identifier(label, type));
        }
    }

    private static void facts(List<OfacFeature> table, OfacFeature.Kind kind, String... labels) {
        for (String label : labels) {
            table.add(OfacFeature.of(label, kind));
        }
    }

    private static Map<String, List<OfacFeature>> indexByFirstWord(List<OfacFeature> table) {
        Map<String, List<OfacFeature>> index = new HashMap<>();
        for (OfacFeature f : table) {
            String label = f.label();
            int space = label.indexOf(' ');
            String first = (space < 0 ? label : label.substring(0, space)).toLowerCase(Locale.ROOT);
            index.computeIfAbsent(first, k -> new ArrayList<>()).add(f);
        }
        Map<String, List<OfacFeature>> sorted = new HashMap<>();
        index.forEach((k, v) -> sorted.put(
                k,
                v.stream()
                        .sorted(Comparator.comparingInt(
                                        (OfacFeature f) -> f.label().length())
                                .reversed())
                        .toList()));
        return Map.copyOf(sorted);
    }

    private static Map<String, OfacFeature> indexByLabel(List<OfacFeature> table) {
        Map<String, OfacFeature> index = new HashMap<>();
        for (OfacFeature f : table) {
            index.putIfAbsent(f.label().toLowerCase(Locale.ROOT), f);
        }
        return Map.copyOf(index);
    }
}
