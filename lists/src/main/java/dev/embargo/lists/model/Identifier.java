package dev.embargo.lists.model;

import java.util.Objects;

/**
 * A number or code that identifies a listed party.
 *
 * @param type     what kind of identifier
 * @param value    the identifier exactly as listed (normalise when comparing, not here)
 * @param country  ISO 3166-1 alpha-2 code of the issuing country, or null
 * @param currency for digital currency addresses the list's currency code ("XBT", "ETH", ...), else null
 * @param label    the list's own wording of the type ("Cedula No.", "Tax ID No."), or null
 */
public record Identifier(IdentifierType type, String value, String country, String currency, String label) {
    public Identifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    public static Identifier of(IdentifierType type, String value) {
        return new Identifier(type, value, null, null, null);
    }
}
