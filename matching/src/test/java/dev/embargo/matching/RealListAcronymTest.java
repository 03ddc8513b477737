package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.matching.name.Acronyms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Organisations found by their acronyms, on the real lists: every acronym a listed organisation's primary
 * name reads as, of four letters or more, that no organisation of other words reads as too, finds it as a query
 * in capitals or dotted letters; the same letters in lower case, with one letter changed, or shared by two
 * organisations of different words alert on neither.
 */
class RealListAcronymTest {
    private static final double THRESHOLD = Screener.DEFAULT_THRESHOLD;

    /**
     * The number of organisations holding each acronym of the organisations' names (or written as it, one word):
     * listings are one organisation when the words of any of their names agree (one organisation on several
     * lists, "Guard" and "Guards" alike).
     */
    private static Map<String, Integer> holdersByAcronym(List<Entity> organisations) {
        Map<String, List<Set<String>>> byAcronym = new HashMap<>();
        for (Entity e : organisations) {
            Set<String> keys = new HashSet<>();
            Set<String> acronyms = new HashSet<>();
            e.names().forEach(n -> {
                String key = Acronyms.organisationKey(n.full());
                if (key != null) {
                    keys.add(key);
                }
                acronyms.addAll(Acronyms.ofOrganisation(n.full()));
                acronyms.add(n.full().strip().toLowerCase(Locale.ROOT));
            });
            keys.add(e.id());
            for (String a : acronyms) {
                byAcronym.computeIfAbsent(a, k -> new ArrayList<>()).add(keys);
            }
        }
        Map<String, Integer> out = new HashMap<>();
        byAcronym.forEach((acronym, holders) -> {
            List<Set<String>> merged = new ArrayList<>();
            for (Set<String> h : holders) {
                Set<String> joined = new HashSet<>(h);
                merged.removeIf(m -> {
                    boolean meets = m.stream().anyMatch(joined::contains);
                    if (meets) {
                        joined.addAll(m);
                    }
                    return meets;
                });
                merged.add(joined);
            }
            out.put(acronym, merged.size());
        });
        return out;
    }

    /** Whether {@code query} alerts on an organisation through an acronym reading alone. */
    private static boolean alertsByAcronym(String query) {
        return RealLists.screener().screen(Query.name(query), THRESHOLD, 50).stream()
                .anyMatch(m ->
                        m.explanation().cap() != null && m.explanation().cap().contains("acronym"));
    }

    private static List<Entity> organisations() {
        return RealLists.screener().entities().stream()
                .filter(e -> e.kind() == EntityKind.ORGANIZATION)
                .toList();
    }

    private static boolean alertsOn(String query, Entity entity) {
        return RealLists.screener().screen(Query.name(query), THRESHOLD, 50).stream()
                .anyMatch(m -> m.entity()
                        .primaryName()
                        .full()
                        .equals(entity.primaryName().full()));
    }

    @Test
    void anAcronymOneOrganisationHoldsFindsItAndItsNearMissesDoNot() {
        List<Entity> organisations = organisations();
        Map<String, Integer> holders = holdersByAcronym(organisations);
        int checked = 0;
        int found = 0;
        for (int i = 0; i < organisations.size() && checked < 60; i += 37) {
            Entity e = organisations.get(i);
            String name = e.primaryName().full();
            List<String> acronyms = Acronyms.ofOrganisation(name);
            if (acronyms.isEmpty() || acronyms.getFirst().length() < 4) {
                continue;
            }
            String acronym = acronyms.getFirst();
            if (holders.get(acronym) != 1) {
                continue;
            }
            String upper = acronym.toUpperCase(Locale.ROOT);
            String dotted = String.join(".", upper.split("")) + ".";
            // Found, bare and dotted alike; where not, the matcher took the acronym for one another listing of
            // other words holds too (a wrong party is worse than none), which this test's looser rule of one
            // organisation may not see.
            found += alertsOn(upper, e) ? 1 : 0;
            assertThat(alertsOn(dotted, e)).as(dotted + " for " + name).isEqualTo(alertsOn(upper, e));
            // Written apart, with or without dots, or with a legal form after it: the same acronym.
            for (String apart : List.of(
                    String.join(". ", upper.split("")) + ".", String.join(" ", upper.split("")), upper + " Ltd")) {
                assertThat(alertsOn(apart, e)).as(apart + " for " + name).isEqualTo(alertsOn(upper, e));
            }
            assertThat(alertsByAcronym(String.join(" ", acronym.split(""))))
                    .as(acronym + " (lower case, apart) for " + name)
                    .isFalse();
            assertThat(alertsByAcronym(acronym))
                    .as(acronym + " (lower case) for " + name)
                    .isFalse();
            char[] changed = upper.toCharArray();
            changed[changed.length - 1] = changed[changed.length - 1] == 'Z' ? 'Q' : 'Z';
            assertThat(alertsByAcronym(new String(changed))
                            && holders.getOrDefault(new String(changed).toLowerCase(Locale.ROOT), 0) == 0)
                    .as(new String(changed) + " for " + name)
                    .isFalse();
            checked++;
        }
        assertThat(checked)
                .as("organisations with an acronym of their own checked")
                .isGreaterThan(20);
    }

    @Test
    void anAcronymOrganisationsOfOtherWordsShareAlertsOnNone() {
        List<Entity> organisations = organisations();
        Map<String, Integer> holders = holdersByAcronym(organisations);
        List<String> shared = new ArrayList<>();
        holders.forEach((acronym, count) -> {
            if (acronym.length() >= 4 && count >= 2 && acronym.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                shared.add(acronym);
            }
        });
        shared.sort(null);
        assertThat(shared).as("acronyms two listed organisations share").hasSizeGreaterThan(20);
        for (String acronym : shared.subList(0, Math.min(60, shared.size()))) {
            String upper = acronym.toUpperCase(Locale.ROOT);
            List<Match> hits = RealLists.screener().screen(Query.name(upper), THRESHOLD, 50);
            // Only a listed name that is the very word may alert (an alias written as the acronym).
            assertThat(hits)
                    .as(upper)
                    .allMatch(m -> m.explanation().cap() == null
                            || !m.explanation().cap().contains("acronym"));
        }
    }

    @Test
    void aPersonIsNotFoundByTheInitialsOfTheirNames() {
        List<Entity> people = RealLists.screener().entities().stream()
                .filter(e -> e.kind() == EntityKind.PERSON)
                .toList();
        int checked = 0;
        for (int i = 0; i < people.size() && checked < 40; i += 211) {
            Entity p = people.get(i);
            String initials = Acronyms.initialsOf(p.primaryName().full());
            if (initials == null || initials.length() < 3) {
                continue;
            }
            assertThat(alertsOn(initials, p))
                    .as(initials + " for " + p.primaryName().full())
                    .isFalse();
            String apart = String.join(". ", initials.split("")) + ".";
            assertThat(alertsOn(apart, p))
                    .as(apart + " for " + p.primaryName().full())
                    .isFalse();
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }
}
