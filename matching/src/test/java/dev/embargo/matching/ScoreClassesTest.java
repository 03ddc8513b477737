package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.name.Titles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scoring rules for asymmetry and false matches, each on cases generated from every listed name of its class
 * in the real lists (skipped where they are absent): the variant that must match and the near-miss that must not.
 */
class ScoreClassesTest {
    private static final double T = Screener.DEFAULT_THRESHOLD;
    /** Particles and titles, which are not a person's given or family name. */
    private static final Set<String> NOT_NAMES = Set.of(
            "abu", "bin", "ibn", "ben", "bint", "del", "dos", "das", "van", "von", "wan", "haji", "sayyed", "sayyid",
            "sheikh", "mullah");

    private static double compare(String query, String listed) {
        return RealLists.screener().compare(query, listed, EntityKind.PERSON, T).score();
    }

    private static List<Entity> people() {
        List<Entity> out = new ArrayList<>();
        for (Entity e : RealLists.screener().entities()) {
            if (e.kind() == EntityKind.PERSON) {
                out.add(e);
            }
        }
        return out;
    }

    /** The words of a name in Latin letters without commas or brackets, else null. */
    private static String[] latinWords(String name) {
        if (!name.matches("[\\p{IsLatin}' .-]+")) {
            return null;
        }
        return name.strip().split("\\s+");
    }

    private static boolean syllabic(String[] words) {
        for (String w : words) {
            if (w.length() > 4) {
                return false;
            }
        }
        return words.length >= 3;
    }

    private static boolean upper(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
    }

