package dev.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.matching.LookupKeys;
import dev.embargo.matching.Screener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lookup keys an import stores are those {@link LookupKeys#ofQuery} gives each record, though the import
 * takes them from its own screening's candidates; they survive their packing; and on H2 the file an import
 * writes in many small transactions stays close to the data it holds (the keys once made it grow many times
 * over: an index on hashed keys was rewritten at every commit).
 */
class RecordKeysTest {
    @TempDir
    Path dir;

    @Test
    void theImportStoresEachRecordsKeysAsTheQueryGivesThemAndTheFileHoldsMostlyData() throws Exception {
        Path file = StoreFixtures.portfolio(dir, 3000, 0.02, 23);
        RecordScreening screening = new RecordScreening(StoreFixtures.older(), Screener.DEFAULT_THRESHOLD);
        Path db = Files.createDirectories(dir.resolve("h2"));
        Map<String, byte[]> stored = new LinkedHashMap<>();
        Map<String, PortfolioRecord> records = new HashMap<>();
        long written;
        try (Store store = Store.open(TestDatabases.h2(db))) {
            // Small batches: many commits, as a long import makes.
            new Portfolio(store, 50, 2).importFile(file, false, screening, "alice", c -> {});
            written = Files.size(db.resolve("store.mv.db"));
            store.inTransaction(c -> {
                try (PreparedStatement ps =
                                c.prepareStatement("SELECT record_id, lookup_keys FROM record_lookup_keys");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getString(1), rs.getBytes(2));
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                                "SELECT id, name, kind, dates_of_birth, countries, identifiers FROM portfolio_record");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        records.put(
                                rs.getString(1),
                                new PortfolioRecord(
                                        rs.getString(1),
                                        rs.getString(2),
                                        PortfolioRecord.kindFromCode(rs.getString(3)),
                                        PortfolioRecord.split(rs.getString(4)),
                                        PortfolioRecord.split(rs.getString(5)),
                                        PortfolioRecord.split(rs.getString(6)),
                                        ""));
                    }
                }
                return null;
            });
        }
        try (Connection c = DriverManager.getConnection(TestDatabases.h2(db));
                Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        }
        long compacted = Files.size(db.resolve("store.mv.db"));
        System.out.printf(
                "H2 file after importing 3,000 records: %,d bytes; compacted: %,d bytes%n", written, compacted);

        // The generator writes a few bad rows among the good (a reader's test), which the import skips.
        assertThat(records.size()).isGreaterThan(2900);
        assertThat(stored.size()).isGreaterThan(records.size() * 9 / 10);
        LookupKeys lookup = LookupKeys.of(screening.lists().screener());
        List<String> differing = new ArrayList<>();
        for (PortfolioRecord r : records.values()) {
            byte[] expected = RecordKeys.pack(r, lookup.ofQuery(r.name(), r.kind(), r.identifiers()));
            byte[] got = stored.get(r.id());
            if (expected == null ? got != null : got == null || !java.util.Arrays.equals(expected, got)) {
                differing.add(r.id() + " " + r.name());
            }
        }
        assertThat(differing).isEmpty();
        byte[] some = stored.values().iterator().next();
        String someId = stored.keySet().iterator().next();
        assertThat(RecordKeys.pack(RecordKeys.record(someId, some), RecordKeys.unpack(some)))
                .isEqualTo(some);
        // Each row keeps the record as it was screened, as the store holds it.
        for (Map.Entry<String, byte[]> row : stored.entrySet()) {
            assertThat(RecordKeys.record(row.getKey(), row.getValue())).isEqualTo(records.get(row.getKey()));
        }

        // What is not data is the chunks H2 keeps for 45 s after they are replaced, which 60 commits in a minute
        // leave behind (3.4 times the data when measured); keys spread over an index made it many times that.
        assertThat(written).isLessThan(5 * compacted);
    }

    /**
     * A record's stored keys reach every listing it matches: at a threshold well under the default, for names
     * of the listings of the UN list (each reading, aliases, other scripts) with a word dropped or two words
     * swapped, as the reach of a list change that added that listing tests them. A listing a record's keys do
     * not reach is one the delta would never screen the record against.
     */
    @Test
    void aRecordsKeysReachEveryListingItMatches() throws IOException {
        ListsSnapshot lists = StoreFixtures.newer();
        Screener screener = lists.screener();
        LookupKeys lookup = LookupKeys.of(screener);
        java.util.Random random = new java.util.Random(31);
        List<dev.embargo.lists.model.Entity> listed = lists.entities();
        int matched = 0;
        int crowded = 0;
        List<String> unreached = new ArrayList<>();
        List<String> notDisplaced = new ArrayList<>();
        List<String> notScored = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            dev.embargo.lists.model.Entity e = listed.get(random.nextInt(listed.size()));
            String name = e.names().get(random.nextInt(e.names().size())).full();
            List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
            if (words.size() >= 3 && i % 2 == 0) {
                words.remove(random.nextInt(words.size()));
            } else if (words.size() >= 2) {
                java.util.Collections.swap(words, 0, 1);
            }
            PortfolioRecord r = new PortfolioRecord(
                    "R" + i,
                    String.join(" ", words),
                    i % 3 == 0 ? null : e.kind(),
                    List.of(),
                    List.of(),
                    List.of(),
                    "");
            Screener.Keyed keyed = screener.screenWithKeys(r.queries().getFirst(), 0.6, 50);
            byte[] packed = RecordKeys.pack(r, keyed.keys());
            boolean everyReadingCrowded =
                    !keyed.keys().isEmpty() && keyed.keys().stream().allMatch(LookupKeys.QueryKey::crowded);
            for (dev.embargo.matching.Match m : keyed.matches()) {
                if (m.explanation().identifier() != null) {
                    continue;
                }
                matched++;
                // As a new version of a listing, it is one the record's keys say may be scored.
                RecordKeys.ListingKeys added = RecordKeys.ListingKeys.of(Map.of(lookup, List.of(m.entity())));
                RecordKeys.Met met = packed == null ? null : RecordKeys.met(r.id(), packed, added);
                if (met == null || !met.scored().contains(m.entity())) {
                    unreached.add(r.name() + " → " + m.matchedName() + " " + m.score());
                } else if (screener.bestOfPairs(r.queries(), met.scoredPairs(), m.score()) < m.score()) {
                    // Each reading scored only against the names its keys may bring as candidates finds the score.
                    notScored.add(r.name() + " → " + m.matchedName() + " " + m.score());
                }
                // As an old version that went, one that held a place in the ranking where that was full.
                if (everyReadingCrowded) {
                    crowded++;
                    Map<LookupKeys, java.util.Collection<dev.embargo.lists.model.Entity>> asOld = new LinkedHashMap<>();
                    asOld.put(LookupKeys.of(StoreFixtures.older().screener()), List.of());
                    asOld.put(lookup, List.of(m.entity()));
                    RecordKeys.Met gone = RecordKeys.met(r.id(), packed, RecordKeys.ListingKeys.of(asOld));
                    if (gone == null || !gone.displaced().contains(m.entity())) {
                        notDisplaced.add(r.name() + " → " + m.matchedName() + " " + m.score());
                    }
                }
            }
        }
        System.out.printf(
                "%d matches, %d of them on records every reading of which had a full ranking%n", matched, crowded);
        assertThat(matched).isGreaterThan(500);
        assertThat(unreached).isEmpty();
        assertThat(notScored).isEmpty();
        assertThat(notDisplaced).isEmpty();
    }

    /**
     * A record the delta takes from its keys' row is screened as it was kept there; if its record was removed
     * after the scan, its row went with it, and the delta's write gives it none again (nor, in Rescreening, an
     * alert), while a record read from the portfolio that had no row gets one.
     */
    @Test
    void aRecordTakenFromItsRowGetsNoRowAgainOnceItsRecordWent() throws Exception {
        PortfolioRecord fromRow = new PortfolioRecord(
                "K1",
                "Ivan Petrov",
                dev.embargo.lists.model.EntityKind.PERSON,
                List.of("1970-02-03"),
                List.of("RU"),
                List.of("passport 123"),
                "");
        PortfolioRecord readAgain =
                new PortfolioRecord("R1", "Acme Trading LLC", null, List.of(), List.of(), List.of(), "");
        List<LookupKeys.QueryKey> keys = List.of(new LookupKeys.QueryKey(42L, 0, 1f, 1.5f, -1f, 0.1f));
        byte[] packed = RecordKeys.pack(fromRow, keys);
        assertThat(RecordKeys.record("K1", packed)).isEqualTo(fromRow);
        assertThat(RecordKeys.unpack(packed)).isEqualTo(keys);
        try (Store store = Store.open(TestDatabases.h2(Files.createDirectories(dir.resolve("gone"))))) {
            java.util.Set<String> vanished = store.inTransaction(c -> RecordKeys.write(
                    c,
                    List.of(
                            new ScreenedRecord(fromRow, List.of(), packed),
                            new ScreenedRecord(readAgain, List.of(), RecordKeys.pack(readAgain, keys))),
                    java.util.Set.of("K1", "R1"),
                    java.util.Set.of("K1")));
            assertThat(vanished).containsExactly("K1");
            List<String> rows = store.inTransaction(c -> {
                List<String> ids = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT record_id FROM record_lookup_keys");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                return ids;
            });
            assertThat(rows).containsExactly("R1");
        }
    }

    /**
     * A record the delta screens again to the row its scan read is not written again: the row stands as it is
     * (here the scan is told it read other bytes than the table holds, which a write would replace), while a
     * record screened to another row is updated, and one screened to the same row whose row went since the scan
     * is told gone and gets none.
     */
    @Test
    void aRecordScreenedAgainToTheRowItsScanReadIsNotWrittenAgain() throws Exception {
        PortfolioRecord same = new PortfolioRecord(
                "S1",
                "Ivan Petrov",
                dev.embargo.lists.model.EntityKind.PERSON,
                List.of(),
                List.of("RU"),
                List.of(),
                "");
        PortfolioRecord moved =
                new PortfolioRecord("M1", "Acme Trading LLC", null, List.of(), List.of(), List.of(), "");
        PortfolioRecord went = new PortfolioRecord("G1", "Olga Ivanova", null, List.of(), List.of(), List.of(), "");
        List<LookupKeys.QueryKey> before = List.of(new LookupKeys.QueryKey(42L, 0, 1f, 1.5f, -1f, 0.1f));
        List<LookupKeys.QueryKey> after = List.of(new LookupKeys.QueryKey(42L, 0, 0.9f, 1.4f, -1f, 0.1f));
        byte[] sameStored = RecordKeys.pack(same, before);
        byte[] sameScreened = RecordKeys.pack(same, after);
        try (Store store = Store.open(TestDatabases.h2(Files.createDirectories(dir.resolve("unchanged"))))) {
            store.inTransaction(c -> {
                RecordKeys.write(
                        c,
                        List.of(
                                new ScreenedRecord(same, List.of(), sameStored),
                                new ScreenedRecord(moved, List.of(), RecordKeys.pack(moved, before))),
                        List.of());
                return null;
            });
            java.util.Set<String> vanished = store.inTransaction(c -> RecordKeys.write(
                    c,
                    List.of(
                            new ScreenedRecord(same, List.of(), sameScreened),
                            new ScreenedRecord(moved, List.of(), RecordKeys.pack(moved, after)),
                            new ScreenedRecord(went, List.of(), RecordKeys.pack(went, after))),
                    java.util.Set.of("S1", "M1", "G1"),
                    java.util.Set.of("S1", "M1", "G1"),
                    java.util.Map.of("S1", sameScreened, "G1", RecordKeys.pack(went, after))));
            assertThat(vanished).containsExactly("G1");
            java.util.Map<String, byte[]> rows = store.inTransaction(c -> {
                java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
                try (PreparedStatement ps =
                                c.prepareStatement("SELECT record_id, lookup_keys FROM record_lookup_keys");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getBytes(2));
                    }
                }
                return out;
            });
            assertThat(rows).containsOnlyKeys("S1", "M1");
            assertThat(rows.get("S1")).as("not written again").isEqualTo(sameStored);
            assertThat(RecordKeys.unpack(rows.get("M1"))).isEqualTo(after);
        }
    }
}
