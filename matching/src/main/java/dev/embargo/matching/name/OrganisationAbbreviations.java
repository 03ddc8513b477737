package dev.embargo.matching.name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Abbreviations of the common words of organisation names read as the words they stand for (SHPG as shipping,
 * INTL as international), from {@code organisation-abbreviations.tsv}: one company is written both ways.
 */
final class OrganisationAbbreviations {
    private static final Map<String, String> WORD_OF = load();

    private OrganisationAbbreviations() {}

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (String line : NameTables.lines(OrganisationAbbreviations.class, "organisation-abbreviations.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException(
                        "organisation-abbreviations.tsv: expected an abbreviation and a word, got: " + line);
            }
            out.put(f[0].strip(), f[1].strip());
        }
        return Map.copyOf(out);
    }

    /** The folded words with each abbreviation replaced by its word; the same list when none is one. */
    static List<String> expand(List<String> words) {
        List<String> out = null;
        for (int i = 0; i < words.size(); i++) {
            String word = WORD_OF.get(words.get(i));
            if (word != null) {
                if (out == null) {
                    out = new ArrayList<>(words);
                }
                out.set(i, word);
            }
        }
        return out == null ? words : out;
    }
}
