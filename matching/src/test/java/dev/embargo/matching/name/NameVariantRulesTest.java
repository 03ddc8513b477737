package dev.embargo.matching.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.text.LatinFolder;
import dev.embargo.matching.text.Romanizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each name-variant rule of {@link NameAnalyzer} on variants made from real listed names (a sample per rule;
 * {@code bench quality} measures a few hundred per class with the scorer): the variant must analyse to the
 * listed name's words, and a near-miss must not.
 */
class NameVariantRulesTest {
    private static final int SAMPLE = 60;
    private static final NameAnalyzer ANALYZER = new NameAnalyzer();
    private static List<String> people;
    private static List<String> organisations;

    @BeforeAll
    static void load() throws IOException {
        List<Entity> entities = ListLoader.loadDirectory(SharedData.lists()).entities();
        people = new ArrayList<>();
        organisations = new ArrayList<>();
        for (Entity e : entities) {
            for (Name n : e.names()) {
                if (!Romanizer.isLatin(n.full())) {
                    continue;
                }
                if (e.kind() == EntityKind.PERSON) {
                    people.add(n.full());
                } else if (e.kind() == EntityKind.ORGANIZATION) {
                    organisations.add(n.full());
                }
            }
        }
        Collections.sort(people);
        Collections.sort(organisations);
        Collections.shuffle(people, new Random(17));
        Collections.shuffle(organisations, new Random(17));
    }

    private static List<String> texts(String name) {
        return ANALYZER.analyzeFirst(name).tokens().stream().map(Token::text).toList();
    }

    private static List<String> variants(String name) {
        return ANALYZER.analyzeFirst(name).tokens().stream().map(Token::variant).toList();
    }

    private static List<String> sample(List<String> names, java.util.function.Predicate<String> fits) {
        return names.stream().filter(fits).limit(SAMPLE).toList();
    }

    private static boolean words(String name, int min) {
        List<Token> t = ANALYZER.analyzeFirst(name).tokens();
        return t.size() >= min && t.stream().allMatch(x -> x.kind() == TokenKind.WORD);
    }

    @Test
    void aTitleBeforeAPersonsNameIsDropped() {
        List<String> titles = new ArrayList<>(new TreeSet<>(Titles.all()));
        List<String> names = sample(people, n -> words(n, 2));
        assertEquals(SAMPLE, names.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String title = titles.get(i % titles.size());
            assertEquals(texts(name), texts(title + ". " + name), title + " " + name);
            // Before a one-word name the title stays: it may be how the party is known.
            String one = name.split(" ")[0];
            assertEquals(2, texts(title + " " + one).size(), title + " " + one);
        }
    }

    @Test
    void aWordWrittenTwiceInARowCountsOnce() {
        // Not Chinese names, whose given names double a syllable on purpose (Tingting), nor names that give
        // their lineage (bin, abu), where a word twice is a parent's name.
        for (String name : sample(
                people,
                n -> words(n, 2)
                        && n.matches(".*\\s\\p{L}+$")
                        && !n.toLowerCase(Locale.ROOT)
                                .matches("(?s).*\\b(bin|ibn|bint|binti|ben|ould|walad|abu|abou|bou)\\b.*")
                        && ChineseSyllables.systemOf(LatinFolder.fold(n.substring(n.lastIndexOf(' ') + 1)))
                                == ChineseSyllables.System.NONE)) {
            String[] w = name.split(" ");
            String doubled = name + " " + w[w.length - 1];
            assertEquals(texts(name), texts(doubled), doubled);
        }
    }

    @Test
    void aLegalFormWrittenOntoTheNameIsSplitOff() {
        Map<String, Set<String>> forms = LegalForms.spellingsByForm();
        List<String> names = sample(organisations, n -> {
            List<Token> t = ANALYZER.analyzeFirst(n).tokens();
            return t.size() >= 2
                    && t.getLast().kind() == TokenKind.LEGAL_FORM
                    && !t.getLast().text().contains(" ")
                    && n.matches(".*\\s\\p{L}+\\.?$")
                    && t.subList(0, t.size() - 1).stream().allMatch(x -> x.kind() == TokenKind.WORD);
        });
        assertTrue(names.size() >= 20, "organisations with a legal form: " + names.size());
        for (String name : names) {
            int space = name.lastIndexOf(' ');
            String stem = name.substring(0, space);
            String form = name.substring(space + 1).replace(".", "");
            // The case shows the joint: SiemensAG.
            String camel = stem.substring(0, 1).toUpperCase(Locale.ROOT)
                    + stem.substring(1).toLowerCase(Locale.ROOT)
                    + form.toUpperCase(Locale.ROOT);
            if (!camel.contains(" ")) {
                assertEquals(variants(stem + " " + form), variants(camel), camel);
            }
        }
        assertFalse(forms.isEmpty());
        // A distinctive form of three letters or more is split off in capitals too: GAZPROMPAO.
        for (String name : sample(people, n -> words(n, 2))) {
            String last = name.substring(name.lastIndexOf(' ') + 1).toUpperCase(Locale.ROOT);
            if (LatinFolder.fold(last).length() >= 3) {
                List<String> t = texts(name + "PAO");
                assertEquals("pao", t.getLast(), name);
            }
        }
    }

