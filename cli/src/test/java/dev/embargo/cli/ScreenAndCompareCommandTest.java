package dev.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of screen and compare: field names, thresholds, batch files. */
class ScreenAndCompareCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String lists;

    @BeforeAll
    static void sharedLists() {
        lists = SharedData.lists().toString();
    }

    @Test
    void screenJsonHasTheContractFields() throws Exception {
        CommandRun run = CommandRun.of(
                "screen", "--lists", lists, "--type", "person", "--dob", "1984-01-08", "--format", "json", "김정은");
        assertThat(run.exitCode()).as("a hit: " + run.err()).isEqualTo(1);
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("query").get("name").asText()).isEqualTo("김정은");
        assertThat(root.get("query").get("dob").asText()).isEqualTo("1984-01-08");
        JsonNode first = root.get("matches").get(0);
        assertThat(first.get("entity_id").asText()).isEqualTo("us-ofac-sdn:20157");
        assertThat(first.get("source").asText()).isEqualTo("us-ofac-sdn");
        assertThat(first.get("kind").asText()).isEqualTo("person");
        assertThat(first.get("name").asText()).isEqualTo("KIM, Jong Un");
        assertThat(first.get("matched_name").asText()).isEqualTo("KIM, Jong Un");
        assertThat(first.get("score").asDouble()).isEqualTo(1.0);
        assertThat(first.get("explanation").get("pairs")).isNotEmpty();
        for (JsonNode m : root.get("matches")) {
            assertThat(m.get("score").asDouble()).isGreaterThanOrEqualTo(0.85);
        }
    }

    @Test
    void thresholdAndLimitAreRespected() throws Exception {
        CommandRun run = CommandRun.of("screen", "--lists", lists, "--threshold", "0.5", "--limit", "3", "Kim");
        JsonNode matches = JSON.readTree(run.out()).get("matches");
        assertThat(matches.size()).isLessThanOrEqualTo(3);
        for (JsonNode m : matches) {
            assertThat(m.get("score").asDouble()).isGreaterThanOrEqualTo(0.5);
        }
    }

    @Test
    void badDateIsAClearError() {
        CommandRun run = CommandRun.of("screen", "--lists", lists, "--dob", "yesterday", "Kim Jong Un");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("dob: expected a date");
    }

    @Test
    void batchScreeningWritesOneJsonLinePerRowInOrder(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("queries.csv");
        Path out = dir.resolve("results.jsonl");
        Files.writeString(
                in,
                "id,name,type,dob,country\n"
                        + "q1,Kim Jong-un,person,1984-01-08,KP\n"
                        + "q2,Patricia Lucas Wheeler,person,2002-07-14,\n"
                        + "q3,\"KIM, Jong Un\",,,\n"
                        + "q4,Kim Jong Un,person,1984-01-08,Atlantis\n",
                StandardCharsets.UTF_8);
        CommandRun run =
                CommandRun.of("screen", "--lists", lists, "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).as("rows matched: " + run.err()).isEqualTo(1);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(JSON.readTree(lines.get(0)).get("id").asText()).isEqualTo("q1");
        assertThat(JSON.readTree(lines.get(0))
                        .get("matches")
                        .get(0)
                        .get("entity_id")
                        .asText())
                .isEqualTo("us-ofac-sdn:20157");
        assertThat(JSON.readTree(lines.get(1)).get("matches")).isEmpty();
        assertThat(JSON.readTree(lines.get(2)).get("id").asText()).isEqualTo("q3");
        assertThat(run.err())
                .contains("screened 4 names")
                .containsPattern("loaded \\d+ entities in [0-9.]+ s; indexed \\d+ names in [0-9.]+ s");
        // An unknown country does not leave the name unscreened.
        assertThat(JSON.readTree(lines.get(3))
                        .get("matches")
                        .get(0)
                        .get("entity_id")
                        .asText())
                .isEqualTo("us-ofac-sdn:20157");
        assertThat(run.err()).contains("country \"Atlantis\"");
    }

    @Test
    void compareExplainsAndSaysWhetherItIsAMatch() throws Exception {
        CommandRun run = CommandRun.of("compare", "--lists", lists, "Владимир Путин", "Vladimir Putin");
        assertThat(run.exitCode()).as("a match: " + run.err()).isEqualTo(1);
        JsonNode c = JSON.readTree(run.out());
        assertThat(c.get("match").asBoolean()).isTrue();
        assertThat(c.get("score").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(c.get("explanation").get("query_reading").asText()).startsWith("cyrillic");

        CommandRun different = CommandRun.of("compare", "--lists", lists, "Snow Storm 1", "Snow Storm 2");
        assertThat(JSON.readTree(different.out()).get("match").asBoolean()).isFalse();
        assertThat(different.exitCode()).as("no match").isZero();
    }

    @Test
    void compareWorksWithoutListsEveryWordCountingFully(@TempDir Path noLists) throws Exception {
        CommandRun run = CommandRun.of("compare", "--lists", noLists.toString(), "Kim Jong Un", "KIM, Jong Un");
        assertThat(run.exitCode()).as("a match: " + run.err()).isEqualTo(1);
        JsonNode c = JSON.readTree(run.out());
        assertThat(c.get("match").asBoolean()).isTrue();
        assertThat(c.get("score").asDouble()).isEqualTo(1.0);
        assertThat(c.get("explanation").get("name_score").asDouble()).isEqualTo(1.0);

        CommandRun different = CommandRun.of("compare", "--lists", noLists.toString(), "Snow Storm 1", "Snow Storm 2");
        assertThat(JSON.readTree(different.out()).get("match").asBoolean()).isFalse();
        CommandRun partly =
                CommandRun.of("compare", "--lists", noLists.toString(), "Vladimir Putin", "Vladimir Petrov");
        assertThat(JSON.readTree(partly.out()).get("score").asDouble()).isBetween(0.3, 0.84);
    }

    @Test
    void compareBatch(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("pairs.csv");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(
                in,
                "id,name1,name2,type\np1,Gazprom JSC,OAO Gazprom,organization\n" + "p2,Emma Daniels,EMMA LLC,\n",
                StandardCharsets.UTF_8);
        CommandRun run =
                CommandRun.of("compare", "--lists", lists, "--input", in.toString(), "--output", out.toString());
        assertThat(run.exitCode()).as("a pair matched: " + run.err()).isEqualTo(1);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(JSON.readTree(lines.get(0)).get("match").asBoolean()).isTrue();
        assertThat(JSON.readTree(lines.get(1)).get("match").asBoolean()).isFalse();
    }
}
