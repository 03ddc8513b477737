package dev.embargo.lists.ofac;

import dev.embargo.lists.model.IdentifierType;

/**
 * One wording OFAC uses for a fact written as "label value" — in the remarks of the legacy CSV
 * ("Passport A123 (Iran)", "DOB 08 Jan 1984") and as the idType of the XML's idList — and what that fact
 * becomes on an entity.
 *
 * @param label          OFAC's wording, without the "alt. " that marks a second value of the same kind
 * @param kind           what the fact is
 * @param identifierType for {@link Kind#IDENTIFIER}, the identifier's type; else null
 */
record OfacFeature(String label, Kind kind, IdentifierType identifierType) {
    enum Kind {
        IDENTIFIER,
        /** "Digital Currency Address - XBT": the currency code follows the label. */
        DIGITAL_CURRENCY,
        /** Dates of birth; for organisations, vessels and aircraft the date they came into being. */
        BIRTH_DATE,
        BIRTH_PLACE,
        NATIONALITY,
        CITIZENSHIP,
        /** A country the party is tied to other than by nationality: a vessel's flag, a registration country. */
        COUNTRY,
        GENDER,
        TITLE,
        /** A tie to another party: "Linked To:", an aircraft's operator, a vessel's owner. */
        LINK
    }

    static OfacFeature identifier(String label, IdentifierType type) {
        return new OfacFeature(label, Kind.IDENTIFIER, type);
    }

    static OfacFeature of(String label, Kind kind) {
        return new OfacFeature(label, kind, null);
    }
}
