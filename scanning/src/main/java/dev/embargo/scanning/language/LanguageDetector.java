package dev.embargo.scanning.language;

import dev.embargo.scanning.text.Letters;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells Dutch, English, German and French apart by counting their commonest words. Words two of the languages
 * share ("de", "die", "en", "in", "is") count for neither. A language is clear when at least
 * {@value #MIN_HITS} of its words were seen and no other language has a quarter as many; otherwise the text is
 * mixed or too short, and the best guess is reported as unclear.
 */
final class LanguageDetector {
    static final int MIN_HITS = 5;
    /** Enough words to tell; the rest of a long document does not change the answer. */
    private static final int MAX_WORDS = 5000;

    /** Each language's commonest words ({@code words/<code>/common-words.txt}). */
    private static final Map<Language, List<String>> COMMON = common();
    /** Each word that points to exactly one language. */
    private static final Map<String, Language> POINTS_TO = pointers();

    private LanguageDetector() {}

    static TextLanguage detect(String text) {
        int[] hits = new int[Language.values().length];
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i < n && words < MAX_WORDS) {
            while (i < n && !Letters.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Letters.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                // function words are short: longer words need no lookup
                if (i - start <= 6) {
                    Language l = POINTS_TO.get(text.substring(start, i).toLowerCase(Locale.ROOT));
                    if (l != null) {
                        hits[l.ordinal()]++;
                    }
                }
            }
        }
        Language best = Language.EN;
        for (Language l : Language.values()) {
            if (hits[l.ordinal()] > hits[best.ordinal()]) {
                best = l;
            }
        }
        int second = 0;
        for (Language l : Language.values()) {
            if (l != best) {
                second = Math.max(second, hits[l.ordinal()]);
            }
        }
        int top = hits[best.ordinal()];
        boolean clear = top >= MIN_HITS && second * 4 < top;
        if (clear) {
            return new TextLanguage(best, true);
        }
        Set<Language> seen = EnumSet.noneOf(Language.class);
        for (Language l : Language.values()) {
            if (hits[l.ordinal()] > 0) {
                seen.add(l);
            }
        }
        return new TextLanguage(best, false, seen);
    }

    private static Map<Language, List<String>> common() {
        Map<Language, List<String>> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            out.put(l, WordLists.orderedWords(l, "common-words"));
        }
        return out;
    }

    private static Map<String, Language> pointers() {
        Map<String, Integer> languagesPerWord = new HashMap<>();
        COMMON.values().forEach(ws -> ws.forEach(w -> languagesPerWord.merge(w, 1, Integer::sum)));
        Map<String, Language> out = new HashMap<>();
        new EnumMap<>(COMMON)
                .forEach((l, ws) ->
                        ws.stream().filter(w -> languagesPerWord.get(w) == 1).forEach(w -> out.put(w, l)));
        return Map.copyOf(out);
    }
}
