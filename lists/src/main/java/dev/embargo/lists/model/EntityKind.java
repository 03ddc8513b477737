package dev.embargo.lists.model;

public enum EntityKind {
    PERSON,
    ORGANIZATION,
    VESSEL,
    AIRCRAFT,
    OTHER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
