package dev.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The audit chain names the first entry changed, removed, inserted or reordered by SQL behind its back. */
class AuditTrailTest {
    @TempDir
    Path dir;

    static java.util.List<String> databases() {
        return TestDatabases.kinds();
    }

    private Store chainOf(String kind, int entries) {
        Store store = Store.open(TestDatabases.url(kind, dir));
        for (int i = 1; i <= entries; i++) {
            store.audit().append("alice", "test.event", "thing:" + i, Map.of("n", i, "text", "entry " + i));
        }
        return store;
    }

    private static void sql(Store store, String... statements) throws SQLException {
        try (Connection c = store.dataSource().getConnection();
                Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anIntactChainVerifies(String kind) {
        try (Store store = chainOf(kind, 20)) {
            AuditTrail.Verification v = store.audit().verify();
            assertThat(v.valid()).as(v.problem()).isTrue();
            assertThat(v.entries()).isEqualTo(20);
            assertThat(v.head().seq()).isEqualTo(20);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aChangedEntryIsNamed(String kind) throws SQLException {
        try (Store store = chainOf(kind, 20)) {
            sql(store, "UPDATE audit_entry SET actor = 'mallory' WHERE seq = 7");
            AuditTrail.Verification v = store.audit().verify();
            assertThat(v.valid()).isFalse();
            assertThat(v.problemSeq()).isEqualTo(7);
            assertThat(v.problem()).contains("entry 7 was changed");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aChangedDetailIsNamedEvenWithItsHashRecomputed(String kind) throws SQLException {
        try (Store store = chainOf(kind, 20)) {
            AuditEntry e = store.audit().about("thing:9").getFirst();
            AuditEntry forged = new AuditEntry(
                    e.seq(), e.at(), e.actor(), e.action(), e.subject(), "{\"n\":0}", e.prevHash(), null);
            sql(
                    store,
                    "UPDATE audit_entry SET detail = '{\"n\":0}', hash = '" + forged.computedHash()
                            + "' WHERE seq = 9");
            AuditTrail.Verification v = store.audit().verify();
            assertThat(v.valid()).isFalse();
            // The forged entry is whole in itself; the next one no longer follows from it.
            assertThat(v.problemSeq()).isEqualTo(10);
            assertThat(v.problem()).contains("entry 10");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDeletedEntryIsNamed(String kind) throws SQLException {
        try (Store store = chainOf(kind, 20)) {
            sql(store, "DELETE FROM audit_entry WHERE seq = 12");
            AuditTrail.Verification v = store.audit().verify();
            assertThat(v.valid()).isFalse();
            assertThat(v.problem()).contains("entry 12 was removed");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void deletedLastEntriesAreNamed(String kind) throws SQLException {
        try (Store store = chainOf(kind, 20)) {
            sql(store, "DELETE FROM audit_entry WHERE seq >= 18");
            AuditTrail.Verification v = store.audit().verify();
            assertThat(v.valid()).isFalse();
            assertThat(v.problem()).contains("entries 18 to 20 were removed");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void reorderedEntriesAreNamed(String kind) throws SQLException {
        try (Store store = chainOf(kind, 20)) {
            sql(
                    store,
                    "UPDATE audit_entry SET seq = 1000 WHERE seq = 5",
                    "UPDATE audit_entry SET seq = 5 WHERE seq = 6",
                    "UPDATE audit_entry SET seq = 6 WHERE seq = 1000");
            AuditTrail.Verification v = store.audit().verify();
            assertThat(v.valid()).isFalse();
            assertThat(v.problemSeq()).isEqualTo(5);
            assertThat(v.problem()).contains("entry 5 was reordered");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anInsertedEntryIsNamed(String kind) throws SQLException {
        try (Store store = chainOf(kind, 20)) {
            // A well-formed entry appended by hand, its hash computed as the store would: the head shows it.
            AuditEntry last = store.audit().about("thing:20").getFirst();
            AuditEntry extra =
                    new AuditEntry(21, last.at(), "mallory", "test.event", "thing:21", "{}", last.hash(), null);
            sql(
                    store,
                    "INSERT INTO audit_entry (seq, entry_at, actor, action, subject, detail, prev_hash, hash) VALUES"
                            + " (21, " + last.at() + ", 'mallory', 'test.event', 'thing:21', '{}', '" + last.hash()
                            + "', '"
                            + extra.computedHash() + "')");
            AuditTrail.Verification v = store.audit().verify();
            assertThat(v.valid()).isFalse();
            assertThat(v.problem()).contains("entry 21 was inserted");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEntryReplacedInTheMiddleIsNamed(String kind) throws SQLException {
        try (Store store = chainOf(kind, 20)) {
            sql(
                    store,
                    "DELETE FROM audit_entry WHERE seq = 3",
                    "INSERT INTO audit_entry (seq, entry_at, actor, action, subject, detail, prev_hash, hash) VALUES"
                            + " (3, 0, 'mallory', 'x', 'y', '{}', '" + "0".repeat(64) + "', '" + "1".repeat(64) + "')");
            AuditTrail.Verification v = store.audit().verify();
            assertThat(v.valid()).isFalse();
            assertThat(v.problemSeq()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void exportWritesTheEntriesOfThePeriodAsJsonLines(String kind) throws Exception {
        try (Store store = chainOf(kind, 5)) {
            StringWriter out = new StringWriter();
            long n = store.audit().export(0, Long.MAX_VALUE, out);
            assertThat(n).isEqualTo(5);
            String[] lines = out.toString().split("\n");
            assertThat(lines).hasSize(5);
            var first = StoreJson.MAPPER.readTree(lines[0]);
            assertThat(first.get("seq").asLong()).isEqualTo(1);
            assertThat(first.get("actor").asText()).isEqualTo("alice");
            assertThat(first.get("detail").get("n").asInt()).isEqualTo(1);
            // A reader can check the chain from the export alone.
            AuditEntry e = new AuditEntry(
                    1,
                    first.get("at_ms").asLong(),
                    "alice",
                    "test.event",
                    "thing:1",
                    first.get("detail_text").asText(),
                    first.get("prev_hash").asText(),
                    null);
            assertThat(e.computedHash()).isEqualTo(first.get("hash").asText());
            assertThat(store.audit().export(Long.MAX_VALUE - 1, Long.MAX_VALUE, new StringWriter()))
                    .isZero();
        }
    }
}
