package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.text.LatinFolder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People written as initials and one family name, screened against the real lists. The test tells listed
 * people's given and family names from the list's own form ("FAMILY, Given"; "Given FAMILY") and groups them by
 * initials and family name itself: where one listed person alone (one first given name) holds them, the initials
 * and family name, dotted, spaced or after the family name, find that person at the threshold, and other initials
 * do not; where two listed people share them (other first names, dates of birth years apart: namesakes), neither
 * alerts and both are shown under the threshold.
 */
class InitialsAndFamilyTest {
    private static final int CASES = 300;
    /** The names the index scores in full per query reading ({@code ScoringPolicy.Candidates#perReading}). */
    private static final int CANDIDATES = ScoringPolicy.DEFAULT.candidates().perReading();

    /**
     * One listed name: its entity, the first three letters of its first given name and its key (initials, a
     * bar, the family name).
     */
    private record Written(String id, String firstGiven, List<String> initials, String family) {
        String key() {
            return String.join("", initials) + "|" + family;
        }
    }

    private static final Set<String> PARTICLES =
            Set.of("abd", "abu", "bin", "ibn", "bint", "del", "dos", "das", "van", "von");

    private static Screener screener;
    /** By key: the listed names holding it, in list order. */
    private static Map<String, List<Written>> byKey;
    /** How many listed people's names have each family name (folded). */
    private static Map<String, Integer> familyNames;

