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

        try (Connection c = DriverManager.getConnection(db);
                Statement st = c.createStatement()) {
            st.execute("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 2");
        }
        CommandRun broken = CommandRun.of("audit", "verify", "--db", db);
        assertThat(broken.exitCode()).isEqualTo(EmbargoCommand.EXIT_HIT);
        assertThat(broken.err()).contains("entry 2 was changed");
    }
}
