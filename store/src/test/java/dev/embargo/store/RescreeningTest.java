package dev.embargo.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
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

    /**
     * Listings scored by how many listed parties hold a key of theirs: people written as initials and a family name
     * ("S. Y. Naryshkin", {@code score.InitialsAndFamily}) and organisations written as an acronym
     * ({@code score.AcronymScorer}) score lower for each of several holders than for one alone. Of every pair of
     * holders of such a key in the US OFAC SDN list of 2021-07 (found by their names, kept where the old lists
     * score both at the lower score), the change removes one; a record written as the key then meets the other,
     * which did not change, at the higher score and alerts. The delta must find those records as a full re-screen
     * does, though the key reaches them only through listings the change left as they were.
     */
    @ParameterizedTest(name = "{0}: one of two holders of a key of initials or an acronym removed")
    @MethodSource("dev.embargo.store.TestDatabases#kinds")
    void theDeltaFollowsTheHoldersOfAKeyWhenOneOfThemGoes(String kind) throws Exception {
        ListsSnapshot older = snapshot("data/lists-history/us-ofac-sdn-2021-07");
        Screener before = older.screener();
        List<String[]> queries = new ArrayList<>(); // query, kind, listing kept, listing removed
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Map.Entry<String, List<Entity>> pair : keyPairs(older.entities()).entrySet()) {
            Entity kept = pair.getValue().get(0);
            Entity removed = pair.getValue().get(1);
            if (taken.contains(kept.id()) || taken.contains(removed.id())) {
                continue;
            }
            String query = pair.getKey().substring(pair.getKey().indexOf(' ') + 1);
            List<Match> both = before.screen(Query.name(query), 0.5, 50);
            boolean sharedScore = both.size() == 2
                    && both.stream().allMatch(m -> Math.abs(m.score() - 0.80) < 1e-9)
                    && both.stream()
                            .map(m -> m.entity().id())
                            .collect(java.util.stream.Collectors.toSet())
                            .equals(java.util.Set.of(kept.id(), removed.id()));
            if (sharedScore) {
                taken.add(kept.id());
                taken.add(removed.id());
                queries.add(new String[] {query, kept.kind().code(), kept.id(), removed.id()});
            }
        }
        List<Entity> listings = new ArrayList<>();
        for (Entity e : older.lists().getFirst().entities()) {
            if (queries.stream().noneMatch(q -> q[3].equals(e.id()))) {
                listings.add(e);
            }
        }
        dev.embargo.lists.LoadedList sdn = older.lists().getFirst();
        ListsSnapshot newer = ListsSnapshot.of(
                List.of(new dev.embargo.lists.LoadedList(
                        sdn.source(), sdn.format(), sdn.file(), sdn.published(), listings, sdn.warnings())),
                List.of(),
                Sha256.hex(older.hash() + " one of two holders removed"));
        // The records the change must raise an alert for: the kept holder now scores over the threshold.
        List<String[]> alerting = new ArrayList<>();
        for (String[] q : queries) {
            boolean alone = newer.screener().screen(Query.name(q[0]), Screener.DEFAULT_THRESHOLD, 50).stream()
                    .anyMatch(m -> m.entity().id().equals(q[2]));
            if (alone) {
                alerting.add(q);
            }
        }
        assertThat(alerting.stream().filter(q -> q[1].equals("person")).count())
                .as("pairs of people holding one key of initials and family name")
                .isGreaterThanOrEqualTo(5);
        assertThat(alerting.stream().filter(q -> q[1].equals("organization")).count())
                .as("pairs of organisations holding one acronym")
                .isGreaterThanOrEqualTo(5);

        Path file = dir.resolve("portfolio.csv");
        PortfolioGenerator.of(SharedData.require("eval/negatives_global.csv"), older.entities())
                .writeCsv(file, 500, 0.02, 13);
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < alerting.size(); i++) {
            String[] q = alerting.get(i);
            rows.append(String.format(java.util.Locale.ROOT, "K%05d,%s,%s,,,,key,2020-01-01%n", i, q[0], q[1]));
        }
        Files.writeString(file, rows, java.nio.file.StandardOpenOption.APPEND);
        deltaEqualsFull(kind, "us-ofac-sdn-2021-07", "one of two holders removed", older, newer, file);
    }

    /**
     * Keys two listings hold, as a record would be written ("person S. Y. Naryshkin", "organization KMDTC"), each
     * with its two holders: people's given names' initials and family name (before a comma, else the last word);
     * organisations' acronyms of four letters or more.
     */
    private static Map<String, List<Entity>> keyPairs(List<Entity> entities) {
        Map<String, java.util.Set<Entity>> holders = new java.util.TreeMap<>();
        for (Entity e : entities) {
            for (Name n : e.names()) {
                String full = n.full().strip();
                if (e.kind() == dev.embargo.lists.model.EntityKind.PERSON) {
                    int comma = full.indexOf(',');
                    String[] family;
                    String[] given;
                    if (comma > 0) {
                        family = full.substring(0, comma).strip().split("\\s+");
                        given = full.substring(comma + 1).strip().split("\\s+");
                    } else {
                        String[] words = full.split("\\s+");
                        family = new String[] {words[words.length - 1]};
                        given = java.util.Arrays.copyOf(words, words.length - 1);
                    }
                    if (family.length != 1
                            || given.length == 0
                            || given[0].isEmpty()
                            || !family[0].matches("\\p{L}{3,}")) {
                        continue;
                    }
                    StringBuilder q = new StringBuilder("person ");
                    for (String g : given) {
                        q.append(Character.toUpperCase(g.charAt(0))).append(". ");
                    }
                    String f = family[0].toLowerCase(java.util.Locale.ROOT);
                    q.append(Character.toUpperCase(f.charAt(0))).append(f.substring(1));
                    holders.computeIfAbsent(q.toString(), k -> new java.util.HashSet<>())
                            .add(e);
                } else if (e.kind() == dev.embargo.lists.model.EntityKind.ORGANIZATION) {
                    for (String a : dev.embargo.matching.name.Acronyms.ofOrganisation(full)) {
                        if (a.length() >= 4) {
                            holders.computeIfAbsent(
                                            "organization " + a.toUpperCase(java.util.Locale.ROOT),
                                            k -> new java.util.HashSet<>())
                                    .add(e);
                        }
                    }
                }
            }
        }
        Map<String, List<Entity>> out = new LinkedHashMap<>();
        holders.forEach((key, es) -> {
            if (es.size() == 2) {
                List<Entity> two = new ArrayList<>(es);
                two.sort(java.util.Comparator.comparing(Entity::id));
                out.put(key, two);
            }
        });
        return out;
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
