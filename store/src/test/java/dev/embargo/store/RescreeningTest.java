package dev.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Name;
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
 * pairs of real list snapshots (UN 2024-11 to today's, and US OFAC SDN 2021-07 to 2022-01) and on generated
 * changes of the UN list that hold every class of change (see {@link #generatedChange}). Each delta run leaves a
 * trace for every record it screened, saying why and what came of it.
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
        deltaEqualsFull(kind, from, to, older, newer, file);
    }

    static Stream<Arguments> generated() {
        List<Arguments> out = new ArrayList<>();
        for (String db : TestDatabases.kinds()) {
            out.add(Arguments.of(db, 5L));
        }
        out.add(Arguments.of("h2", 6L));
        return out.stream();
    }

    /**
     * A generated change of the UN list of 2024-11 holding every class of change a delta must follow, each on
     * listings drawn at random: listings removed; listings that lose their aliases (weaker for the records that
     * met them through one); listings that gain a portfolio record's name as an alias, and new listings named as
     * portfolio records are (stronger: alerts to raise); names rewritten with a word dropped or two words swapped
     * (a listing that leaves some records' rankings and enters others'); new listings under the names of other
     * listings (crowding the rankings of the records that find those); and listings whose dates of birth go.
     */
    @ParameterizedTest(name = "{0}: generated change {1}")
    @MethodSource("generated")
    void theDeltaFollowsEveryClassOfListChangeAsAFullRescreenDoes(String kind, long seed) throws Exception {
        ListsSnapshot older = snapshot("data/lists-history/un-2024-11");
        Path file = dir.resolve("portfolio.csv");
        PortfolioGenerator.of(SharedData.require("eval/negatives_global.csv"), older.entities())
                .writeCsv(file, 2500, 0.02, seed);
        List<String> recordNames = new ArrayList<>();
        PortfolioReader.read(file, row -> {
            if (row.ok() && row.record().kind() != null) {
                recordNames.add(row.record().name());
            }
        });
        ListsSnapshot newer = generatedChange(older, recordNames, seed);
        deltaEqualsFull(kind, "un-2024-11", "generated " + seed, older, newer, file);
    }

    /** The classes of change of {@link #theDeltaFollowsEveryClassOfListChangeAsAFullRescreenDoes}, 12 of each. */
    static ListsSnapshot generatedChange(ListsSnapshot older, List<String> recordNames, long seed) {
        java.util.Random random = new java.util.Random(seed);
        dev.embargo.lists.LoadedList un = older.lists().getFirst();
        List<Entity> listings = new ArrayList<>(un.entities());
        java.util.Collections.shuffle(listings, random);
        List<Entity> out = new ArrayList<>();
        int each = 12;
        for (int i = 0; i < listings.size(); i++) {
            Entity e = listings.get(i);
            int change = i / each;
            List<Name> names = new ArrayList<>(e.names());
            switch (change) {
                case 0 -> {} // removed
                case 1 -> out.add(e.withNames(List.of(names.getFirst())));
                case 2 -> {
                    names.add(Name.alias(recordNames.get(random.nextInt(recordNames.size()))));
                    out.add(e.withNames(names));
                }
                case 3 -> {
                    String[] words = names.getFirst().full().split(" ");
                    List<String> kept = new ArrayList<>(List.of(words));
                    if (kept.size() >= 3) {
                        kept.remove(random.nextInt(kept.size()));
                    } else if (kept.size() == 2) {
                        java.util.Collections.swap(kept, 0, 1);
                    } else {
                        kept.add(recordNames.get(random.nextInt(recordNames.size()))
                                .split(" ")[0]);
                    }
                    names.set(
                            0,
                            new Name(
                                    String.join(" ", kept),
                                    names.getFirst().type(),
                                    names.getFirst().quality(),
                                    names.getFirst().script()));
                    out.add(e.withNames(names));
                }
                case 4 -> {
                    out.add(e);
                    Name recordName = Name.primary(recordNames.get(random.nextInt(recordNames.size())));
                    out.add(withId(e, e.id() + "-new", List.of(recordName), true));
                }
                case 5 -> {
                    out.add(e);
                    Entity other = listings.get(random.nextInt(listings.size()));
                    out.add(withId(e, e.id() + "-twin", other.names(), false));
                }
                case 6 -> out.add(withId(e, e.id(), e.names(), false));
                default -> out.add(e);
            }
        }
        dev.embargo.lists.LoadedList changed = new dev.embargo.lists.LoadedList(
                un.source(), un.format(), un.file(), un.published(), out, un.warnings());
        List<dev.embargo.lists.LoadedList> lists = new ArrayList<>(older.lists());
        lists.set(0, changed);
        return ListsSnapshot.of(lists, List.of(), Sha256.hex(older.hash() + " generated " + seed));
    }

    /** {@code e} under another id and names; with {@code keepDates} false, without its dates of birth. */
    private static Entity withId(Entity e, String id, List<Name> names, boolean keepDates) {
        return new Entity(
                id,
                e.source(),
                e.kind(),
                names,
                keepDates ? e.birthDates() : List.of(),
                e.birthPlaces(),
                e.nationalities(),
                e.citizenships(),
                e.countries(),
                e.gender(),
                e.titles(),
                e.addresses(),
                e.identifiers(),
                e.programs(),
                e.listedOn(),
                e.remarks(),
                e.links(),
                e.sourceFile(),
                e.published());
    }

    private void deltaEqualsFull(
            String kind, String from, String to, ListsSnapshot older, ListsSnapshot newer, Path file) throws Exception {
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
