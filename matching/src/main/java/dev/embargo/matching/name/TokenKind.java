package dev.embargo.matching.name;

/** What a word of a name is, which decides how much it counts. */
public enum TokenKind {
    /** An ordinary name word. */
    WORD,
    /** A legal form (LLC, OOO, GmbH, 주식회사): says the party is a company, not which one. */
    LEGAL_FORM,
    /** A particle (al, bin, van, de): part of the name, but common to many. */
    PARTICLE,
    /** A single letter, usually an initial. */
    INITIAL,
    /** A number: must agree exactly ("Snow Storm 1" is not "Snow Storm 2"). */
    NUMBER
}
