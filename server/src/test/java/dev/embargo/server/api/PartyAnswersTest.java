package dev.embargo.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Source;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.parties.FtmIds;
import dev.embargo.parties.Party;
import dev.embargo.scanning.Scanner;
import dev.embargo.server.RealListsServerTest;
import dev.embargo.server.TestServers;
import dev.embargo.server.lists.ServedLists;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Screening answers one hit per party on the real lists: a party listed by several lists comes back once, with
 * all its listings, whichever list's spelling the query uses; no two hits share a listing or a party.
 */
class PartyAnswersTest extends RealListsServerTest {

    /** Every hit a party of its own: no two hits of one answer share a party or a listing. */
    private static void onePerParty(JsonNode matches) {
        Set<String> parties = new HashSet<>();
        Set<String> listings = new HashSet<>();
        for (JsonNode m : matches) {
            String party = m.path("party").path("id").asText();
            assertThat(FtmIds.isValid(party)).as("FtM-valid party id %s", party).isTrue();
            assertThat(parties.add(party)).as("party %s twice", party).isTrue();
            for (JsonNode l : m.path("party").path("listings")) {
                assertThat(listings.add(l.path("entity_id").asText()))
                        .as("listing %s in two hits", l.path("entity_id").asText())
                        .isTrue();
            }
        }
    }

