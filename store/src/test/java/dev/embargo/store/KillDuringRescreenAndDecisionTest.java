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
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * kill -9 during a re-screen and during decisions, at random points, a few times each: after every kill no
 * alert awaits review twice, every acknowledged decision is stored whole (the alert's state and its one
 * decision) and the audit chain is valid; a re-screen run again after the kills leaves exactly the alerts a
 * store that was never killed has.
 */
class KillDuringRescreenAndDecisionTest {
    static final int RECORDS = 1500;
    static final int ROUNDS = 2;

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    /** What a child printed before it died: its acknowledgements, and whether it said it was done. */
    record Outcome(List<String> acks, boolean done, boolean killed) {}

    private static Outcome runAndKill(SplittableRandom random, int maxDelayMillis, String... args) throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(
                List.of(javaBin, "-Xmx512m", "-cp", System.getProperty("java.class.path"), StoreChild.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> acks = Collections.synchronizedList(new ArrayList<>());
        boolean[] done = {false};
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("ack ")) {
                        acks.add(line.substring(4));
                    } else if (line.equals("done")) {
                        done[0] = true;
                    }
                }
            } catch (java.io.IOException e) {
                // the child was killed
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acks.isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(random.nextInt(maxDelayMillis));
        boolean killed = child.isAlive();
        if (killed) {
            child.destroyForcibly();
        }
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        return new Outcome(List.copyOf(acks), done[0], killed);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aKilledRescreenLosesNothingAndRaisesNoAlertTwice(String kind) throws Exception {
        Path newerLists = SharedData.require("data/lists/un");
        Path file = StoreFixtures.portfolio(dir, RECORDS, 0.05, 23);
        String url = TestDatabases.url(kind, dir);
        try (Store store = Store.open(url)) {
            new Portfolio(store)
                    .importFile(file, false, new RecordScreening(StoreFixtures.older(), 0.85), "alice", c -> {});
        }
        SplittableRandom random = new SplittableRandom(29);
        int killed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Outcome o = runAndKill(random, 400, "rescreen", url, newerLists.toString());
            killed += o.killed() ? 1 : 0;
            try (Store store = Store.open(url)) {
                assertWhole(store, "rescreen round " + round);
                if (o.done()) {
                    assertThat(count(
                                    store,
                                    "SELECT COUNT(*) FROM screening_run WHERE kind = 'full'"
                                            + " AND status = 'finished'"))
                            .as("a re-screen the child reported done is recorded finished")
                            .isPositive();
                }
            }
        }
        assertThat(killed).as("the child was killed before it finished").isPositive();

        RecordScreening newer = new RecordScreening(StoreFixtures.newer(), 0.85);
        Set<String> resumed;
        try (Store store = Store.open(url)) {
            new Rescreening(store).full(newer, "alice");
            Rescreening.Report again = new Rescreening(store).full(newer, "alice");
            assertThat(List.of(again.raised(), again.raisedAgain(), again.closed()))
                    .as("a second full re-screen finds nothing left to do")
                    .containsOnly(0L);
            assertWhole(store, "after the re-screen was finished");
            resumed = currentPairs(store);
        }
        // A store that was never killed, screened straight against the new lists, holds the same alerts.
        String fresh = kind.equals("h2") ? TestDatabases.h2(dir.resolve("fresh")) : TestDatabases.postgresSchema();
        try (Store store = Store.open(fresh)) {
            new Portfolio(store).importFile(file, false, newer, "alice", c -> {});
            assertThat(resumed).isNotEmpty().isEqualTo(currentPairs(store));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aKilledReviewerLosesNoAcknowledgedDecisionAndHalfOfNone(String kind) throws Exception {
        Path file = StoreFixtures.portfolio(dir, RECORDS, 0.05, 31);
        String url = TestDatabases.url(kind, dir);
        try (Store store = Store.open(url)) {
            new Portfolio(store)
                    .importFile(file, false, new RecordScreening(StoreFixtures.newer(), 0.85), "alice", c -> {});
            assertThat(count(store, "SELECT COUNT(*) FROM alert WHERE state = 'open'"))
                    .isGreaterThan(30);
        }
        SplittableRandom random = new SplittableRandom(37);
        Set<Long> acknowledged = new HashSet<>();
        int killed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Outcome o = runAndKill(random, 300, "decide", url);
            killed += o.killed() ? 1 : 0;
            o.acks().forEach(id -> acknowledged.add(Long.parseLong(id)));
            try (Store store = Store.open(url)) {
                assertWhole(store, "decision round " + round);
                Review review = new Review(store, Review.Policy.defaults());
                for (long id : acknowledged) {
                    assertThat(review.alert(id).orElseThrow().state())
                            .as("acknowledged decision on alert %d", id)
                            .isEqualTo(AlertState.CLEARED_FALSE_POSITIVE);
                }
                // A decision is stored with its alert's new state or not at all, and once.
                assertThat(count(
                                store,
                                "SELECT COUNT(*) FROM decision d JOIN alert a ON a.id = d.alert_id"
                                        + " WHERE a.state <> 'cleared_false_positive'"))
                        .isZero();
                assertThat(count(
                                store,
                                "SELECT COUNT(*) FROM alert a WHERE a.state = 'cleared_false_positive'"
                                        + " AND (SELECT COUNT(*) FROM decision d WHERE d.alert_id = a.id) <> 1"))
                        .isZero();
                assertThat(count(store, "SELECT COUNT(*) FROM decision"))
                        .isEqualTo(count(store, "SELECT COUNT(*) FROM audit_entry WHERE action = 'decision'"));
            }
        }
        assertThat(killed).as("the child was killed before it finished").isPositive();
        assertThat(acknowledged).isNotEmpty();
    }

    /** No alert awaits review twice for one record and listing, and the audit chain is valid. */
    private static void assertWhole(Store store, String when) throws Exception {
        assertThat(count(
                        store,
                        "SELECT COUNT(*) FROM (SELECT record_id, entity_id FROM alert"
                                + " WHERE state IN ('open', 'escalated')"
                                + " GROUP BY record_id, entity_id HAVING COUNT(*) > 1) d"))
                .as(when + ": alerts awaiting review twice")
                .isZero();
        AuditTrail.Verification v = store.audit().verify();
        assertThat(v.valid()).as(when + ": " + v.problem()).isTrue();
    }

    private static Set<String> currentPairs(Store store) throws Exception {
        Set<String> out = new HashSet<>();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT current_pair FROM alert WHERE current_pair IS NOT NULL");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
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
