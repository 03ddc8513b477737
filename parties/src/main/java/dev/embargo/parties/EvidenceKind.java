package dev.embargo.parties;

/** Why two listings were taken for one party, strongest first: edges are applied in this order. */
public enum EvidenceKind {
    /** Both carry the same UN Security Council reference number (the UN's own id, or one a list cites). */
    UN_REFERENCE,
    /** The same strong identifier: IMO, MMSI, BIC, digital currency address, or a document number with its country. */
    IDENTIFIER,
    /** A person: the same full name and a shared full date of birth, nationalities not disagreeing. */
    NAME_AND_BIRTH_DATE,
    /** A person: the same full name, the same birth years and a shared nationality. */
    NAME_BIRTH_YEARS_AND_NATIONALITY,
    /** A person: the same full name and the same birth years, nationalities not disagreeing. */
    NAME_AND_BIRTH_YEARS,
    /** A person without any birth date on either listing: the same full name and a shared nationality. */
    NAME_AND_NATIONALITY,
    /** Not a person: the same full name and a shared country. */
    NAME_AND_COUNTRY,
    /** Not a person: two or more names in common, countries not disagreeing. */
    TWO_NAMES;

    /** The kinds that rest on names and facts rather than on a number: these get the birth date guard. */
    public boolean byNameAndFacts() {
        return this != UN_REFERENCE && this != IDENTIFIER;
    }
}
