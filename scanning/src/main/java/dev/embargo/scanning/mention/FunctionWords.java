package dev.embargo.scanning.mention;

import dev.embargo.scanning.language.Language;
import dev.embargo.scanning.language.WordLists;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that start sentences or stand capitalised in titles without naming anyone, per language Embargo scans
 * (Dutch, English, German, French): "Het", "Maar", "Dat", "The", "Die", "Les", weekdays and months. A text in
 * one language skips only its own: in English "De Beers", "Le Pen" and "Van Gogh" open names, in Dutch "Het"
 * does not. Titles ("Minister", "President", "Herr") open no name in any language. The words are resources
 * per language ({@link WordLists}).
 */
final class FunctionWords {
    /** Each language's function words ({@code words/<code>/function-words.txt}). */
    private static final Map<Language, Set<String>> BY_LANGUAGE = byLanguage();
    /** Titles stand before names in every language; they are not part of them. */
    private static final Set<String> TITLES = WordLists.wordsOfAll("titles");

    /** Connectors that may stand inside a name written with capitals around them (Van der Berg, bin Laden). */
    private static final Set<String> CONNECTORS = WordLists.wordsOfAny("name-connectors");

    /** The longest connector: a longer word is none (lower-casing never shortens a word). */
    private static final int LONGEST_CONNECTOR =
            CONNECTORS.stream().mapToInt(String::length).max().orElse(0);

    private final Set<String> words;
    /** The longest of {@link #words}: most capitalised words are longer, and need no lower-cased copy. */
    private final int longestWord;

    private FunctionWords(Set<String> words) {
        this.words = words;
        this.longestWord = words.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The function words of these languages, and the titles. */
    static FunctionWords of(Set<Language> languages) {
        return OF_LANGUAGES.get(LanguageSets.index(languages));
    }

    /**
     * The function words of every set of the few languages, made once and found by the set's index: a text's
     * scan asks for them, and a payment message is a short text.
     */
    private static final List<FunctionWords> OF_LANGUAGES = LanguageSets.each(FunctionWords::build);

    private static FunctionWords build(Set<Language> languages) {
        Set<String> words = new HashSet<>(TITLES);
        for (Language l : languages) {
            words.addAll(BY_LANGUAGE.get(l));
        }
        return new FunctionWords(Set.copyOf(words));
    }

    boolean isFunctionWord(String word) {
        return word.length() <= longestWord && words.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Map<Language, Set<String>> byLanguage() {
        Map<Language, Set<String>> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            out.put(l, WordLists.words(l, "function-words"));
        }
        return out;
    }

    /** A compound that ends in a title ("Außenminister", "Staatspräsident") stands before a name as one. */
    static boolean endsWithTitle(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (String title : TITLES) {
            if (title.length() >= 5 && lower.endsWith(title)) {
                return true;
            }
        }
        return false;
    }

    static boolean isConnector(String word) {
        return word.length() <= LONGEST_CONNECTOR && CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
    }
}
