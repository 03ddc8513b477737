package dev.embargo.lists.diff;

import dev.embargo.lists.model.Entity;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The facts of an entity a list change can touch. Multi-valued facts are compared as sets: a list that
 * only reorders an entity's names or addresses has not changed what it says about the entity.
 * {@code sourceFile} and {@code published} are left out on purpose: they change with every publication.
 */
public enum EntityField {
    KIND("kind", Entity::kind),
    NAMES("names", e -> unordered(e.names())),
    BIRTH_DATES("birth_dates", e -> unordered(e.birthDates())),
    BIRTH_PLACES("birth_places", e -> unordered(e.birthPlaces())),
    NATIONALITIES("nationalities", e -> unordered(e.nationalities())),
    CITIZENSHIPS("citizenships", e -> unordered(e.citizenships())),
    COUNTRIES("countries", e -> unordered(e.countries())),
    GENDER("gender", Entity::gender),
    TITLES("titles", e -> unordered(e.titles())),
    ADDRESSES("addresses", e -> unordered(e.addresses())),
    IDENTIFIERS("identifiers", e -> unordered(e.identifiers())),
    PROGRAMS("programs", e -> unordered(e.programs())),
    LISTED_ON("listed_on", Entity::listedOn),
    REMARKS("remarks", Entity::remarks),
    LINKS("links", e -> unordered(e.links()));

    private final String code;
    private final Function<Entity, Object> value;

    EntityField(String code, Function<Entity, Object> value) {
        this.code = code;
        this.value = value;
    }

    /** The field's name as Embargo's JSON writes it ("birth_dates"). */
    public String code() {
        return code;
    }

    public boolean differs(Entity before, Entity after) {
        return !Objects.equals(value.apply(before), value.apply(after));
    }

    private static Object unordered(List<?> values) {
        return new HashSet<>(values);
    }
}
