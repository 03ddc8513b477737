package dev.embargo.lists.ofac;

import dev.embargo.lists.Countries;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Countries#toIso} remembered for the duration of one read: an OFAC file names the same few dozen
 * countries tens of thousands of times, and each fresh lookup normalises the text again. One instance per
 * read, never shared between threads.
 */
final class OfacCountries {
    private static final String REGION_PREFIX = "Region: ";

    private final Map<String, Optional<String>> memo = new HashMap<>();

    /** The ISO alpha-2 code of a country as OFAC writes it ("Korea, North", "Region: Crimea"), or null. */
    String iso(String listed) {
        if (listed == null || listed.isBlank()) {
            return null;
        }
        return memo.computeIfAbsent(listed, OfacCountries::lookup).orElse(null);
    }

    private static Optional<String> lookup(String listed) {
        String text = listed.strip();
        // add.csv writes disputed areas as "Region: Crimea" in the country column.
        if (text.startsWith(REGION_PREFIX)) {
            text = text.substring(REGION_PREFIX.length());
        }
        return Countries.toIso(text);
    }
}
