package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.TokenKind;
import dev.embargo.matching.text.Romanizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code compare} of no stated kind (the command line's default, {@code --type any}) on real listed names: an
 * organisation's name that carries a legal form is scored as the organisation it is, and a person's name as a
 * person's, so that a user who leaves out the type gets what the lists' own kinds give. The pairs are each name
 * against itself with one word left out, where the rules of the two kinds differ most.
 */
class CompareKindTest {
    private static final int SAMPLE = 200;
    private static final NameAnalyzer ANALYZER = new NameAnalyzer();

    /** Each sampled Latin primary name of {@code kind} of four words or more, and it without one middle word. */
    private static List<String[]> shortened(EntityKind kind, boolean withLegalForm) {
        List<String[]> out = new ArrayList<>();
        for (Entity e : RealLists.screener().entities()) {
            String full = e.primaryName().full().strip();
            if (e.kind() != kind || !Romanizer.isLatin(full) || full.contains(",")) {
                continue;
            }
            boolean form =
                    ANALYZER.analyzeFirst(full).tokens().stream().anyMatch(t -> t.kind() == TokenKind.LEGAL_FORM);
            String[] words = full.split("\\s+");
            if (form != withLegalForm || words.length < 4) {
                continue;
            }
            List<String> kept = new ArrayList<>(List.of(words));
            kept.remove(words.length / 2);
            out.add(new String[] {String.join(" ", kept), full});
        }
        out.sort((a, b) -> a[1].compareTo(b[1]));
        Collections.shuffle(out, new Random(17));
        return out.subList(0, Math.min(SAMPLE, out.size()));
    }

    @Test
    void anOrganisationsNameWithALegalFormIsScoredAsAnOrganisation() {
        Screener screener = RealLists.screener();
        List<String[]> pairs = shortened(EntityKind.ORGANIZATION, true);
        assertThat(pairs).hasSizeGreaterThan(100);
        int kindsDiffer = 0;
        for (String[] p : pairs) {
            double unknown = screener.compare(p[0], p[1], null, 0.85).score();
            double organisation =
                    screener.compare(p[0], p[1], EntityKind.ORGANIZATION, 0.85).score();
            double person =
                    screener.compare(p[0], p[1], EntityKind.PERSON, 0.85).score();
            assertThat(unknown).as("%s / %s", p[0], p[1]).isEqualTo(organisation);
            if (person != organisation) {
                kindsDiffer++;
            }
        }
        // The pairs are ones where the kind matters, or the test would show nothing.
        assertThat(kindsDiffer).isGreaterThan(pairs.size() / 2);
    }

    @Test
    void aPersonsNameIsScoredAsAPersons() {
        Screener screener = RealLists.screener();
        List<String[]> pairs = shortened(EntityKind.PERSON, false);
        assertThat(pairs).hasSizeGreaterThan(100);
        for (String[] p : pairs) {
            assertThat(screener.compare(p[0], p[1], null, 0.85).score())
                    .as("%s / %s", p[0], p[1])
                    .isEqualTo(screener.compare(p[0], p[1], EntityKind.PERSON, 0.85)
                            .score());
        }
    }
}
