package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The door to screening: every question callers ask of the loaded lists, on a small hand-made list. */
class ScreenerTest {
    private static final Entity PUTIN = Entity.builder(Source.US_OFAC_SDN, "3")
            .kind(EntityKind.PERSON)
            .name(Name.primary("PUTIN, Vladimir Vladimirovich"))
            .build();
    private static final Entity TANKER = Entity.builder(Source.US_OFAC_SDN, "7")
            .kind(EntityKind.VESSEL)
            .name(Name.primary("SNOW STORM 1"))
            .identifier(Identifier.of(IdentifierType.IMO, "9123456"))
            .build();
    private static final Entity PUTIN_AGAIN = Entity.builder(Source.US_OFAC_SDN, "3")
            .kind(EntityKind.PERSON)
            .name(Name.primary("PUTIN, Vladimir"))
            .build();
    private static final Screener SCREENER = Screener.of(List.of(
            PUTIN,
            TANKER,
            PUTIN_AGAIN,
            Entity.builder(Source.UN, "KPi.033")
                    .kind(EntityKind.PERSON)
                    .name(Name.primary("KIM Jong Un"))
                    .build()));

    @Test
    void partiesByIdAndCounts() {
        assertThat(SCREENER.entity("us-ofac-sdn:7")).contains(TANKER);
        // An id listed twice is found as its first entry, and counted once.
        assertThat(SCREENER.entity("us-ofac-sdn:3")).contains(PUTIN);
        assertThat(SCREENER.entity("us-ofac-sdn:99")).isEmpty();
        assertThat(SCREENER.entities()).hasSize(4).startsWith(PUTIN, TANKER);
        assertThat(SCREENER.entityCount()).isEqualTo(3);
        assertThat(SCREENER.nameCount()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anIdentifierFindsItsPartyWhateverItsSpelling() {
        assertThat(SCREENER.identifierMatches("IMO 9123456")).singleElement().satisfies(m -> {
            assertThat(m.entity()).isEqualTo(TANKER);
            assertThat(m.score()).isEqualTo(1.0);
            assertThat(m.explanation().identifier()).isEqualTo("imo 9123456");
        });
        assertThat(SCREENER.identifierMatches("9123456")).hasSize(1);
        assertThat(SCREENER.identifierMatches("9123457")).isEmpty();
    }

    @Test
    void aQueryWrittenAsAnIdentifierFindsItFirst() {
        List<Match> found = SCREENER.screen(Query.name("IMO 9123456"), 0, 10);
        assertThat(found.getFirst().entity()).isEqualTo(TANKER);
        assertThat(found).extracting(m -> m.entity().id()).doesNotHaveDuplicates();
    }

    @Test
    void compareScoresAsAgainstAPartyOfThatKindWithThatName() {
        Comparison c = SCREENER.compare("Vladimir Putin", "PUTIN, Vladimir Vladimirovich", null, 0.85);
        Match m = SCREENER.screenAgainst(Query.name("Vladimir Putin"), PUTIN).getFirst();
        assertThat(c.score()).isEqualTo(m.score());
        assertThat(c.explanation()).isEqualTo(m.explanation());
        assertThat(c.match()).isEqualTo(m.score() >= 0.85);
        // Names of organisations are rarely shortened: a left-out word counts more against them.
        Comparison asOrganisation =
                SCREENER.compare("Vladimir Putin", "PUTIN, Vladimir Vladimirovich", EntityKind.ORGANIZATION, 0.85);
        assertThat(asOrganisation.score()).isLessThan(c.score());
    }

    @Test
    void compareNeedsNoListedParty() {
        Comparison c = SCREENER.compare("Sergei Lavrov", "LAVROV, Sergei Viktorovich", EntityKind.PERSON, 0.85);
        assertThat(c.score()).isGreaterThan(0.85);
        assertThat(c.match()).isTrue();
        assertThat(SCREENER.screen(Query.name("Sergei Lavrov"), 0, 10)).isEmpty();
    }

    @Test
    void compareOfNamesWithNothingInCommonIsZero() {
        Comparison c = SCREENER.compare("Vladimir Putin", "Snow Storm", null, 0.85);
        assertThat(c.score()).isZero();
        assertThat(c.match()).isFalse();
        assertThat(c.explanation().summary()).isEqualTo("0.00: no part of the names agrees");
        assertThat(SCREENER.compare("Vladimir Putin", "  ", null, 0.85).score()).isZero();
    }

    @Test
    void screenAgainstAPartyNotInTheLists() {
        Entity other = Entity.builder(Source.UN, "x")
                .kind(EntityKind.PERSON)
                .name(Name.primary("Ivan Petrov"))
                .name(Name.alias("Vladimir Putin"))
                .build();
        assertThat(SCREENER.screenAgainst(Query.name("Vladimir Putin"), other))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.entity()).isEqualTo(other);
                    assertThat(m.matchedName()).isEqualTo("Vladimir Putin");
                    assertThat(m.score()).isEqualTo(1.0);
                });
        assertThat(SCREENER.screenAgainst(Query.name("Snow Storm"), other)).isEmpty();
    }

    @Test
    void theDefaultThresholdIsThePolicys() {
        assertThat(Screener.DEFAULT_THRESHOLD).isEqualTo(ScoringPolicy.DEFAULT.threshold());
    }
}
