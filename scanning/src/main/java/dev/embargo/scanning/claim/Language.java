package dev.embargo.scanning.claim;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The four languages claims are read in; decides number format and attribution cues. */
enum Language {
    NL(Set.of("de", "het", "een", "van", "en", "dat", "niet", "is", "op", "met", "voor", "zijn")),
    EN(Set.of("the", "of", "and", "to", "a", "in", "that", "was", "for", "with", "said")),
    DE(Set.of("der", "die", "das", "und", "nicht", "ist", "mit", "dem", "den", "ein", "eine", "von")),
    FR(Set.of("le", "la", "les", "et", "des", "du", "un", "une", "est", "pour", "dans", "que"));

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Set<String> commonWords;

    Language(Set<String> commonWords) {
        this.commonWords = commonWords;
    }

    /** "nl", "en", "de", "fr"; anything else (e.g. "auto") is detected from the text's commonest words. */
    static Language of(String code, String text) {
        String c = code == null ? "auto" : code.toLowerCase(Locale.ROOT);
        return switch (c) {
            case "nl" -> NL;
            case "en" -> EN;
            case "de" -> DE;
            case "fr" -> FR;
            default -> detect(text);
        };
    }

    static Language detect(String text) {
        int[] score = new int[values().length];
        Matcher m = WORD.matcher(text);
        int words = 0;
        while (m.find() && words < 5000) {
            words++;
            String w = m.group().toLowerCase(Locale.ROOT);
            for (Language l : values()) {
                if (l.commonWords.contains(w)) {
                    score[l.ordinal()]++;
                }
            }
        }
        Language best = EN;
        for (Language l : values()) {
            if (score[l.ordinal()] > score[best.ordinal()]) {
                best = l;
            }
        }
        return best;
    }

    /** In Dutch, German and French "." groups thousands and "," is the decimal mark; in English the reverse. */
    boolean commaIsDecimal() {
        return this != EN;
    }
}
