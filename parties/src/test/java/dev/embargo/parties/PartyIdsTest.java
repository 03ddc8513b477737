package dev.embargo.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Party ids over generated list versions: listings get an old and a new group number (-1: absent from that
 * version). Ids are FtM-valid and unique; a party whose surviving listings stay together, alone, keeps its id;
 * a previous id only ever goes to a party holding one of its listings.
 */
class PartyIdsTest {

    @Property(tries = 500)
    void idsAreValidUniqueAndKeptWhileListingsStay(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = -1, max = 12) Integer> oldGroup,
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = -1, max = 12) Integer> newGroup) {
        int n = Math.min(oldGroup.size(), newGroup.size());
        List<List<String>> before = groups(oldGroup, n);
        List<String> beforeIds = PartyIds.assign(before, PartyIdHistory.NONE);
        Map<String, String> history = new HashMap<>();
        for (int g = 0; g < before.size(); g++) {
            for (String l : before.get(g)) {
                history.put(l, beforeIds.get(g));
            }
        }
        List<List<String>> after = groups(newGroup, n);
        List<String> afterIds = PartyIds.assign(after, new PartyIdHistory(history));

        assertThat(new HashSet<>(afterIds)).hasSize(afterIds.size());
        assertThat(afterIds).allMatch(FtmIds::isValid);
        Set<String> previous = new HashSet<>(history.values());
        for (int g = 0; g < after.size(); g++) {
            String id = afterIds.get(g);
            if (previous.contains(id)) {
                assertThat(after.get(g)).anyMatch(l -> id.equals(history.get(l)));
            }
        }
        for (int g = 0; g < before.size(); g++) {
            String id = beforeIds.get(g);
            Set<Integer> holders = new HashSet<>();
            for (String l : before.get(g)) {
                for (int h = 0; h < after.size(); h++) {
                    if (after.get(h).contains(l)) {
                        holders.add(h);
                    }
                }
            }
            if (holders.size() == 1) {
                int h = holders.iterator().next();
                boolean alone =
                        after.get(h).stream().allMatch(l -> history.get(l) == null || id.equals(history.get(l)));
                if (alone) {
                    assertThat(afterIds.get(h)).isEqualTo(id);
                }
            }
        }
    }

    /** Listing i is {@code us-ofac-sdn:i}, in group {@code group.get(i)} unless that is -1. */
    private static List<List<String>> groups(List<Integer> group, int n) {
        Map<Integer, List<String>> byGroup = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            if (group.get(i) >= 0) {
                byGroup.computeIfAbsent(group.get(i), k -> new ArrayList<>()).add("us-ofac-sdn:" + i);
            }
        }
        return new ArrayList<>(byGroup.values());
    }
}
