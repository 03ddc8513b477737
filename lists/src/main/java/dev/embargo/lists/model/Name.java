package dev.embargo.lists.model;

import java.util.Objects;

/**
 * One name of a listed party, exactly as the list gives it.
 *
 * @param full    the whole name as written in the list (original-script names untouched)
 * @param type    primary, alias, former name or original-script form
 * @param quality strong or weak, as the list says
 * @param script  ISO 15924 code of the dominant script ("Latn", "Cyrl", "Hang", "Hani", "Arab", ...)
 */
public record Name(String full, NameType type, NameQuality quality, String script) {
    public Name {
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(script, "script");
    }

    public static Name of(String full, NameType type, NameQuality quality) {
        return new Name(full, type, quality, Scripts.dominantScript(full));
    }

    public static Name primary(String full) {
        return of(full, NameType.PRIMARY, NameQuality.STRONG);
    }

    public static Name alias(String full) {
        return of(full, NameType.ALIAS, NameQuality.STRONG);
    }
}
