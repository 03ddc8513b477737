package dev.embargo.scanning.language;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The language a text is read in: the one the user gave, or the one its function words point to. Claims are
 * read in {@link #language()} (cues, number formats). Mentions skip the capitalised function words of
 * {@link #wordLanguages()}: the text's own language when it was given or detected clearly, all four when the
 * text is mixed or too short to tell, so that no sentence-initial "Het", "The", "Die" or "Les" opens a name.
 *
 * @param language the language for claims: given, else the best guess (English when nothing points anywhere)
 * @param clear    whether the language was given, or the text points clearly to it
 * @param seen     the languages at least one of whose own commonest words the text holds (the given one alone
 *                 when it was given): a text of none of the four, or too short, may still rule some out
 */
public record TextLanguage(Language language, boolean clear, Set<Language> seen) {
    public TextLanguage {
        Objects.requireNonNull(language, "language");
        seen = Set.copyOf(seen);
    }

    /** The given or clearly detected language: no other was seen that counts. */
    public TextLanguage(Language language, boolean clear) {
        this(language, clear, clear ? Set.of(language) : Set.of());
    }

    /** The values {@code --lang} takes. */
    public static final String CODES = "auto, nl, en, de or fr";

    /**
     * @param code "nl", "en", "de", "fr" (any case), or "auto", blank or null to detect from the text
     * @throws IllegalArgumentException for any other code, naming the ones expected
     */
    public static TextLanguage of(String code, String text) {
        if (code == null || code.isBlank() || code.strip().equalsIgnoreCase("auto")) {
            return LanguageDetector.detect(text == null ? "" : text);
        }
        return Language.ofCode(code.strip())
                .map(l -> new TextLanguage(l, true))
                .orElseThrow(
                        () -> new IllegalArgumentException("--lang: expected " + CODES + ", not \"" + code + "\""));
    }

    /**
     * Whether the text may be German, which capitalises every noun: it was given or detected as German, or
     * its language is unclear and it holds at least one word only German of the four uses. A text without
     * any (Portuguese, Spanish, Russian, most short texts in a language the detector does not know) is not
     * read as capitalising its nouns.
     */
    public boolean mayCapitaliseNouns() {
        return clear ? language == Language.DE : seen.contains(Language.DE);
    }

    /** The languages whose function words are not names in this text. */
    public Set<Language> wordLanguages() {
        return clear ? EnumSet.of(language) : EnumSet.allOf(Language.class);
    }
}
