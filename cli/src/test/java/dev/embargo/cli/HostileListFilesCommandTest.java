package dev.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.HostileListFiles;
import dev.embargo.lists.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * `embargo diff` and `embargo lists` on damaged and hostile list files: a clear error naming the file,
 * exit status 3 (a runtime error: see the README's exit codes), never a stack trace, and never a diff
 * that reports a cut file's missing parties as removed.
 */
class HostileListFilesCommandTest {

    @Test
    void diffOfAFullAndACutOffFileRefusesAndSaysTheNewFileIsCutOff(@TempDir Path dir) throws Exception {
        Path full = SharedData.require("data/lists/un/consolidated.xml");
        Path truncated = dir.resolve("truncated.xml");
        // Cut at about 1 MB, as in the issue, where the UN reader used to recover 464 of 1,003 parties.
        byte[] bytes = Files.readAllBytes(full);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, 1_000_000));

        CommandRun run = CommandRun.of("diff", full.toString(), truncated.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("error: " + truncated + ": end of file: expected a whole file, but it ends"
                        + " without the closing </CONSOLIDATED_LIST> (cut off)")
                .contains("no diff")
                .doesNotContain("\tat ");
    }

    @ParameterizedTest
    @EnumSource(HostileListFiles.class)
    void diffAgainstADamagedFileIsAClearError(HostileListFiles damage, @TempDir Path dir) throws Exception {
        if (damage == HostileListFiles.UNREADABLE && !HostileListFiles.unreadableFilesPossible()) {
            return;
        }
        Path full = SharedData.require("data/lists/us-ofac-sdn/sdn.csv");
        Path damaged = dir.resolve("sdn.csv");
        damage.write(full, damaged);

        CommandRun run = CommandRun.of("diff", full.toString(), damaged.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("error: " + damaged).contains("expected").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void listsOnAFolderWithDamagedFilesNamesEachAndExitsWithARuntimeError(@TempDir Path dir) throws Exception {
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), dir.resolve("un.xml"));
        HostileListFiles.TRUNCATED.write(
                SharedData.require("data/lists/us-ofac-cons/consolidated.xml"), dir.resolve("cons.xml"));
        // A workbook whose one cell holds 64 MB: refused before the reader holds it in memory.
        dev.embargo.lists.HostileWorkbooks.hugeCell(dir.resolve("ConList.xlsx"), 64L * 1024 * 1024);

        CommandRun run = CommandRun.of("lists", "--lists", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).contains("un ").doesNotContain("us-ofac-cons");
        assertThat(run.err())
                .contains("error: " + dir.resolve("cons.xml") + ": end of file: expected a whole file")
                .contains("error: " + dir.resolve("ConList.xlsx") + ": xl/worksheets/sheet1.xml, byte ")
                .contains("2 list file(s) did not read or are incomplete")
                .doesNotContain("\tat ");
    }

    @Test
    void listsOnAMissingFolderIsARuntimeErrorWithAHint() {
        CommandRun run = CommandRun.of("lists", "--lists", "/no/such/lists");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .contains("error: /no/such/lists: no such folder of lists")
                .contains("embargo sync")
                .doesNotContain("\tat ");
    }
}
