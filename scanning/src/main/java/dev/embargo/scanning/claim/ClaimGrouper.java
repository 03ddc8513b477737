package dev.embargo.scanning.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts claims about the same thing side by side: claims whose quantities share a unit, where a counted noun
 * that ends with another ("artilleriegranaten", "granaten") or differs only by a plural ending ("granaat")
 * counts as the same. Claims without quantities, and bare numbers, join no group. A claim with figures in two
 * units appears in both groups. Groups come in the order of their first claim.
 */
public final class ClaimGrouper {
    /** Units the quantity reader normalises; only equal ones match. */
    private static final Set<String> FIXED_UNITS = Set.of("euro", "usd", "gbp", "percent", "ton");

    private ClaimGrouper() {}

    public static List<ClaimGroup> group(List<Claim> claims) {
        List<String> topics = new ArrayList<>();
        Map<String, List<Claim>> members = new LinkedHashMap<>();
        for (Claim claim : claims) {
            for (Quantity q : claim.quantities()) {
                if (q.unit().isBlank()) {
                    continue;
                }
                String unit = q.unit().toLowerCase(Locale.ROOT);
                String topic = topics.stream()
                        .filter(t -> sameThing(t, unit))
                        .findFirst()
                        .orElse(null);
                if (topic == null) {
                    topics.add(unit);
                    members.put(unit, new ArrayList<>());
                    topic = unit;
                } else if (unit.length() < topic.length()) {
                    // the shorter noun names the topic: "granaten" rather than "artilleriegranaten"
                    members.put(unit, members.remove(topic));
                    topics.set(topics.indexOf(topic), unit);
                    topic = unit;
                }
                List<Claim> list = members.get(topic);
                if (!list.contains(claim)) {
                    list.add(claim);
                }
            }
        }
        List<ClaimGroup> groups = new ArrayList<>();
        for (String topic : topics) {
            groups.add(new ClaimGroup(topic, members.get(topic)));
        }
        return List.copyOf(groups);
    }

    static boolean sameThing(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (FIXED_UNITS.contains(a) || FIXED_UNITS.contains(b)) {
            return false;
        }
        String sa = stem(a);
        String sb = stem(b);
        String shorter = sa.length() <= sb.length() ? sa : sb;
        String longer = shorter == sa ? sb : sa;
        return shorter.length() >= 4 && longer.endsWith(shorter);
    }

    /** Crude plural stripping for Dutch, German, English and French nouns: "granaten", "granaat" to "granat". */
    static String stem(String noun) {
        String s = noun;
        for (String ending : new String[] {"en", "es", "s", "n", "e"}) {
            if (s.length() > ending.length() + 3 && s.endsWith(ending)) {
                s = s.substring(0, s.length() - ending.length());
                break;
            }
        }
        // Dutch doubles the vowel in the singular: granaat / granaten
        return s.replaceAll("([aeou])\\1(\\p{L})$", "$1$2");
    }
}
