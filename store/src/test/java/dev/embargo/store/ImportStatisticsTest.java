package dev.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.matching.Screener;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large import has the planner's statistics taken again at once; a small one leaves them to autovacuum. */
class ImportStatisticsTest {
    @TempDir
    Path dir;

    @Test
    void aLargeChangeIsATenthOfTheStoreAndAtLeastTheFloor() {
        assertThat(Portfolio.largeChange(10_000, 0, 10_000)).isTrue();
        assertThat(Portfolio.largeChange(9_999, 0, 10_000)).isFalse();
        assertThat(Portfolio.largeChange(100_000, 1_000_000, 10_000)).isTrue();
        assertThat(Portfolio.largeChange(99_999, 1_000_000, 10_000)).isFalse();
    }

    @Test
    void postgresqlAnalysesTheBulkTablesAfterALargeImportOnly() throws Exception {
        Path file = StoreFixtures.portfolio(dir, 300, 0.02, 3);
        RecordScreening screening = new RecordScreening(StoreFixtures.newer(), Screener.DEFAULT_THRESHOLD);
        try (Store store = Store.open(TestDatabases.postgresSchema())) {
            // Below the floor: nothing is analysed by hand.
            new Portfolio(store, Portfolio.BATCH, 2, 1_000).importFile(file, false, screening, "alice", c -> {});
            assertThat(analysedByHand(store)).isEmpty();
            // 300 records changed of the 300 there (a sync to a new file): a large change once the floor is met.
            Path other = StoreFixtures.portfolio(dir, 300, 0.02, 4);
            new Portfolio(store, Portfolio.BATCH, 2, 100).importFile(other, true, screening, "alice", c -> {});
            // Before PostgreSQL 15 the statistics reach the views a moment after the statement ends.
            long until = System.nanoTime() + 10_000_000_000L;
            while (analysedByHand(store).size() < Store.BULK_TABLES.size() && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertThat(analysedByHand(store)).containsExactlyInAnyOrderElementsOf(Store.BULK_TABLES);
        }
    }

    @Test
    void h2AnalysesTheBulkTablesWithoutError() throws Exception {
        Path file = StoreFixtures.portfolio(dir, 300, 0.02, 3);
        RecordScreening screening = new RecordScreening(StoreFixtures.newer(), Screener.DEFAULT_THRESHOLD);
        try (Store store = Store.open(TestDatabases.h2(dir))) {
            Portfolio.ImportReport r =
                    new Portfolio(store, Portfolio.BATCH, 2, 100).importFile(file, false, screening, "alice", c -> {});
            assertThat(r.inserted()).isEqualTo(300);
            assertThat(new Portfolio(store).size()).isEqualTo(300);
        }
    }

    /** The tables of the store's schema that an ANALYZE statement (not autovacuum) has analysed. */
    private static List<String> analysedByHand(Store store) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT relname FROM pg_stat_user_tables"
                        + " WHERE schemaname = current_schema() AND last_analyze IS NOT NULL");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