    @Test
    void rotenbergComesBackOncePerParty() throws Exception {
        HttpResponse<String> r = http.get("/v1/screen?limit=10&threshold=0.7&name=" + enc("Rotenberg"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode matches = json(r).path("matches");
        assertThat(matches.size()).isGreaterThan(1);
        onePerParty(matches);
        // The listing fields clients read are still there, for the listing whose name matched best.
        JsonNode first = matches.get(0);
        assertThat(fields(first)).contains("entity_id", "source", "kind", "name", "matched_name", "score", "party");
        assertThat(first.path("party").path("listings").size()).isGreaterThan(1);
    }

    @Test
    void chonMaSanComesBackOnceWithItsListings() throws Exception {
        JsonNode matches =
                json(http.postJson("/v1/screen", "{\"name\": \"CHON MA SAN\"}")).path("matches");
        List<JsonNode> chonMaSan = new ArrayList<>();
        matches.forEach(m -> {
            if (m.path("matched_name")
                    .asText()
                    .toUpperCase(java.util.Locale.ROOT)
                    .contains("CHON MA SAN")) {
                chonMaSan.add(m);
            }
        });
        assertThat(chonMaSan).hasSize(1);
        JsonNode lists = chonMaSan.getFirst().path("party").path("lists");
        assertThat(lists.size()).isGreaterThan(1);
        onePerParty(matches);
    }

    /**
     * The class: parties the UN and the UK both list (the EU's list is not among the real copies). Screening any one listing's primary name finds the
     * party once, with every one of its listings, programs and dates. A sample of them, fixed seed.
     */
    @Test
    void aPartyOnSeveralListsShowsAllItsListingsWhicheverSpellingIsScreened() {
        ServedLists served = TestServers.realLists();
        List<Party> multi = served.parties().grouping().parties().stream()
                .filter(p -> sources(served, p).containsAll(Set.of(Source.UN, Source.UK_OFSI)))
                .toList();
        assertThat(multi).hasSizeGreaterThan(50);
        Random random = new Random(18);
        int checked = 0;
        int found = 0;
        for (int i = 0; i < 60; i++) {
            Party p = multi.get(random.nextInt(multi.size()));
            List<Entity> listings = served.parties().listings(p);
            Entity asked = listings.get(random.nextInt(listings.size()));
            List<Match> matches = served.parties()
                    .screener()
                    .screen(Query.name(asked.primaryName().full()), 0.85, 10);
            checked++;
            Set<String> partiesSeen = new HashSet<>();
            for (Match m : matches) {
                assertThat(partiesSeen.add(m.partyId()))
                        .as("%s: party twice", asked.id())
                        .isTrue();
            }
            Match hit = matches.stream()
                    .filter(m -> p.id().equals(m.partyId()))
                    .findFirst()
                    .orElse(null);
            if (hit != null) {
                found++;
                assertThat(hit.listings().stream().map(Entity::id).toList())
                        .as("listings of %s", p.id())
                        .containsExactlyInAnyOrderElementsOf(p.listingIds());
            }
        }
        // A listing's own primary name finds its party (a handful of names are too short or too common to).
        assertThat(found).isGreaterThanOrEqualTo(checked * 9 / 10);
    }

    @Test
    void aPartyOnUnUkAndAustraliaShowsAllThree() throws Exception {
        ServedLists served = TestServers.realLists();
        Party p = served.parties().grouping().parties().stream()
                .filter(x -> sources(served, x).containsAll(Set.of(Source.UN, Source.UK_OFSI, Source.AU_DFAT)))
                .filter(x ->
                        served.entity(x.listingIds().getFirst()).orElseThrow().kind() == EntityKind.PERSON)
                .findFirst()
                .orElseThrow();
        Entity un = served.parties().listings(p).getFirst();
        JsonNode matches = json(http.get(
                        "/v1/screen?name=" + enc(un.primaryName().full())))
                .path("matches");
        JsonNode hit = null;
        for (JsonNode m : matches) {
            if (m.path("party").path("id").asText().equals(p.id())) {
                hit = m;
            }
        }
        assertThat(hit).as("party %s for %s", p.id(), un.primaryName().full()).isNotNull();
        List<String> ids = new ArrayList<>();
        hit.path("party").path("listings").forEach(l -> {
            ids.add(l.path("entity_id").asText());
            assertThat(fields(l)).contains("source", "programs", "listed_on", "published");
        });
        assertThat(ids).containsExactlyInAnyOrderElementsOf(p.listingIds());
        assertThat(hit.path("party").path("lists").toString()).contains("\"un\"", "\"uk-ofsi\"", "\"au-dfat\"");

        // The entity endpoint shows the party side by side, under its listing id and under the party id.
        JsonNode entity = json(http.get("/v1/entities/" + un.id()));
        assertThat(entity.path("id").asText()).isEqualTo(un.id());
        assertThat(entity.path("party").path("id").asText()).isEqualTo(p.id());
        assertThat(entity.path("party").path("facts").size()).isGreaterThan(1);
        JsonNode byParty = json(http.get("/v1/entities/" + p.id()));
        assertThat(byParty.path("party").path("listings").size())
                .isEqualTo(p.listingIds().size());
    }

    /**
     * The scan of the seed article gathers a mention's listings by party, not by name score: every listing a hit
     * shows is of its party, and a name close to another party's (Kim Jong Un and Tong-Un KIM, at a threshold
     * low enough for both) is shown as another party, never as the same one listed again.
     */
    @Test
    void aScanGathersAMentionsListingsByParty() throws Exception {
        ServedLists served = TestServers.realLists();
        String article = java.nio.file.Files.readString(SharedData.require("seed/article-nl.txt"));
        Scanner.Report report = served.scanner().scan("article-nl.txt", article, 0.8);
        assertThat(report.mentions()).isNotEmpty();
        for (Scanner.MentionHit h : report.mentions()) {
            Set<String> parties = new HashSet<>();
            for (Match m : h.matches()) {
                assertThat(parties.add(m.partyId())).isTrue();
                Party p = served.partyOf(m.entity().id()).orElseThrow();
                assertThat(m.partyId()).isEqualTo(p.id());
                assertThat(m.listings()).extracting(Entity::id).containsExactlyInAnyOrderElementsOf(p.listingIds());
            }
        }
        Scanner.MentionHit kim = report.mentions().stream()
                .filter(h -> h.mention().written().equals("Kim Jong Un"))
                .findFirst()
                .orElseThrow();
        assertThat(kim.match().entity().id()).isEqualTo("us-ofac-sdn:20157");
        assertThat(kim.match().listings()).extracting(Entity::id).doesNotContain("uk-ofsi:11032");
        assertThat(served.partyOf("uk-ofsi:11032")).isNotEqualTo(served.partyOf("us-ofac-sdn:20157"));

        // As the JSON and the text of a scan say it: the same party's other listings, and other parties apart.
        JsonNode json = json(http.post("/v1/scan?lang=nl", "text/plain", article));
        for (JsonNode m : json.path("mentions")) {
            Set<String> own = new HashSet<>();
            m.path("party")
                    .path("listings")
                    .forEach(l -> own.add(l.path("entity_id").asText()));
            m.path("also_listed_as")
                    .forEach(l -> assertThat(own).contains(l.path("entity_id").asText()));
            m.path("other_parties")
                    .forEach(o -> assertThat(o.path("party").path("id").asText())
                            .isNotEqualTo(m.path("party").path("id").asText()));
        }
    }

    private static Set<Source> sources(ServedLists served, Party p) {
        Set<Source> out = new HashSet<>();
        p.listingIds().forEach(id -> served.entity(id).ifPresent(e -> out.add(e.source())));
        return out;
    }
}
