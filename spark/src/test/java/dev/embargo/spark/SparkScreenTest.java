package dev.embargo.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode against the real UN list: malformed records are reported and skipped, a damaged
 * lists folder stops the job before it starts, and a task retried after a failure writes no row twice.
 */
class SparkScreenTest {
    private static SparkSession spark;
    private static ListSnapshot un;
    private static List<Entity> persons;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() throws IOException {
        Path source = SharedData.require("data/lists/un/consolidated.xml");
        Path lists = tmp.resolve("lists/un");
        Files.createDirectories(lists);
        Files.copy(source, lists.resolve("consolidated.xml"));
        un = ListSnapshot.read(tmp.resolve("lists"));
        persons = un.entities().stream()
                .filter(e -> e.kind() == EntityKind.PERSON)
                .filter(e -> e.primaryName().full().codePoints().allMatch(c -> c < 0x250))
                .limit(12)
                .toList();
        // Two threads, and a failed task tried again (local[N,F]: F attempts per task).
        spark = SparkSession.builder()
                .master("local[2,2]")
                .appName("embargo-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** A CSV of planted listed names, every other one with a bad field; returns the bad rows' ids. */
    private static List<String> writeRecords(Path csv) throws IOException {
        List<String> lines = new ArrayList<>(List.of("id,name,type,dob,country"));
        List<String> bad = new ArrayList<>();
        String[] breakers = {"type=spaceship", "dob=1984-13-45", "name=" + "x".repeat(SparkScreen.MAX_NAME_CHARS + 1)};
        for (int i = 0; i < persons.size(); i++) {
            String name = persons.get(i).primaryName().full().replace("\"", "");
            String id = "r" + i;
            if (i % 2 == 1) {
                String breaker = breakers[(i / 2) % breakers.length];
                String value = breaker.substring(breaker.indexOf('=') + 1);
                bad.add(id);
                lines.add(
                        switch (breaker.substring(0, breaker.indexOf('='))) {
                            case "type" -> id + ",\"" + name + "\"," + value + ",,";
                            case "dob" -> id + ",\"" + name + "\",person," + value + ",";
                            default -> id + "," + value + ",person,,";
                        });
            } else {
                lines.add(id + ",\"" + name + "\",person,,");
            }
        }
        Files.write(csv, lines, StandardCharsets.UTF_8);
        return bad;
    }

    private static SparkScreen.Job job(Path out) {
        return new SparkScreen.Job(ColumnMapping.DEFAULT, 0.7, 10, out.toString(), SparkScreen.OutputFormat.parquet);
    }

    @Test
    void aMalformedRecordIsReportedWithItsRowAndSkipped() throws IOException {
        Path csv = tmp.resolve("malformed.csv");
        List<String> bad = writeRecords(csv);
        Path out = tmp.resolve("malformed-out");
        SparkScreen.Summary summary =
                SparkScreen.run(spark, SparkScreen.read(spark, csv.toString(), null), un, job(out));

        assertThat(summary.records()).isEqualTo(persons.size());
        assertThat(summary.problems()).isEqualTo(bad.size());
        for (String id : bad) {
            assertThat(summary.examples()).anySatisfy(p -> assertThat(p).startsWith("record " + id + " (partition "));
        }
        assertThat(summary.examples()).anySatisfy(p -> assertThat(p).contains("dob: expected a date"));
        // Every good row is screened: each planted listed name finds its entity.
        List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
        for (int i = 0; i < persons.size(); i += 2) {
            String id = "r" + i;
            String entity = persons.get(i).id();
            assertThat(rows).anySatisfy(r -> {
                assertThat(r.getString(0)).isEqualTo(id);
                assertThat(r.getString(1)).isEqualTo(entity);
            });
        }
        assertThat(rows).noneSatisfy(r -> assertThat(bad).contains(r.getString(0)));
        assertThat(summary.hits()).isEqualTo((persons.size() + 1) / 2);
        assertThat(summary.perList()).containsOnlyKeys("un");
        assertThat(summary.matches()).isEqualTo(rows.size());
    }

    @Test
    void aDamagedListStopsTheJobBeforeItStartsAndIsNamed() throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.require("data/lists/un/consolidated.xml"));
        Path lists = tmp.resolve("damaged/un");
        Files.createDirectories(lists);
        // Cut off mid-file, as an interrupted download is.
        Files.write(lists.resolve("consolidated.xml"), java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> ListSnapshot.read(tmp.resolve("damaged")))
                .isInstanceOf(ListSnapshot.DamagedListsException.class)
                .hasMessageContaining("un")
                .hasMessageContaining("consolidated.xml");
    }

