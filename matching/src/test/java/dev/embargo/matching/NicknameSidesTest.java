package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.Nicknames;
import dev.embargo.matching.name.RomanizationVariants;
import dev.embargo.matching.text.LatinFolder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Which side reads a given name through the nickname table: a query reads a word that the table gives only as
 * a nickname (Sasha, Liz) as the given names it stands for, and a word that the table also gives as a given name
 * (William, Robert, Vic) as written; the listed names carry that direction, once per list. On the real lists'
 * people: a query of such a word still finds the listed person written with a form of it, and two given names
 * that only share a nickname (William and Robert, both Bill) are not taken for each other.
 */
class NicknameSidesTest {
    private static final double T = Screener.DEFAULT_THRESHOLD;
    private static final NameAnalyzer ANALYZER = new NameAnalyzer();

    /** A listed person's Latin name "Given ... FAMILY" or "FAMILY, Given ...", by its words. */
    private record PersonName(Entity entity, String full, List<String> given, String rest, boolean comma) {
        String withFirstGiven(String word) {
            List<String> g = new ArrayList<>(given);
            g.set(0, capitalised(word));
            return comma ? rest + ", " + String.join(" ", g) : String.join(" ", g) + " " + rest;
        }
    }

    /**
     * Listed people's names whose given part the list's form tells: after the one comma of "FAMILY, Given", or
     * before a family written alone in capitals ("Given FAMILY"); plain Latin letters only.
     */
    private static List<PersonName> people() {
        List<PersonName> out = new ArrayList<>();
        for (Entity e : RealLists.screener().entities()) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (Name n : e.names()) {
                String full = n.full().strip();
                if (!full.matches("[A-Za-z ,]+")) {
                    continue;
                }
                int comma = full.indexOf(',');
                if (comma > 0 && full.indexOf(',', comma + 1) < 0) {
                    List<String> given = words(full.substring(comma + 1));
                    String family = full.substring(0, comma).strip();
                    if (!given.isEmpty() && !family.isEmpty()) {
                        out.add(new PersonName(e, full, given, family, true));
                    }
                    continue;
                }
                List<String> w = words(full);
                if (comma < 0
                        && w.size() >= 2
                        && w.getLast().equals(w.getLast().toUpperCase(Locale.ROOT))
                        && w.subList(0, w.size() - 1).stream().noneMatch(x -> x.equals(x.toUpperCase(Locale.ROOT)))) {
                    out.add(new PersonName(e, full, w.subList(0, w.size() - 1), w.getLast(), false));
                }
            }
        }
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split(" +")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String key(String word) {
        return RomanizationVariants.variantKey(word);
    }

    /** Whether one of the two words is, by the table, a form of the other (either word's row, by key). */
    private static boolean paired(String a, String b) {
        for (String[] p : new String[][] {{a, b}, {b, a}}) {
            for (String g : Nicknames.givenNames(p[0])) {
                if (key(g).equals(key(p[1]))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aQueryReadsAWordTheTableAlsoGivesAsAGivenNameAsWritten() {
        int checked = 0;
        for (PersonName p : people()) {
            String first = LatinFolder.fold(p.given().getFirst());
            if (!Nicknames.isGivenName(first) || Nicknames.givenNames(first).isEmpty()) {
                continue;
            }
            // Every query reading keeps the given name's own key; the listed reading reads it as its forms.
            String query = p.withFirstGiven(first);
            for (AnalyzedName r : ANALYZER.analyze(query)) {
                assertThat(r.tokens().stream()
                                .anyMatch(t ->
                                        t.text().equals(first) && !t.variant().equals(key(first))))
                        .as(query)
                        .isFalse();
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void aQueryOfAGivenNameFindsTheListedPersonWrittenWithItsForm() {
        // Listed "Viktor" carries Vic (whose row gives Victor), listed "Jamie" James: a query of the word in
        // both columns of the table, read as written, meets the listed name's reading.
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (PersonName p : people()) {
            String first = LatinFolder.fold(p.given().getFirst());
            for (String k : Nicknames.givenNamesByTheirRows(first)) {
                if (key(k).equals(key(first)) || k.regionMatches(0, first, 0, 3)) {
                    continue;
                }
                String query = p.withFirstGiven(k);
                // A query whose words all read as pinyin syllables (Katia PUTINA: ka tia pu ti na) is read as
                // Chinese, where no word is a nickname.
                if (ANALYZER.analyzeFirst(query).tokens().stream()
                        .noneMatch(t -> t.text().equals(k))) {
                    continue;
                }
                checked++;
                boolean found =
                        RealLists.screener()
                                .screen(new Query(query, EntityKind.PERSON, null, null, List.of()), T, 10)
                                .stream()
                                .anyMatch(m -> m.entity().id().equals(p.entity().id())
                                        || m.listings().stream()
                                                .anyMatch(l ->
                                                        l.id().equals(p.entity().id())));
                if (!found) {
                    failures.add(query + " / " + p.full());
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(failures).isEmpty();
    }

    @Test
    void givenNamesThatOnlyShareANicknameAreOtherNames() {
        // William and Robert share Bill, Victoria and Veronica share Ronnie: neither is a form of the other, and a
        // listed William is not found by a Robert of the same family.
        Map<String, Set<String>> byForm = new TreeMap<>();
        for (var e : new TreeMap<>(Nicknames.all()).entrySet()) {
            if (Nicknames.isGivenName(e.getKey())) {
                for (String g : e.getValue()) {
                    byForm.computeIfAbsent(key(g), k -> new java.util.TreeSet<>())
                            .add(e.getKey());
                }
            }
        }
        int cases = 0;
        List<String> failures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PersonName p : people()) {
            String first = LatinFolder.fold(p.given().getFirst());
            if (!Nicknames.isGivenName(first) || !seen.add(p.full())) {
                continue;
            }
            Set<String> others = new java.util.TreeSet<>();
            for (String g : Nicknames.givenNames(first)) {
                others.addAll(byForm.getOrDefault(key(g), Set.of()));
            }
            for (String other : others) {
                // A name spelled like the listed word or one of its forms (Alexander, Sandra's Alexandra) is the
                // spelling rules' business, not the table's.
                if (key(other).equals(key(first))
                        || other.regionMatches(0, first, 0, 3)
                        || paired(first, other)
                        || Nicknames.givenNames(first).stream().anyMatch(g -> other.regionMatches(0, g, 0, 3))) {
                    continue;
                }
                String query = p.withFirstGiven(other);
                cases++;
                double s = RealLists.screener()
                        .compare(query, p.full(), EntityKind.PERSON, T)
                        .score();
                if (s >= T) {
                    failures.add(query + " / " + p.full() + ": " + s);
                }
            }
        }
        assertThat(cases).isGreaterThan(10);
        assertThat(failures).isEmpty();
    }
}
