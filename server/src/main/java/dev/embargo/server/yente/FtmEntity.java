package dev.embargo.server.yente;

import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.DatePrecision;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.parties.FtmIds;
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

    /** Suffix of a listing's sanction's id: after a dot FtmIds writes two hex digits, never an "s". */
    static final String SANCTION_SUFFIX = ".sanction";
    /** Prefix of the number of a listing's wallet after its id ("w" is no hex digit either). */
    static final String WALLET_SUFFIX = ".wallet";

    /** The FtM id of a listing: {@code us-ofac-sdn:20157} is {@code us-ofac-sdn.20157} (see {@link FtmIds}). */
    public static String idOf(Entity e) {
        return FtmIds.of(e.id());
    }

    /** The flat entity, as in match and search results. */
    public static Map<String, Object> flat(Entity e, Generation g) {
        return envelope(idOf(e), e.primaryName().full(), FtmSchema.of(e).ftmName(), properties(e), e, g, true);
    }

    /**
     * The entity with its adjacent entities nested in the properties, as {@code /entities/{id}} gives it: the
     * sanction (authority, programs, listing date) and any cryptocurrency wallets.
     */
    public static Map<String, Object> nested(Entity e, Generation g) {
        Map<String, Object> m = flat(e, g);
        @SuppressWarnings("unchecked")
        Map<String, Object> props = (Map<String, Object>) m.get("properties");
        adjacent(e, g).forEach(props::put);
        return m;
    }

    /** The adjacent entities by the property of the party that holds them ({@code sanctions}, {@code cryptoWallets}). */
    public static Map<String, List<Map<String, Object>>> adjacent(Entity e, Generation g) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        out.put("sanctions", List.of(sanction(e, g)));
        List<Map<String, Object>> wallets = wallets(e, g);
        if (!wallets.isEmpty()) {
            out.put("cryptoWallets", wallets);
        }
        return out;
    }

    /** The names of the party's properties that hold adjacent entities, for its schema. */
    public static List<String> adjacentProperties(Entity e) {
        return FtmSchema.of(e).isA(FtmSchema.LEGAL_ENTITY)
                ? List.of("sanctions", "cryptoWallets")
                : List.of("sanctions");
    }

    static List<Map<String, Object>> wallets(Entity e, Generation g) {
        List<Map<String, Object>> wallets = new ArrayList<>();
        int i = 0;
        for (Identifier id : e.identifiers()) {
            if (id.type() == dev.embargo.lists.model.IdentifierType.DIGITAL_CURRENCY) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("publicKey", List.of(id.value()));
                if (id.currency() != null) {
                    p.put("currency", List.of(id.currency()));
                }
                p.put("holder", List.of(idOf(e)));
                wallets.add(envelope(
                        idOf(e) + WALLET_SUFFIX + (++i),
                        id.value(),
                        FtmSchema.CRYPTO_WALLET.ftmName(),
                        p,
                        e,
                        g,
                        false));
            }
        }
        return wallets;
    }

    static Map<String, Object> sanction(Entity e, Generation g) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("authority", List.of(e.source().title()));
        if (!e.programs().isEmpty()) {
            p.put("program", e.programs());
        }
        if (e.listedOn() != null) {
            p.put("listingDate", List.of(e.listedOn().toString()));
        }
        if (e.sourceFile() != null) {
            p.put(
                    "summary",
                    List.of("Listed in " + e.sourceFile()
                            + (e.published() == null ? "" : ", published " + e.published())));
        }
        p.put("entity", List.of(idOf(e)));
        String caption = e.programs().isEmpty() ? e.source().title() : String.join(", ", e.programs());
        return envelope(idOf(e) + SANCTION_SUFFIX, caption, "Sanction", p, e, g, false);
    }

    private static Map<String, Object> envelope(
            String id, String caption, String schema, Map<String, ?> props, Entity e, Generation g, boolean target) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("caption", caption);
        m.put("schema", schema);
        m.put("properties", props);
        m.put("datasets", List.of(Datasets.nameOf(e.source())));
        m.put("referents", target ? g.referents(e.id()) : List.of());
        m.put("target", target);
        ListingHistory.Seen seen = g.history().of(e.id()).orElse(null);
        m.put("first_seen", seen == null ? null : seen.firstSeen());
        m.put("last_seen", seen == null ? null : seen.lastSeen());
        m.put("last_change", seen == null ? null : seen.lastChange());
        return m;
    }

    /** FtM properties of a listed party; only properties its schema has, values deduplicated in list order. */
    public static Map<String, List<String>> properties(Entity e) {
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