    @Test
    void aTaskRetriedAfterAFailureWritesNoRowTwice() throws IOException {
        Path csv = tmp.resolve("retry.csv");
        writeRecords(csv);
        Dataset<Row> records = SparkScreen.read(spark, csv.toString(), null).repartition(2);
        SparkScreen.Summary clean = SparkScreen.run(spark, records, un, job(tmp.resolve("retry-clean")));

        // The first attempt of every task dies after its first records have gone on to be screened and
        // written, as a task on a lost executor does.
        Dataset<Row> failing = records.mapPartitions(
                (MapPartitionsFunction<Row, Row>) FailsFirstAttempt::new, Encoders.row(records.schema()));
        Path out = tmp.resolve("retry-out");
        SparkScreen.Summary retried = SparkScreen.run(spark, failing, un, job(out));

        List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
        assertThat(rows).hasSize((int) clean.matches()).doesNotHaveDuplicates();
        assertThat(retried.records()).isEqualTo(clean.records());
        assertThat(retried.matches()).isEqualTo(clean.matches());
        assertThat(retried.perList()).isEqualTo(clean.perList());
        assertThat(clean.matches()).isPositive();
    }

    @Test
    void alertsGoIntoAnH2StoreOnceEvenWhenRunAgainOrRetried() throws Exception {
        alertsGoIntoTheStoreOnce(
                "jdbc:h2:file:" + tmp.resolve("alerts-h2/store").toAbsolutePath(), "h2");
    }

    @Test
    void alertsGoIntoAPostgresStoreOnceEvenWhenRunAgainOrRetried() throws Exception {
        alertsGoIntoTheStoreOnce(postgresSchema(), "postgresql");
    }

    /**
     * The job raises one alert per record and party it matched, as the store's own screening would; run again
     * on the same records with every task failing once and retried, it raises none, and the audit chain holds.
     */
    private void alertsGoIntoTheStoreOnce(String url, String name) throws Exception {
        Path csv = tmp.resolve("alerts-" + name + ".csv");
        writeRecords(csv);
        Dataset<Row> records = SparkScreen.read(spark, csv.toString(), null).repartition(2);
        Path out = tmp.resolve("alerts-" + name + "-out");
        SparkScreen.Summary first = SparkScreen.run(spark, records, un, job(out).withStore(url));

        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (Row r : spark.read().parquet(out.toString()).collectAsList()) {
            pairs.add(r.getString(0) + "|" + r.getAs("party_id"));
        }
        assertThat(pairs).hasSize((int) first.matches()).isNotEmpty();
        assertThat(first.alertsRaised()).isEqualTo(first.matches());
        try (dev.embargo.store.Store store = dev.embargo.store.Store.open(url)) {
            assertThat(currentPairs(store)).isEqualTo(pairs);
        }

        Dataset<Row> failing = records.mapPartitions(
                (MapPartitionsFunction<Row, Row>) FailsFirstAttempt::new, Encoders.row(records.schema()));
        SparkScreen.Summary again = SparkScreen.run(
                spark,
                failing,
                un,
                job(tmp.resolve("alerts-" + name + "-again")).withStore(url));
        assertThat(again.matches()).isEqualTo(first.matches());
        assertThat(again.alertsRaised()).as("alerts raised by the second run").isZero();
        try (dev.embargo.store.Store store = dev.embargo.store.Store.open(url)) {
            assertThat(currentPairs(store)).isEqualTo(pairs);
            assertThat(count(store, "SELECT COUNT(*) FROM alert")).isEqualTo(pairs.size());
            assertThat(count(store, "SELECT COUNT(*) FROM screening_run WHERE kind = 'spark' AND status = 'finished'"))
                    .isEqualTo(2);
            dev.embargo.store.AuditTrail.Verification v = store.audit().verify();
            assertThat(v.valid()).as(v.problem()).isTrue();
        }
    }

    @Test
    void aTaskThatFailsAfterWritingItsAlertsIsRetriedWithoutDuplicatesOnH2() throws Exception {
        partlyWrittenTaskRetried(
                "jdbc:h2:file:" + tmp.resolve("partial-h2/store").toAbsolutePath(), "h2");
    }

    @Test
    void aTaskThatFailsAfterWritingItsAlertsIsRetriedWithoutDuplicatesOnPostgres() throws Exception {
        partlyWrittenTaskRetried(postgresSchema(), "postgresql");
    }

