package dev.embargo.lists.model;

public enum NameType {
    /** The name the list files the party under. */
    PRIMARY,
    /** "also known as". */
    ALIAS,
    /** "formerly known as". */
    FORMER,
    /** The same name written in its original (non-Latin) script. */
    ORIGINAL_SCRIPT
}
