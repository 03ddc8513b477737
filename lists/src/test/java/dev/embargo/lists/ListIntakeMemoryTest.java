package dev.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list whose reader runs out of memory fails as that list, named, while the other lists still load: run in
 * a child JVM with a 64 MB heap against a well-formed UN XML whose one name is 48 million characters long
 * (under the file size limit, so only the heap can stop it).
 */
class ListIntakeMemoryTest {

    /** Run in the child JVM: reads the folder and prints each failure as "source problem". */
    public static void main(String[] args) throws IOException {
        ListIntake.Result result = ListIntake.read(Path.of(args[0]), Map.of(), ListCheck.DEFAULT, Instant.now());
        for (ListFailure f : result.failures()) {
            System.out.println("failed " + f.source().code() + " " + f.problem().code());
        }
        for (ListCopy c : result.copies()) {
            System.out.println("loaded " + c.list().source().code() + " "
                    + c.list().entities().size());
        }
    }

    @Test
    void aReaderThatRunsOutOfMemoryFailsItsOwnListAndTheOthersLoad(@TempDir Path folder) throws Exception {
        Path un = Files.createDirectories(folder.resolve("un")).resolve("consolidated.xml");
        try (Writer w = Files.newBufferedWriter(un, StandardCharsets.UTF_8)) {
            w.write(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CONSOLIDATED_LIST dateGenerated=\"2026-01-01T00:00:00\">"
                            + "<INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><VERSIONNUM>1</VERSIONNUM><FIRST_NAME>");
            char[] chunk = "ABCDEFGHIJ".repeat(100_000).toCharArray();
            for (int i = 0; i < 48; i++) {
                w.write(chunk);
            }
            w.write("</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.001</REFERENCE_NUMBER>"
                    + "<LISTED_ON>2026-01-01</LISTED_ON></INDIVIDUAL></INDIVIDUALS><ENTITIES></ENTITIES>"
                    + "</CONSOLIDATED_LIST>\n");
        }
        Path ofac = Files.createDirectories(folder.resolve("us-ofac-sdn")).resolve("sdn.csv");
        Files.copy(SharedData.require("data/lists/us-ofac-sdn/sdn.csv"), ofac);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ListIntakeMemoryTest.class.getName(),
                        folder.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        List<String> lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();

        assertThat(lines)
                .as("child output")
                .contains("failed un out_of_memory")
                .anyMatch(l -> l.startsWith("loaded us-ofac-sdn "));
        assertThat(child.exitValue()).isZero();
    }
}
