package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.name.Nicknames;
import dev.embargo.matching.name.Titles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The scoring rules that keep people on no list from alerting on a listed name by name alone, each on cases
 * generated from every listed name of its class in the real lists (skipped where they are absent): a different
 * middle name, a given name with part of a double family name, a legal form after a one-word name, an initial
 * against a particle. Each also checks the form of the same name that must still match.
 */
class UnlistedNameRulesTest {
    private static final double T = Screener.DEFAULT_THRESHOLD;
    private static final double PART_FAMILY_CAP = ScoringPolicy.DEFAULT.names().partFamilyCap();
    /** Particles and titles, which are not a person's given or family name. */
    private static final Set<String> NOT_NAMES = Set.of(
            "abu",
            "al",
            "el",
            "bin",
            "ibn",
            "ben",
            "bint",
            "de",
            "da",
            "di",
            "la",
            "le",
            "del",
            "dos",
            "das",
            "do",
            "van",
            "von",
            "der",
            "wan",
            "haji",
            "sayyed",
            "sayyid",
            "sheikh",
            "mullah",
            "mohammad",
            "muhammad",
            "mohammed",
            "mohamed",
            "abdul",
            "abd");

    private static double compare(String query, String listed) {
        return RealLists.screener().compare(query, listed, EntityKind.PERSON, T).score();
    }

    /** "FAMILY..., Given..." primary names of listed people: plain Latin words of three letters or more. */
    private record CommaName(String full, String[] family, String[] given) {}

