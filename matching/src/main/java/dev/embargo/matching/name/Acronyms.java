package dev.embargo.matching.name;

import dev.embargo.matching.text.LatinFolder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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

    /**
     * The fewest letters an organisation's acronym reading has: two letters spell the initials of too many names
     * to say anything; three are read but never alert on their own ({@code ScoringPolicy.ACRONYM}).
     */
    public static final int MIN_READ_LETTERS = 3;

    /** Acronyms longer than this are written by no one; their names are only ever written in full. */
    private static final int MAX_READ_LETTERS = 12;

    /**
     * Words an acronym leaves out in every language the lists write organisations in: articles, conjunctions,
     * prepositions and the Arabic particles (al-, wa, li, fi). "al" is given as often as not (AQAP, AQIM: Al-Qaida
     * in ...); it is left out, as the lists' own bracketed acronyms mostly do for the names that follow it.
     */
    private static final Set<String> STOP_WORDS = Set.of(
            "of", "and", "the", "for", "in", "on", "at", "to", "an", "by", "with", "de", "del", "della", "des", "du",
            "da", "do", "dos", "das", "der", "die", "den", "und", "fur", "la", "le", "les", "los", "las", "el", "al",
            "ul", "wa", "li", "fi", "bi", "et", "en", "y", "i", "e", "a", "im", "am", "zu", "na", "po", "pri", "imeni");

    /** A bracketed part of a name: the list's own acronym, a place or a branch; never a source of initials. */
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)");

    /**
     * The acronyms an organisation may be written as, lower case, each of {@link #MIN_READ_LETTERS} to
     * {@link #MAX_READ_LETTERS} letters, at most four: the initials of every word but stop words, single letters
     * and legal forms (Korea Mining Development Trading Corporation: KMDT); the same with the initials of the
     * words of its legal form where the form is written in words (KMDTC; National Iranian Oil Company: NIOC;
     * Public Joint Stock Company: PJSC), as acronyms as often include as leave out; the initials without words of
     * three letters or fewer ({@link #initialsOf}: Black Sea Bank for Development and Reconstruction, BBDR beside
     * BSBDR); and the name's own bracketed acronym where it spells the name's initials (RECONNAISSANCE GENERAL
     * BUREAU (RGB)), which the name is read without ({@code NameForms.withoutOwnAcronym}) and so is otherwise
     * lost. Empty for a name in another script or with a number among its words ("Brigade 44"): such names are
     * not written as acronyms.
     */
    public static List<String> ofOrganisation(String name) {
        if (!dev.embargo.matching.text.Romanizer.isLatin(name)) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>(4);
        List<String> words = words(BRACKETED.matcher(name).replaceAll(" "));
        boolean[] legal = legalFormWords(words);
        if (legal != null) {
            StringBuilder significant = new StringBuilder();
            StringBuilder withForms = new StringBuilder();
            StringBuilder longWords = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (legal[i]) {
                    // A form written in words gives its initials; an abbreviation (LLC, GmbH) is already letters.
                    if (w.length() > SHORT_WORD && !LegalForms.isJoinedForm(w)) {
                        withForms.append(w.charAt(0));
                    }
                } else if (significant(w)) {
                    significant.append(w.charAt(0));
                    withForms.append(w.charAt(0));
                    if (w.length() > SHORT_WORD) {
                        longWords.append(w.charAt(0));
                    }
                }
            }
            addReading(significant, out);
            addReading(withForms, out);
            addReading(longWords, out);
        }
        String ownAcronym = ownAcronym(name);
        if (ownAcronym != null) {
            addReading(ownAcronym, out);
        }
        return List.copyOf(out);
    }

    private static boolean significant(String word) {
        return word.length() > 1 && !STOP_WORDS.contains(word);
    }

    private static void addReading(CharSequence acronym, Set<String> out) {
        if (acronym.length() >= MIN_READ_LETTERS && acronym.length() <= MAX_READ_LETTERS) {
            out.add(acronym.toString());
        }
    }

    /** The bracketed acronym closing {@code name} where it spells the initials of the words before it, or null. */
    private static String ownAcronym(String name) {
        String without = NameForms.withoutOwnAcronym(name);
        if (without.equals(name)) {
            return null;
        }
        String bracketed = name.substring(name.lastIndexOf('(') + 1, name.lastIndexOf(')'));
        String letters = LatinFolder.fold(bracketed).replace(" ", "");
        for (int i = 0; i < letters.length(); i++) {
            if (letters.charAt(i) < 'a' || letters.charAt(i) > 'z') {
                return null;
            }
        }
        return letters;
    }

    /**
     * Which of {@code words} belong to a legal form of one or more words (a form written as one word counts
     * where it has four letters or more: short forms inside a name are its words, "Sa Jang"); null when a word
     * is no word of Latin letters (a number, "44").
     */
    private static boolean[] legalFormWords(List<String> words) {
        boolean[] legal = new boolean[words.size()];
        int i = 0;
        while (i < words.size()) {
            String w = words.get(i);
            for (int c = 0; c < w.length(); c++) {
                if (w.charAt(c) < 'a' || w.charAt(c) > 'z') {
                    return null;
                }
            }
            int form = LegalForms.phraseLength(words, i);
            if (form == 0 && w.length() >= 4 && LegalForms.isForm(w)) {
                form = 1;
            }
            for (int f = 0; f < form; f++) {
                legal[i + f] = true;
            }
            i += Math.max(form, 1);
        }
        return legal;
    }

    /** Letters of each significant word that say which organisation a name is, beside the initials. */
    private static final int KEY_LETTERS = 4;

    /**
     * What says that two listed organisations with the same acronym are one organisation: the first four letters
     * of each of their significant words (brackets and legal forms dropped), so "Islamic Revolutionary Guards
     * Corps" and "ISLAMIC REVOLUTIONARY GUARD CORPS", or a Centre and a Center, on two lists are one, and
     * "HASSAN DRUG TRAFFICKING ORGANIZATION" and "LOS HUISTAS DRUG TRAFFICKING ORGANIZATION" (HDTO both) are two.
     * Null for a name {@link #ofOrganisation} reads no acronym from.
     */
    public static String organisationKey(String name) {
        List<String> words = words(BRACKETED.matcher(name).replaceAll(" "));
        boolean[] legal = legalFormWords(words);
        if (legal == null) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!legal[i] && significant(w)) {
                key.append(w, 0, Math.min(KEY_LETTERS, w.length())).append(' ');
            }
        }
        return key.isEmpty() ? null : key.toString();
    }

    /**
     * Whether {@code text} writes {@code acronym} (lower case letters) the way acronyms are written: a word of
     * capitals only (KMDTC), single letters each followed by a dot (K.M.D.T.C.), or capitals written apart
     * (K. M. D. T. C., K M D T C: {@code NameForms.joinSpacedInitials}). Names typed in lower or
     * mixed case ("Kmdtc", "Smith") are words, not acronyms.
     */
    public static boolean writtenAsAcronym(String original, String acronym) {
        String spaced = NameForms.joinSpacedInitials(original);
        String text = spaced != null ? spaced : original;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.')) {
                i++;
            }
            String word = text.substring(start, i);
            String letters = word.replace(".", "");
            if (!letters.isEmpty()
                    && LatinFolder.fold(letters).equals(acronym)
                    && letters.chars().allMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }
}
