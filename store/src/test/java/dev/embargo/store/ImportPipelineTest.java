package dev.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.matching.Screener;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import's stages run on several threads: batches are still committed and acknowledged in file order, the
 * store holds what one thread would have stored, and a failure in any stage ends the import without a hang
 * and without writing anything after it.
 */
class ImportPipelineTest {
    static final double T = Screener.DEFAULT_THRESHOLD;

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    /** Every record and every current alert, as text, in id order. */
    private static List<String> stored(Store store) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT id, name, kind, dates_of_birth, countries, identifiers, fields, content_hash,"
                                    + " screening_hash, version FROM portfolio_record ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder("record");
                    for (int i = 1; i <= 10; i++) {
                        sb.append('|').append(rs.getString(i));
                    }
                    out.add(sb.toString());
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT current_pair, state, score, matched_name, explanation, fingerprint FROM alert"
                                    + " WHERE current_pair IS NOT NULL ORDER BY current_pair");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder("alert");
                    for (int i = 1; i <= 6; i++) {
                        sb.append('|').append(rs.getString(i));
                    }
                    out.add(sb.toString());
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void manyScreeningThreadsCommitInFileOrderAndStoreWhatOneThreadStores(String kind) throws Exception {
        Path file = StoreFixtures.portfolio(dir, 800, 0.03, 5);
        RecordScreening screening = new RecordScreening(StoreFixtures.newer(), T);
        List<String> ids = new ArrayList<>();
        PortfolioReader.read(file, row -> {
            if (row.ok()) {
                ids.add(row.id());
            }
        });

        List<String> oneThread;
        try (Store store = Store.open(TestDatabases.url(kind, dir.resolve("one")))) {
            new Portfolio(store, 800, 1).importFile(file, false, screening, "alice", c -> {});
            oneThread = stored(store);
        }
        try (Store store = Store.open(TestDatabases.url(kind, dir.resolve("many")))) {
            List<Portfolio.Committed> acks = new ArrayList<>();
            // Small batches on more threads than cores: batches finish screening out of order.
            Portfolio.ImportReport r =
                    new Portfolio(store, 37, 4).importFile(file, false, screening, "alice", acks::add);
            assertThat(stored(store)).isEqualTo(oneThread);
            assertThat(r.inserted()).isEqualTo(ids.size());
            // Each acknowledgement names the last record of the next batch of the file, in order.
            List<String> expectedLast = new ArrayList<>();
            for (int i = 36; i < ids.size(); i += 37) {
                expectedLast.add(ids.get(i));
            }
            if (ids.size() % 37 != 0) {
                expectedLast.add(ids.getLast());
            }
            assertThat(acks).extracting(Portfolio.Committed::lastId).isEqualTo(expectedLast);
            assertThat(acks).last().extracting(Portfolio.Committed::rows).isEqualTo((long) ids.size());
            // One audit entry per batch, its digest over the batch's ids and content hashes.
            assertThat(count(store, "SELECT COUNT(*) FROM audit_entry WHERE action = 'import.batch'"))
                    .isEqualTo(expectedLast.size());
            assertThat(store.audit().verify().valid()).isTrue();
            // Imported again: nothing changed, nothing written, nothing screened.
            Portfolio.ImportReport again =
                    new Portfolio(store, 37, 4).importFile(file, false, screening, "alice", acks::add);
            assertThat(again.unchanged()).isEqualTo(ids.size());
            assertThat(again.screened()).isZero();
            assertThat(stored(store)).isEqualTo(oneThread);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aFailureAfterACommitEndsTheImportAndWritesNothingAfterIt(String kind) throws Exception {
        Path file = StoreFixtures.portfolio(dir, 600, 0.03, 6);
        RecordScreening screening = new RecordScreening(StoreFixtures.newer(), T);
        try (Store store = Store.open(TestDatabases.url(kind, dir))) {
            List<Portfolio.Committed> acks = new ArrayList<>();
            assertThatThrownBy(() -> new Portfolio(store, 50, 2).importFile(file, false, screening, "alice", c -> {
                        acks.add(c);
                        if (acks.size() == 3) {
                            throw new IllegalStateException("the caller could not record the acknowledgement");
                        }
                    }))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(acks).hasSize(3);
            // The three committed batches are stored, the rest not even read into the store.
            assertThat(count(store, "SELECT COUNT(*) FROM portfolio_record")).isEqualTo(150);
            assertThat(count(
                            store,
                            "SELECT COUNT(*) FROM portfolio_record WHERE id > '"
                                    + acks.getLast().lastId() + "'"))
                    .isZero();
            assertThat(store.audit().verify().valid()).isTrue();
        }
    }

    private static long count(Store store, String sql) throws Exception {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