    private static List<CommaName> commaNames() {
        List<CommaName> out = new ArrayList<>();
        for (Entity e : RealLists.screener().entities()) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            String full = e.primaryName().full();
            int comma = full.indexOf(',');
            if (comma <= 0 || full.indexOf(',', comma + 1) >= 0 || !full.matches("[\\p{IsLatin} ,]+")) {
                continue;
            }
            String[] family = full.substring(0, comma).strip().split("\\s+");
            String[] given = full.substring(comma + 1).strip().split("\\s+");
            List<String> words = new ArrayList<>(List.of(family));
            words.addAll(List.of(given));
            Set<String> distinct = new TreeSet<>();
            boolean plain = true;
            for (String w : words) {
                String f = w.toLowerCase(Locale.ROOT);
                plain &= w.length() >= 3 && !NOT_NAMES.contains(f);
                distinct.add(f);
            }
            if (plain && distinct.size() == words.size()) {
                out.add(new CommaName(full, family, given));
            }
        }
        return out;
    }

    @Test
    void aDifferentMiddleNameIsAnotherPerson() {
        // "FAMILY, Given Middle" against "Given Other FAMILY", Other the middle name of another listed person
        // that begins otherwise: each side has a middle name the other lacks, which is two names, not one left
        // out. The same name without the middle name still matches.
        List<CommaName> names = commaNames().stream()
                .filter(c -> c.given().length == 2 && c.family().length + c.given().length >= 4)
                .toList();
        int cases = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            CommaName c = names.get(i);
            String middle = c.given()[1];
            String other = null;
            for (int k = 1; k < names.size() && other == null; k++) {
                String candidate = names.get((i + k * 7) % names.size()).given()[1];
                if (Character.toLowerCase(candidate.charAt(0)) != Character.toLowerCase(middle.charAt(0))) {
                    other = candidate;
                }
            }
            String family = String.join(" ", c.family());
            cases++;
            double different = compare(c.given()[0] + " " + other + " " + family, c.full());
            double without = compare(c.given()[0] + " " + family, c.full());
            if (different >= T || without < T) {
                failures.add(c.full() + " / " + other + ": " + different + " / " + without);
            }
        }
        assertThat(cases).isGreaterThan(200);
        // A few middle names of other people are variants of the listed one (Mohamad / Muhammad).
        assertThat(failures.size()).as(String.join("\n", failures)).isLessThan(cases / 50);
    }

    @Test
    void aGivenNameWithPartOfADoubleFamilyNameIsHeldAtTheCap() {
        // "FAMILY1 FAMILY2, Given": "Given FAMILY1" is held at the cap (the date of birth can still lift it),
        // "Given FAMILY1 FAMILY2" matches.
        int cases = 0;
        List<String> failures = new ArrayList<>();
        for (CommaName c : commaNames()) {
            if (c.family().length != 2) {
                continue;
            }
            cases++;
            double part = compare(c.given()[0] + " " + c.family()[0], c.full());
            double whole = compare(c.given()[0] + " " + c.family()[0] + " " + c.family()[1], c.full());
            if (part > PART_FAMILY_CAP || whole < T) {
                failures.add(c.full() + ": " + part + " / " + whole);
            }
        }
        assertThat(cases).isGreaterThan(200);
        assertThat(failures.size()).as(String.join("\n", failures)).isLessThan(cases / 50);
    }

    @Test
    void aLegalFormAfterAOneWordPersonNameIsAWordOfItsOwn() {
        // A listed one-word name of a person ("MATEO", an alias) against the word and a legal form's spelling
        // (Sá, a Portuguese family name that spells SA; AG): another word of the query's, never a full match.
        int cases = 0;
        List<String> failures = new ArrayList<>();
        for (Entity e : RealLists.screener().entities()) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (Name n : e.names()) {
                String w = n.full().strip();
                if (!w.matches("\\p{IsLatin}{4,}")) {
                    continue;
                }
                cases++;
                String query = w + (cases % 2 == 0 ? " Sá" : " AG");
                double s = compare(query, w);
                if (s >= T) {
                    failures.add(query + ": " + s);
                }
            }
        }
        assertThat(cases).isGreaterThan(50);
        assertThat(failures).isEmpty();
    }

    @Test
    void anInitialIsNeverAParticle() {
        // A listed name of a particle and a word ("EL MORENO", "AL ZAFIR") against initials, the first the
        // particle's letter, and the word: the initials are given names the list does not have.
        int cases = 0;
        List<String> failures = new ArrayList<>();
        for (Entity e : RealLists.screener().entities()) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (Name n : e.names()) {
                String[] w = n.full().strip().split("[\\s-]+");
                if (w.length != 2
                        || !Set.of("al", "el", "de", "van", "von", "del", "ad", "as", "ash")
                                .contains(w[0].toLowerCase(Locale.ROOT))
                        || !w[1].matches("\\p{IsLatin}{4,}")) {
                    continue;
                }
                cases++;
                String query = Character.toUpperCase(w[0].charAt(0)) + ". Y. " + w[1];
                double s = compare(query, n.full());
                if (s >= T) {
                    failures.add(query + " / " + n.full() + ": " + s);
                }
            }
        }
        assertThat(cases).isGreaterThan(20);
        assertThat(failures).isEmpty();
    }

    @Test
    void aTitleOpeningTheGivenPartOfADoubleFamilyNameIsDropped() {
        // Every listed person's Latin name that opens with a title and two or more name words after it ("Sayyed
        // Ghiassouddine Agha"), written as forms write it with the last two words as the family name: "FAMILY1
        // FAMILY2, Title Given...". The title is dropped where it stands first when the name is said, as it is
        // from the listed name, so the two match (read with the title, the query had a word the list lacks).
        int cases = 0;
        List<String> failures = new ArrayList<>();
        for (Entity e : RealLists.screener().entities()) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (Name n : e.names()) {
                String full = n.full().strip();
                String[] w = full.split("\\s+");
                if (w.length < 3
                        || w.length > 5
                        || !full.matches("[\\p{IsLatin} ]+")
                        || !Titles.isTitle(w[0].toLowerCase(Locale.ROOT))
                        || Titles.isTitle(w[1].toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String family = (w[w.length - 2] + " " + w[w.length - 1]).toUpperCase(Locale.ROOT);
                String given = String.join(" ", List.of(w).subList(1, w.length - 2));
                cases++;
                String query = family + ", " + (w[0] + " " + given).strip();
                double titled = compare(query, full);
                if (titled < T) {
                    failures.add(query + " / " + full + ": " + titled);
                }
            }
        }
        assertThat(cases).isGreaterThan(100);
        assertThat(failures).isEmpty();
    }

    @Test
    void aNicknameInTheFamilyNamesPlaceIsAnotherFamily() {
        // Listed "FAMILY, Given" people whose one family word is also a given name that has nicknames (HOWARD,
        // THOMAS): "Given NICK" (plain, and with the family in capitals) names another family, while a nickname
        // of the first given name, where the list's given name has one, still finds the person.
        Map<String, List<String>> nicknamesOf = new TreeMap<>();
        Nicknames.all()
                .forEach((nick, givens) -> givens.forEach(g ->
                        nicknamesOf.computeIfAbsent(g, k -> new ArrayList<>()).add(nick)));
        nicknamesOf.values().forEach(java.util.Collections::sort);
        int cases = 0;
        int givenCases = 0;
        List<String> failures = new ArrayList<>();
        for (CommaName c : oneFamilyWordNames()) {
            String family = c.family()[0].toLowerCase(Locale.ROOT);
            List<String> nicks = nicknamesOf.getOrDefault(family, List.of()).stream()
                    .filter(n -> !n.regionMatches(0, family, 0, 3))
                    .toList();
            if (nicks.isEmpty()) {
                continue;
            }
            String given = String.join(" ", c.given());
            String nick = nicks.getFirst();
            cases++;
            for (String query : List.of(given + " " + capitalised(nick), given + " " + nick.toUpperCase(Locale.ROOT))) {
                double s = compare(query, c.full());
                if (s >= T) {
                    failures.add(query + " / " + c.full() + ": " + s);
                }
            }
            String first = c.given()[0].toLowerCase(Locale.ROOT);
            List<String> givenNicks = nicknamesOf.getOrDefault(first, List.of()).stream()
                    .filter(n -> !n.equals(first))
                    .toList();
            if (!givenNicks.isEmpty()) {
                givenCases++;
                List<String> words = new ArrayList<>(List.of(c.given()));
                words.set(0, capitalised(givenNicks.getFirst()));
                String query = String.join(" ", words) + " " + c.family()[0];
                double s = compare(query, c.full());
                if (s < T) {
                    failures.add(query + " / " + c.full() + ": " + s + " (must match)");
                }
            }
        }
        assertThat(cases).isGreaterThan(10);
        assertThat(givenCases).isGreaterThan(0);
        assertThat(failures).isEmpty();
    }

    /** Every listed person's Latin name (not only the first) written "FAMILY, Given..." with one family word. */
    private static List<CommaName> oneFamilyWordNames() {
        List<CommaName> out = new ArrayList<>();
        for (Entity e : RealLists.screener().entities()) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (Name n : e.names()) {
                String full = n.full().strip();
                int comma = full.indexOf(',');
                if (comma <= 0 || full.indexOf(',', comma + 1) >= 0 || !full.matches("[\\p{IsLatin} ,]+")) {
                    continue;
                }
                String[] family = full.substring(0, comma).strip().split("\\s+");
                String[] given = full.substring(comma + 1).strip().split("\\s+");
                if (family.length == 1 && given.length >= 1 && !given[0].isEmpty()) {
                    out.add(new CommaName(full, family, given));
                }
            }
        }
        return out;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
