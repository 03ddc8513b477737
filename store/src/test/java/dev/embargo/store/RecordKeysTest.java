package dev.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.matching.LookupKeys;
import dev.embargo.matching.Screener;
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
            byte[] expected = RecordKeys.pack(lookup.ofQuery(r.name(), r.kind(), r.identifiers()));
            byte[] got = stored.get(r.id());
            if (expected == null ? got != null : got == null || !java.util.Arrays.equals(expected, got)) {
                differing.add(r.id() + " " + r.name());
            }
        }
        assertThat(differing).isEmpty();
        byte[] some = stored.values().iterator().next();
        assertThat(RecordKeys.pack(RecordKeys.unpack(some))).isEqualTo(some);

        // What is not data is the chunks H2 keeps for 45 s after they are replaced, which 60 commits in a minute
        // leave behind (3.4 times the data when measured); keys spread over an index made it many times that.
        assertThat(written).isLessThan(5 * compacted);
    }
}
