package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A listed person's "FAMILY, Given" name wholly at the start of a longer query, the way a second list writes the
 * same person with a father's, grandfather's or tribal name after it ("Dawood Ibrahim Kaskar" for IBRAHIM,
 * Dawood): generated from every such primary name of the real lists (skipped where they are absent), with
 * another listed person's family name as the added word. It matches, as the listed name with that word left out
 * of the query does the other way round; the near-misses do not: the added word joined by a hyphen to the
 * family name (a double family name of which the list gives one part), and the listed given name replaced by
 * another (a relative).
 */
class ListedNameInLongerQueryTest {
    private static final double T = Screener.DEFAULT_THRESHOLD;
    private static final Set<String> NOT_NAMES = Set.of(
            "abu", "al", "el", "bin", "ibn", "ben", "bint", "de", "da", "di", "la", "le", "del", "dos", "van", "von",
            "haji", "sayyed", "sayyid", "sheikh", "mullah", "abdul", "abd");

    private record CommaName(String full, String family, String[] given) {}

    /** "FAMILY, Given..." primary names of one family word and one or two given words, plain Latin words. */
    private static List<CommaName> commaNames() {
        List<CommaName> out = new ArrayList<>();
        for (Entity e : RealLists.screener().entities()) {
            String full = e.primaryName().full();
            int comma = full.indexOf(',');
            if (e.kind() != EntityKind.PERSON
                    || comma <= 0
                    || full.indexOf(',', comma + 1) >= 0
                    || !full.matches("[\\p{IsLatin} ,]+")) {
                continue;
            }
            String[] family = full.substring(0, comma).strip().split("\\s+");
            String[] given = full.substring(comma + 1).strip().split("\\s+");
            if (family.length != 1 || given.length > 2) {
                continue;
            }
            Set<String> distinct = new TreeSet<>();
            boolean plain = true;
            for (String w : concat(family, given)) {
                String f = w.toLowerCase(Locale.ROOT);
                plain &= w.length() >= 4 && !NOT_NAMES.contains(f);
                distinct.add(f);
            }
            if (plain && distinct.size() == 1 + given.length) {
                out.add(new CommaName(full, family[0], given));
            }
        }
        return out;
    }

    private static List<String> concat(String[] a, String[] b) {
        List<String> out = new ArrayList<>(List.of(a));
        out.addAll(List.of(b));
        return out;
    }

    /** A name word in the case a list writes given names: "Kaskar". */
    private static String titleCase(String w) {
        return w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    private static double compare(String query, String listed) {
        return RealLists.screener().compare(query, listed, EntityKind.PERSON, T).score();
    }

    @Test
    void aListedNameAtTheStartOfALongerQueryMatchesAndItsNearMissesDoNot() {
        List<CommaName> names = commaNames();
        assertThat(names).hasSizeGreaterThan(200);
        int cases = 0;
        List<String> missed = new ArrayList<>();
        List<String> hyphenMatched = new ArrayList<>();
        List<String> relativeMatched = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            CommaName c = names.get(i);
            CommaName other = names.get((i * 7 + 3) % names.size());
            String added = titleCase(other.family());
            String otherGiven = titleCase(other.given()[0]);
            Set<String> own = new TreeSet<>();
            for (String w : concat(new String[] {c.family()}, c.given())) {
                own.add(w.toLowerCase(Locale.ROOT));
            }
            if (own.contains(added.toLowerCase(Locale.ROOT)) || own.contains(otherGiven.toLowerCase(Locale.ROOT))) {
                continue;
            }
            cases++;
            String given = titleCase(c.given()[0]) + (c.given().length > 1 ? " " + titleCase(c.given()[1]) : "");
            String family = titleCase(c.family());
            double longer = compare(given + " " + family + " " + added, c.full());
            double hyphen = compare(given + " " + family + "-" + added, c.full());
            String relativeGiven = c.given().length > 1 ? otherGiven + " " + titleCase(c.given()[1]) : otherGiven;
            double relative = compare(relativeGiven + " " + family + " " + added, c.full());
            if (longer < T) {
                missed.add(given + " " + family + " " + added + " / " + c.full() + ": " + longer);
            }
            if (hyphen >= T) {
                hyphenMatched.add(given + " " + family + "-" + added + " / " + c.full() + ": " + hyphen);
            }
            if (relative >= T) {
                relativeMatched.add(relativeGiven + " " + family + " " + added + " / " + c.full() + ": " + relative);
            }
        }
        assertThat(cases).isGreaterThan(200);
        // A few added words are spelling variants of a listed word, or the given name is a variant of another.
        assertThat(missed.size()).as(String.join("\n", missed)).isLessThan(cases / 20);
        assertThat(hyphenMatched.size()).as(String.join("\n", hyphenMatched)).isLessThan(cases / 50);
        assertThat(relativeMatched.size())
                .as(String.join("\n", relativeMatched))
                .isLessThan(cases / 50);
    }
}
