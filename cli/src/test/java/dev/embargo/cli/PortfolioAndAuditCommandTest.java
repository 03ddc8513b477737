package dev.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `embargo portfolio import` and `embargo audit verify|export` on an H2 store in a temporary folder. */
class PortfolioAndAuditCommandTest {
    @TempDir
    Path dir;

    @Test
    void importReportsBadRowsByLineVerifiesAndNamesATamperedEntry() throws Exception {
        Path lists = SharedData.require("data/lists/un");
        Path file = dir.resolve("p.csv");
        Files.writeString(
                file,
                "id,name,kind,dates_of_birth,countries,identifiers,branch\n"
                        + "A1,Maria Lopez,person,1970-02-03,ES,,Madrid\n"
                        + "A2,Some Name,spaceship,,,,Paris\n");
        String db = "jdbc:h2:file:" + dir.resolve("store");
        CommandRun run = CommandRun.of("portfolio", "import", file.toString(), "--db", db, "--lists", lists.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(EmbargoCommand.EXIT_ERROR);
        assertThat(run.err())
                .contains("error: " + file + ": line 3: kind: expected person, organization, vessel or"
                        + " aircraft, got \"spaceship\"");
        assertThat(run.out()).contains("2 rows: 1 inserted");

        CommandRun again = CommandRun.of(
                "portfolio", "import", file.toString(), "--db", db, "--lists", lists.toString(), "--threshold", "1.5");
        assertThat(again.exitCode()).isEqualTo(EmbargoCommand.EXIT_USAGE);

        CommandRun verify = CommandRun.of("audit", "verify", "--db", db);
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).startsWith("audit chain valid:");

        Path export = dir.resolve("audit.jsonl");
        CommandRun exported =
                CommandRun.of("audit", "export", "--db", db, "--from", "2000-01-01", "--output", export.toString());
        assertThat(exported.exitCode()).isZero();
        assertThat(Files.readAllLines(export)).isNotEmpty().allMatch(l -> l.startsWith("{\"action\":"));

        // An anchor file: each run checks the heads written before and appends its own.
        Path heads = dir.resolve("heads.txt");
        CommandRun anchored = CommandRun.of("audit", "verify", "--db", db, "--anchor", heads.toString());
        assertThat(anchored.exitCode()).as(anchored.err()).isZero();
        assertThat(Files.readAllLines(heads)).singleElement().asString().matches("\\d+ [0-9a-f]{64} .+");
        CommandRun again2 = CommandRun.of("audit", "verify", "--db", db, "--anchor", heads.toString());
        assertThat(again2.exitCode()).as(again2.err()).isZero();
        assertThat(Files.readAllLines(heads)).hasSize(2);
        // A head the chain no longer has, as after the whole chain was rewritten with new hashes.
        Files.writeString(
                heads, "1 " + "0".repeat(64) + " 2026-01-01T00:00:00Z\n", java.nio.file.StandardOpenOption.APPEND);
        CommandRun rewritten = CommandRun.of("audit", "verify", "--db", db, "--anchor", heads.toString());
        assertThat(rewritten.exitCode()).isEqualTo(EmbargoCommand.EXIT_HIT);
        assertThat(rewritten.err()).contains("entry 1 no longer has the hash").contains("line 3");

        try (Connection c = DriverManager.getConnection(db);
                Statement st = c.createStatement()) {
            st.execute("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 2");
        }
        CommandRun broken = CommandRun.of("audit", "verify", "--db", db);
        assertThat(broken.exitCode()).isEqualTo(EmbargoCommand.EXIT_HIT);
        assertThat(broken.err()).contains("entry 2 was changed");
    }
}
