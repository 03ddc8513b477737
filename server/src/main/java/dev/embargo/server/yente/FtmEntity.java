package dev.embargo.server.yente;

import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.DatePrecision;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A listed party in yente's entity shape: a FollowTheMoney entity ({@code id, caption, schema, properties,
 * datasets, referents, target, first_seen, last_seen, last_change}) whose properties are FtM property names
 * with lists of text values (countries as lower-case ISO codes, dates as ISO dates).
 */
public final class FtmEntity {
    /** Every listed party is a sanctions target; OpenSanctions' topic for that. */
    public static final String TOPIC = "sanction";

    private FtmEntity() {}

    /** The flat entity, as in match and search results. */
    public static Map<String, Object> flat(Entity e) {
        return envelope(e.id(), e.primaryName().full(), FtmSchema.of(e).ftmName(), properties(e), e, true);
    }

    /**
     * The entity with its adjacent entities nested in the properties, as {@code /entities/{id}} gives it: the
     * sanction (authority, programs, listing date) and any cryptocurrency wallets.
     */
    public static Map<String, Object> nested(Entity e) {
        Map<String, Object> m = flat(e);
        @SuppressWarnings("unchecked")
        Map<String, Object> props = (Map<String, Object>) m.get("properties");
        props.put("sanctions", List.of(sanction(e)));
        List<Object> wallets = new ArrayList<>();
        int i = 0;
        for (Identifier id : e.identifiers()) {
            if (id.type() == dev.embargo.lists.model.IdentifierType.DIGITAL_CURRENCY) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("publicKey", List.of(id.value()));
                if (id.currency() != null) {
                    p.put("currency", List.of(id.currency()));
                }
                p.put("holder", List.of(e.id()));
                wallets.add(envelope(
                        e.id() + "#wallet-" + (++i), id.value(), FtmSchema.CRYPTO_WALLET.ftmName(), p, e, false));
            }
        }
        if (!wallets.isEmpty()) {
            props.put("cryptoWallets", wallets);
        }
        return m;
    }

    private static Map<String, Object> sanction(Entity e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("authority", List.of(e.source().title()));
        p.put("program", e.programs());
        if (e.listedOn() != null) {
            p.put("listingDate", List.of(e.listedOn().toString()));
        }
        if (e.sourceFile() != null) {
            p.put(
                    "summary",
                    List.of("Listed in " + e.sourceFile()
                            + (e.published() == null ? "" : ", published " + e.published())));
        }
        p.put("entity", List.of(e.id()));
        String caption = e.programs().isEmpty() ? e.source().title() : String.join(", ", e.programs());
        return envelope(e.id() + "#sanction", caption, "Sanction", p, e, false);
    }

    private static Map<String, Object> envelope(
            String id, String caption, String schema, Map<String, ?> props, Entity e, boolean target) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("caption", caption);
        m.put("schema", schema);
        m.put("properties", props);
        m.put("datasets", List.of(Datasets.nameOf(e.source())));
        m.put("referents", List.of());
        m.put("target", target);
        // The listing date is when the party first appeared in its list; the file's publication date is the
        // latest time the list is known to have still held it.
        m.put("first_seen", timestamp(e.listedOn()));
        m.put("last_seen", timestamp(e.published()));
        m.put("last_change", null);
        return m;
    }

    private static String timestamp(LocalDate d) {
        return d == null ? null : d + "T00:00:00";
    }

    /** FtM properties of a listed party; only properties its schema has, values deduplicated in list order. */
    static Map<String, List<String>> properties(Entity e) {
        FtmSchema schema = FtmSchema.of(e);
        boolean legalEntity = schema.isA(FtmSchema.LEGAL_ENTITY);
        Props p = new Props();
        for (Name n : e.names()) {
            String prop = switch (n.type()) {
                case PRIMARY -> "name";
                case FORMER -> "previousName";
                case ALIAS, ORIGINAL_SCRIPT -> n.quality() == NameQuality.WEAK ? "weakAlias" : "alias";
            };
            p.add(prop, n.full());
        }
        String dateProp = switch (schema) {
            case PERSON -> "birthDate";
            case VESSEL, AIRPLANE -> "buildDate";
            default -> "incorporationDate";
        };
        for (ListedDate d : e.birthDates()) {
            for (String v : ftmDates(d)) {
                p.add(dateProp, v);
            }
        }
        if (schema == FtmSchema.PERSON) {
            e.birthPlaces().forEach(v -> p.add("birthPlace", v));
            e.nationalities().forEach(v -> p.add("nationality", country(v)));
            e.citizenships().forEach(v -> p.add("citizenship", country(v)));
            p.add("gender", e.gender());
            e.titles().forEach(v -> p.add("position", v));
        }
        // A vessel's country in the lists is its flag.
        String countryProp = schema == FtmSchema.VESSEL ? "flag" : "country";
        e.countries().forEach(v -> p.add(countryProp, country(v)));
        for (Address a : e.addresses()) {
            p.add("address", a.full());
            if (a.country() != null) {
                p.add("country", country(a.country()));
            }
        }
        for (Identifier id : e.identifiers()) {
            String prop = identifierProperty(schema, legalEntity, id);
            if (prop != null) {
                p.add(prop, id.value());
            }
        }
        p.add("topics", TOPIC);
        e.programs().forEach(v -> p.add("program", v));
        p.add("notes", e.remarks());
        return p.values;
    }

    /**
     * The FtM property for an identifier on a party of {@code schema}, as FtM defines them: idNumber is for
     * people (organizations use registrationNumber), imoNumber exists on vessels and organizations only, and
     * vehicles have no contact details. Null when FtM has none here (wallets are nested entities instead).
     */
    private static String identifierProperty(FtmSchema schema, boolean legalEntity, Identifier id) {
        boolean person = schema == FtmSchema.PERSON;
        String number = person || schema == FtmSchema.LEGAL_ENTITY ? "idNumber" : "registrationNumber";
        return switch (id.type()) {
            case PASSPORT -> person ? "passportNumber" : number;
            case NATIONAL_ID, OTHER, AIRCRAFT_TAIL -> number;
            case REGISTRATION -> "registrationNumber";
            case TAX_ID -> legalEntity ? "taxNumber" : number;
            case IMO -> schema == FtmSchema.VESSEL || schema == FtmSchema.ORGANIZATION ? "imoNumber" : number;
            case MMSI -> schema == FtmSchema.VESSEL ? "mmsi" : number;
            case CALL_SIGN -> schema == FtmSchema.VESSEL ? "callSign" : number;
            case AIRCRAFT_SERIAL -> schema == FtmSchema.AIRPLANE ? "serialNumber" : number;
            case SWIFT_BIC -> legalEntity ? "swiftBic" : number;
            case EMAIL -> legalEntity ? "email" : null;
            case WEBSITE -> legalEntity ? "website" : null;
            case PHONE -> legalEntity ? "phone" : null;
            case DIGITAL_CURRENCY -> null;
        };
    }

    /** FtM has no date ranges: a range becomes its years (up to ten), else its first and last year. */
    static List<String> ftmDates(ListedDate d) {
        if (d.precision() != DatePrecision.RANGE) {
            return List.of(d.iso());
        }
        int from = d.earliest().getYear();
        int to = d.latest().getYear();
        if (from == to) {
            return List.of(Integer.toString(from));
        }
        if (to - from > 10) {
            return List.of(Integer.toString(from), Integer.toString(to));
        }
        List<String> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            years.add(Integer.toString(y));
        }
        return years;
    }

    static String country(String iso) {
        return iso.toLowerCase(Locale.ROOT);
    }

    /** Property values in insertion order, blanks and repeats dropped. */
    private static final class Props {
        private final Map<String, List<String>> values = new LinkedHashMap<>();
        private final Map<String, Set<String>> seen = new LinkedHashMap<>();

        void add(String prop, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            if (seen.computeIfAbsent(prop, k -> new LinkedHashSet<>()).add(value)) {
                values.computeIfAbsent(prop, k -> new ArrayList<>()).add(value);
            }
        }
    }
}
