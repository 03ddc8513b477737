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

    /** The given names the folded word is a nickname of; empty when it is none (or stands for too many). */
    public static List<String> givenNames(String word) {
        return FORMS.getOrDefault(word, List.of());
    }

    /** Every nickname with its given names. */
    public static Map<String, List<String>> all() {
        return FORMS;
    }
}
