package dev.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.matching.Screener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Decisions on alerts: reasons, holders, four eyes, races, and no alert raised again without a material change. */
class ReviewTest {
    static final String CLEAR_REASON = "different person: date of birth differs";

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    /** A store holding one record that matches one UN listing under its listed name. */
    private Store storeWithAlert(String kind, String csvRow) throws Exception {
        Path file = dir.resolve("one.csv");
        Files.writeString(file, "id,name,kind,dates_of_birth,countries\n" + csvRow + "\n");
        Store store = Store.open(TestDatabases.url(kind, dir));
        new Portfolio(store)
                .importFile(
                        file,
                        false,
                        new RecordScreening(StoreFixtures.newer(), Screener.DEFAULT_THRESHOLD),
                        "alice",
                        x -> {});
        return store;
    }

    private static String listedRow(String id, String dob) throws Exception {
        var e = StoreFixtures.newer().entities().stream()
                .filter(x -> x.kind() == dev.embargo.lists.model.EntityKind.PERSON
                        && !x.birthDates().isEmpty())
                .findFirst()
                .orElseThrow();
        return id + "," + e.primaryName().full().replace(",", " ") + ",person," + dob + ",";
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDecisionNeedsAListedReasonAndAHolderAndIsAudited(String kind) throws Exception {
        try (Store store = storeWithAlert(kind, listedRow("R1", ""))) {
            Review review = new Review(store, Review.Policy.defaults());
            Alert a = review.alerts(AlertState.OPEN, "R1", 10, 0).getFirst();
            assertThatThrownBy(() -> review.decide(a.id(), a.version(), Review.Action.CLEAR, "bob", "looks fine", ""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("reason: expected one of");
            assertThatThrownBy(() -> review.decide(a.id(), a.version(), Review.Action.CLEAR, " ", CLEAR_REASON, ""))
                    .hasMessageStartingWith("holder:");
            Review.Decision d =
                    review.decide(a.id(), a.version(), Review.Action.CLEAR, "bob", CLEAR_REASON, "born 1990");
            assertThat(d.alertState()).isEqualTo(AlertState.CLEARED_FALSE_POSITIVE);
            assertThat(review.alert(a.id()).orElseThrow().state()).isEqualTo(AlertState.CLEARED_FALSE_POSITIVE);
            assertThat(review.decisions(a.id()))
                    .extracting(Review.Decision::holder)
                    .containsExactly("bob");
            assertThat(store.audit().about("alert:" + a.id()))
                    .extracting(AuditEntry::action)
                    .containsExactly("alert.raised", "decision");
            assertThat(store.audit().verify().valid()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void ofTwoConcurrentDecisionsOnOneAlertTheSecondFails(String kind) throws Exception {
        try (Store store = storeWithAlert(kind, listedRow("R1", ""))) {
            Review review = new Review(store, Review.Policy.defaults());
            Alert a = review.alerts(AlertState.OPEN, "R1", 10, 0).getFirst();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Review.Decision>> results = new ArrayList<>();
                for (Review.Action action : List.of(Review.Action.CLEAR, Review.Action.CONFIRM)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return review.decide(
                                a.id(),
                                a.version(),
                                action,
                                "analyst-" + action.code(),
                                action == Review.Action.CLEAR ? CLEAR_REASON : "same party: identity confirmed",
                                "");
                    }));
                }
                start.countDown();
                int ok = 0;
                int conflicts = 0;
                for (Future<Review.Decision> f : results) {
                    try {
                        f.get();
                        ok++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(Review.Conflict.class);
                        conflicts++;
                    }
                }
                assertThat(ok).isEqualTo(1);
                assertThat(conflicts).isEqualTo(1);
                assertThat(review.decisions(a.id())).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
            // A decision on a version already decided fails the same way, later too.
            assertThatThrownBy(() -> review.decide(
                            a.id(), a.version(), Review.Action.ESCALATE, "carol", "needs a second opinion", ""))
                    .isInstanceOf(Review.Conflict.class);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void withFourEyesAClearingWaitsForASecondDifferentReviewer(String kind) throws Exception {
        try (Store store = storeWithAlert(kind, listedRow("R1", ""))) {
            Review review = new Review(store, new Review.Policy(Review.Policy.DEFAULT_REASONS, true));
            Alert a = review.alerts(AlertState.OPEN, "R1", 10, 0).getFirst();
            Review.Decision first = review.decide(a.id(), a.version(), Review.Action.CLEAR, "bob", CLEAR_REASON, "");
            assertThat(first.status()).isEqualTo("pending");
            Alert pending = review.alert(a.id()).orElseThrow();
            assertThat(pending.state()).isEqualTo(AlertState.OPEN);
            assertThatThrownBy(() -> review.approve(a.id(), pending.version(), "bob", true, ""))
                    .hasMessageContaining("four eyes");
            review.approve(a.id(), pending.version(), "dana", true, "agreed");
            Alert done = review.alert(a.id()).orElseThrow();
            assertThat(done.state()).isEqualTo(AlertState.CLEARED_FALSE_POSITIVE);
            assertThat(review.decisions(a.id()).getFirst().secondHolder()).isEqualTo("dana");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aClearedAlertIsRaisedAgainOnlyWhenSomethingChangedMaterially(String kind) throws Exception {
        try (Store store = storeWithAlert(kind, listedRow("R1", ""))) {
            Review review = new Review(store, Review.Policy.defaults());
            RecordScreening screening = new RecordScreening(StoreFixtures.newer(), Screener.DEFAULT_THRESHOLD);
            Alert a = review.alerts(AlertState.OPEN, "R1", 10, 0).getFirst();
            review.decide(a.id(), a.version(), Review.Action.CLEAR, "bob", CLEAR_REASON, "");
            // The same record in another file, with a free field changed: no new alert.
            Path same = dir.resolve("same.csv");
            Files.writeString(same, "id,name,kind,dates_of_birth,countries,note\n" + listedRow("R1", "") + ",moved\n");
            Portfolio.ImportReport r = new Portfolio(store).importFile(same, false, screening, "alice", x -> {});
            assertThat(r.updated()).isEqualTo(1);
            assertThat(r.screened()).isZero();
            assertThat(review.alerts(AlertState.OPEN, "R1", 10, 0)).isEmpty();
            // Its listed date of birth added: the record changed and new evidence agrees; raised again, saying so.
            var listed = StoreFixtures.newer().screener().entity(a.entityId()).orElseThrow();
            Path dob = dir.resolve("dob.csv");
            Files.writeString(
                    dob,
                    "id,name,kind,dates_of_birth,countries,note\n"
                            + listedRow("R1", listed.birthDates().getFirst().iso()) + ",moved\n");
            r = new Portfolio(store).importFile(dob, false, screening, "alice", x -> {});
            assertThat(r.raisedAgain()).isPositive();
            Alert again = review.alerts(AlertState.OPEN, "R1", 10, 0).stream()
                    .filter(x -> x.entityId().equals(a.entityId()))
                    .findFirst()
                    .orElseThrow();
            assertThat(again.replaces()).isEqualTo(a.id());
            assertThat(again.materialChange()).contains("record's name, kind, dates of birth");
            // The decided alert keeps its decision, no longer current.
            Alert old = review.alert(a.id()).orElseThrow();
            assertThat(old.state()).isEqualTo(AlertState.CLEARED_FALSE_POSITIVE);
            assertThat(old.current()).isFalse();
        }
    }

    @org.junit.jupiter.api.Test
    void fingerprintChangesThatAreMaterial() {
        Fingerprint before = new Fingerprint(0.88, List.of("KIM JONG UN"), List.of(), "r", "l");
        assertThat(new Fingerprint(0.92, List.of("KIM JONG UN"), List.of(), "r", "l").changesSince(before))
                .isEmpty();
        assertThat(new Fingerprint(0.80, List.of("KIM JONG UN"), List.of(), "r", "l").changesSince(before))
                .isEmpty();
        assertThat(new Fingerprint(0.93, List.of("KIM JONG UN"), List.of(), "r", "l").changesSince(before))
                .containsExactly("score rose from 0.88 to 0.93");
        assertThat(new Fingerprint(0.88, List.of("KIM CHONG UN"), List.of("date of birth"), "r", "l2")
                        .changesSince(before))
                .containsExactly(
                        "new matched name \"KIM CHONG UN\"",
                        "new evidence: date of birth agrees",
                        "the listing's names, dates of birth, countries or identifiers changed");
        // Another name of the unchanged party at no materially higher score says nothing new: which of a party's
        // names meets a record best at about one score follows word weights that every list change moves.
        assertThat(new Fingerprint(0.88, List.of("KIM CHONG UN"), List.of(), "r", "l").changesSince(before))
                .isEmpty();
        assertThat(new Fingerprint(0.91, List.of("KIM CHONG UN"), List.of(), "r", "l").changesSince(before))
                .isEmpty();
        assertThat(new Fingerprint(0.93, List.of("KIM CHONG UN"), List.of(), "r", "l").changesSince(before))
                .containsExactly("score rose from 0.88 to 0.93", "new matched name \"KIM CHONG UN\"");
        assertThat(new Fingerprint(0.88, List.of("KIM CHONG UN"), List.of(), "r2", "l").changesSince(before))
                .containsExactly(
                        "new matched name \"KIM CHONG UN\"",
                        "the record's name, kind, dates of birth, countries or identifiers changed");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void onPostgresTheServersRoleMayAppendToTheAuditTrailButNotChangeIt(String kind) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(kind.equals("postgresql"), "roles are PostgreSQL's");
        String url = TestDatabases.postgresSchema();
        try (Store store = Store.open(url)) {
            store.audit().append("alice", "test.event", "x:1", java.util.Map.of());
            try (Connection c = store.dataSource().getConnection();
                    Statement st = c.createStatement()) {
                st.execute("SET ROLE " + Store.DEFAULT_APP_ROLE);
                st.execute("INSERT INTO audit_head (id, seq, hash) SELECT 2, 0, 'x' WHERE false");
                assertThatThrownBy(() -> st.execute("UPDATE audit_entry SET actor = 'mallory'"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> st.execute("DELETE FROM audit_entry"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
                st.execute("RESET ROLE");
            }
            // The store itself, running as that role, still appends.
            try (Connection c = store.dataSource().getConnection();
                    Statement st = c.createStatement()) {
                st.execute("SET ROLE " + Store.DEFAULT_APP_ROLE);
                c.setAutoCommit(false);
                store.audit().append(c, List.of(new AuditTrail.Draft("bob", "test.event", "x:2", java.util.Map.of())));
                c.commit();
                c.setAutoCommit(true);
                st.execute("RESET ROLE");
            }
            assertThat(store.audit().verify().entries()).isEqualTo(2);
        }
    }
}
