package dev.embargo.scanning.mention;

import dev.embargo.lists.ResourceLines;
import dev.embargo.scanning.language.Language;
import dev.embargo.scanning.language.WordLists;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Common nouns that follow a name to say what it names ("Lazarus-groep", "Hamas-Terroristen", "the Kim
 * regime", "Wagner-Söldner"), per language ({@code words/<code>/name-suffixes.txt}): the name is the part before
 * them. Some stand for a word listed names carry ("groep", "Gruppe" → "Group"): the name is then screened with
 * it as well, as the lists write it ("Lazarus Group").
 */
final class NameSuffixes {
    /** The designator "-" in a list: listed names never carry the noun. */
    private static final String NONE = "-";

    private static final Map<Language, Map<String, String>> BY_LANGUAGE = byLanguage();

    private final Map<String, String> designators;
    private final int longest;

    private NameSuffixes(Map<String, String> designators) {
        this.designators = designators;
        this.longest =
                designators.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static NameSuffixes of(Set<Language> languages) {
        return OF_LANGUAGES.get(LanguageSets.index(languages));
    }

    /** The suffix nouns of every set of languages, made once (as FunctionWords.of's). */
    private static final List<NameSuffixes> OF_LANGUAGES = LanguageSets.each(NameSuffixes::build);

    private static NameSuffixes build(Set<Language> languages) {
        Map<String, String> all = new HashMap<>();
        for (Language l : languages) {
            BY_LANGUAGE.get(l).forEach(all::putIfAbsent);
        }
        return new NameSuffixes(Map.copyOf(all));
    }

    boolean isSuffix(String word) {
        return word.length() <= longest && designators.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The word listed names carry for this suffix noun ("groep" → "Group"), if any. */
    Optional<String> designator(String word) {
        String d = designators.get(word.toLowerCase(Locale.ROOT));
        if (d == null || d.equals(NONE)) {
            return Optional.empty();
        }
        return Optional.of(Character.toUpperCase(d.charAt(0)) + d.substring(1));
    }

    /** Every designator any language's suffix nouns stand for: the words that mark a name as an organisation's. */
    static Set<String> allDesignators() {
        java.util.Set<String> out = new java.util.HashSet<>();
        BY_LANGUAGE
                .values()
                .forEach(m -> m.values().stream().filter(d -> !d.equals(NONE)).forEach(out::add));
        return Set.copyOf(out);
    }

    private static Map<Language, Map<String, String>> byLanguage() {
        Map<Language, Map<String, String>> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            Map<String, String> m = new HashMap<>();
            for (ResourceLines.Line line : WordLists.entries(l, "name-suffixes")) {
                String[] f = line.text().split(" ");
                if (f.length != 2 || !line.text().equals(line.text().toLowerCase(Locale.ROOT))) {
                    throw line.malformed("a lower-case noun and the word listed names use for it (or -)");
                }
                if (m.put(f[0], f[1]) != null) {
                    throw line.malformed("each noun once; it stands on an earlier line too");
                }
            }
            out.put(l, Map.copyOf(m));
        }
        return Map.copyOf(out);
    }
}
