package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.name.LegalForms;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.TokenKind;
import dev.embargo.matching.text.LatinFolder;
import dev.embargo.matching.text.Romanizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Legal forms by kind of company, on real listed organisations whose name ends in a form that says a kind: the
 * same stem with a form of another kind (an AG for a GmbH, an LLC for a JSC) stays under the threshold, with a
 * form of the same kind written another way (GmbH / OOO / LLC) or with no form it still matches, and the form
 * written onto the stem in capitals (SERVICESLIMITED) matches.
 */
class LegalFormKindsTest {
    private static final int SAMPLE = 60;
    private static final double THRESHOLD = Screener.DEFAULT_THRESHOLD;
    private static final NameAnalyzer ANALYZER = new NameAnalyzer();

    /** Listed organisation names of two words or more whose last word is a form of a kind. */
    private static List<String[]> withKindForm() {
        List<String[]> out = new ArrayList<>();
        for (Entity e : RealLists.screener().entities()) {
            if (e.kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            for (Name n : e.names()) {
                String full = n.full().strip();
                int space = full.lastIndexOf(' ');
                if (!Romanizer.isLatin(full) || space <= 0 || !full.matches(".*\\s\\p{L}+$")) {
                    continue;
                }
                String form = LatinFolder.fold(full.substring(space + 1));
                String stem = full.substring(0, space);
                // A stem with a form of its own (GMBH & CO. KG) says its kind already.
                boolean stemHasForm =
                        ANALYZER.analyzeFirst(stem).tokens().stream().anyMatch(t -> t.kind() == TokenKind.LEGAL_FORM);
                if (LegalForms.kind(form) != 0 && !stem.contains(",") && !stemHasForm) {
                    out.add(new String[] {full.substring(0, space), form, full});
                }
            }
        }
        out.sort((a, b) -> a[2].compareTo(b[2]));
        Collections.shuffle(out, new Random(17));
        return out.subList(0, Math.min(SAMPLE, out.size()));
    }

    private static List<String> spellings(java.util.function.IntPredicate kindFits) {
        Set<String> out = new TreeSet<>();
        LegalForms.spellingsByForm().values().forEach(all -> {
            for (String s : all) {
                if (!s.contains(" ") && LegalForms.kind(s) != 0 && kindFits.test(LegalForms.kind(s))) {
                    out.add(s);
                }
            }
        });
        return List.copyOf(out);
    }

    private static double score(String query, String listed) {
        return RealLists.screener()
                .compare(query, listed, EntityKind.ORGANIZATION, THRESHOLD)
                .score();
    }

    @Test
    void aFormOfAnotherKindIsAnotherCompany() {
        List<String[]> names = withKindForm();
        assertThat(names).hasSizeGreaterThanOrEqualTo(20);
        Random random = new Random(17);
        for (String[] n : names) {
            int kind = LegalForms.kind(n[1]);
            List<String> other = spellings(k -> (k & kind) == 0);
            String form = other.get(random.nextInt(other.size())).toUpperCase(Locale.ROOT);
            assertThat(score(n[0] + " " + form, n[2])).as(n[0] + " " + form).isLessThan(THRESHOLD);
        }
    }

    @Test
    void aFormOfTheSameKindOrNoneStillMatches() {
        Random random = new Random(17);
        for (String[] n : withKindForm()) {
            int kind = LegalForms.kind(n[1]);
            List<String> same = spellings(k -> k == kind);
            String form = same.get(random.nextInt(same.size())).toUpperCase(Locale.ROOT);
            assertThat(score(n[0] + " " + form, n[2])).as(n[0] + " " + form).isGreaterThanOrEqualTo(THRESHOLD);
            if (ANALYZER.analyzeFirst(n[0]).tokens().stream()
                            .filter(t -> t.kind() == TokenKind.WORD)
                            .count()
                    >= 2) {
                // One word against a longer name is held under the threshold whatever the form.
                assertThat(score(n[0], n[2])).as(n[0]).isGreaterThanOrEqualTo(THRESHOLD);
            }
        }
    }

    /**
     * The stem in capitals with a form of another kind written onto its last word (SAMBOUK SHIPPINGKK for SAMBOUK
     * SHIPPING FZC): another company, as with the form written apart; a form of two or three letters written on
     * in capitals is not split off where the name is read (it ends too many name words), so the rule that tells
     * it is the scorer's, against the other name's word. The listed form written on stays a match.
     */
    @Test
    void aFormOfAnotherKindWrittenOntoTheNameIsAnotherCompany() {
        Random random = new Random(17);
        int tried = 0;
        for (String[] n : withKindForm()) {
            if (!n[0].matches(".*\\p{L}{3}")) {
                continue;
            }
            int kind = LegalForms.kind(n[1]);
            List<String> other = spellings(k -> (k & kind) == 0);
            String stem = n[0].toUpperCase(Locale.ROOT);
            String joined = stem + other.get(random.nextInt(other.size())).toUpperCase(Locale.ROOT);
            assertThat(score(joined, n[2])).as(joined).isLessThan(THRESHOLD);
            String same = stem + n[1].toUpperCase(Locale.ROOT);
            assertThat(score(same, n[2])).as(same).isGreaterThanOrEqualTo(THRESHOLD);
            tried++;
        }
        assertThat(tried).isGreaterThanOrEqualTo(40);
    }

    @Test
    void aLongFormWrittenOntoTheNameInCapitalsIsSplitOff() {
        // Limited, Corporation, Co Ltd and Incorporated end no name word that keeps three letters before them.
        for (String form : List.of("LIMITED", "CORPORATION", "COLTD", "INCORPORATED")) {
            for (String[] n : withKindForm().stream()
                    .filter(n -> n[0].matches(".*\\p{L}{3}"))
                    .limit(15)
                    .toList()) {
                String listed = n[0] + " " + form;
                String joined = n[0].toUpperCase(Locale.ROOT) + form;
                assertThat(score(joined, listed)).as(joined).isGreaterThanOrEqualTo(THRESHOLD);
            }
        }
    }
}
