package dev.embargo.scanning.language;

import java.util.Locale;
import java.util.Optional;

/** The four languages Embargo reads prose in: attribution cues, number formats and function words differ. */
public enum Language {
    NL,
    EN,
    DE,
    FR;

    /** The lower-case ISO 639-1 code: "nl", "en", "de", "fr". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language with this ISO 639-1 code (any case), or empty. */
    public static Optional<Language> ofCode(String code) {
        for (Language l : values()) {
            if (l.code().equalsIgnoreCase(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** In Dutch, German and French "." groups thousands and "," is the decimal mark; in English the reverse. */
    public boolean commaIsDecimal() {
        return this != EN;
    }
}
