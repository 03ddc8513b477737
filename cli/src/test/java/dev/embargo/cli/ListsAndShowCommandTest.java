package dev.embargo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.SharedData;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** `embargo lists` and `embargo show` on all of ../shared/data/lists, against the counts in SOURCES.md. */
class ListsAndShowCommandTest {
    private static String lists;

    @BeforeAll
    static void sharedLists() {
        lists = SharedData.lists().toString();
    }

    @Test
    void listsJsonMatchesTheCountsOfSourcesMd() throws Exception {
        CommandRun run = CommandRun.of("lists", "--lists", lists, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out());
        Map<String, JsonNode> bySource = new HashMap<>();
        rows.forEach(r -> bySource.put(r.get("source").asText(), r));
        assertThat(bySource).containsOnlyKeys("un", "us-ofac-sdn", "us-ofac-cons", "uk-ofsi", "ca-sema", "au-dfat");
        assertThat(bySource.get("un").get("entities").asInt()).isEqualTo(1003);
        assertThat(bySource.get("un").get("by_kind").get("person").asInt()).isEqualTo(730);
        assertThat(bySource.get("un").get("published").asText()).isEqualTo("2026-02-27");
        assertThat(bySource.get("us-ofac-sdn").get("entities").asInt()).isEqualTo(14965);
        assertThat(bySource.get("us-ofac-sdn").get("by_kind").get("vessel").asInt())
                .isEqualTo(851);
        assertThat(bySource.get("us-ofac-sdn").get("by_kind").get("aircraft").asInt())
                .isEqualTo(376);
        assertThat(bySource.get("us-ofac-cons").get("entities").asInt()).isEqualTo(443);
        assertThat(bySource.get("uk-ofsi").get("entities").asInt()).isEqualTo(4686);
        assertThat(bySource.get("ca-sema").get("entities").asInt()).isEqualTo(4759);
        assertThat(bySource.get("au-dfat").get("entities").asInt()).isEqualTo(3062);
        for (JsonNode r : rows) {
            assertThat(r.has("warnings")).isTrue();
            assertThat(r.get("warnings").isArray()).isTrue();
        }
        // The 18 OFAC remarks cut at 1,000 characters are reported, not silently half-parsed.
        assertThat(bySource.get("us-ofac-sdn").get("warnings").size()).isEqualTo(18);
    }

    @Test
    void showPrintsKimJongUnWithHisDateOfBirth() {
        CommandRun run = CommandRun.of("show", "us-ofac-sdn:20157", "--lists", lists);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("KIM, Jong Un").contains("1984-01-08").contains("DPRK3");
    }

    @Test
    void showJsonCarriesLazarusGroupsDigitalCurrencyAddresses() throws Exception {
        CommandRun run = CommandRun.of("show", "us-ofac-sdn:27307", "--lists", lists, "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode e = new ObjectMapper().readTree(run.out());
        assertThat(e.get("names").get(0).get("full").asText()).isEqualTo("LAZARUS GROUP");
        int addresses = 0;
        for (JsonNode id : e.get("identifiers")) {
            if (id.get("type").asText().equals("digital-currency")) {
                addresses++;
                assertThat(id.get("currency").asText()).isNotBlank();
                assertThat(id.get("value").asText().length()).isGreaterThanOrEqualTo(26);
            }
        }
        assertThat(addresses).isGreaterThanOrEqualTo(8);
    }

    @Test
    void missingListsFolderIsAClearErrorWithoutStackTrace() {
        CommandRun run = CommandRun.of("screen", "--lists", "/no/such/lists", "Kim Jong Un");
        assertThat(run.exitCode()).as("a runtime error, not a usage error").isEqualTo(3);
        assertThat(run.err())
                .contains("error: /no/such/lists: no such folder of lists")
                .contains("embargo sync")
                .doesNotContain("\tat ");
    }

    @Test
    void unknownIdIsAClearErrorNotACrash() {
        CommandRun run = CommandRun.of("show", "un:NOPE.000", "--lists", lists);
        assertThat(run.exitCode())
                .as("well-formed, but not in the lists: a runtime error")
                .isEqualTo(3);
        assertThat(run.err()).contains("no entity with id un:NOPE.000");
    }

    @Test
    void anIdNotOfTheFormSourceColonIdIsAUsageErrorBeforeTheListsLoad() {
        CommandRun run = CommandRun.of("show", "20157", "--lists", "/no/such/lists");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("error: ID: expected <source>:<id-in-source>")
                .contains("got \"20157\"")
                .doesNotContain("no such folder");
        assertThat(CommandRun.of("show", "ofac:20157", "--lists", "/no/such/lists")
                        .exitCode())
                .isEqualTo(2);
    }
}