    /**
     * Each record applied to the store in its own transaction, and every task's first attempt dying once all its
     * records are applied (as a task whose executor is lost before it reports): the retry applies the same
     * records again. The store ends as a clean run leaves it: one alert per match, each raised once by this run,
     * and a valid audit chain.
     */
    private void partlyWrittenTaskRetried(String url, String name) throws Exception {
        Path csv = tmp.resolve("partial-" + name + ".csv");
        writeRecords(csv);
        Dataset<Row> records = SparkScreen.read(spark, csv.toString(), null).repartition(2);
        SparkScreen.Summary clean = SparkScreen.run(spark, records, un, job(tmp.resolve("partial-" + name + "-clean")));

        Dataset<Row> failing = records.mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> new FailsFirstAttemptAtItsEnd(rows, url),
                Encoders.row(records.schema()));
        Path out = tmp.resolve("partial-" + name + "-out");
        SparkScreen.Summary retried =
                SparkScreen.run(spark, failing, un, job(out).withStore(url).withStoreBatch(1));

        assertThat(retried.matches()).isEqualTo(clean.matches()).isPositive();
        assertThat(FailsFirstAttemptAtItsEnd.ALERTS_WHEN_FAILING.get(url))
                .as("alerts the failing attempts had written")
                .isPositive();
        assertThat(retried.alertsRaised()).as("alerts raised by the run").isEqualTo(clean.matches());
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (Row r : spark.read().parquet(out.toString()).collectAsList()) {
            pairs.add(r.getString(0) + "|" + r.getAs("party_id"));
        }
        try (dev.embargo.store.Store store = dev.embargo.store.Store.open(url)) {
            assertThat(currentPairs(store)).isEqualTo(pairs);
            assertThat(count(store, "SELECT COUNT(*) FROM alert")).isEqualTo(pairs.size());
            dev.embargo.store.AuditTrail.Verification v = store.audit().verify();
            assertThat(v.valid()).as(v.problem()).isTrue();
        }
    }

    /** A fresh schema on the PostgreSQL of $EMBARGO_TEST_PG_URL; skipped without one (failed under CI=true). */
    private static String postgresSchema() throws java.sql.SQLException {
        String server = System.getenv("EMBARGO_TEST_PG_URL");
        if (server == null || server.isBlank()) {
            String why = "EMBARGO_TEST_PG_URL is not set: start a throwaway PostgreSQL with"
                    + " `eval \"$(scripts/test-postgres.sh start)\"` to run the PostgreSQL tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                org.junit.jupiter.api.Assertions.fail(why + " (CI=true: the PostgreSQL tests must run)");
            }
            org.junit.jupiter.api.Assumptions.assumeTrue(false, why);
        }
        String schema = "spark_"
                + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server);
                java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static java.util.Set<String> currentPairs(dev.embargo.store.Store store) throws java.sql.SQLException {
        java.util.Set<String> out = new java.util.HashSet<>();
        try (java.sql.Connection c = store.dataSource().getConnection();
                java.sql.PreparedStatement ps =
                        c.prepareStatement("SELECT current_pair FROM alert WHERE current_pair IS NOT NULL");
                java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static long count(dev.embargo.store.Store store, String sql) throws java.sql.SQLException {
        try (java.sql.Connection c = store.dataSource().getConnection();
                java.sql.PreparedStatement ps = c.prepareStatement(sql);
                java.sql.ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Passes rows on, but on a task's first attempt fails after two rows. */
    private static final class FailsFirstAttempt implements java.util.Iterator<Row> {
        private final java.util.Iterator<Row> rows;
        private int passed;

        FailsFirstAttempt(java.util.Iterator<Row> rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            if (passed >= 2 && TaskContext.get().attemptNumber() == 0) {
                throw new IllegalStateException("simulated executor failure");
            }
            return rows.hasNext();
        }

        @Override
        public Row next() {
            passed++;
            return rows.next();
        }
    }

    /**
     * Passes rows on, but on a task's first attempt fails once all of them have been passed on, noting how many
     * alerts the store holds then (local mode: the executors are this JVM), so the test knows they were written.
     */
    private static final class FailsFirstAttemptAtItsEnd implements java.util.Iterator<Row> {
        static final java.util.concurrent.ConcurrentMap<String, Long> ALERTS_WHEN_FAILING =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Iterator<Row> rows;
        private final String url;

        FailsFirstAttemptAtItsEnd(java.util.Iterator<Row> rows, String url) {
            this.rows = rows;
            this.url = url;
        }

        @Override
        public boolean hasNext() {
            boolean more = rows.hasNext();
            if (!more && TaskContext.get().attemptNumber() == 0) {
                try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
                        java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM alert")) {
                    rs.next();
                    ALERTS_WHEN_FAILING.merge(url, rs.getLong(1), Math::max);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                throw new IllegalStateException("simulated executor failure after the last record");
            }
            return more;
        }

        @Override
        public Row next() {
            return rows.next();
        }
    }
}
