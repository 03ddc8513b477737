package dev.embargo.scanning.mention;

import java.util.Locale;
import java.util.Set;

/**
 * Words that start sentences or stand capitalised in titles without naming anyone, in the languages Embargo
 * scans (Dutch, English, German, French): "Het", "Maar", "Dat", "The", "Die", "Les", weekdays and months.
 */
final class FunctionWords {
    private static final Set<String> WORDS = Set.copyOf(java.util.List.of(
            // Dutch
            "de", "het", "een", "en", "maar", "dat", "die", "dit", "deze", "want", "ook", "zo", "zoals", "als", "in",
            "op", "aan", "van", "voor", "met", "bij", "door", "naar", "over", "om", "uit", "tot", "toen", "nu", "er",
            "hij", "zij", "ze", "wij", "we", "ik", "je", "u", "zijn", "haar", "hun", "onze", "ons", "wat", "wie",
            "waar", "hoe", "waarom", "beide", "begin", "afgelopen", "volgens", "aldus", "meldt", "dankzij", "lees",
            "beeld", "foto", "westerse", "veel", "geen", "niet", "niets", "zelf", "rechtop", "generaal", "leider",
            "dictator", "rapport", "regering", "minister", "president", "maandag", "dinsdag", "woensdag",
            "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart", "april", "mei", "juni",
            "juli", "augustus", "september", "oktober", "november", "december", "zeker", "onder", "sinds",
            // English
            "the", "a", "an", "and", "but", "that", "this", "these", "those", "it", "its", "he", "she", "they",
            "i", "you", "his", "her", "their", "our", "on", "at", "of", "for", "with", "by", "from", "to",
            "as", "if", "when", "while", "after", "before", "according", "said", "says", "mr", "mrs", "ms", "dr",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "may", "june", "july", "august", "october", "general", "leader",
            // German
            "der", "das", "ein", "eine", "und", "aber", "dass", "im", "am", "zum", "zur", "mit",
            "laut", "sagte", "nach", "auch", "noch", "es", "sie", "wir", "montag", "dienstag", "mittwoch",
            "donnerstag", "freitag", "samstag", "sonntag", "herr", "frau",
            // French
            "le", "la", "les", "un", "une", "et", "mais", "que", "qui", "dans", "sur", "pour", "avec", "par", "selon",
            "il", "elle", "ils", "elles", "nous", "vous", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
            "samedi", "dimanche", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "octobre",
            "novembre", "décembre", "monsieur", "madame"));

    /** Connectors that may stand inside a name written with capitals around them (Van der Berg, bin Laden). */
    private static final Set<String> CONNECTORS = Set.of(
            "van", "der", "den", "de", "von", "zu", "al", "el", "bin", "ibn", "ben", "bint", "abu", "du", "la", "le",
            "y", "da", "dos", "das", "del");

    private FunctionWords() {
    }

    static boolean isFunctionWord(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isConnector(String word) {
        return CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
    }
}
