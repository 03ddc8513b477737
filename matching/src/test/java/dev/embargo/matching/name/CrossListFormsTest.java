package dev.embargo.matching.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.text.Romanizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ways two lists write one party that are not spelling, on real listed names: "FAMILY, Given" against
 * "Given FAMILY", a name with and without its own acronym in brackets, a common word of a company name and its
 * abbreviation, "Company" as the legal form at a name's end. Each variant must analyse to the same words as the
 * name, each near-miss must not; {@code bench quality} measures the pairs of one party on two lists.
 */
class CrossListFormsTest {
    private static final NameAnalyzer ANALYZER = new NameAnalyzer();
    private static final Pattern BRACKETED = Pattern.compile("^(.*[A-Za-z.])\\s*\\(([A-Z][A-Za-z\\-]{1,9})\\)$");
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
                    people.add(n.full().strip());
                } else if (e.kind() == EntityKind.ORGANIZATION) {
                    organisations.add(n.full().strip());
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

    private static List<TokenKind> kinds(String name) {
        return ANALYZER.analyzeFirst(name).tokens().stream().map(Token::kind).toList();
    }

    /** A name of Chinese or Korean syllables only, which is written family first as it is said and stays so. */
    private static boolean chineseSyllablesOnly(String name) {
        String[] words = dev.embargo.matching.text.LatinFolder.fold(name).split(" ");
        if (words.length >= 3 && java.util.Arrays.stream(words).allMatch(w -> w.length() <= 4)) {
            return true;
        }
        for (String w : words) {
            if (!w.isEmpty() && ChineseSyllables.systemOf(w) == ChineseSyllables.System.NONE) {
                return false;
            }
        }
        return true;
    }

    @Test
    void familyCommaGivenIsReadGivenFirst() {
        int checked = 0;
        for (String name : people) {
            String[] parts = name.split(",");
            if (parts.length != 2
                    || parts[0].isBlank()
                    || parts[1].isBlank()
                    || parts[0].strip().contains(" ")
                    || parts[0].contains("-")
                    || texts(parts[1]).size() > 4) {
                continue;
            }
            boolean legalForm = java.util.Arrays.stream(
                            dev.embargo.matching.text.LatinFolder.fold(name).split(" "))
                    .anyMatch(LegalForms::isForm);
            if (legalForm
                    || chineseSyllablesOnly(name)
                    || Titles.isTitle(texts(parts[0]).getFirst())) {
                continue;
            }
            String turned = parts[1].strip() + " " + parts[0].strip();
            assertEquals(texts(turned), texts(name), name);
            checked++;
        }
        assertTrue(checked > 1000, "listed people written FAMILY, Given: " + checked);
    }

    @Test
    void twoFamilyNamesBeforeTheCommaStayFirst() {
        // "GONZALEZ VALENCIA, Abigael": given first, the father's name would stand where middle names do.
        int checked = 0;
        for (String name : people) {
            String[] parts = name.split(",");
            if (parts.length != 2 || parts[0].strip().split("\\s+").length != 2 || parts[1].isBlank()) {
                continue;
            }
            List<String> family = texts(parts[0]);
            if (family.size() != 2
                    || NameAnalyzer.PARTICLES.contains(family.getFirst())
                    || Titles.isTitle(family.getFirst())
                    || chineseSyllablesOnly(name)) {
                continue;
            }
            assertEquals(family, texts(name).subList(0, 2), name);
            checked++;
        }
        assertTrue(checked > 100, "listed people with two family names: " + checked);
    }

    @Test
    void aCompanysCommaSaysNothingOfOrder() {
        int checked = 0;
        for (String name : organisations) {
            int comma = name.indexOf(',');
            if (comma < 0 || name.indexOf(',', comma + 1) >= 0) {
                continue;
            }
            List<TokenKind> after = kinds(name.substring(comma + 1));
            if (!after.contains(TokenKind.LEGAL_FORM)) {
                continue;
            }
            assertEquals(texts(name.replace(',', ' ')), texts(name), name);
            checked++;
        }
        assertTrue(checked > 100, "listed companies with a legal form after a comma: " + checked);
    }

    @Test
    void aNamesOwnAcronymInBracketsIsNotAWordOfIt() {
        int own = 0;
        int other = 0;
        for (String name : organisations) {
            Matcher m = BRACKETED.matcher(name);
            if (!m.matches()) {
                continue;
            }
            String stem = m.group(1);
            String acronym = m.group(2);
            if (Acronyms.spellsInitials(acronym, stem)) {
                assertEquals(texts(stem), texts(name), name);
                own++;
                // The same letters but the first: no acronym of this name, a word the other name lacks.
                char first = Character.toUpperCase(acronym.charAt(0));
                char changed = (char) ('A' + (first - 'A' + 13) % 26);
                String near = stem + " (" + changed + acronym.substring(1) + ")";
                assertNotEquals(texts(stem), texts(near), near);
            } else {
                assertNotEquals(texts(stem), texts(name), name);
                other++;
            }
        }
        assertTrue(own > 50, "listed names followed by their own acronym: " + own);
        assertTrue(other > 0, "listed names followed by another bracketed word: " + other);
    }

    @Test
    void anAbbreviatedCompanyWordIsTheWord() {
        List<String[]> table = new ArrayList<>();
        for (String line : NameTables.lines(OrganisationAbbreviations.class, "organisation-abbreviations.tsv")) {
            table.add(line.split("\t"));
        }
        int checked = 0;
        for (String name : organisations) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (String[] entry : table) {
                Matcher m = Pattern.compile("\\b" + entry[1] + "\\b").matcher(lower);
                if (m.find()) {
                    String abbreviated =
                            name.substring(0, m.start()) + entry[0].toUpperCase(Locale.ROOT) + name.substring(m.end());
                    assertEquals(texts(name), texts(abbreviated), abbreviated);
                    checked++;
                    break;
                }
            }
        }
        assertTrue(checked > 200, "listed companies with a word the table abbreviates: " + checked);
    }

    @Test
    void companyIsALegalFormAtTheEndAndAWordInside() {
        int inside = 0;
        for (String name : organisations) {
            List<String> texts = texts(name);
            List<TokenKind> kinds = kinds(name);
            for (int i = 0; i < texts.size(); i++) {
                if (!texts.get(i).equals("company")) {
                    continue;
                }
                if (i < texts.size() - 1 && kinds.get(i + 1) == TokenKind.WORD) {
                    assertEquals(TokenKind.WORD, kinds.get(i), name);
                    inside++;
                }
            }
        }
        assertTrue(inside > 20, "listed names with company inside: " + inside);
        long endingInCompany = organisations.stream()
                .filter(n -> n.toLowerCase(Locale.ROOT).matches(".*\\bcompany\\W*$"))
                .count();
        assertTrue(endingInCompany > 100, "listed names ending in Company: " + endingInCompany);
        for (String name : organisations) {
            if (name.toLowerCase(Locale.ROOT).matches(".*[a-z]{3,} company$")) {
                assertEquals(TokenKind.LEGAL_FORM, kinds(name).getLast(), name);
            }
        }
    }
}
