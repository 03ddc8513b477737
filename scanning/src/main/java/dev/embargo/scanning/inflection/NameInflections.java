package dev.embargo.scanning.inflection;

import dev.embargo.scanning.language.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nominative forms of a name as inflected in running text, to be screened beside the form as written.
 * Russian and Ukrainian inflect every word of a name in the same case ("с Сергеем Лавровым"), though foreign
 * names often only in their last word ("с Ким Чен Ыном"): per case, both readings are made. German and Dutch put
 * the genitive -s on the last word only ("Kim Jong-uns Schwester"). Endings are rules of each language's
 * grammar, in word lists; which apply depends on a word's script (Cyrillic: Russian and Ukrainian, whichever
 * the text is in) or on the text's languages (Latin script).
 */
public final class NameInflections {
    private static final List<CaseEndings> CYRILLIC = List.of(CaseEndings.of("ru"), CaseEndings.of("uk"));
    private static final Map<Language, CaseEndings> LATIN = latin();

    /**
     * The genitive -s is taken off only a name of two words or more whose last word is not short or all
     * capitals: a single word ending in s is a name of its own far more often ("Reuters", "Hughes", "RTS") than
     * a genitive, and taken off it makes another listed name.
     */
    private static final int MIN_LATIN_WORDS = 2;

    private static final int MIN_LATIN_LENGTH = 5;

    private NameInflections() {}

    /**
     * The forms of a name (its words as written) other than itself that its languages' case endings give,
     * each as its words joined by single spaces, no two alike; at most a few dozen.
     */
    public static List<String> forms(List<String> words, Set<Language> languages) {
        Set<String> out = new LinkedHashSet<>();
        String plain = String.join(" ", words);
        String last = words.getLast();
        if (isCyrillic(last)) {
            for (CaseEndings endings : CYRILLIC) {
                for (String c : endings.cases()) {
                    addReduced(words, endings, c, true, out);
                    addReduced(words, endings, c, false, out);
                }
            }
        } else if (isLatin(last)
                && words.size() >= MIN_LATIN_WORDS
                && last.length() >= MIN_LATIN_LENGTH
                && !last.equals(last.toUpperCase(java.util.Locale.ROOT))) {
            for (Language l : languages) {
                CaseEndings endings = LATIN.get(l);
                for (String c : endings.cases()) {
                    addReduced(words, endings, c, true, out);
                }
            }
        }
        out.remove(plain);
        return List.copyOf(out);
    }

    private static void addReduced(
            List<String> words, CaseEndings endings, String caseLabel, boolean lastOnly, Set<String> out) {
        List<String> reduced = new ArrayList<>(words.size());
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String r = (lastOnly && i < words.size() - 1) || !isCyrillic(w) && !lastOnly
                    ? null
                    : endings.reduce(w, caseLabel);
            if (r != null) {
                changed = true;
                reduced.add(r);
            } else {
                reduced.add(w);
            }
        }
        if (changed) {
            out.add(String.join(" ", reduced));
        }
    }

    static boolean isCyrillic(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    static boolean isLatin(String word) {
        return !word.isEmpty() && Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }

    private static Map<Language, CaseEndings> latin() {
        Map<Language, CaseEndings> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            out.put(l, CaseEndings.read(dev.embargo.scanning.language.WordLists.entries(l, "name-endings")));
        }
        return out;
    }
}
