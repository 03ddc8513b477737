package dev.embargo.bench.quality;

import java.util.Locale;

/**
 * Russian and Ukrainian declension of a name's words by rule, for generated sentences: the endings a
 * grammar puts on masculine names ending in a consonant, -й, -ь, on names in -а/-я, on adjectival surnames in
 * -ский/-ська; indeclinable words (ending in -о, -е, -и, -у, -ю) stay. Written from the grammars, apart from the
 * scanner's tables, so that the benchmark measures them rather than repeats them.
 */
final class Declension {
    private Declension() {}

    static String russian(String word, String grammaticalCase) {
        String w = word.toLowerCase(Locale.ROOT);
        String out;
        if (w.endsWith("ский")) {
            out = stem(word, 2) + pick(grammaticalCase, "ого", "ому", "им", "ом");
        } else if (w.endsWith("ская")) {
            out = stem(word, 2) + pick(grammaticalCase, "ой", "ой", "ой", "ой");
        } else if (w.endsWith("ий")) {
            out = stem(word, 1) + pick(grammaticalCase, "я", "ю", "ем", "и");
        } else if (w.endsWith("й")) {
            out = stem(word, 1) + pick(grammaticalCase, "я", "ю", "ем", "е");
        } else if (w.endsWith("ь")) {
            out = stem(word, 1) + pick(grammaticalCase, "я", "ю", "ем", "е");
        } else if (w.endsWith("ова") || w.endsWith("ева") || w.endsWith("ина")) {
            out = stem(word, 1) + pick(grammaticalCase, "ой", "ой", "ой", "ой");
        } else if (w.endsWith("ия")) {
            out = stem(word, 1) + pick(grammaticalCase, "и", "и", "ей", "и");
        } else if (w.endsWith("я")) {
            out = stem(word, 1) + pick(grammaticalCase, "и", "е", "ей", "е");
        } else if (w.endsWith("а")) {
            boolean velar = w.length() > 1 && "гкхжшчщ".indexOf(w.charAt(w.length() - 2)) >= 0;
            out = stem(word, 1) + pick(grammaticalCase, velar ? "и" : "ы", "е", "ой", "е");
        } else if (endsInVowel(w, "оеиуюыэё")) {
            out = word;
        } else if (w.endsWith("ов") || w.endsWith("ев") || w.endsWith("ин") || w.endsWith("ын")) {
            out = word + pick(grammaticalCase, "а", "у", "ым", "е");
        } else {
            boolean hushing = "жшчщц".indexOf(w.charAt(w.length() - 1)) >= 0;
            out = word + pick(grammaticalCase, "а", "у", hushing ? "ем" : "ом", "е");
        }
        return caseLike(word, out);
    }

    static String ukrainian(String word, String grammaticalCase) {
        String w = word.toLowerCase(Locale.ROOT);
        String out;
        if (w.endsWith("ко")) {
            out = stem(word, 1) + pick(grammaticalCase, "а", "ові", "ом", "ові");
        } else if (w.endsWith("ський")) {
            out = stem(word, 2) + pick(grammaticalCase, "ого", "ому", "им", "ому");
        } else if (w.endsWith("ій")) {
            out = stem(word, 1) + pick(grammaticalCase, "я", "ю", "єм", "ї");
        } else if (w.endsWith("й") || w.endsWith("ь")) {
            out = stem(word, 1) + pick(grammaticalCase, "я", "ю", "ем", "і");
        } else if (w.endsWith("а")) {
            out = stem(word, 1) + pick(grammaticalCase, "и", "і", "ою", "і");
        } else if (w.endsWith("я")) {
            out = stem(word, 1) + pick(grammaticalCase, "і", "і", "ею", "і");
        } else if (endsInVowel(w, "оеиуюіїєё")) {
            out = word;
        } else {
            out = word + pick(grammaticalCase, "а", "ові", "ом", "ові");
        }
        return caseLike(word, out);
    }

    private static String pick(String grammaticalCase, String gen, String dat, String ins, String pre) {
        return switch (grammaticalCase) {
            case "gen" -> gen;
            case "dat" -> dat;
            case "ins" -> ins;
            default -> pre;
        };
    }

    private static String stem(String word, int drop) {
        return word.substring(0, word.length() - drop);
    }

    private static boolean endsInVowel(String w, String vowels) {
        return vowels.indexOf(w.charAt(w.length() - 1)) >= 0;
    }

    /** An all-capital name keeps its capitals with its ending. */
    private static String caseLike(String word, String out) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) ? out.toUpperCase(Locale.ROOT) : out;
    }
}
