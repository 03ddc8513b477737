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
    /** A nickname that stands for more given names than this says too little to read it as any one of them. */
    public static final int MAX_FORMS = 4;

    private static final Map<String, List<String>> FORMS = load();

    private Nicknames() {}

    private static Map<String, List<String>> load() {
        Map<String, List<String>> map = new HashMap<>();
        for (String line : NameTables.lines(Nicknames.class, RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException(RESOURCE + ": expected nickname<TAB>given names, got: " + line);
            }
            List<String> forms = List.of(f[1].split(" "));
            if (forms.size() <= MAX_FORMS) {
                map.put(f[0], forms);
            }
        }
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
