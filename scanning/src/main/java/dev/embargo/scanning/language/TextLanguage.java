package dev.embargo.scanning.language;

import java.util.EnumSet;
import java.util.Set;

/**
 * The language a text is read in: the one the user gave, or the one its function words point to. Claims are
 * read in {@link #language()} (cues, number formats). Mentions skip the capitalised function words of
 * {@link #wordLanguages()}: the text's own language when it was given or detected clearly, all four when the
 * text is mixed or too short to tell, so that no sentence-initial "Het", "The", "Die" or "Les" opens a name.
 *
 * @param language the language for claims: given, else the best guess (English when nothing points anywhere)
 * @param clear    whether the language was given, or the text points clearly to it
 */
public record TextLanguage(Language language, boolean clear) {
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

    /** The languages whose function words are not names in this text. */
    public Set<Language> wordLanguages() {
        return clear ? EnumSet.of(language) : EnumSet.allOf(Language.class);
    }
}
