package dev.embargo.parties;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The party ids of a previous grouping, by listing id: what lets a party keep its id while any of its listings
 * stays. Persisted as a small text file, one {@code listing id<TAB>party id} a line after a header line.
 */
public record PartyIdHistory(Map<String, String> partyOfListing) {
    public static final PartyIdHistory NONE = new PartyIdHistory(Map.of());

    static final String HEADER = "# embargo party ids 1: listing id<TAB>party id";
    /** Ten times the listings of every list today; a bigger file is not one Embargo wrote. */
    static final int MAX_LINES = 1_000_000;

    static final int MAX_LINE_LENGTH = 2_000;

    public PartyIdHistory {
        partyOfListing = Map.copyOf(partyOfListing);
    }

    public Optional<String> partyOf(String listingId) {
        return Optional.ofNullable(partyOfListing.get(listingId));
    }

    public void write(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (Map.Entry<String, String> e : new TreeMap<>(partyOfListing).entrySet()) {
                w.write(e.getKey());
                w.write('\t');
                w.write(e.getValue());
                w.write('\n');
            }
        }
    }

    /** Reads a file {@link #write} wrote; anything else is refused with the file, line and what was expected. */
    public static PartyIdHistory read(Path file) throws IOException {
        Map<String, String> map = new TreeMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (!HEADER.equals(line)) {
                throw new IOException(file + ": line 1: expected the header \"" + HEADER + "\"");
            }
            int number = 1;
            while ((line = r.readLine()) != null) {
                number++;
                if (number > MAX_LINES) {
                    throw new IOException(file + ": line " + number + ": expected at most " + MAX_LINES + " lines");
                }
                if (line.length() > MAX_LINE_LENGTH) {
                    throw new IOException(file + ": line " + number + ": expected a line of at most " + MAX_LINE_LENGTH
                            + " characters");
                }
                int tab = line.indexOf('\t');
                if (tab <= 0 || line.indexOf('\t', tab + 1) >= 0 || line.indexOf(':') < 0) {
                    throw new IOException(
                            file + ": line " + number + ": expected a listing id source:id, a tab and a party id");
                }
                String party = line.substring(tab + 1);
                if (!FtmIds.isValid(party)) {
                    throw new IOException(
                            file + ": line " + number + ": expected a FollowTheMoney id, got \"" + party + "\"");
                }
                if (map.put(line.substring(0, tab), party) != null) {
                    throw new IOException(file + ": line " + number + ": listing " + line.substring(0, tab)
                            + " appears twice; expected each listing once");
                }
            }
        }
        return new PartyIdHistory(map);
    }
}
