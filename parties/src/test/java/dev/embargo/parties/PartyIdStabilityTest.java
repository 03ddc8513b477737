package dev.embargo.parties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Party ids across real list versions (../shared/data/lists-history, then the current lists): a party keeps
 * its id while any of its listings stays and is not merged into or split from another party; an id never
 * passes to a party that holds none of its listings.
 */
class PartyIdStabilityTest {

    private static List<Entity> load(Path... files) throws ListFormatException {
        List<Entity> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(ListLoader.loadFile(f).entities());
        }
        return all;
    }

    @Test
    void idsSurviveThreeVersionsOfTheLists(@TempDir Path tmp) throws IOException, ListFormatException {
        Path history = SharedData.require("data/lists-history");
        List<Entity> oldest =
                load(history.resolve("un-2024-11/consolidated.xml"), history.resolve("us-ofac-sdn-2021-07/sdn.csv"));
        List<Entity> middle =
                load(history.resolve("un-2024-11/consolidated.xml"), history.resolve("us-ofac-sdn-2022-01/sdn.csv"));
        List<Entity> current = RealLists.listings();

        Grouping first = PartyGrouper.of(oldest).group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
        Path saved = tmp.resolve("party-ids.tsv");
        first.history().write(saved);
        Grouping second = PartyGrouper.of(middle).group(PartyGrouper.Options.ALL, PartyIdHistory.read(saved));
        second.history().write(saved);
        Grouping third = PartyGrouper.of(current).group(PartyGrouper.Options.ALL, PartyIdHistory.read(saved));

        int kept1 = assertStable(first, second);
        int kept2 = assertStable(second, third);
        // Most parties are untouched from one version to the next; a rule that renumbered them would fail here.
        assertThat(kept1).isGreaterThan(8_000);
        assertThat(kept2).isGreaterThan(8_000);
    }

    @Test
    void withoutHistoryTheIdsAreTheSameOnEveryRun() {
        List<Entity> listings = RealLists.listings();
        Grouping a = PartyGrouper.of(listings).group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
        List<Entity> reversed = new ArrayList<>(listings);
        java.util.Collections.reverse(reversed);
        Grouping b = PartyGrouper.of(reversed).group(PartyGrouper.Options.ALL, PartyIdHistory.NONE);
        assertThat(b.partyOfListing()).isEqualTo(a.partyOfListing());
    }

    /** Checks the id rules between two groupings; returns how many parties kept their id. */
    private static int assertStable(Grouping before, Grouping after) {
        Map<String, Party> afterByListing = new HashMap<>();
        after.parties().forEach(p -> p.listingIds().forEach(l -> afterByListing.put(l, p)));
        Set<String> beforeIds = new HashSet<>(before.partyOfListing().values());
        int kept = 0;
        for (Party old : before.parties()) {
            Set<Party> holders = new HashSet<>();
            old.listingIds().stream()
                    .map(afterByListing::get)
                    .filter(p -> p != null)
                    .forEach(holders::add);
            if (holders.size() != 1) {
                continue;
            }
            Party now = holders.iterator().next();
            boolean alone = now.listingIds().stream()
                    .map(l -> before.partyOf(l).orElse(old.id()))
                    .allMatch(old.id()::equals);
            if (alone) {
                assertThat(now.id())
                        .as("party %s of %s", old.id(), now.listingIds())
                        .isEqualTo(old.id());
                kept++;
            }
        }
        for (Party now : after.parties()) {
            if (beforeIds.contains(now.id())) {
                assertThat(now.listingIds())
                        .as("id %s given to a party without a listing of it", now.id())
                        .anyMatch(
                                l -> before.partyOf(l).filter(now.id()::equals).isPresent());
            }
            assertThat(FtmIds.isValid(now.id())).isTrue();
        }
        return kept;
    }
}
