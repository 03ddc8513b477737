package dev.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.matching.Screener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Import, screening and re-screening of a generated portfolio against two real versions of the UN list. */
class PortfolioTest {
    static final double T = Screener.DEFAULT_THRESHOLD;

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    /** (record|entity) → state of every current alert. */
    static Map<String, String> currentAlerts(Store store) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT current_pair, state FROM alert WHERE current_pair IS NOT NULL");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    static long count(Store store, String sql) throws SQLException {
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void importScreensEveryRecordAndRaisesOneAlertPerRecordAndListing(String kind) throws Exception {
        Path file = StoreFixtures.portfolio(dir, 1500, 0.02, 1);
        RecordScreening screening = new RecordScreening(StoreFixtures.newer(), T);
        try (Store store = Store.open(TestDatabases.url(kind, dir))) {
            List<Long> acks = new ArrayList<>();
            Portfolio.ImportReport r =
                    new Portfolio(store).importFile(file, false, screening, "alice", c -> acks.add(c.rows()));
            assertThat(r.rows()).isEqualTo(1500);
            assertThat(r.inserted()).isEqualTo(1500);
            assertThat(r.rejected()).isEmpty();
            assertThat(acks).last().isEqualTo(1500L);
            assertThat(new Portfolio(store).size()).isEqualTo(1500);
            // Every alert is what screening the record alone gives, and every hit has its alert.
            Map<String, String> alerts = currentAlerts(store);
            Map<String, String> expected = new TreeMap<>();
            PortfolioReader.read(file, row -> {
                for (Hit h : screening.screen(row.record())) {
                    expected.put(AlertBook.pair(row.record().id(), h.entityId()), "open");
                }
            });
            assertThat(alerts).isEqualTo(expected);
            assertThat(r.raised()).isEqualTo(expected.size());
            // Listed parties under a listed name were generated (about 2 %): most of them raise an alert.
            assertThat(count(store, "SELECT COUNT(DISTINCT record_id) FROM alert"))
                    .isGreaterThan(15);
            // Free fields are kept as given.
            try (Connection c = store.dataSource().getConnection();
                    PreparedStatement ps =
                            c.prepareStatement("SELECT fields FROM portfolio_record WHERE id = 'C00000007'");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(StoreJson.MAPPER
                                .readTree(rs.getString(1))
                                .get("segment")
                                .asText())
                        .isNotBlank();
            }
            assertThat(store.audit().verify().valid()).isTrue();
            // Importing the same file again changes nothing and raises nothing.
            Portfolio.ImportReport again = new Portfolio(store).importFile(file, false, screening, "alice", x -> {});
            assertThat(again.unchanged()).isEqualTo(1500);
            assertThat(again.screened()).isZero();
            assertThat(currentAlerts(store)).isEqualTo(alerts);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void badRowsAreNamedWithTheirLineAndSkippedAndTheRestImported(String kind) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "id,name,kind,dates_of_birth,countries,identifiers,branch",
                        "A1,Maria Lopez,person,1970-02-03,ES,,Madrid",
                        "A2,Some Name,spaceship,,,,Paris",
                        "A3,Other Name,person,31/02/19x9,,,Rome",
                        "A4,,person,,,,Oslo",
                        "A5,Acme Trading LLC,organization,,,,Lima",
                        "A6,Kim Jong Un,person,1984,Narnia,,Seoul",
                        "A1,Maria Lopez Again,person,,,,Madrid",
                        ""),
                StandardCharsets.UTF_8);
        try (Store store = Store.open(TestDatabases.url(kind, dir))) {
            Portfolio.ImportReport r = new Portfolio(store)
                    .importFile(file, false, new RecordScreening(StoreFixtures.newer(), T), "alice", x -> {});
            assertThat(r.inserted()).isEqualTo(2);
            assertThat(r.rejected())
                    .extracting(PortfolioReader.Row::line, PortfolioReader.Row::problem)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    3L, "kind: expected person, organization, vessel or aircraft, got \"spaceship\""),
                            org.assertj.core.groups.Tuple.tuple(
                                    4L,
                                    "dates_of_birth: expected a date like 1984-01-08, 08/01/1984 or 1984, got \"31/02/19x9\""),
                            org.assertj.core.groups.Tuple.tuple(5L, "name: expected a non-empty name"),
                            org.assertj.core.groups.Tuple.tuple(
                                    7L, "countries: expected an ISO 3166 code or a country name, got \"Narnia\""),
                            org.assertj.core.groups.Tuple.tuple(8L, "id: \"A1\" was given on an earlier line"));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void syncRemovesWhatTheFileNoLongerHoldsAndClosesItsOpenAlerts(String kind) throws Exception {
        Path file = StoreFixtures.portfolio(dir, 800, 0.05, 2);
        RecordScreening screening = new RecordScreening(StoreFixtures.newer(), T);
        try (Store store = Store.open(TestDatabases.url(kind, dir))) {
            Portfolio portfolio = new Portfolio(store);
            portfolio.importFile(file, false, screening, "alice", x -> {});
            Map<String, String> before = currentAlerts(store);
            String alerted = before.keySet().iterator().next();
            String recordId = alerted.substring(0, alerted.indexOf('|'));
            List<String> lines = new ArrayList<>(Files.readAllLines(file));
            lines.removeIf(l -> l.startsWith(recordId + ","));
            // One record's name changes: updated and screened again.
            int i = 10;
            lines.set(i, lines.get(i).replaceFirst(",[^,]*,", ",Changed Name Person,"));
            Path next = dir.resolve("next.csv");
            Files.write(next, lines);
            Portfolio.ImportReport r = portfolio.importFile(next, true, screening, "bob", x -> {});
            assertThat(r.removed()).isEqualTo(1);
            assertThat(r.updated()).isEqualTo(1);
            assertThat(r.screened()).isEqualTo(1);
            assertThat(portfolio.size()).isEqualTo(799);
            Map<String, String> after = currentAlerts(store);
            assertThat(after.keySet()).noneMatch(k -> k.startsWith(recordId + "|"));
            assertThat(
                            count(
                                    store,
                                    "SELECT COUNT(*) FROM alert WHERE record_id = '" + recordId
                                            + "' AND state = 'closed_by_system' AND closed_reason = 'record removed from the portfolio'"))
                    .isPositive();
            assertThat(store.audit().verify().valid()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void syncRemovesNothingWhenABadRowHadNoId(String kind) throws Exception {
        Path first = dir.resolve("first.csv");
        Files.writeString(first, "id,name,kind\nB1,Anna Berg,person\nB2,Jon Dale,person\n");
        Path second = dir.resolve("second.csv");
        Files.writeString(second, "id,name,kind\nB1,Anna Berg,person\n,Nameless Id,person\n");
        RecordScreening screening = new RecordScreening(StoreFixtures.newer(), T);
        try (Store store = Store.open(TestDatabases.url(kind, dir))) {
            Portfolio portfolio = new Portfolio(store);
            portfolio.importFile(first, false, screening, "alice", x -> {});
            Portfolio.ImportReport r = portfolio.importFile(second, true, screening, "alice", x -> {});
            assertThat(r.syncSkipped()).isTrue();
            assertThat(portfolio.size()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void jsonLinesKeepTheirOtherFieldsAsGiven(String kind) throws Exception {
        Path file = dir.resolve("p.jsonl");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "{\"id\": 17, \"name\": \"Olga Petrova\", \"kind\": \"person\", \"dates_of_birth\": [\"1961\", \"1962-03\"],"
                                + " \"countries\": \"RU\", \"risk\": {\"tier\": 2, \"tags\": [\"pep\"]}}",
                        "{\"id\": \"18\", \"name\": \"\"}",
                        "not json",
                        ""));
        try (Store store = Store.open(TestDatabases.url(kind, dir))) {
            Portfolio.ImportReport r = new Portfolio(store)
                    .importFile(file, false, new RecordScreening(StoreFixtures.newer(), T), "alice", x -> {});
            assertThat(r.inserted()).isEqualTo(1);
            assertThat(r.rejected()).extracting(PortfolioReader.Row::line).containsExactly(2L, 3L);
            try (Connection c = store.dataSource().getConnection();
                    PreparedStatement ps =
                            c.prepareStatement("SELECT fields, dates_of_birth FROM portfolio_record WHERE id = '17'");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("{\"risk\":{\"tier\":2,\"tags\":[\"pep\"]}}");
                assertThat(rs.getString(2)).isEqualTo("1961;1962-03");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aListChangeScreensOnlyAffectedRecordsAndMissesNoneAFullRescreenFinds(String kind) throws Exception {
        Path file = StoreFixtures.portfolio(dir, 3000, 0.03, 3);
        RecordScreening old = new RecordScreening(StoreFixtures.older(), T);
        RecordScreening now = new RecordScreening(StoreFixtures.newer(), T);
        Path deltaDir = Files.createDirectories(dir.resolve("delta"));
        Path fullDir = Files.createDirectories(dir.resolve("full"));
        try (Store delta = Store.open(TestDatabases.url(kind, deltaDir));
                Store full = Store.open(TestDatabases.url(kind, fullDir))) {
            new Portfolio(delta).importFile(file, false, old, "alice", x -> {});
            Map<String, String> beforeChange = currentAlerts(delta);
            Rescreening.Report r = new Rescreening(delta).listChange(StoreFixtures.older(), now, "system");
            assertThat(r.added() + r.changed() + r.removed()).isGreaterThan(50);
            assertThat(r.screened()).isLessThan(r.records());

            new Portfolio(full).importFile(file, false, old, "alice", x -> {});
            new Rescreening(full).full(now, "system");
            Map<String, String> open = currentAlerts(delta);
            assertThat(open).isEqualTo(currentAlerts(full));
            assertThat(open).isNotEqualTo(beforeChange);
            // The list change both raised and closed alerts, and every closed one says why.
            assertThat(r.raised() + r.raisedAgain()).isPositive();
            assertThat(r.closedByRemoval() + r.closed()).isPositive();
            assertThat(count(
                            delta,
                            "SELECT COUNT(*) FROM alert WHERE state = 'closed_by_system' AND closed_reason IS NULL"))
                    .isZero();
            assertThat(delta.audit().verify().valid()).isTrue();
            System.out.printf(
                    "list change UN 2024-11 → 2026-02: %d added, %d changed, %d removed; %d of %d records"
                            + " screened again%n",
                    r.added(), r.changed(), r.removed(), r.screened(), r.records());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aPartialOrFailedListChangeClosesNoAlert(String kind) throws Exception {
        Path file = StoreFixtures.portfolio(dir, 600, 0.05, 4);
        ListsSnapshot older = StoreFixtures.older();
        try (Store store = Store.open(TestDatabases.url(kind, dir))) {
            new Portfolio(store).importFile(file, false, new RecordScreening(older, T), "alice", x -> {});
            Map<String, String> before = currentAlerts(store);
            assertThat(before).isNotEmpty();
            ListsSnapshot failed = ListsSnapshot.of(
                    StoreFixtures.newer().lists(),
                    List.of(new dev.embargo.lists.ListFormatException(
                            "un/consolidated.xml", "byte 1000", "a whole file", null)),
                    "failed");
            ListsSnapshot empty = ListsSnapshot.of(List.of(shrunk(StoreFixtures.newer())), List.of(), "shrunk");
            for (ListsSnapshot bad : List.of(failed, empty)) {
                assertThatThrownBy(
                                () -> new Rescreening(store).listChange(older, new RecordScreening(bad, T), "system"))
                        .isInstanceOf(Rescreening.RefusedChange.class)
                        .hasMessageContaining("no alert closed");
                assertThat(currentAlerts(store)).isEqualTo(before);
            }
            assertThat(store.audit().about("lists:failed")).hasSize(1);
        }
    }

    /** The new UN list with nine in ten of its parties gone: what a truncated download looks like. */
    private static dev.embargo.lists.LoadedList shrunk(ListsSnapshot s) {
        dev.embargo.lists.LoadedList l = s.lists().getFirst();
        return new dev.embargo.lists.LoadedList(
                l.source(),
                l.format(),
                l.file(),
                l.published(),
                l.entities().subList(0, l.entities().size() / 10),
                l.warnings());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aChangedThresholdCallsForAFullRescreen(String kind) throws Exception {
        Path file = StoreFixtures.portfolio(dir, 400, 0.05, 5);
        try (Store store = Store.open(TestDatabases.url(kind, dir))) {
            new Portfolio(store)
                    .importFile(file, false, new RecordScreening(StoreFixtures.newer(), T), "alice", x -> {});
            Rescreening rescreening = new Rescreening(store);
            assertThat(rescreening.ensureCurrent(new RecordScreening(StoreFixtures.newer(), T), "system"))
                    .isEmpty();
            var lower = rescreening.ensureCurrent(new RecordScreening(StoreFixtures.newer(), 0.6), "system");
            assertThat(lower).isPresent();
            assertThat(lower.get().screened()).isEqualTo(400);
            assertThat(lower.get().raised()).isPositive();
        }
    }
}
