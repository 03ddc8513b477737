package dev.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spark-screen} in local mode finds exactly what {@code screen --input} finds, with the same scores. */
class SparkScreenCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** One match of one record, with every field the CLI's JSON gives it. */
    record Found(
            String id,
            String entity,
            String party,
            String source,
            String kind,
            String name,
            String matched,
            double score,
            JsonNode explanation) {}

    /**
     * A few hundred records from the global negatives (names, dates of birth, nationalities of people on no
     * list) with listed UN names planted among them, some with their listed date of birth.
     */
    private Path records() throws Exception {
        List<String> lines = new ArrayList<>(List.of("id,full_name,date_of_birth,nationality"));
        try (Stream<String> negatives = Files.lines(SharedData.require("eval/negatives_global.csv"))) {
            List<String> rows = negatives.skip(1).limit(300).toList();
            for (int i = 0; i < rows.size(); i++) {
                String[] f = rows.get(i).split(",", -1);
                lines.add("n" + i + "," + quote(f[0]) + "," + f[5] + "," + quote(f[7]));
            }
        }
        List<Entity> planted =
                ListLoader.loadFile(SharedData.require("data/lists/un/consolidated.xml")).entities().stream()
                        .filter(e -> e.kind() == EntityKind.PERSON)
                        .limit(40)
                        .toList();
        for (int i = 0; i < planted.size(); i++) {
            lines.add("p" + i + "," + quote(planted.get(i).primaryName().full()) + ",,");
        }
        Path csv = tmp.resolve("records.csv");
        Files.write(csv, lines, StandardCharsets.UTF_8);
        return csv;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    @Test
    void sparkFindsWhatTheBatchCommandFindsWithTheSameScores() throws Exception {
        String lists = SharedData.lists().toString();
        Path csv = records();
        Path cliOut = tmp.resolve("cli.jsonl");
        CommandRun cli = CommandRun.of(
                "screen",
                "--lists",
                lists,
                "--input",
                csv.toString(),
                "--output",
                cliOut.toString(),
                "--progress",
                "never");
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(EmbargoCommand.EXIT_HIT);

        Path sparkOut = tmp.resolve("spark-out");
        CommandRun spark = CommandRun.of(
                "spark-screen",
                "--lists",
                lists,
                "--input",
                csv.toString(),
                "--output",
                sparkOut.toString(),
                "--format",
                "json",
                "--master",
                "local[2]");
        assertThat(spark.exitCode()).as(spark.err()).isEqualTo(EmbargoCommand.EXIT_HIT);

        List<Found> expected = new ArrayList<>();
        for (String line : Files.readAllLines(cliOut)) {
            JsonNode result = JSON.readTree(line);
            for (JsonNode m : result.get("matches")) {
                expected.add(found(result.get("id").asText(), m, m.get("explanation")));
            }
        }
        List<Found> actual = new ArrayList<>();
        try (Stream<Path> parts = Files.list(sparkOut)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .toList()) {
                for (String line : Files.readAllLines(part)) {
                    JsonNode m = JSON.readTree(line);
                    actual.add(found(
                            m.get("record_id").asText(),
                            m,
                            JSON.readTree(m.get("explanation").asText())));
                }
            }
        }
        Comparator<Found> order = Comparator.comparing(Found::id).thenComparing(Found::entity);
        expected.sort(order);
        actual.sort(order);
        assertThat(expected)
                .as("planted listed names are found")
                .anySatisfy(f -> assertThat(f.id()).startsWith("p"));
        assertThat(actual).isEqualTo(expected);

        JsonNode summary = JSON.readTree(spark.out());
        assertThat(summary.get("records").asLong())
                .isEqualTo(Files.readAllLines(csv).size() - 1L);
        assertThat(summary.get("matches").asLong()).isEqualTo(expected.size());
        assertThat(summary.get("hits").asLong())
                .isEqualTo(expected.stream().map(Found::id).distinct().count());
        assertThat(summary.get("per_list").get("un").asLong()).isPositive();
    }

    private static Found found(String id, JsonNode m, JsonNode explanation) {
        return new Found(
                id,
                m.get("entity_id").asText(),
                // The CLI names the party in its party object; the job in a column of its own (a listing the
                // grouping left alone is a party of its own there).
                m.has("party_id")
                        ? m.get("party_id").asText()
                        : m.path("party").path("id").asText(m.get("entity_id").asText()),
                m.get("source").asText(),
                m.get("kind").asText(),
                m.get("name").asText(),
                m.get("matched_name").asText(),
                m.get("score").asDouble(),
                explanation);
    }

    @Test
    void aDamagedListStopsTheCommandNamingTheList() throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.require("data/lists/un/consolidated.xml"));
        Path un = tmp.resolve("lists/un");
        Files.createDirectories(un);
        Files.write(un.resolve("consolidated.xml"), java.util.Arrays.copyOf(whole, whole.length / 3));
        Files.writeString(tmp.resolve("r.csv"), "id,name\n1,John Smith\n");
        CommandRun run = CommandRun.of(
                "spark-screen",
                "--lists",
                tmp.resolve("lists").toString(),
                "--input",
                tmp.resolve("r.csv").toString(),
                "--output",
                tmp.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(EmbargoCommand.EXIT_ERROR);
        assertThat(run.err()).startsWith("error: ").contains("un").contains("consolidated.xml");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
