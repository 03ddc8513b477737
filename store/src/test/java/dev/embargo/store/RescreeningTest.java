package dev.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.SharedData;
import dev.embargo.matching.Screener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A list change applied by the stored lookup keys leaves the portfolio exactly as a full re-screen does, on two
 * pairs of real list snapshots: UN 2024-11 to today's, and US OFAC SDN 2021-07 to 2022-01. Each delta run
 * leaves a trace for every record it screened, saying why and what came of it.
 */
class RescreeningTest {
    @TempDir
    Path dir;

    static Stream<Arguments> changes() {
        List<Arguments> out = new ArrayList<>();
        for (String db : TestDatabases.kinds()) {
            out.add(Arguments.of(db, "data/lists-history/un-2024-11", "data/lists/un"));
            out.add(Arguments.of(
                    db, "data/lists-history/us-ofac-sdn-2021-07", "data/lists-history/us-ofac-sdn-2022-01"));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @MethodSource("changes")
    void theDeltaLeavesThePortfolioAsAFullRescreenDoes(String kind, String from, String to) throws Exception {
        ListsSnapshot older = snapshot(from);
        ListsSnapshot newer = snapshot(to);
        List<dev.embargo.lists.model.Entity> both = new ArrayList<>(older.entities());
        both.addAll(newer.entities());
        Path file = dir.resolve("portfolio.csv");
        PortfolioGenerator.of(SharedData.require("eval/negatives_global.csv"), both)
                .writeCsv(file, 2500, 0.02, 11);
        RecordScreening old = new RecordScreening(older, Screener.DEFAULT_THRESHOLD);
        RecordScreening now = new RecordScreening(newer, Screener.DEFAULT_THRESHOLD);
        try (Store delta = Store.open(TestDatabases.url(kind, Files.createDirectories(dir.resolve("delta"))));
                Store full = Store.open(TestDatabases.url(kind, Files.createDirectories(dir.resolve("full"))))) {
            new Portfolio(delta).importFile(file, false, old, "alice", x -> {});
            Rescreening.Report r = new Rescreening(delta).listChange(older, now, "system");
            new Portfolio(full).importFile(file, false, old, "alice", x -> {});
            new Rescreening(full).full(now, "system");

            System.out.printf(
                    "%s → %s (%s): %d added, %d changed, %d removed; %d of %d records screened again%n",
                    from, to, kind, r.added(), r.changed(), r.removed(), r.screened(), r.records());
            System.out.println(r.selection());
            assertThat(alerts(delta)).isEqualTo(alerts(full));
            assertThat(r.raised() + r.raisedAgain() + r.closed() + r.closedByRemoval())
                    .isPositive();
            // Not the whole portfolio: the records the change's keys reach and those with alerts on changed parties.
            assertThat(r.screened()).isLessThan(r.records() / 2);

            // Every record screened again has its trace: why, and what came of it.
            Map<String, String[]> trace = trace(delta, r.runId());
            assertThat(trace).hasSize((int) r.screened());
            assertThat(trace.values()).allSatisfy(t -> assertThat(t[0]).isIn("key", "alert", "key,alert"));
            assertThat(trace.values()).anySatisfy(t -> assertThat(t[1]).isEqualTo("nothing new"));
            String quiet = trace.entrySet().stream()
                    .filter(e -> e.getValue()[1].equals("nothing new"))
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            assertThat(new PortfolioView(delta).history(quiet))
                    .anySatisfy(s -> assertThat(s.why()).startsWith("delta: key"));
            assertThat(delta.audit().verify().valid()).isTrue();
        }
    }

    private static final Map<String, ListsSnapshot> SNAPSHOTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Each folder loaded once for both databases. */
    private static ListsSnapshot snapshot(String folder) throws java.io.IOException {
        ListsSnapshot s = SNAPSHOTS.get(folder);
        if (s == null) {
            s = ListsSnapshot.load(SharedData.require(folder));
            SNAPSHOTS.put(folder, s);
        }
        return s;
    }

    /** record|party → state, score and matched name of every current alert. */
    private static Map<String, String> alerts(Store store) throws Exception {
        Map<String, String> out = new java.util.TreeMap<>();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT current_pair, state, score, matched_name FROM alert WHERE current_pair IS NOT NULL");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2) + " " + rs.getDouble(3) + " " + rs.getString(4));
            }
        }
        return out;
    }

    private static Map<String, String[]> trace(Store store, long runId) throws Exception {
        Map<String, String[]> out = new LinkedHashMap<>();
        try (Connection c = store.dataSource().getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT record_id, reason, outcome FROM rescreen_trace WHERE run_id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return out;
    }
}
