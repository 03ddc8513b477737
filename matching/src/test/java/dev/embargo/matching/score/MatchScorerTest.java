package dev.embargo.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import dev.embargo.lists.model.Source;
import dev.embargo.matching.Query;
import dev.embargo.matching.ScoringPolicy;
import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.NameAnalyzer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The final formula on its own: weak-alias factor, evidence, clamp to 0..1, rounding, and the bound. */
class MatchScorerTest {
    private static final NameAnalyzer ANALYZER = new NameAnalyzer();
    private static final ScoringPolicy POLICY = ScoringPolicy.DEFAULT;
    private static final Entity KIM = Entity.builder(Source.US_OFAC_SDN, "20157")
            .kind(EntityKind.PERSON)
            .name(Name.primary("KIM, Jong Un"))
            .name(Name.of("Rocket Man", NameType.ALIAS, NameQuality.WEAK))
            .birthDate(ListedDate.day("1984-01-08", LocalDate.of(1984, 1, 8)))
            .nationality("KP")
            .build();

    private static AnalyzedName reading(String name) {
        return ANALYZER.analyze(name).getFirst();
    }

    private static WeightedName evenly(AnalyzedName reading) {
        float[] w = new float[reading.tokens().size()];
        Arrays.fill(w, 1);
        return WeightedName.of(reading, w);
    }

    private static ScoredName score(String query, Query asked, Name listed, ScoredName current, double threshold) {
        AnalyzedName q = reading(query);
        return MatchScorer.score(
                evenly(q),
                q,
                false,
                true,
                listed.quality() == NameQuality.WEAK,
                KIM,
                listed,
                evenly(reading(listed.full())),
                asked,
                current,
                threshold,
                -1);
    }

    @Test
    void aWeakAliasCountsTheFactorLess() {
        Name strong = Name.primary("Rocket Man");
        Name weak = Name.of("Rocket Man", NameType.ALIAS, NameQuality.WEAK);
        ScoredName asStrong = score("Rocket Man", Query.name("Rocket Man"), strong, null, 0);
        ScoredName asWeak = score("Rocket Man", Query.name("Rocket Man"), weak, null, 0);
        assertThat(asStrong.weightedNameScore()).isEqualTo(1.0);
        assertThat(asWeak.weightedNameScore()).isEqualTo((double) POLICY.weakAliasFactor());
        assertThat(asWeak.score()).isEqualTo(MatchScorer.round(POLICY.weakAliasFactor()));
    }

    @Test
    void factsAreAddedAndTheScoreHeldToOne() {
        Query withFacts = Query.of("Kim Jong Un", "person", "1984-01-08", "KP");
        ScoredName s = score("Kim Jong Un", withFacts, Name.primary("KIM, Jong Un"), null, 0);
        assertThat(s.facts()).extracting(FactCheck::outcome).containsExactly("agrees", "agrees");
        double effects = POLICY.evidence().dobExact() + POLICY.evidence().countryAgrees();
        assertThat(s.rawScore()).isEqualTo(1.0 + effects);
        assertThat(s.score()).isEqualTo(1.0);
    }

    @Test
    void aFarDateLowersTheScore() {
        Query wrongDob = Query.of("Kim Jong Un", "person", "1950-01-08", null);
        ScoredName s = score("Kim Jong Un", wrongDob, Name.primary("KIM, Jong Un"), null, 0);
        assertThat(s.score())
                .isEqualTo(MatchScorer.round(1.0 + POLICY.evidence().dobFar()));
    }

    @Test
    void finalScoreClampsAndRounds() {
        assertThat(MatchScorer.finalScore(1.09)).isEqualTo(1.0);
        assertThat(MatchScorer.finalScore(-0.2)).isEqualTo(0.0);
        assertThat(MatchScorer.finalScore(0.86249)).isEqualTo(0.862);
        assertThat(MatchScorer.finalScore(0.8625)).isEqualTo(0.863);
    }

    @Test
    void cannotReachCountsTheBestEvidenceTheQueryCouldGet() {
        Query bare = Query.name("x");
        Query withFacts = new Query("x", null, ListedDate.year("1984", 1984), "KP", List.of());
        double name = 0.8;
        assertThat(MatchScorer.cannotReach(name, bare, 0.85)).isTrue();
        assertThat(MatchScorer.cannotReach(name, withFacts, 0.85)).isFalse();
        assertThat(MatchScorer.cannotReach(0.85, bare, 0.85)).isFalse();
    }

    @Test
    void aNameBelowThePartysBestOrTheThresholdIsNotKept() {
        Query q = Query.name("Kim Jong Un");
        ScoredName best = score("Kim Jong Un", q, Name.primary("KIM, Jong Un"), null, 0);
        assertThat(score("Kim Jong Un", q, Name.primary("KIM, Jong Sik"), best, 0))
                .isNull();
        assertThat(score("Kim Jong", q, Name.primary("KIM, Jong Un"), null, 0.95))
                .isNull();
        assertThat(score("Kim Jong", q, Name.primary("KIM, Jong Un"), null, 0)).isNotNull();
        assertThat(score("Park Chan", q, Name.primary("KIM, Jong Un"), null, 0)).isNull();
    }

    @Test
    void aBetterNameOfTheSamePartyKeepsItsFacts() {
        Query withFacts = Query.of("Kim Jong Un", "person", "1984-01-08", "KP");
        ScoredName first = score("Kim Jong Un", withFacts, Name.primary("KIM, Jong Sik"), null, 0);
        ScoredName better = score("Kim Jong Un", withFacts, Name.primary("KIM, Jong Un"), first, 0);
        assertThat(better.facts()).isSameAs(first.facts());
    }
}