    private static boolean mixedCase(String name) {
        return !name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT));
    }

    @Test
    void aMiddleNameOnOneSideOnlyCostsLittleEitherWay() {
        int cases = 0;
        List<String> failures = new ArrayList<>();
        for (Entity e : people()) {
            String full = e.primaryName().full();
            String[] w = latinWords(full);
            if (w == null || w.length != 3 || syllabic(w) || w[1].length() < 3) {
                continue;
            }
            // The middle word must be a middle name: not after a title (whose next word is the first given
            // name), nor a first family or first given name told by case ("Itziar ALBERDI URANGA", "MAHMOOD
            // Sultan Bashir"), which a query may not leave out (aListedFamilyWithAnotherGivenNameIsAnotherPerson).
            if (Titles.isTitle(w[0].toLowerCase(Locale.ROOT)) || (mixedCase(full) && upper(w[0]) != upper(w[1]))) {
                continue;
            }
            String shortName = w[0] + " " + w[2];
            double listedHasIt = compare(shortName, full);
            double queryHasIt = compare(full, shortName);
            cases++;
            if (listedHasIt < T || queryHasIt < T || Math.abs(listedHasIt - queryHasIt) > 0.05) {
                failures.add(full + ": " + listedHasIt + " / " + queryHasIt);
            }
        }
        assertThat(cases).isGreaterThan(200);
        // A few names are shorter than they look (a one-letter word, a legal form, a particle as the middle word).
        assertThat(failures.size()).as(String.join("\n", failures)).isLessThan(cases / 50);
    }

    @Test
    void xBinYIsNotYBinX() {
        int cases = 0;
        List<String> failures = new ArrayList<>();
        for (Entity e : people()) {
            for (Name n : e.names()) {
                String[] w = latinWords(n.full());
                if (w == null) {
                    continue;
                }
                for (int i = 1; i + 1 < w.length; i++) {
                    String p = w[i].toLowerCase(Locale.ROOT);
                    if ((p.equals("bin") || p.equals("ibn"))
                            && !w[i - 1].equalsIgnoreCase(w[i + 1])
                            && !Set.of("al", "el").contains(w[i + 1].toLowerCase(Locale.ROOT))) {
                        String[] turned = w.clone();
                        turned[i - 1] = w[i + 1];
                        turned[i + 1] = w[i - 1];
                        cases++;
                        double swapped = compare(String.join(" ", turned), n.full());
                        if (swapped >= T || compare(n.full(), n.full()) < T) {
                            failures.add(n.full() + ": " + swapped);
                        }
                        break;
                    }
                }
            }
        }
        assertThat(cases).isGreaterThan(50);
        assertThat(failures).isEmpty();
    }

    @Test
    void aListedFamilyWithAnotherGivenNameIsAnotherPerson() {
        // "FAMILY1 FAMILY2, Given1 Given2": the second given name with the second family name (all the query's
        // words in the listed name, its first given and first family names missing) is a relative, not them;
        // the first given and first family names are the person's short form, held at the cap of a name given
        // with part of its family name (UnlistedNameRulesTest) and no lower: the date of birth lifts it.
        int cases = 0;
        List<String> failures = new ArrayList<>();
        for (Entity e : people()) {
            String full = e.primaryName().full();
            int comma = full.indexOf(',');
            if (comma < 0) {
                continue;
            }
            String[] family = full.substring(0, comma).strip().split("\\s+");
            String[] given = full.substring(comma + 1).strip().split("\\s+");
            if (family.length != 2 || given.length != 2 || latinWords(full.replace(",", "")) == null) {
                continue;
            }
            // Four plain words: no particle (AL ZAWAHIRI), title (Dr.) or repeated word (WAN MIN, Wan Mat).
            List<String> all = List.of(family[0], family[1], given[0], given[1]);
            if (all.stream()
                            .anyMatch(w ->
                                    w.length() < 3 || w.contains(".") || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)))
                    || all.stream()
                                    .map(w -> w.toLowerCase(Locale.ROOT))
                                    .distinct()
                                    .count()
                            < 4) {
                continue;
            }
            if (family[0].equalsIgnoreCase(family[1])
                    || given[1].equalsIgnoreCase(family[0])
                    || given[1].equalsIgnoreCase(family[1])
                    || given[1].length() < 3
                    || family[1].length() < 3) {
                continue;
            }
            cases++;
            double relative = compare(given[1] + " " + family[1], full);
            double person = compare(given[0] + " " + family[0], full);
            if (relative >= T || person < ScoringPolicy.DEFAULT.names().partFamilyCap() - 1e-9) {
                failures.add(full + ": " + relative + " / " + person);
            }
        }
        assertThat(cases).isGreaterThan(100);
        assertThat(failures.size()).as(String.join("\n", failures)).isLessThan(cases / 50);
    }

    @Test
    void hangulAndHanNamesDifferingInOneSyllableAreOtherPeople() {
        int cases = 0;
        List<String> failures = new ArrayList<>();
        for (Entity e : people()) {
            for (Name n : e.names()) {
                String s = n.full().replaceAll("\\s+", "");
                if (s.length() < 2 || s.length() > 4 || !s.codePoints().allMatch(ScoreClassesTest::hangulOrHan)) {
                    continue;
                }
                // The last syllable, moved on by one in its block: another name, often romanised alike.
                char last = s.charAt(s.length() - 1);
                char other =
                        (char) (last + (Character.UnicodeScript.of(last) == Character.UnicodeScript.HANGUL ? 28 : 1));
                if (!hangulOrHan(other)) {
                    continue;
                }
                cases++;
                double changed = compare(s.substring(0, s.length() - 1) + other, s);
                if (changed >= T || compare(s, s) < T) {
                    failures.add(s + ": " + changed);
                }
            }
        }
        assertThat(cases).isGreaterThan(5);
        assertThat(failures).isEmpty();
    }

    @Test
    void aSingleCharacterIsNeverAWholeName() {
        int cases = 0;
        for (Entity e : people()) {
            for (Name n : e.names()) {
                String s = n.full().strip();
                if (s.length() >= 2 && s.codePoints().allMatch(ScoreClassesTest::hangulOrHan)) {
                    cases++;
                    assertThat(compare(s.substring(0, 1), s)).as(s).isLessThan(T);
                    assertThat(compare(s.substring(0, 1), s.substring(0, 1)))
                            .as(s)
                            .isLessThan(T);
                }
            }
        }
        assertThat(cases).isGreaterThan(5);
    }

    private static boolean hangulOrHan(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return Character.isLetter(c) && (s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HAN);
    }
}
