package dev.embargo.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.Countries;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.report.json.MatchJson;
import dev.embargo.store.AlertSink;
import dev.embargo.store.PortfolioRecord;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Screens a table of records against a list snapshot on Spark: the lists are read and checked once on the
 * driver, their files reach each executor once as a broadcast, each executor JVM builds one screener from
 * them ({@link ListSnapshot#screener}), and the records are screened inside {@code mapPartitions}. The output
 * has one row per match with the fields of the CLI's JSON match ({@code embargo screen --input}); a record
 * that cannot be screened is reported with its place and skipped.
 */
public final class SparkScreen {
    private SparkScreen() {}

    /** The output table's format. */
    public enum OutputFormat {
        parquet,
        json
    }

    /** The longest name screened, as the CLI and the server accept (their Limits). */
    public static final int MAX_NAME_CHARS = 1_000;

    /** Problems carried back to the driver to report; all of them are counted. */
    public static final int MAX_PROBLEMS_REPORTED = 100;

    /** Records applied to the store per transaction, on each executor, unless a job says otherwise. */
    static final int STORE_BATCH = 500;

    /**
     * What a job does.
     *
     * @param threshold  lowest score reported, 0 to 1
     * @param limit      most matches per record
     * @param store      the monitoring store's JDBC URL, null when the job writes its matches only
     * @param storeBatch records applied to the store per transaction: what a failed task may have written
     *                   before it failed, and its retry applies again
     */
    public record Job(
            ColumnMapping columns,
            double threshold,
            int limit,
            String output,
            OutputFormat format,
            String store,
            int storeBatch)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public Job {
            if (storeBatch < 1) {
                throw new IllegalArgumentException("storeBatch: expected at least 1, got " + storeBatch);
            }
        }

        /** A job that writes its matches only. */
        public Job(ColumnMapping columns, double threshold, int limit, String output, OutputFormat format) {
            this(columns, threshold, limit, output, format, null, STORE_BATCH);
        }

        /** The same job raising its alerts into the monitoring store at {@code jdbcUrl} too. */
        public Job withStore(String jdbcUrl) {
            return new Job(columns, threshold, limit, output, format, jdbcUrl, storeBatch);
        }

        /** The same job applying {@code records} records to the store per transaction. */
        public Job withStoreBatch(int records) {
            return new Job(columns, threshold, limit, output, format, store, records);
        }
    }

    /** Where a job's alerts go: the store's JDBC URL and the screening run they belong to. */
    record StoreTarget(String url, long runId, int batch) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * What a job found.
     *
     * @param records  records read
     * @param hits     records with at least one match
     * @param matches  output rows
     * @param perList  matches by list (source code)
     * @param problems records that could not be screened
     * @param examples the first problems, each naming its record
     * @param alertsRaised alerts the job raised in the monitoring store, null when it wrote none
     */
    public record Summary(
            long records,
            long hits,
            long matches,
            Map<String, Long> perList,
            long problems,
            List<String> examples,
            Long alertsRaised) {
        public Summary(
                long records,
                long hits,
                long matches,
                Map<String, Long> perList,
                long problems,
                List<String> examples) {
            this(records, hits, matches, perList, problems, examples, null);
        }

        public Summary {
            perList = java.util.Collections.unmodifiableMap(new TreeMap<>(perList));
            examples = List.copyOf(examples);
        }

        public String toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("records", records);
            m.put("hits", hits);
            m.put("matches", matches);
            m.put("per_list", perList);
            m.put("problems", problems);
            m.put("problem_examples", examples);
            if (alertsRaised != null) {
                m.put("alerts_raised", alertsRaised);
            }
            try {
                return new ObjectMapper().writeValueAsString(m);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The columns of the output table, in order. */
    public static final StructType OUTPUT = new StructType()
            .add("record_id", DataTypes.StringType, false)
            .add("entity_id", DataTypes.StringType, false)
            .add("party_id", DataTypes.StringType, false)
            .add("source", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("name", DataTypes.StringType, false)
            .add("matched_name", DataTypes.StringType, false)
            .add("score", DataTypes.DoubleType, false)
            .add("explanation", DataTypes.StringType, false);

    /** What the screening stage yields: matches, problems, and one tally row per partition. */
    private static final StructType SCREENED = new StructType()
            .add("what", DataTypes.StringType, false)
            .add("record_id", DataTypes.StringType, true)
            .add("entity_id", DataTypes.StringType, true)
            .add("party_id", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, true)
            .add("kind", DataTypes.StringType, true)
            .add("name", DataTypes.StringType, true)
            .add("matched_name", DataTypes.StringType, true)
            .add("score", DataTypes.DoubleType, true)
            .add("explanation", DataTypes.StringType, true)
            .add("problem", DataTypes.StringType, true)
            .add("records", DataTypes.LongType, true)
            .add("hits", DataTypes.LongType, true);

    /**
     * Reads a table as Spark reads {@code format} (parquet, csv, json, orc, or any source on the classpath);
     * a CSV is read with its header line and every column as text, as the CLI reads one.
     */
    public static Dataset<Row> read(SparkSession spark, String input, String format) {
        String f = format != null ? format : formatOf(input);
        var reader = spark.read().format(f);
        if (f.equals("csv")) {
            reader = reader.option("header", "true").option("mode", "PERMISSIVE");
        }
        return reader.load(input);
    }

    /** The format a path's extension names; parquet when it names none (a folder written by Spark). */
    public static String formatOf(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".csv.gz")) {
            return "csv";
        }
        if (lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return "json";
        }
        if (lower.endsWith(".orc")) {
            return "orc";
        }
        return "parquet";
    }

    /**
     * Screens {@code records} against {@code lists} and writes the matches to {@code job.output()}; the write
     * goes through Spark's output commit protocol, so a task retried after a failure leaves no duplicate rows.
     *
     * @throws IllegalArgumentException when the table has no name column
     */
    public static Summary run(SparkSession spark, Dataset<Row> records, ListSnapshot lists, Job job) {
        StructType schema = records.schema();
        Positions at = new Positions(
                positions(schema, job.columns().id()),
                positions(schema, job.columns().name()),
                positions(schema, job.columns().kind()),
                positions(schema, job.columns().dob()),
                positions(schema, job.columns().country()),
                positions(schema, job.columns().identifiers()));
        if (at.name().length == 0) {
            throw new IllegalArgumentException("expected a name column ("
                    + String.join(" or ", job.columns().name()) + "), found columns "
                    + String.join(", ", schema.fieldNames()));
        }
        StoreTarget target = null;
        if (job.store() != null) {
            // Opened on the driver first: the schema is brought up to date once, before any executor writes.
            AlertSink sink = new AlertSink(StoreCache.open(job.store()));
            target = new StoreTarget(
                    job.store(),
                    sink.startRun(
                            "spark",
                            lists.hash(),
                            String.join(
                                    ";", new java.util.TreeSet<>(lists.files().keySet())),
                            job.threshold(),
                            "spark"),
                    job.storeBatch());
        }
        StoreTarget storeTarget = target;
        Broadcast<ListSnapshot> shipped =
                spark.sparkContext().broadcast(lists, scala.reflect.ClassTag$.MODULE$.apply(ListSnapshot.class));
        double threshold = job.threshold();
        int limit = job.limit();
        MapPartitionsFunction<Row, Row> screen =
                rows -> screenPartition(rows, shipped.value(), at, threshold, limit, storeTarget);
        Dataset<Row> screened = records.mapPartitions(screen, Encoders.row(SCREENED));
        screened.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> matches = screened.filter(functions.col("what").equalTo("match"))
                    .select(java.util.Arrays.stream(OUTPUT.fieldNames())
                            .map(functions::col)
                            .toArray(org.apache.spark.sql.Column[]::new));
            matches.write().format(job.format().name()).save(job.output());

            Row tally = screened.filter(functions.col("what").equalTo("count"))
                    .agg(functions.sum("records"), functions.sum("hits"))
                    .first();
            Map<String, Long> perList = new TreeMap<>();
            long matchCount = 0;
            for (Row r : matches.groupBy("source").count().collectAsList()) {
                perList.put(r.getString(0), r.getLong(1));
                matchCount += r.getLong(1);
            }
            Dataset<Row> problems = screened.filter(functions.col("what").equalTo("problem"));
            List<String> examples = new ArrayList<>();
            for (Row r : problems.select("record_id", "problem")
                    .limit(MAX_PROBLEMS_REPORTED)
                    .collectAsList()) {
                examples.add(r.getString(0) + ": " + r.getString(1));
            }
            long read = tally.isNullAt(0) ? 0 : tally.getLong(0);
            long problemCount = problems.count();
            Long alerts = null;
            if (storeTarget != null) {
                Map<String, Object> outcome = new LinkedHashMap<>();
                outcome.put("records", read);
                outcome.put("matches", matchCount);
                outcome.put("problems", problemCount);
                alerts = new AlertSink(StoreCache.open(storeTarget.url()))
                        .finishRun(storeTarget.runId(), read - problemCount, outcome, "spark");
            }
            return new Summary(
                    read,
                    tally.isNullAt(1) ? 0 : tally.getLong(1),
                    matchCount,
                    perList,
                    problemCount,
                    examples,
                    alerts);
        } finally {
            screened.unpersist();
            shipped.destroy();
        }
    }

    /** Where each field's columns are in the input, in order of preference. */
    record Positions(int[] id, int[] name, int[] kind, int[] dob, int[] country, int[] identifiers)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static int[] positions(StructType schema, List<String> names) {
        List<String> fields = List.of(schema.fieldNames());
        return names.stream().mapToInt(fields::indexOf).filter(i -> i >= 0).toArray();
    }

    /** The first of a field's columns with a value in the row, as text; null when none has one. */
    private static String field(Row row, int[] positions) {
        for (int at : positions) {
            if (!row.isNullAt(at)) {
                return String.valueOf(row.get(at));
            }
        }
        return null;
    }

    private static Iterator<Row> screenPartition(
            Iterator<Row> rows, ListSnapshot lists, Positions at, double threshold, int limit, StoreTarget target) {
        Screener screener = lists.screener();
        AlertSink sink = target == null ? null : new AlertSink(StoreCache.open(target.url()));
        ObjectMapper mapper = new ObjectMapper();
        int partition = TaskContext.getPartitionId();
        // Lazily, a record at a time: a partition's matches are never all held at once.
        return new Iterator<>() {
            private final java.util.ArrayDeque<Row> ready = new java.util.ArrayDeque<>();
            private long index;
            private long records;
            private long hits;
            private boolean tallied;
            private final List<AlertSink.Screened> toStore = new ArrayList<>();

            /** Raises the alerts of the records screened since the last call, in one transaction. */
            private void store() {
                if (sink != null && !toStore.isEmpty()) {
                    sink.apply(target.runId(), toStore);
                    toStore.clear();
                }
            }

            @Override
            public boolean hasNext() {
                while (ready.isEmpty()) {
                    if (rows.hasNext()) {
                        screenOne(rows.next());
                    } else if (!tallied) {
                        store();
                        tallied = true;
                        ready.add(RowFactory.create(
                                "count", null, null, null, null, null, null, null, null, null, null, records, hits));
                    } else {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return ready.poll();
            }

            private void screenOne(Row row) {
                long place = index++;
                records++;
                String id = field(row, at.id());
                if (id == null) {
                    id = "partition " + partition + " row " + (place + 1);
                }
                try {
                    Query q = query(row, at);
                    List<Match> matches = screener.screen(q, threshold, limit);
                    if (sink != null) {
                        // Every record, matched or not: one that no longer matches has its open alerts closed.
                        toStore.add(new AlertSink.Screened(record(id, q), matches));
                        if (toStore.size() >= target.batch()) {
                            store();
                        }
                    }
                    if (!matches.isEmpty()) {
                        hits++;
                    }
                    for (Match m : matches) {
                        ready.add(RowFactory.create(
                                "match",
                                id,
                                m.entity().id(),
                                // A listing the grouping left alone is a party of its own, as in the CLI's JSON.
                                m.partyId() != null ? m.partyId() : m.entity().id(),
                                m.entity().source().code(),
                                m.entity().kind().code(),
                                m.entity().primaryName().full(),
                                m.matchedName(),
                                m.score(),
                                mapper.writeValueAsString(MatchJson.explanation(m.explanation())),
                                null,
                                null,
                                null));
                    }
                } catch (IllegalArgumentException | IOException e) {
                    String where = "record " + id + " (partition " + partition + ", row " + (place + 1) + ")";
                    ready.add(RowFactory.create(
                            "problem",
                            where,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            e.getMessage(),
                            null,
                            null));
                }
            }
        };
    }

    /** One record's matches, read as {@code embargo screen --input} reads a CSV row. */
    static List<Match> screen(Screener screener, Row row, Positions at, double threshold, int limit) {
        return screener.screen(query(row, at), threshold, limit);
    }

    /** The record as the store keeps it, with the fields its query was made of. */
    private static PortfolioRecord record(String id, Query q) {
        return new PortfolioRecord(
                id,
                q.name(),
                q.kind(),
                q.dateOfBirth() == null ? List.of() : List.of(q.dateOfBirth().iso()),
                q.country() == null ? List.of() : List.of(q.country()),
                q.identifiers(),
                "");
    }

    /** One record's query, read as {@code embargo screen --input} reads a CSV row. */
    static Query query(Row row, Positions at) {
        String name = field(row, at.name());
        // An empty CSV field is null in Spark and "" in the CLI's reader: both are screened as an empty name.
        name = name == null ? "" : name;
        if (name.length() > MAX_NAME_CHARS) {
            throw new IllegalArgumentException(
                    "name: expected at most " + MAX_NAME_CHARS + " characters, got " + name.length());
        }
        String country = field(row, at.country());
        // As the CLI: a country it does not know must not leave the name unscreened.
        if (country != null && !country.isBlank() && Countries.toIso(country).isEmpty()) {
            country = null;
        }
        Query q = Query.of(name, field(row, at.kind()), field(row, at.dob()), country);
        String ids = field(row, at.identifiers());
        if (ids != null && !ids.isBlank()) {
            List<String> list = java.util.Arrays.stream(ids.split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            q = new Query(q.name(), q.kind(), q.dateOfBirth(), q.country(), list);
        }
        return q;
    }
}
