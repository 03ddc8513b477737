package dev.embargo.matching.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import dev.embargo.lists.model.Source;
import dev.embargo.matching.Explanation;
import dev.embargo.matching.Query;
import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.score.MatchScorer;
import dev.embargo.matching.score.ScoredName;
import dev.embargo.matching.score.WeightedName;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What an analyst reads: the summary line and the parts behind it, written from a score. */
class ExplanationWriterTest {
    private static final NameAnalyzer ANALYZER = new NameAnalyzer();
    private static final Entity KIM = Entity.builder(Source.US_OFAC_SDN, "20157")
            .kind(EntityKind.PERSON)
            .name(Name.primary("KIM, Jong Un"))
            .birthDate(ListedDate.day("1984-01-08", LocalDate.of(1984, 1, 8)))
            .nationality("KP")
            .build();

    private static WeightedName evenly(AnalyzedName reading) {
        float[] w = new float[reading.tokens().size()];
        Arrays.fill(w, 1);
        return WeightedName.of(reading, w);
    }

    private static ScoredName scored(String query, Query asked, Name listed) {
        AnalyzedName q = ANALYZER.analyze(query).getFirst();
        return MatchScorer.score(
                evenly(q),
                q,
                !q.reading().equals("latin"),
                true,
                listed.quality() == NameQuality.WEAK,
                KIM,
                listed,
                evenly(ANALYZER.analyze(listed.full()).getFirst()),
                asked,
                null,
                0,
                -1);
    }

    @Test
    void aNameMatchSaysWhatPairedWhatWasLeftAndWhatTheFactsDid() {
        Query asked = Query.of("Kim Jong Unn Choe", "person", "1950", "KP");
        Explanation e = ExplanationWriter.name(scored("Kim Jong Unn Choe", asked, Name.primary("KIM, Jong Un")));
        assertThat(e.queryReading()).isEqualTo("latin");
        assertThat(e.pairs())
                .extracting(Explanation.Pair::rule)
                .containsExactly("exact", "exact", "romanisation variant");
        assertThat(e.unmatchedQuery()).containsExactly("choe");
        assertThat(e.unmatchedName()).isEmpty();
        assertThat(e.facts()).hasSize(2);
        assertThat(e.identifier()).isNull();
        assertThat(e.summary())
                .contains(": name " + TwoDecimals.of(e.nameScore()) + " (3 parts paired, ")
                .contains("query words unmatched: choe")
                .endsWith(", date of birth disagrees (-0.15), country agrees (+0.03)");
    }

    @Test
    void aWeakAliasAndACapAreNamed() {
        Name weak = Name.of("Kim Jong Un Rocket", NameType.ALIAS, NameQuality.WEAK);
        Explanation e = ExplanationWriter.name(scored("Rocket", Query.name("Rocket"), weak));
        assertThat(e.summary()).contains(", weak alias").contains(", capped: one-word query against a longer name");
        assertThat(e.cap()).isEqualTo("one-word query against a longer name");
    }

    @Test
    void anotherScriptShowsItsReading() {
        Explanation e = ExplanationWriter.name(scored("김정은", Query.name("김정은"), Name.primary("KIM, Jong Un")));
        assertThat(e.queryReading()).startsWith("hangul").contains(": ");
    }

    @Test
    void anIdentifierDecides() {
        Explanation e = ExplanationWriter.identifier("imo 9123456");
        assertThat(e.summary()).isEqualTo("1.00: identifier imo 9123456 matches exactly (an identifier match decides)");
        assertThat(e.queryReading()).isEqualTo("identifier");
        assertThat(e.identifier()).isEqualTo("imo 9123456");
        assertThat(e.pairs()).isEmpty();
        assertThat(e.facts()).isEmpty();
    }

    @Test
    void nothingAgreesIsScoredZero() {
        Explanation e = ExplanationWriter.nothingAgrees();
        assertThat(e.summary()).isEqualTo("0.00: no part of the names agrees");
        assertThat(e.queryReading()).isEmpty();
        assertThat(e.nameScore()).isZero();
    }
}
