package dev.embargo.scanning.claim;

import java.util.List;
import java.util.Locale;

/** Claims whose figures count the same thing (same unit, or nouns where one ends with the other). */
public record ClaimGroup(String topic, List<Claim> claims) {
    public ClaimGroup {
        claims = List.copyOf(claims);
    }

    /** True when at least two different sources speak to this topic: their figures belong side by side. */
    public boolean contested() {
        return claims.stream()
                        .map(c -> c.source().toLowerCase(Locale.ROOT))
                        .distinct()
                        .count()
                > 1;
    }
}
