package dev.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.SharedData;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kill -9 during an import, at random points, a few times: after each kill nothing acknowledged is lost, no
 * alert is raised twice and the audit chain is whole; the import then finishes where it stopped.
 */
class KillDuringImportTest {
    static final int RECORDS = 2000;
    static final int ROUNDS = 2;

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void killedImportsLoseNothingAcknowledgedAndRaiseNoAlertTwice(String kind) throws Exception {
        Path lists = SharedData.require("data/lists/un");
        Path file = StoreFixtures.portfolio(dir, RECORDS, 0.05, 11);
        String url = TestDatabases.url(kind, dir);
        // The ids of the good rows, in file order (a generated row can be rejected, e.g. a listed date range).
        List<String> good = new ArrayList<>();
        PortfolioReader.read(file, row -> {
            if (row.ok()) {
                good.add(row.id());
            }
        });
        String java = ProcessHandle.current().info().command().orElse("java");
        SplittableRandom random = new SplittableRandom(19);
        int killed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Process child = new ProcessBuilder(
                            java,
                            "-Xmx512m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            ImportChild.class.getName(),
                            url,
                            file.toString(),
                            lists.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            AtomicReference<String> lastAck = new AtomicReference<>();
            List<String> seen = new ArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        synchronized (seen) {
                            seen.add(line);
                        }
                        if (line.startsWith("ack ")) {
                            lastAck.set(line.split(" ")[2]);
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child was killed
                }
            });
            reader.start();
            // Wait for the first commit, then kill at a random moment of the rest.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (lastAck.get() == null && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(random.nextInt(1500));
            if (child.isAlive()) {
                child.destroyForcibly();
                killed++;
            }
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            String acked = lastAck.get();
            try (Store store = Store.open(url)) {
                if (acked != null) {
                    // Ids are written in order: every record up to the last acknowledged one is stored.
                    long upTo =
                            good.stream().filter(id -> id.compareTo(acked) <= 0).count();
                    assertThat(count(store, "SELECT COUNT(*) FROM portfolio_record WHERE id <= '" + acked + "'"))
                            .as("round %d: records acknowledged up to %s", round, acked)
                            .isEqualTo(upTo);
                }
                assertNoDuplicateAlert(store);
                AuditTrail.Verification v = store.audit().verify();
                assertThat(v.valid()).as(v.problem()).isTrue();
            }
        }
        assertThat(killed)
                .as("the child was killed at least once before it finished")
                .isPositive();
        // The import finishes what was left; nothing is raised twice.
        try (Store store = Store.open(url)) {
            new Portfolio(store)
                    .importFile(file, false, new RecordScreening(ListsSnapshot.load(lists), 0.85), "alice", c -> {});
            assertThat(count(store, "SELECT COUNT(*) FROM portfolio_record")).isEqualTo(good.size());
            assertNoDuplicateAlert(store);
            assertThat(store.audit().verify().valid()).isTrue();
            assertThat(count(store, "SELECT COUNT(*) FROM screening_run WHERE status = 'running'"))
                    .isLessThanOrEqualTo(kind.equals("h2") ? 0 : ROUNDS);
        }
    }

    private static void assertNoDuplicateAlert(Store store) throws Exception {
        assertThat(count(
                        store,
                        "SELECT COUNT(*) FROM (SELECT record_id, entity_id FROM alert WHERE state = 'open'"
                                + " GROUP BY record_id, entity_id HAVING COUNT(*) > 1) d"))
                .isZero();
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
