package dev.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `show` and `diff` per party on ../shared/data/lists: a listing is shown with the same party's listings on
 * other lists side by side, and a diff says per party what came, went or changed.
 */
class PartyCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path lists;

    @BeforeAll
    static void sharedLists() {
        lists = SharedData.lists();
    }

    @Test
    void showSetsAPartysListingsSideBySideAndMarksWhatDiffers() throws Exception {
        // Arkady Rotenberg: OFAC, the UK and Australia list him, each its own way.
        CommandRun run = CommandRun.of("show", "us-ofac-sdn:16669", "--lists", lists.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode shown = JSON.readTree(run.out());
        assertThat(shown.path("id").asText()).isEqualTo("us-ofac-sdn:16669");
        JsonNode party = shown.path("party");
        List<String> listings = new ArrayList<>();
        party.path("listings").forEach(l -> listings.add(l.asText()));
        assertThat(listings).contains("us-ofac-sdn:16669", "uk-ofsi:15498", "au-dfat:2695");
        assertThat(party.path("evidence").size()).isPositive();
        JsonNode names = null;
        for (JsonNode f : party.path("facts")) {
            if (f.path("fact").asText().equals("names")) {
                names = f;
            }
            // Every fact has a value list for every listing, empty where that list says nothing.
            assertThat(f.path("values").size()).isEqualTo(listings.size());
        }
        assertThat(names).isNotNull();
        // Names in every script: the UK gives his name in Cyrillic.
        assertThat(names.path("values").path("uk-ofsi:15498").toString()).contains("РОТЕНБЕРГ");

        // The party id shows the same party; the text marks a fact that differs.
        String partyId = party.path("id").asText();
        CommandRun byParty = CommandRun.of("show", partyId, "--lists", lists.toString());
        assertThat(byParty.exitCode()).as(byParty.err()).isZero();
        assertThat(byParty.out()).contains("party " + partyId + ": " + listings.size() + " listings");
        assertThat(CommandRun.of("show", "party-nothing.2e1", "--lists", lists.toString())
                        .exitCode())
                .isEqualTo(3);
    }

    /**
     * NEW is OLD without the UK's list: a party listed by the UK and another list keeps its id and reports its UK
     * listing gone; a party only the UK listed ends; a party only the UK's listing held together splits.
     */
    @Test
    void diffReportsPerPartyAsWellAsPerListing(@TempDir Path tmp) throws Exception {
        Path newer = tmp.resolve("new");
        copyWithout(lists, newer, "uk-ofsi");
        CommandRun run = CommandRun.of("diff", lists.toString(), newer.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode parties = JSON.readTree(run.out()).path("parties");
        assertThat(parties.path("counts").path("removed").asInt()).isPositive();
        assertThat(parties.path("counts").path("changed").asInt()).isPositive();
        // A party that the UK's listing alone held together splits, and the part without the old id is a party
        // added from listings that left the other.
        java.util.Set<String> left = new java.util.HashSet<>();
        for (JsonNode c : parties.path("changed")) {
            // A party lost its UK listing, or took in a listing the one-listing-per-list guard kept out while the
            // UK's listing held its place.
            assertThat(c.path("left").toString().contains("uk-ofsi:")
                            || c.path("joined").size() > 0)
                    .as(c.toString())
                    .isTrue();
            assertThat(c.path("listings").toString()).doesNotContain("uk-ofsi:");
            c.path("left").forEach(l -> left.add(l.asText()));
        }
        java.util.Set<String> joined = new java.util.HashSet<>();
        parties.path("changed").forEach(c -> c.path("joined").forEach(l -> joined.add(l.asText())));
        for (JsonNode r : parties.path("removed")) {
            // A party ends when its UK listing goes, or when its listings joined another party.
            r.path("left")
                    .forEach(l -> assertThat(l.asText().startsWith("uk-ofsi:") || joined.contains(l.asText()))
                            .as(r.toString())
                            .isTrue());
            r.path("left").forEach(l -> left.add(l.asText()));
        }
        for (JsonNode a : parties.path("added")) {
            a.path("listings").forEach(l -> assertThat(left).contains(l.asText()));
        }
        // Arkady Rotenberg's party is one of those that lost their UK listing, under the same id.
        boolean rotenberg = false;
        for (JsonNode c : parties.path("changed")) {
            rotenberg |= c.path("left").toString().contains("uk-ofsi:15498");
        }
        assertThat(rotenberg).isTrue();

        CommandRun table = CommandRun.of("diff", lists.toString(), newer.toString());
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("parties: ").contains("-uk-ofsi:15498");
    }

    private static void copyWithout(Path from, Path to, String skipped) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path rel = from.relativize(f);
                if (rel.toString().startsWith(skipped)) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
