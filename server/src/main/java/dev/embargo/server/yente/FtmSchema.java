package dev.embargo.server.yente;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The FollowTheMoney schemata Embargo's entities are shown as and queries by example may name, with FtM's
 * inheritance (Person is a LegalEntity is a Thing), which decides what a query of one schema may match.
 */
public enum FtmSchema {
    THING("Thing", "Thing", "Things", null, null),
    LEGAL_ENTITY("LegalEntity", "Legal entity", "Legal entities", THING, null),
    PERSON("Person", "Person", "People", LEGAL_ENTITY, EntityKind.PERSON),
    ORGANIZATION("Organization", "Organization", "Organizations", LEGAL_ENTITY, EntityKind.ORGANIZATION),
    COMPANY("Company", "Company", "Companies", ORGANIZATION, EntityKind.ORGANIZATION),
    PUBLIC_BODY("PublicBody", "Public body", "Public bodies", ORGANIZATION, EntityKind.ORGANIZATION),
    VEHICLE("Vehicle", "Vehicle", "Vehicles", THING, null),
    VESSEL("Vessel", "Vessel", "Vessels", VEHICLE, EntityKind.VESSEL),
    AIRPLANE("Airplane", "Airplane", "Airplanes", VEHICLE, EntityKind.AIRCRAFT),
    CRYPTO_WALLET("CryptoWallet", "Cryptocurrency wallet", "Cryptocurrency wallets", THING, null);

    private final String ftmName;
    private final String label;
    private final String plural;
    private final FtmSchema parent;
    private final EntityKind kind;

    FtmSchema(String ftmName, String label, String plural, FtmSchema parent, EntityKind kind) {
        this.ftmName = ftmName;
        this.label = label;
        this.plural = plural;
        this.parent = parent;
        this.kind = kind;
    }

    /** The schema name as FtM spells it ("Person", "LegalEntity"). */
    public String ftmName() {
        return ftmName;
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    /** The one kind of listed party this schema screens against, or null when it spans several. */
    public EntityKind kind() {
        return kind;
    }

    public static Optional<FtmSchema> byName(String name) {
        return Arrays.stream(values()).filter(s -> s.ftmName.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(FtmSchema::ftmName).toList());
    }

    /** How a listed party is shown: parties a list does not type become the generic LegalEntity. */
    public static FtmSchema of(Entity e) {
        return switch (e.kind()) {
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case VESSEL -> VESSEL;
            case AIRCRAFT -> AIRPLANE;
            case OTHER -> LEGAL_ENTITY;
        };
    }

    public boolean isA(FtmSchema other) {
        for (FtmSchema s = this; s != null; s = s.parent) {
            if (s == other) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a query of this schema may match a listed party of {@code listed}: as in FtM, when one is a
     * kind of the other (a LegalEntity query finds people and organizations, a Person query finds the
     * untyped LegalEntity, but never a Vessel). Thing matches everything.
     */
    public boolean canMatch(FtmSchema listed) {
        return listed.isA(this) || (isA(listed) && listed != THING);
    }

    /** The most specific schema both are a kind of: Person and Company give LegalEntity. */
    public static FtmSchema common(List<FtmSchema> schemata) {
        FtmSchema common = schemata.getFirst();
        for (FtmSchema s : schemata) {
            while (!s.isA(common)) {
                common = common.parent;
            }
        }
        return common;
    }
}
