package dev.embargo.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.store.AuditTrail;
import dev.embargo.store.Store;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server writes the audit chain's head to a file while it moves and at stop; the heads written there then
 * tell a chain rewritten afterwards, naming the file's line.
 */
class AuditHeadWriterTest {
    @TempDir
    Path dir;

    @Test
    void headsWrittenWhileTheChainMovesTellALaterRewrite() throws Exception {
        Path heads = dir.resolve("heads.txt");
        try (Store store = Store.open("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath())) {
            AuditTrail audit = store.audit();
            audit.append("alice", "test.first", "t:1", Map.of("n", 1));
            AuditHeadWriter writer = new AuditHeadWriter(
                    audit, heads, Duration.ofHours(1), Clock.systemUTC(), new PrintStream(System.err, true));
            // The writer's timer writes the head once at start, on its own thread; on a busy machine that first
            // run can come late, after the append below, and take the write the test expects. Wait for it.
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!Files.exists(heads) && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertThat(heads).as("the head written at start").exists();
            writer.write();
            assertThat(writer.write())
                    .as("an unmoved head is not written again")
                    .isFalse();
            audit.append("alice", "test.second", "t:2", Map.of("n", 2));
            assertThat(writer.write()).isTrue();
            audit.append("alice", "test.third", "t:3", Map.of("n", 3));
            writer.close();
            List<String> lines = Files.readAllLines(heads, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(3);
            assertThat(lines.getLast())
                    .startsWith(audit.head().seq() + " " + audit.head().hash() + " ");
            assertThat(audit.checkHeads(heads)).isEmpty();

            // The owner rewrites the second entry and the chain after it, as one who can write the table could.
            long second = Long.parseLong(lines.get(1).split(" ")[0]);
            try (Connection c = store.dataSource().getConnection();
                    Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE audit_entry SET hash = '" + "ab".repeat(32) + "' WHERE seq = " + second);
            }
            assertThat(audit.checkHeads(heads))
                    .hasValueSatisfying(
                            p -> assertThat(p).contains("entry " + second).contains("line 2"));

            Files.writeString(heads, "12 not-a-hash\n", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> audit.checkHeads(heads))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("line 1");
        }
    }

    @Test
    void periodsAreReadInTheirUsualWritings() {
        assertThat(AuditHeadWriter.parseEvery("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(AuditHeadWriter.parseEvery("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(AuditHeadWriter.parseEvery("PT30S")).isEqualTo(Duration.ofSeconds(30));
        for (String bad : List.of("0s", "1x", "", "-1h", "PT0.1S")) {
            assertThatThrownBy(() -> AuditHeadWriter.parseEvery(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected a period");
        }
    }
}
