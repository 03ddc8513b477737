package dev.embargo.matching.name;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nicknames and short forms of given names (Bill → William, Liz → Elizabeth), from {@value #RESOURCE}, whose
 * header names its origin. A nickname may stand for several given names (Bill for William and Robert); names
 * are read with each of the given names it stands for, up to {@link #MAX_FORMS}.
 */
public final class Nicknames {
    static final String RESOURCE = "given-name-nicknames.tsv";
    /** Russian, Ukrainian and Belarusian short forms (Volodya, Sasha), in the same format. */
    static final String SLAVIC_RESOURCE = "slavic-diminutives.tsv";
    /** A nickname that stands for more given names than this says too little to read it as any one of them. */
    public static final int MAX_FORMS = 4;

    private static final Map<String, List<String>> FORMS = load();
    /**
     * Every word of the tables, nickname or given name, also those of rows {@link #MAX_FORMS} leaves out: the
     * given names these tables know of.
     */
    private static final java.util.Set<String> TABLE_WORDS = tableWords();
    /**
     * The words the table also gives as a given name that some nickname stands for (William, Robert, Bob): a
     * word of both columns, whose own row is the table read backwards (william: bill billy willie wilma).
     */
    private static final java.util.Set<String> GIVEN_NAMES = givenNamesOf(FORMS);
    /**
     * For such a given name's row, each form's romanisation key with the given names whose rows hold it (bill:
     * william, robert): the row read the way the rest of the table is written.
     */
    private static final Map<String, List<String>> GIVEN_NAMES_BY_FORM_KEY = byFormKey(FORMS, GIVEN_NAMES);

    private Nicknames() {}

    private static Map<String, List<String>> load() {
        Map<String, List<String>> map = new HashMap<>();
        for (String resource : List.of(RESOURCE, SLAVIC_RESOURCE)) {
            for (String line : NameTables.lines(Nicknames.class, resource)) {
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(resource + ": expected nickname<TAB>given names, got: " + line);
                }
                // A short form in both tables (Lena, Ira) stands for the given names of both.
                java.util.LinkedHashSet<String> forms =
                        new java.util.LinkedHashSet<>(map.getOrDefault(f[0], List.of()));
                forms.addAll(List.of(f[1].split(" ")));
                map.put(f[0], List.copyOf(forms));
            }
        }
        map.values().removeIf(forms -> forms.size() > MAX_FORMS);
        return Map.copyOf(map);
    }

    private static java.util.Set<String> tableWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String resource : List.of(RESOURCE, SLAVIC_RESOURCE)) {
            for (String line : NameTables.lines(Nicknames.class, resource)) {
                for (String word : line.split("[\t ]")) {
                    out.add(word);
                }
            }
        }
        return java.util.Set.copyOf(out);
    }

    private static java.util.Set<String> givenNamesOf(Map<String, List<String>> forms) {
        java.util.Set<String> out = new java.util.HashSet<>();
        forms.values().forEach(out::addAll);
        return java.util.Set.copyOf(out);
    }

    private static Map<String, List<String>> byFormKey(
            Map<String, List<String>> forms, java.util.Set<String> givenNames) {
        Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        new java.util.TreeMap<>(forms).forEach((word, rowForms) -> {
            if (givenNames.contains(word)) {
                for (String form : rowForms) {
                    out.computeIfAbsent(RomanizationVariants.variantKey(form), k -> new java.util.TreeSet<>())
                            .add(word);
                }
            }
        });
        Map<String, List<String>> copy = new HashMap<>();
        out.forEach((key, names) -> copy.put(key, List.copyOf(names)));
        return Map.copyOf(copy);
    }

    /** The given names the folded word is a nickname of; empty when it is none (or stands for too many). */
    public static List<String> givenNames(String word) {
        return FORMS.getOrDefault(word, List.of());
    }

    /**
     * Whether the folded word is also a given name that some nickname stands for (William, Robert, Bob), so that
     * its own row ({@link #givenNames}) lists its nicknames, not names it stands for.
     */
    public static boolean isGivenName(String word) {
        return GIVEN_NAMES.contains(word);
    }

    /**
     * The given names ({@link #isGivenName}) whose rows hold the folded word or a form of the same romanisation
     * key (bill: robert, william), in alphabetical order: the names the word is a nickname of by those rows.
     */
    public static List<String> givenNamesByTheirRows(String word) {
        return GIVEN_NAMES_BY_FORM_KEY.getOrDefault(RomanizationVariants.variantKey(word), List.of());
    }

    /**
     * Whether the folded word is a nickname or a given name of the tables (Bradley, Jessica, Sasha): a word
     * people are called by, whatever else it may be.
     */
    public static boolean isInTables(String word) {
        return TABLE_WORDS.contains(word);
    }

    /** Every nickname with its given names. */
    public static Map<String, List<String>> all() {
        return FORMS;
    }
}
