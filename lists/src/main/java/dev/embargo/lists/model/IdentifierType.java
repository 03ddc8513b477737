package dev.embargo.lists.model;

public enum IdentifierType {
    PASSPORT,
    NATIONAL_ID,
    TAX_ID,
    REGISTRATION,
    IMO,
    MMSI,
    CALL_SIGN,
    AIRCRAFT_TAIL,
    AIRCRAFT_SERIAL,
    SWIFT_BIC,
    EMAIL,
    WEBSITE,
    PHONE,
    DIGITAL_CURRENCY,
    OTHER
}