    @BeforeAll
    static void load() {
        screener = RealLists.screener();
        byKey = new TreeMap<>();
        familyNames = new HashMap<>();
        for (Entity e : screener.entities()) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (Name n : e.names()) {
                Written w = written(e.id(), n.full().strip());
                if (w != null) {
                    byKey.computeIfAbsent(w.key(), k -> new ArrayList<>()).add(w);
                }
                if (e.kind() == EntityKind.PERSON) {
                    for (String word : LatinFolder.fold(n.full()).split(" ")) {
                        familyNames.merge(word, 1, Integer::sum);
                    }
                }
            }
        }
    }

    /** The given and family names of "FAMILY, Given" or "Given FAMILY" of plain letters; null otherwise. */
    private static Written written(String id, String name) {
        if (!name.matches("[A-Za-z ,'-]+")) {
            return null;
        }
        List<String> given = new ArrayList<>();
        List<String> family = new ArrayList<>();
        int comma = name.indexOf(',');
        if (comma > 0 && name.indexOf(',', comma + 1) < 0) {
            family.addAll(List.of(name.substring(0, comma).strip().split("[ -]+")));
            given.addAll(List.of(name.substring(comma + 1).strip().split("[ -]+")));
        } else if (comma < 0 && !name.equals(name.toUpperCase(Locale.ROOT))) {
            for (String w : name.split(" +")) {
                boolean capitals = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
                (capitals ? family : given).addAll(List.of(w.split("-+")));
            }
        } else {
            return null;
        }
        if (given.isEmpty() || given.size() > 3 || family.size() != 1) {
            return null;
        }
        List<String> initials = new ArrayList<>();
        for (String g : given) {
            // Particles (Abd al-Aziz) are not written as initials; a name with one is left out.
            if (g.length() < 3 || PARTICLES.contains(g.toLowerCase(Locale.ROOT))) {
                return null;
            }
            initials.add(LatinFolder.fold(g).substring(0, 1));
        }
        String f = LatinFolder.fold(family.getFirst());
        String first = LatinFolder.fold(given.getFirst());
        // One person's first name in two romanisations (Aleksandr, Alexander) begins alike: the first three
        // letters tell people apart, as the bench's generator tells them.
        return f.length() < 3 || first.length() < 3 ? null : new Written(id, first.substring(0, 3), initials, f);
    }

    /** The initials and family name written one of the ways forms and messages write them, by {@code form}. */
    private static String query(List<String> initials, String family, int form) {
        String fam = Character.toUpperCase(family.charAt(0)) + family.substring(1);
        List<String> upper =
                initials.stream().map(i -> i.toUpperCase(Locale.ROOT)).toList();
        return switch (form % 4) {
            case 0 -> String.join(". ", upper) + ". " + fam;
            case 1 -> String.join(".", upper) + ". " + fam;
            case 2 -> String.join(" ", upper) + " " + fam.toUpperCase(Locale.ROOT);
            default -> fam + " " + String.join(". ", upper) + ".";
        };
    }

    private static Set<String> hits(String query, double threshold) {
        return hits(query, threshold, false);
    }

    /** The listings found at {@code threshold}; without those a listed name of the very same words finds. */
    private static Set<String> hits(String query, double threshold, boolean notAsWritten) {
        Set<String> ids = new TreeSet<>();
        for (Match m : screener.screen(new Query(query, null, null, null, List.of()), threshold, 20)) {
            if (!notAsWritten || m.score() < 1) {
                ids.add(m.entity().id());
            }
        }
        return ids;
    }

    private static Set<String> firstNames(List<Written> holders) {
        Set<String> out = new TreeSet<>();
        holders.forEach(w -> out.add(w.firstGiven()));
        return out;
    }

    @Test
    void initialsAndFamilyOfOneListedPersonFindIt() {
        int tried = 0;
        List<String> missed = new ArrayList<>();
        List<String> falseAlerts = new ArrayList<>();
        // Keys in an order of the seed's, not the alphabet's: every initial and family name, not only A.
        List<List<Written>> keys = new ArrayList<>(byKey.values());
        java.util.Collections.shuffle(keys, new java.util.Random(17));
        for (List<Written> holders : keys) {
            // A family name many listed names share (Ahmed, Kim) leaves the listed person to the candidate
            // ranking, which the initials do not steer: its own class, not this rule's.
            if (tried >= CASES
                    || firstNames(holders).size() != 1
                    || familyNames.getOrDefault(holders.getFirst().family(), 0) > CANDIDATES) {
                continue;
            }
            Written w = holders.getFirst();
            String q = query(w.initials(), w.family(), tried);
            if (!hits(q, ScoringPolicy.DEFAULT_THRESHOLD).contains(w.id())) {
                missed.add(q + " / " + w.id());
            }
            // Another first initial: another person, whom nothing on the list confirms.
            List<String> other = new ArrayList<>(w.initials());
            char c = other.getFirst().charAt(0);
            other.set(0, String.valueOf((char) ('a' + (c - 'a' + 7) % 26)));
            String near = query(other, w.family(), tried);
            if (!byKey.containsKey(String.join("", other) + "|" + w.family())
                    && hits(near, ScoringPolicy.DEFAULT_THRESHOLD).contains(w.id())) {
                falseAlerts.add(near + " / " + w.id());
            }
            tried++;
        }
        assertThat(tried).isEqualTo(CASES);
        // Measured 25 of 300 missed: the index also counts listed names whose parts this test cannot tell (no comma,
        // no capitals) or whose given names it reads otherwise as holders, and such keys are held under the
        // threshold; without the rule every one of these queries is held at the one-word cap (0.80).
        assertThat(missed.size()).as("missed: %s", missed).isLessThanOrEqualTo(CASES / 10);
        assertThat(falseAlerts).isEmpty();
    }

    @Test
    void namesakesSharingInitialsAndFamilyAreHeldUnderTheThreshold() {
        Map<String, Entity> byId = new HashMap<>();
        screener.entities().forEach(e -> byId.put(e.id(), e));
        int tried = 0;
        List<String> alerts = new ArrayList<>();
        List<String> notShown = new ArrayList<>();
        for (List<Written> holders : byKey.values()) {
            List<String> pair = namesakes(holders, byId);
            if (pair == null || familyNames.getOrDefault(holders.getFirst().family(), 0) > CANDIDATES) {
                continue;
            }
            tried++;
            Written w = holders.getFirst();
            String q = query(w.initials(), w.family(), tried);
            // A listed alias written as the initials themselves ("ZOUBAIR, A.") is found as written.
            Set<String> atThreshold = hits(q, ScoringPolicy.DEFAULT_THRESHOLD, true);
            atThreshold.retainAll(pair);
            if (!atThreshold.isEmpty()) {
                alerts.add(q + " / " + atThreshold);
            }
            if (!hits(q, ScoringPolicy.INITIALS.weak()).containsAll(pair)) {
                notShown.add(q + " / " + pair);
            }
        }
        assertThat(tried).isGreaterThanOrEqualTo(10);
        // One known: a listed "HEIDARI, Reza" read as Chinese syllables (hei da ri re za) holds no key, so that
        // "R Heidari" is taken for the other HEIDARI's alone.
        assertThat(alerts.size()).as("alerts: %s", alerts).isLessThanOrEqualTo(Math.max(1, tried / 20));
        assertThat(notShown.size()).as("not shown: %s", notShown).isLessThanOrEqualTo(tried / 4);
    }

    /**
     * Two listed people among {@code holders} who are certainly not one person on two lists: other first names
     * (no first three letters in common) and dates of birth more than two years apart; null when there are none.
     */
    private static List<String> namesakes(List<Written> holders, Map<String, Entity> byId) {
        Map<String, Set<String>> firstNamesById = new TreeMap<>();
        holders.forEach(w ->
                firstNamesById.computeIfAbsent(w.id(), k -> new TreeSet<>()).add(w.firstGiven()));
        List<String> ids = new ArrayList<>(firstNamesById.keySet());
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                Set<String> shared = new TreeSet<>(firstNamesById.get(ids.get(a)));
                shared.retainAll(firstNamesById.get(ids.get(b)));
                if (shared.isEmpty() && bornApart(byId.get(ids.get(a)), byId.get(ids.get(b)))) {
                    return List.of(ids.get(a), ids.get(b));
                }
            }
        }
        return null;
    }

    private static boolean bornApart(Entity a, Entity b) {
        if (a.birthDates().isEmpty() || b.birthDates().isEmpty()) {
            return false;
        }
        for (ListedDate x : a.birthDates()) {
            for (ListedDate y : b.birthDates()) {
                if (!x.latest().plusYears(2).isBefore(y.earliest())
                        && !y.latest().plusYears(2).isBefore(x.earliest())) {
                    return false;
                }
            }
        }
        return true;
    }
}
