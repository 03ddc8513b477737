package dev.embargo.matching.name;

import java.util.Set;

/**
 * Forms of address, honorifics and ranks that stand before a name (Mr., Dr., Sheikh, General, Haji), from
 * {@value #RESOURCE}: they say how a person is addressed, not who they are, so "Dr. Ayman al-Zawahiri" is
 * compared as "Ayman al-Zawahiri".
 */
public final class Titles {
    static final String RESOURCE = "titles.txt";
    private static final Set<String> WORDS = Set.copyOf(NameTables.lines(Titles.class, RESOURCE));

    private Titles() {}

    /** Whether the folded word is a title. */
    public static boolean isTitle(String word) {
        return WORDS.contains(word);
    }

    /** Every title, folded. */
    public static Set<String> all() {
        return WORDS;
    }
}
