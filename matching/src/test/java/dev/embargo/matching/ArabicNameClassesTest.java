package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Listed people's Arabic-derived names as another list writes them, on the real lists: a chain of fathers one
 * link shorter, the article written onto its word as said, and given names of one consonant skeleton that are
 * other names. Skipped where ../shared is absent.
 */
class ArabicNameClassesTest {
    private static final double THRESHOLD = 0.85;
    /** Listed people's Latin names, each once, in order. */
    private static TreeSet<String> names;

    private static Screener screener;

    @BeforeAll
    static void load() throws IOException {
        names = new TreeSet<>();
        for (Entity e : ListLoader.loadDirectory(SharedData.lists()).entities()) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (Name n : e.names()) {
                String full = n.full().strip();
                if (full.matches("[A-Za-z ,'-]+")) {
                    names.add(full);
                }
            }
        }
        screener = RealLists.screener();
    }

    /** A link of a chain of fathers written apart, with the space before it: " Ben Al-Akhdar", " bin Salih". */
    private static final Pattern LINK = Pattern.compile("(?i) (?:ben|bin|ibn) (?:(?:al|el)[- ])?[a-z']{3,}(?=$| )");

    /**
     * Listed names with a chain of two fathers' links or more ("ZARKAOUI, Imed Ben Mekki Ben Al-Akhdar", "HELAL,
     * Mounir Ben Dhaou Ben Brahim"), written with the last link left out as another list gives the chain: the same
     * person. Without the link read as a middle name, a link left out at the end of a name counted as a family name
     * left out, and most of these fell under the threshold.
     */
    @Test
    void aChainOfFathersOneLinkShorterIsTheSamePerson() {
        int cases = 0;
        List<String> missed = new ArrayList<>();
        for (String name : names) {
            Matcher m = LINK.matcher(name);
            int links = 0;
            int start = -1;
            int end = -1;
            boolean capitals = name.equals(name.toUpperCase(Locale.ROOT));
            while (m.find()) {
                // In a name of mixed case, a link in capitals is a family name (BEN SOLTANE), not a father's.
                if (!capitals && m.group().equals(m.group().toUpperCase(Locale.ROOT))) {
                    links = 0;
                    break;
                }
                links++;
                start = m.start();
                end = m.end();
            }
            if (links < 2) {
                continue;
            }
            String shorter = (name.substring(0, start) + name.substring(end)).strip();
            cases++;
            Comparison c = screener.compare(shorter, name, EntityKind.PERSON, THRESHOLD);
            Comparison back = screener.compare(name, shorter, EntityKind.PERSON, THRESHOLD);
            if (!c.match() || !back.match()) {
                missed.add(shorter + " / " + name + " " + c.score() + " " + back.score());
            }
        }
        assertThat(cases).isGreaterThanOrEqualTo(20);
        assertThat(missed.size()).as("missed of %d: %s", cases, missed).isLessThanOrEqualTo(cases / 10);
    }

    private static final Pattern ARTICLE_APART = Pattern.compile("\\b(A[Ll]|E[Ll])-([TDRZSN])([a-zA-Z]{2,})");

    /**
     * Listed names with the article written apart before a sun letter (AL-SAYYID, Al-Rahman, EL-ZAWAHIRI), the
     * article written onto the word as it is said, es-Sayyid as ESSAYYID: the same name.
     */
    @Test
    void theArticleAssimilatedToASunLetterIsTheSameName() {
        int cases = 0;
        List<String> missed = new ArrayList<>();
        for (String name : names) {
            Matcher m = ARTICLE_APART.matcher(name);
            if (!m.find() || name.indexOf(' ') < 0) {
                continue;
            }
            boolean upper = Character.isUpperCase(m.group(3).charAt(0));
            String letter = m.group(2);
            String joined = "E" + (upper ? letter : letter.toLowerCase(Locale.ROOT)) + letter.toLowerCase(Locale.ROOT)
                    + m.group(3);
            if (upper) {
                joined = joined.toUpperCase(Locale.ROOT);
            }
            String query = name.substring(0, m.start()) + joined + name.substring(m.end());
            cases++;
            Comparison c = screener.compare(query, name, EntityKind.PERSON, THRESHOLD);
            if (!c.match()) {
                missed.add(query + " / " + name + " " + c.score());
            }
        }
        assertThat(cases).isGreaterThanOrEqualTo(20);
        assertThat(missed.size()).as("missed of %d: %s", cases, missed).isLessThanOrEqualTo(cases / 10);
    }

    /** Common Arabic given names of one consonant skeleton (or nearly) that are other names. */
    private static final Map<String, String> OTHER_GIVEN_NAMES = Map.of(
            "Mohamed", "Mahmoud",
            "Mohammed", "Mahmood",
            "Hassan", "Hussein",
            "Hasan", "Husayn",
            "Ali", "Alaa",
            "Hamid", "Hamad",
            "Said", "Saad");

    /**
     * Listed names of two or three words with one of those given names, the given name swapped for the other:
     * another man's name, which a reading of Arabic spellings by their consonants alone would take for his. The two
     * given names are never paired as spellings of one name (0.9 or more); how much a word in the place of another
     * costs a whole name is the coverage's matter.
     */
    @Test
    void givenNamesOfOneSkeletonWithOtherVowelsAreOtherNames() {
        int cases = 0;
        List<String> matched = new ArrayList<>();
        for (String name : names) {
            String[] words = name.replace(",", "").split("\\s+");
            if (words.length < 2 || words.length > 3) {
                continue;
            }
            for (Map.Entry<String, String> e : OTHER_GIVEN_NAMES.entrySet()) {
                for (String[] pair :
                        List.of(new String[] {e.getKey(), e.getValue()}, new String[] {e.getValue(), e.getKey()})) {
                    Matcher m = Pattern.compile("\\b" + pair[0] + "\\b").matcher(name);
                    if (!m.find()) {
                        continue;
                    }
                    String query = name.substring(0, m.start()) + pair[1] + name.substring(m.end());
                    cases++;
                    Comparison c = screener.compare(query, name, EntityKind.PERSON, THRESHOLD);
                    String swapped = pair[1].toLowerCase(Locale.ROOT);
                    if (c.explanation().pairs().stream()
                            .anyMatch(p ->
                                    p.query().equals(swapped) && !p.name().equals(swapped) && p.similarity() >= 0.9)) {
                        matched.add(query + " / " + name + " " + c.score());
                    }
                }
            }
        }
        assertThat(cases).isGreaterThanOrEqualTo(100);
        assertThat(matched).isEmpty();
    }
}
