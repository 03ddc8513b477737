package dev.embargo.parties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.DatePrecision;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The guards against over-merging, on listings generated from the real lists' people: each case copies a real
 * person's primary name into new listings of other lists with facts built to test one guard, for a few
 * hundred people. Near-misses (one fact changed) must stay apart; the true copies must join.
 */
class GroupingGuardsTest {
    private static final List<Source> OTHERS =
            List.of(Source.US_OFAC_SDN, Source.UK_OFSI, Source.CA_SEMA, Source.AU_DFAT, Source.EU_FSF);

    /** Real people with a whole name, a full date of birth and a nationality, a few hundred, spread over the lists. */
    private static List<Entity> people() {
        List<Entity> people = new ArrayList<>();
        for (Entity e : RealLists.listings()) {
            if (e.kind() == EntityKind.PERSON
                    && e.birthDates().stream().anyMatch(d -> d.precision() == DatePrecision.DAY)
                    && !e.nationalities().isEmpty()
                    && e.primaryName().full().strip().contains(" ")) {
                people.add(e);
            }
        }
        Random random = new Random(18);
        java.util.Collections.shuffle(people, random);
        return people.subList(0, Math.min(300, people.size()));
    }

    private static Entity person(Source source, String id, String name, String nationality, LocalDate... dates) {
        var b = Entity.builder(source, id).kind(EntityKind.PERSON).name(Name.primary(name));
        for (LocalDate d : dates) {
            b.birthDate(ListedDate.day(d.toString(), d));
        }
        if (nationality != null) {
            b.nationality(nationality);
        }
        return b.build();
    }

    private static LocalDate fullDate(Entity e) {
        return e.birthDates().stream()
                .filter(d -> d.precision() == DatePrecision.DAY)
                .findFirst()
                .orElseThrow()
                .earliest();
    }

    @Test
    void aChainOfNameAndDateEdgesNeverJoinsTwoDifferentFullDatesOfBirth() {
        List<Entity> people = people();
        assertThat(people).hasSizeGreaterThan(100);
        int joinedTrueCopies = 0;
        for (int i = 0; i < people.size(); i++) {
            Entity real = people.get(i);
            String name = real.primaryName().full();
            String nat = real.nationalities().getFirst();
            LocalDate d1 = fullDate(real);
            LocalDate d2 = d1.plusDays(1 + i % 300);
            // x has d1, y has d1 and d2 (a list giving two dates), z has only d2: x = y and y = z by name and date,
            // but x and z are two people, and the guard keeps them apart.
            Entity x = person(Source.UK_OFSI, "x" + i, name, nat, d1);
            Entity y = person(Source.CA_SEMA, "y" + i, name, nat, d1, d2);
            Entity z = person(Source.AU_DFAT, "z" + i, name, nat, d2);
            Grouping g = PartyGrouper.of(List.of(x, y, z)).group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
            assertThat(g.partyOf(x.id())).as(name).isNotEqualTo(g.partyOf(z.id()));
            assertThat(g.refused()).anyMatch(r -> r.guard() == RefusedEdge.Guard.BIRTH_DATES_DIFFER);
            if (g.partyOf(y.id()).equals(g.partyOf(x.id())) || g.partyOf(y.id()).equals(g.partyOf(z.id()))) {
                joinedTrueCopies++;
            }
        }
        assertThat(joinedTrueCopies).isEqualTo(people.size());
    }

    @Test
    void nameAloneOrNameWithADisagreeingFactNeverJoins() {
        List<Entity> people = people();
        for (int i = 0; i < people.size(); i++) {
            Entity real = people.get(i);
            String name = real.primaryName().full();
            String nat = real.nationalities().getFirst();
            String otherNat = nat.equals("KP") ? "IR" : "KP";
            LocalDate d = fullDate(real);
            Entity listed = person(Source.UK_OFSI, "a" + i, name, nat, d);
            Entity bare = person(Source.CA_SEMA, "b" + i, name, null);
            Entity otherDate = person(Source.AU_DFAT, "c" + i, name, nat, d.plusYears(1));
            Entity otherNationality = person(Source.US_OFAC_SDN, "d" + i, name, otherNat, d);
            Entity same = person(Source.EU_FSF, "e" + i, name, nat, d);
            Grouping g = PartyGrouper.of(List.of(listed, bare, otherDate, otherNationality, same))
                    .group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
            String party = g.partyOf(listed.id()).orElseThrow();
            assertThat(g.partyOf(bare.id())).as("name alone: %s", name).isNotEqualTo(party);
            assertThat(g.partyOf(otherDate.id())).as("other date: %s", name).isNotEqualTo(party);
            assertThat(g.partyOf(otherNationality.id()))
                    .as("other nationality: %s", name)
                    .isNotEqualTo(party);
            assertThat(g.partyOf(same.id())).as("same facts: %s", name).contains(party);
        }
    }

    private static dev.embargo.lists.model.EntityBuilder generated(Source source, int i, Entity real) {
        return Entity.builder(source, "g" + i)
                .kind(EntityKind.PERSON)
                .name(Name.primary(real.primaryName().full()))
                .birthDate(ListedDate.day("d", fullDate(real)));
    }

    /**
     * A number one list gives to several of its listings (a placeholder, a shared registration) glues nothing, and
     * placeholder-like values are not taken as numbers at all; a true shared passport still joins.
     */
    @Test
    void aGenericIdentifierDoesNotGlueUnrelatedListings() {
        List<Entity> people = people();
        List<Entity> plain = new ArrayList<>();
        List<Entity> listings = new ArrayList<>();
        Identifier shared = new Identifier(IdentifierType.PASSPORT, "A1234567", "IR", null, null);
        Identifier placeholder = new Identifier(IdentifierType.PASSPORT, "0000000", "IR", null, null);
        for (int i = 0; i < people.size(); i++) {
            Entity real = people.get(i);
            Source source = OTHERS.get(i % OTHERS.size());
            // Unrelated people: each keeps its own real name and date, once without and once with the shared numbers.
            plain.add(generated(source, i, real).build());
            listings.add(generated(source, i, real)
                    .identifier(shared)
                    .identifier(placeholder)
                    .build());
        }
        Entity first = Entity.builder(Source.UN, "QDi.900")
                .kind(EntityKind.PERSON)
                .name(Name.primary("Someone Else Entirely"))
                .identifier(new Identifier(IdentifierType.PASSPORT, "X9876543", "SY", null, null))
                .build();
        Entity second = Entity.builder(Source.UK_OFSI, "900")
                .kind(EntityKind.PERSON)
                .name(Name.primary("Another Spelling Altogether"))
                .identifier(new Identifier(IdentifierType.PASSPORT, "X 987-6543", "SY", null, null))
                .build();
        listings.add(first);
        listings.add(second);
        Grouping g = PartyGrouper.of(listings).group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
        Map<String, String> parties = g.partyOfListing();
        Map<String, String> without = PartyGrouper.of(plain)
                .group(PartyGrouper.Options.ALL, PartyIdHistory.NONE)
                .partyOfListing();
        for (Entity a : plain) {
            for (Entity b : plain) {
                assertThat(parties.get(a.id()).equals(parties.get(b.id())))
                        .as("%s and %s", a.id(), b.id())
                        .isEqualTo(without.get(a.id()).equals(without.get(b.id())));
            }
        }
        assertThat(g.ambiguousIdentifiers()).contains("PASSPORT IR A1234567");
        assertThat(parties.get(first.id())).isEqualTo(parties.get(second.id()));
    }
}
