package dev.embargo.parties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Grouping of the real lists: complete, consistent with the UN references they cite, ids FtM-valid. */
class RealListsGroupingTest {

    private static Map<String, String> unReferences(List<Entity> listings) {
        Map<String, String> refs = new HashMap<>();
        for (Entity e : listings) {
            UnReferences.of(e).ifPresent(r -> refs.put(e.id(), r));
        }
        return refs;
    }

    @Test
    void everyListingIsInExactlyOneParty() {
        List<Entity> listings = RealLists.listings();
        Grouping grouping = PartyGrouper.of(listings).group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
        Map<String, Integer> seen = new HashMap<>();
        for (Party p : grouping.parties()) {
            for (String id : p.listingIds()) {
                seen.merge(id, 1, Integer::sum);
                assertThat(grouping.partyOf(id)).contains(p.id());
            }
        }
        assertThat(seen).hasSize(listings.size());
        assertThat(seen.values()).allMatch(n -> n == 1);
        assertThat(grouping.parties()).hasSizeLessThan(listings.size());
    }

    @Test
    void withUnReferencesEveryCitedReferenceIsOnePartyAndNoPartyHasTwo() {
        List<Entity> listings = RealLists.listings();
        Map<String, String> refs = unReferences(listings);
        // The UK cites the UN reference of most of its UN-derived listings; without that this test proves nothing.
        assertThat(refs.keySet().stream().filter(id -> id.startsWith("uk-ofsi:")))
                .hasSizeGreaterThan(500);
        Grouping grouping = PartyGrouper.of(listings).group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
        Map<String, Set<String>> partiesOfRef = new HashMap<>();
        refs.forEach((id, ref) -> partiesOfRef
                .computeIfAbsent(ref, k -> new TreeSet<>())
                .add(grouping.partyOf(id).orElseThrow()));
        assertThat(partiesOfRef.values())
                .allSatisfy(parties -> assertThat(parties).hasSize(1));
        for (Party p : grouping.parties()) {
            Set<String> inParty = new TreeSet<>();
            p.listingIds().stream().map(refs::get).filter(r -> r != null).forEach(inParty::add);
            assertThat(inParty).as("UN references in %s", p).hasSizeLessThanOrEqualTo(1);
        }
    }

    /**
     * Without the references, no party may join two listings that cite different ones; the benchmark measures
     * precision and recall against them, this holds the line on the mistake that matters most.
     */
    @Test
    void withoutUnReferencesNoPartyJoinsTwoDifferentReferences() {
        List<Entity> listings = RealLists.listings();
        Map<String, String> refs = unReferences(listings);
        Grouping grouping =
                PartyGrouper.of(listings).group(PartyGrouper.Options.WITHOUT_UN_REFERENCES, PartyIdHistory.NONE);
        List<String> mixed = new ArrayList<>();
        int joinedPairs = 0;
        for (Party p : grouping.parties()) {
            Set<String> inParty = new TreeSet<>();
            p.listingIds().stream().map(refs::get).filter(r -> r != null).forEach(inParty::add);
            if (inParty.size() > 1) {
                mixed.add(p.listingIds() + " " + inParty);
            }
            long cited = p.listingIds().stream().filter(refs::containsKey).count();
            joinedPairs += (int) (cited * (cited - 1) / 2);
        }
        assertThat(mixed).isEmpty();
        assertThat(joinedPairs)
                .as("pairs of cited listings grouped without the references")
                .isGreaterThan(700);
    }

    @Test
    void aPartyHoldsAtMostOneListingOfEachList() {
        Grouping grouping = PartyGrouper.of(RealLists.listings()).group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
        for (Party p : grouping.parties()) {
            Set<String> sources = new HashSet<>();
            for (String id : p.listingIds()) {
                assertThat(sources.add(id.substring(0, id.indexOf(':'))))
                        .as("two listings of one list in %s", p)
                        .isTrue();
            }
        }
    }

    @Test
    void everyEdgeOfAPartyJoinsTwoOfItsListingsAndEveryPartyOfSeveralHasEvidence() {
        Grouping grouping = PartyGrouper.of(RealLists.listings()).group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
        for (Party p : grouping.parties()) {
            for (Evidence e : p.evidence()) {
                assertThat(p.listingIds()).contains(e.listingA(), e.listingB());
            }
            assertThat(p.evidence().size())
                    .isGreaterThanOrEqualTo(p.listingIds().size() - 1);
        }
    }

    @Test
    void everyPartyIdAndEveryListingsFtmIdIsValidAndListingIdsComeBack() {
        List<Entity> listings = RealLists.listings();
        Grouping grouping = PartyGrouper.of(listings).group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
        Set<String> partyIds = new HashSet<>();
        for (Party p : grouping.parties()) {
            assertThat(FtmIds.isValid(p.id())).as(p.id()).isTrue();
            assertThat(partyIds.add(p.id())).as("party id %s twice", p.id()).isTrue();
        }
        Set<String> ftmIds = new HashSet<>();
        for (Entity e : listings) {
            String ftm = FtmIds.of(e.id());
            assertThat(FtmIds.isValid(ftm)).as(ftm).isTrue();
            assertThat(FtmIds.listingId(ftm)).isEqualTo(e.id());
            assertThat(ftmIds.add(ftm)).isTrue();
        }
        assertThat(listings).anyMatch(e -> e.id().contains("/"));
    }

    @Test
    void theAnchorIsTheUnListingWhereThereIsOne() {
        Grouping grouping = PartyGrouper.of(RealLists.listings()).group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
        for (Party p : grouping.parties()) {
            if (p.listingIds().stream().anyMatch(id -> id.startsWith(Source.UN.code() + ":"))) {
                assertThat(p.listingIds().getFirst()).startsWith("un:");
                assertThat(p.id())
                        .isEqualTo(PartyIds.PREFIX + FtmIds.of(p.listingIds().getFirst()));
            }
        }
    }

    /**
     * The seed case: two people named KIM, listed by OFAC and the UK with different names and facts, were
     * shown as one party when listings were gathered by name score. Grouping keeps them apart.
     */
    @Test
    void differentPeopleWithSimilarNamesStayApart() {
        List<Entity> listings = RealLists.listings();
        Grouping grouping = PartyGrouper.of(listings).group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
        assertThat(grouping.partyOf("us-ofac-sdn:20157")).isPresent();
        assertThat(grouping.partyOf("uk-ofsi:11032")).isPresent();
        assertThat(grouping.partyOf("us-ofac-sdn:20157")).isNotEqualTo(grouping.partyOf("uk-ofsi:11032"));
    }
}
