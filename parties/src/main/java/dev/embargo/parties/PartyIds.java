package dev.embargo.parties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Party ids: FollowTheMoney-valid, and kept from one list version to the next. A group of listings takes the
 * previous id most of its listings carried; when groups compete for one previous id (a party split), the group
 * holding more of its listings keeps it; when a group brings several (parties merged), it keeps the one most of
 * its listings carried and the others end. A group left without one gets {@code party-} and the FtM form of its
 * anchor listing's id, with {@code -2}, {@code -3}… where that is taken or was a previous party's id, so an id
 * never passes to a different party.
 */
public final class PartyIds {
    public static final String PREFIX = "party-";

    private PartyIds() {}

    /**
     * @param groups each group's listing ids, anchor first
     * @return each group's id, in the order of {@code groups}
     */
    public static List<String> assign(List<List<String>> groups, PartyIdHistory previous) {
        record Claim(int group, String id, int listings) {}
        List<Claim> claims = new ArrayList<>();
        Map<String, String> before = previous.partyOfListing();
        for (int g = 0; g < groups.size(); g++) {
            Map<String, Integer> counts = null;
            for (String listing : groups.get(g)) {
                String id = before.get(listing);
                if (id != null) {
                    if (counts == null) {
                        counts = new HashMap<>(4);
                    }
                    counts.merge(id, 1, Integer::sum);
                }
            }
            if (counts != null) {
                for (Map.Entry<String, Integer> e : counts.entrySet()) {
                    claims.add(new Claim(g, e.getKey(), e.getValue()));
                }
            }
        }
        claims.sort(Comparator.comparingInt(Claim::listings)
                .reversed()
                .thenComparingInt(Claim::group)
                .thenComparing(Claim::id));
        String[] ids = new String[groups.size()];
        Set<String> taken = new HashSet<>();
        for (Claim c : claims) {
            if (ids[c.group()] == null && !taken.contains(c.id())) {
                ids[c.group()] = c.id();
                taken.add(c.id());
            }
        }
        Set<String> retired = new HashSet<>(previous.partyOfListing().values());
        for (int g = 0; g < groups.size(); g++) {
            if (ids[g] != null) {
                continue;
            }
            String base = PREFIX + FtmIds.of(groups.get(g).getFirst());
            String id = base;
            for (int n = 2; taken.contains(id) || retired.contains(id); n++) {
                id = base + "-" + n;
            }
            ids[g] = id;
            taken.add(id);
        }
        return List.of(ids);
    }
}
