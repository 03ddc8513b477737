package dev.embargo.matching.name;

import dev.embargo.matching.text.LatinFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Acronyms of organisation names: whether letters spell the initials of a name's words, and the initials a
 * name is known by. The significant words are those of four letters or more that are not legal forms: short
 * words (of, the, al, in, i, e, wa) are left out of acronyms as often as they are put in (AQAP: Al-Qaida in the
 * Arabian Peninsula; LJ: Lashkar i Jhangvi), legal forms nearly always (OMM: Ocean Maritime Management Company,
 * Limited).
 */
public final class Acronyms {
    /** Words of at most this many letters may be left out of an acronym. */
    private static final int SHORT_WORD = 3;

    private Acronyms() {}

    /**
     * Whether {@code acronym}'s letters spell the initials of {@code name}'s words in order: its first letter the
     * first word's, each significant word giving its initial, short words and legal forms given or left out; a
     * letter may also come from inside the word whose initial came before it, as in "Butembo AirLines (BAL)".
     */
    public static boolean spellsInitials(String acronym, String name) {
        String letters = LatinFolder.fold(acronym).replace(" ", "");
        List<String> words = words(name);
        if (letters.length() < 2 || words.size() < 2 || !letters.chars().allMatch(Character::isLetter)) {
            return false;
        }
        return spells(letters, 0, words, 0, 0);
    }

    /**
     * {@code letters} from {@code at} on spell the initials of {@code words} from {@code word} on, where the last
     * letter matched is {@code within} letters into {@code words[word - 1]} (0 when none is matched yet).
     */
    private static boolean spells(String letters, int at, List<String> words, int word, int within) {
        if (at == letters.length()) {
            for (int w = word; w < words.size(); w++) {
                if (!skippable(words.get(w))) {
                    return false;
                }
            }
            return true;
        }
        char c = letters.charAt(at);
        // From inside the word whose initial was matched last.
        if (word > 0) {
            String current = words.get(word - 1);
            for (int i = within + 1; i < current.length(); i++) {
                if (current.charAt(i) == c && spells(letters, at + 1, words, word, i)) {
                    return true;
                }
            }
        }
        // The initial of the next word, or of a later one past short words and legal forms.
        for (int w = word; w < words.size(); w++) {
            if (words.get(w).charAt(0) == c && spells(letters, at + 1, words, w + 1, 0)) {
                return true;
            }
            if (at == 0 || !skippable(words.get(w))) {
                return false;
            }
        }
        return false;
    }

    private static boolean skippable(String word) {
        return word.length() <= SHORT_WORD || LegalForms.isForm(word);
    }

    /** The folded words of a name, broken at every mark (JAMAAT-UL-AHRAR: jamaat, ul, ahrar). */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : LatinFolder.fold(name).split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The initials of the significant words of a name (see the class comment), upper case; null when the name
     * has fewer than two significant words or a word that is no word of letters (a number: "Brigade 44").
     */
    public static String initialsOf(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : words(name)) {
            if (!Character.isLetter(w.charAt(0))) {
                return null;
            }
            if (!skippable(w)) {
                out.append(w.charAt(0));
            }
        }
        return out.length() < 2 ? null : out.toString().toUpperCase(Locale.ROOT);
    }
}