    @Test
    void aNicknameIsReadAsTheGivenNamesItStandsFor() {
        int checked = 0;
        int person = 0;
        for (Map.Entry<String, List<String>> e : new TreeMap<>(Nicknames.all()).entrySet()) {
            if (checked == SAMPLE) {
                break;
            }
            String[] parts = people.get(person++).split(" ");
            String surname = parts[parts.length - 1];
            if (!words(e.getKey() + " " + surname, 2)
                    || !ChineseSyllables.pinyinSyllablesOf(e.getKey()).isEmpty()) {
                continue;
            }
            // A listed name reads every nickname so; a query only one the table does not also give as a given
            // name (those a query reads as written, and the listed names carry them backwards).
            List<AnalyzedName> listed = ANALYZER.analyzeListed(e.getKey() + " " + surname);
            List<AnalyzedName> query = ANALYZER.analyze(e.getKey() + " " + surname);
            for (String given : e.getValue()) {
                String key = RomanizationVariants.variantKey(given);
                assertTrue(
                        listed.stream()
                                .anyMatch(r -> r.tokens().getFirst().variant().equals(key)),
                        e.getKey() + " as " + given);
                assertEquals(
                        !Nicknames.isGivenName(e.getKey()) || key.equals(RomanizationVariants.variantKey(e.getKey())),
                        query.stream()
                                .anyMatch(r -> r.tokens().getFirst().variant().equals(key)),
                        e.getKey() + " as " + given + " in a query");
            }
            checked++;
        }
        assertEquals(SAMPLE, checked);
    }

    @Test
    void pinyinNamesMeetTheirWadeGilesSpelling() {
        Map<String, String> wg = ChineseSyllables.wadeGilesOfPinyin();
        List<String> names = sample(people, n -> {
            String[] w = LatinFolder.fold(n).split(" ");
            if (w.length < 2 || w.length > 3) {
                return false;
            }
            boolean pinyinOnly = false;
            for (String x : w) {
                if (ChineseSyllables.pinyinSyllablesOf(x).isEmpty()) {
                    return false;
                }
                pinyinOnly |= ChineseSyllables.isPinyinOnly(x);
            }
            return pinyinOnly;
        });
        assertTrue(names.size() >= 20, "pinyin-shaped listed names: " + names.size());
        // Syllables that split two ways (chang-gen, chan-ggen) leave a few names unread (53 of 60 agree now).
        int agreed = 0;
        for (String name : names) {
            List<String> written = new ArrayList<>();
            List<String> other = new ArrayList<>();
            for (String x : LatinFolder.fold(name).split(" ")) {
                List<String> s = ChineseSyllables.pinyinSyllablesOf(x);
                written.add(String.join("-", s.stream().map(wg::get).toList()));
                other.add(String.join("-", s.stream().map(wg::get).toList()));
            }
            agreed += variants(name).equals(variants(String.join(" ", written))) ? 1 : 0;
            // Another syllable is another name.
            other.set(0, "ssu");
            if (!ChineseSyllables.pinyinSyllablesOf(LatinFolder.fold(name).split(" ")[0])
                    .equals(List.of("si"))) {
                assertNotEquals(variants(name), variants(String.join(" ", other)), name + " / " + other);
            }
        }
        assertTrue(agreed >= 0.85 * names.size(), agreed + " of " + names.size());
    }

    @Test
    void numbersInWordsDigitsAndRomanNumeralsAgree() {
        List<String> names = sample(organisations, n -> words(n, 1) && !n.matches(".*\\d.*"));
        for (int i = 0; i < names.size(); i++) {
            int n = 2 + i % 37;
            if (n == 5 || n == 10 || n == 11) {
                // V and X alone are initials as often as numbers.
                continue;
            }
            String digits = names.get(i) + " " + n;
            String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
            String[] tens = {"", "X", "XX", "XXX"};
            String roman = names.get(i) + " " + tens[n / 10] + ones[n % 10];
            assertEquals(texts(digits), texts(roman), roman);
            assertNotEquals(texts(names.get(i) + " " + (n + 1)), texts(roman), roman);
        }
        assertEquals(texts("Ocean 21"), texts("Ocean Twenty One"));
        assertEquals(texts("Ocean 3"), texts("Ocean 3rd"));
    }

    @Test
    void dottedInitialismsAreAlsoReadAsOneWord() {
        List<String> names = sample(organisations, n -> n.matches("[A-Z]{4,8}"));
        assertTrue(names.size() >= 10, "acronyms listed: " + names.size());
        for (String name : names) {
            String dotted = String.join(".", name.split("")) + ".";
            String word = name.toLowerCase(Locale.ROOT);
            assertTrue(
                    ANALYZER.analyze(dotted).stream()
                            .anyMatch(r -> r.tokens().size() == 1
                                    && r.tokens().getFirst().text().equals(word)),
                    dotted);
        }
    }
}
