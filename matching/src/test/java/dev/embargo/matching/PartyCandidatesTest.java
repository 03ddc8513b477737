package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Screening with listings grouped into parties: one match per party with all its listings, and the candidate
 * limit counting parties, so a party listed many times under many spellings does not crowd out another party
 * whose name ranks just below its names.
 */
class PartyCandidatesTest {
    private static final String CROWD = "party-crowd";

    /**
     * One party listed {@code copies} times, each with three spellings of the same two words (a party on many
     * lists, each writing it its own way); another party whose name holds the same two words and a third, so it
     * ranks below every spelling of the first (a longer name); and unrelated parties that give words their
     * weights.
     */
    private static List<Entity> listings(int copies) {
        List<Entity> out = new ArrayList<>();
        Source[] sources = Source.values();
        for (int i = 0; i < copies; i++) {
            out.add(Entity.builder(sources[i % sources.length], "crowd-" + i)
                    .kind(EntityKind.PERSON)
                    .name(Name.primary("IVAN PETROV"))
                    .name(Name.alias("PETROV, Ivan"))
                    .name(Name.alias("Iwan Petrow"))
                    .build());
        }
        out.add(Entity.builder(Source.UN, "other")
                .kind(EntityKind.PERSON)
                .name(Name.primary("Ivan Sergeyevich PETROV"))
                .identifier(Identifier.of(IdentifierType.PASSPORT, "P1234567"))
                .build());
        String[] given = {"Anna", "Boris", "Olga", "Pavel", "Nikolai", "Elena", "Dmitri", "Irina"};
        String[] family = {"Smirnov", "Volkov", "Kozlov", "Morozov", "Lebedev", "Novikov", "Sokolov", "Orlov"};
        for (int i = 0; i < 200; i++) {
            out.add(Entity.builder(Source.US_OFAC_SDN, "filler-" + i)
                    .kind(EntityKind.PERSON)
                    .name(Name.primary(given[i % given.length] + " " + family[(i / 8) % family.length] + " " + i))
                    .build());
        }
        return out;
    }

    private static Function<Entity, String> grouped() {
        return e -> e.id().contains(":crowd-") ? CROWD : null;
    }

    @Test
    void aPartyListedManyTimesTakesOneCandidatePlace() {
        List<Entity> listings = listings(20);
        Screener byParty = Screener.of(listings, grouped());
        List<Match> found = byParty.screen(Query.name("Ivan Petrov"), 0.7, 10);
        assertThat(found).extracting(m -> m.entity().id()).contains("un:other");
        Match crowd = found.stream()
                .filter(m -> CROWD.equals(m.partyId()))
                .findFirst()
                .orElseThrow();
        assertThat(crowd.listings()).hasSize(20);
        assertThat(found.stream().filter(m -> CROWD.equals(m.partyId()))).hasSize(1);
        assertThat(found.getFirst().partyId()).isEqualTo(CROWD);
        assertThat(byParty.partyCount()).isEqualTo(listings.size() - 19);
    }

    @Test
    void withoutTheGroupingTheSameListingsCrowdTheOtherPartyOut() {
        // What the grouping prevents: twenty listings of one party fill every candidate place.
        List<Match> found = Screener.of(listings(20)).screen(Query.name("Ivan Petrov"), 0.7, 10);
        assertThat(found).extracting(m -> m.entity().id()).doesNotContain("un:other");
        assertThat(found).allSatisfy(m -> assertThat(m.listings()).containsExactly(m.entity()));
        // The grouped screener's per-listing view shares its index and answers as an ungrouped one.
        List<Match> byListing =
                Screener.of(listings(20), grouped()).byListing().screen(Query.name("Ivan Petrov"), 0.7, 10);
        assertThat(byListing)
                .extracting(m -> m.entity().id())
                .isEqualTo(found.stream().map(m -> m.entity().id()).toList());
        assertThat(byListing)
                .extracting(Match::score)
                .isEqualTo(found.stream().map(Match::score).toList());
    }

    @Test
    void anIdentifierHeldByOneListingDecidesForTheWholeParty() {
        List<Entity> listings = listings(3);
        Map<String, String> party = Map.of("un:other", "party-other", "us-ofac-sdn:crowd-1", "party-other");
        Screener screener = Screener.of(listings, e -> party.get(e.id()));
        List<Match> found =
                screener.screen(new Query("Ivan Petrov", EntityKind.PERSON, null, null, List.of("P1234567")), 0.7, 10);
        // The identifier decides the party, scored 1, once; its other listing is not scored again by name.
        assertThat(found.getFirst().score()).isEqualTo(1.0);
        assertThat(found.getFirst().partyId()).isEqualTo("party-other");
        assertThat(found.stream().filter(m -> "party-other".equals(m.partyId())))
                .hasSize(1);
        assertThat(found.getFirst().listings())
                .extracting(Entity::id)
                .containsExactlyInAnyOrder("un:other", "us-ofac-sdn:crowd-1");
    }
}
