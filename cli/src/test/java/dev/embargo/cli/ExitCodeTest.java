package dev.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The house exit codes (0 nothing found, 1 hit, 2 usage, 3 runtime error), the API's ranges on the command
 * line, {@code screen -} reading standard input, and when the progress bar is drawn.
 */
class ExitCodeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String lists;

    /** The UN list alone: it reads in a fraction of the time of all lists, and these tests run it often. */
    @BeforeAll
    static void sharedLists() {
        lists = SharedData.require("data/lists/un").toString();
    }

    @Test
    void screenExitsOneOnAHitAndZeroWithout() {
        CommandRun hit = CommandRun.of("screen", "--lists", lists, "--format", "table", "Eric Badege");
        assertThat(hit.exitCode()).as(hit.err()).isEqualTo(1);
        assertThat(hit.out()).contains("un:CDi.001");

        CommandRun none = CommandRun.of("screen", "--lists", lists, "--format", "table", "Patricia Lucas Wheeler");
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(none.out()).contains("no match at or above the threshold");
    }

    /** Each value the API refuses (threshold 0..1, limit 1..100) is a usage error, found before the lists load. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--threshold|5|--threshold: expected a number from 0 to 1, got 5",
                "--threshold|-1|--threshold: expected a number from 0 to 1, got -1",
                "--threshold|NaN|--threshold: expected a number from 0 to 1, got NaN",
                "--limit|0|--limit: expected a whole number from 1 to 100, got 0",
                "--limit|101|--limit: expected a whole number from 1 to 100, got 101",
                "--limit|-3|--limit: expected a whole number from 1 to 100, got -3"
            })
    void outOfRangeValuesAreUsageErrors(String option, String value, String message) {
        CommandRun run = CommandRun.of("screen", "--lists", "/no/such/lists", option, value, "Kim Jong Un");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("error: " + message + System.lineSeparator())
                .contains("see `embargo screen --help`")
                .doesNotContain("no such folder")
                .doesNotContain("\tat ");
    }

    @Test
    void theEndsOfTheRangesAreAccepted() throws Exception {
        CommandRun run = CommandRun.of("screen", "--lists", lists, "--threshold", "1", "--limit", "100", "ERIC BADEGE");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(JSON.readTree(run.out()).get("matches").get(0).get("score").asDouble())
                .isEqualTo(1.0);
        CommandRun zero = CommandRun.of("screen", "--lists", lists, "--threshold", "0", "--limit", "1", "Eric Smith");
        assertThat(zero.exitCode()).as(zero.err()).isEqualTo(1);
        assertThat(JSON.readTree(zero.out()).get("matches")).hasSize(1);
    }

    @Test
    void compareRefusesAThresholdOutOfRange() {
        CommandRun bad = CommandRun.of("compare", "--threshold", "1.5", "A", "B");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--threshold: expected a number from 0 to 1");
    }

    @Test
    void aNameOverTheApiLimitIsAUsageError() {
        CommandRun run = CommandRun.of("screen", "--lists", "/no/such/lists", "x".repeat(1001));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("NAME: expected at most 1000 characters, got 1001");
    }

    @Test
    void badOptionsAndMissingCommandsAreUsageErrorsWithoutStackTraces() {
        CommandRun unknown = CommandRun.of("screen", "--treshold", "0.5", "Kim");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err())
                .startsWith("error: Unknown option")
                .contains("'--treshold'")
                .contains("see `embargo screen --help`")
                .doesNotContain("\tat ");
        CommandRun notANumber = CommandRun.of("screen", "--limit", "ten", "Kim");
        assertThat(notANumber.exitCode()).isEqualTo(2);
        assertThat(notANumber.err()).contains("'ten' is not an int");
        CommandRun nothing = CommandRun.of();
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("error: expected a command");
        CommandRun neither = CommandRun.of("screen", "--lists", lists);
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("give a NAME, - to read names from standard input, or --input CSV");
    }

    @Test
    void runtimeErrorsExitThreeNamingTheFile(@TempDir Path dir) {
        CommandRun missingLists =
                CommandRun.of("screen", "--lists", dir.resolve("absent").toString(), "Kim");
        assertThat(missingLists.exitCode()).isEqualTo(3);
        assertThat(missingLists.err()).contains("absent: no such folder of lists");

        Path csv = dir.resolve("absent.csv");
        CommandRun missingInput = CommandRun.of("screen", "--lists", lists, "--input", csv.toString());
        assertThat(missingInput.exitCode()).isEqualTo(3);
        assertThat(missingInput.err())
                .contains("error: " + csv + ": no such file or folder")
                .doesNotContain("\tat ");
    }

    @Test
    void anOutOfMemoryErrorIsARuntimeErrorWithAMessageNotAStackTrace() {
        CommandLine cl = EmbargoCommand.commandLine();
        cl.addSubcommand("boom", new Boom());
        CommandRun run = CommandRun.of(cl, "boom");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .startsWith("error: out of memory (Java heap space)")
                .doesNotContain("\tat ");
    }

    @CommandLine.Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void aBatchExitsThreeWhenARowCouldNotBeScreenedEvenIfOthersMatched(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(
                dir.resolve("q.csv"),
                "id,name,dob\nq1,Eric Badege,\n" + "q2,Eric Badege,yesterday\nq3,Patricia Lucas Wheeler,\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        CommandRun run =
                CommandRun.of("screen", "--lists", lists, "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err())
                .contains("error: " + in + ": line 3: dob: expected a date")
                .contains("1 row(s) could not be screened");
        assertThat(Files.readAllLines(out))
                .as("the good rows are still written")
                .hasSize(2);

        Path clean = Files.writeString(dir.resolve("clean.csv"), "id,name\nq3,Patricia Lucas Wheeler\n");
        assertThat(CommandRun.of("screen", "--lists", lists, "--input", clean.toString(), "--output", out.toString())
                        .exitCode())
                .as("no hit")
                .isZero();
    }

    @Test
    void dashReadsNamesFromStandardInputOnePerLine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.jsonl");
        CommandRun run = CommandRun.withInput(
                "Eric Badege\n\nPatricia Lucas Wheeler\r\n",
                "screen",
                "--lists",
                lists,
                "--type",
                "person",
                "--output",
                out.toString(),
                "-");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("1");
        assertThat(first.get("query").get("name").asText()).isEqualTo("Eric Badege");
        assertThat(first.get("matches").get(0).get("entity_id").asText()).isEqualTo("un:CDi.001");
        JsonNode third = JSON.readTree(lines.get(1));
        assertThat(third.get("id").asText())
                .as("ids are line numbers; the blank line is skipped")
                .isEqualTo("3");
        assertThat(third.get("query").get("name").asText()).isEqualTo("Patricia Lucas Wheeler");
        assertThat(run.out()).as("not the literal name \"-\"").isEmpty();

        CommandRun none = CommandRun.withInput(
                "Patricia Lucas Wheeler", "screen", "--lists", lists, "--output", out.toString(), "-");
        assertThat(none.exitCode()).as(none.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(1);
    }

    @Test
    void anOverlongLineOnStandardInputIsARowErrorNotAMemoryHog(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.jsonl");
        CommandRun run = CommandRun.withInput(
                "Eric Badege\n" + "x".repeat(5_000_000) + "\nPatricia Lucas Wheeler\n",
                "screen",
                "--lists",
                lists,
                "--output",
                out.toString(),
                "-");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("error: standard input: line 2: name: expected at most 1000 characters");
        assertThat(Files.readAllLines(out)).hasSize(2);
    }

    @Test
    void theProgressBarIsDrawnOnlyWhenAskedOrOnATerminal(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("q.csv"), "id,name\nq1,Patricia Lucas Wheeler\n");
        Path out = dir.resolve("out.jsonl");
        CommandRun always = CommandRun.of(
                "screen",
                "--lists",
                lists,
                "--input",
                in.toString(),
                "--output",
                out.toString(),
                "--progress",
                "always");
        assertThat(always.err()).contains("\r[");
        // Under the test runner standard error is a pipe, as with 2>log: no frames.
        CommandRun auto =
                CommandRun.of("screen", "--lists", lists, "--input", in.toString(), "--output", out.toString());
        assertThat(auto.err()).doesNotContain("\r").contains("screened 1 names");
        CommandRun never = CommandRun.of(
                "screen",
                "--lists",
                lists,
                "--input",
                in.toString(),
                "--output",
                out.toString(),
                "--progress",
                "never");
        assertThat(never.err()).doesNotContain("\r");
    }

    @Test
    void standardErrorCountsAsATerminalOnlyWhenItIsATerminalDevice(@TempDir Path dir) throws Exception {
        assertThat(ScreenCommand.Progress.isTerminal(
                        Files.createSymbolicLink(dir.resolve("pts"), Path.of("/dev/pts/3"))))
                .isTrue();
        assertThat(ScreenCommand.Progress.isTerminal(
                        Files.createSymbolicLink(dir.resolve("tty"), Path.of("/dev/tty1"))))
                .isTrue();
        Path log = Files.writeString(dir.resolve("screen.log"), "");
        assertThat(ScreenCommand.Progress.isTerminal(Files.createSymbolicLink(dir.resolve("file"), log)))
                .isFalse();
        assertThat(ScreenCommand.Progress.isTerminal(
                        Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[1234]"))))
                .isFalse();
        assertThat(ScreenCommand.Progress.isTerminal(log))
                .as("not a link at all")
                .isFalse();
        assertThat(ScreenCommand.Progress.isTerminal(dir.resolve("absent"))).isFalse();
    }
}
