package dev.embargo.scanning.mention;

import dev.embargo.scanning.language.Language;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that start sentences or stand capitalised in titles without naming anyone, per language Embargo scans
 * (Dutch, English, German, French): "Het", "Maar", "Dat", "The", "Die", "Les", weekdays and months. A text in
 * one language skips only its own: in English "De Beers", "Le Pen" and "Van Gogh" open names, in Dutch "Het"
 * does not. Titles ("Minister", "President", "Herr") open no name in any language.
 */
final class FunctionWords {
    private static final Map<Language, Set<String>> BY_LANGUAGE = new EnumMap<>(Map.of(
            Language.NL, Set.of("de", "het", "een", "en", "maar", "dat", "die", "dit", "deze", "want", "ook", "zo",
                    "zoals", "als", "in", "op", "aan", "van", "voor", "met", "bij", "door", "naar", "over", "om", "uit",
                    "tot", "toen", "nu", "er", "hij", "zij", "ze", "wij", "we", "ik", "je", "u", "zijn", "haar", "hun",
                    "onze", "ons", "wat", "wie", "waar", "hoe", "waarom", "beide", "begin", "afgelopen", "volgens",
                    "aldus", "meldt", "dankzij", "lees", "beeld", "foto", "westerse", "veel", "geen", "niet", "niets",
                    "zelf", "rechtop", "rapport", "regering", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
                    "zaterdag", "zondag", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                    "september", "oktober", "november", "december", "zeker", "onder", "sinds"),
            Language.EN, Set.of("the", "a", "an", "and", "but", "that", "this", "these", "those", "it", "its", "he",
                    "she", "they", "i", "you", "his", "her", "their", "our", "on", "at", "of", "for", "with", "by",
                    "from", "to", "in", "as", "if", "when", "while", "after", "before", "according", "said", "says",
                    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                    "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"),
            Language.DE, Set.of("der", "die", "das", "ein", "eine", "und", "aber", "dass", "in", "im", "am", "zum",
                    "zur", "mit", "von", "laut", "sagte", "nach", "auch", "noch", "es", "sie", "wir", "montag",
                    "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "märz",
                    "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"),
            Language.FR, Set.of("le", "la", "les", "un", "une", "et", "mais", "que", "qui", "dans", "sur", "pour",
                    "avec", "par", "selon", "de", "du", "des", "en", "il", "elle", "ils", "elles", "nous", "vous",
                    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février",
                    "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
                    "décembre")));
    /** Titles stand before names in every language; they are not part of them. */
    private static final Set<String> TITLES = Set.of("minister", "president", "dictator", "generaal", "general",
            "leider", "leader", "mr", "mrs", "ms", "dr", "herr", "frau", "monsieur", "madame");

    /** Connectors that may stand inside a name written with capitals around them (Van der Berg, bin Laden). */
    private static final Set<String> CONNECTORS = Set.of(
            "van", "der", "den", "de", "von", "zu", "al", "el", "bin", "ibn", "ben", "bint", "abu", "du", "la", "le",
            "y", "da", "dos", "das", "del");

    /** The longest connector: a longer word is none (lower-casing never shortens a word). */
    private static final int LONGEST_CONNECTOR = CONNECTORS.stream().mapToInt(String::length).max().orElse(0);

    private final Set<String> words;
    /** The longest of {@link #words}: most capitalised words are longer, and need no lower-cased copy. */
    private final int longestWord;

    private FunctionWords(Set<String> words) {
        this.words = words;
        this.longestWord = words.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The function words of these languages, and the titles. */
    static FunctionWords of(Set<Language> languages) {
        Set<String> words = new HashSet<>(TITLES);
        for (Language l : languages) {
            words.addAll(BY_LANGUAGE.get(l));
        }
        return new FunctionWords(Set.copyOf(words));
    }

    boolean isFunctionWord(String word) {
        return word.length() <= longestWord && words.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isConnector(String word) {
        return word.length() <= LONGEST_CONNECTOR && CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
    }
}
