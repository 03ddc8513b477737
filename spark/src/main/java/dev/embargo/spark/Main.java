package dev.embargo.spark;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The job for {@code spark-submit} (a cluster, YARN, Kubernetes, Databricks): the master and resources come
 * from spark-submit; the lists folder is read on the driver, from its local file system.
 *
 * <pre>
 * spark-submit --class dev.embargo.spark.Main embargo-spark-job.jar --lists DIR --input PATH --output PATH
 *     [--input-format parquet|csv|json|...] [--format parquet|json] [--column FIELD=COLUMN]...
 *     [--threshold 0.7] [--limit 10] [--store JDBC_URL]
 * </pre>
 *
 * With {@code --store} (e.g. {@code jdbc:postgresql://host/db?user=...}) the alerts are raised into the
 * monitoring store too, the same alert queue {@code embargo serve} reviews; a rerun raises none twice.
 *
 * Prints the summary as one JSON line; exits 0 when nothing matched, 1 on a hit, 2 on a usage error, 3 when
 * the lists could not be read or some records could not be screened.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        String lists = null;
        String input = null;
        String output = null;
        String inputFormat = null;
        SparkScreen.OutputFormat format = SparkScreen.OutputFormat.parquet;
        ColumnMapping columns = ColumnMapping.DEFAULT;
        double threshold = dev.embargo.matching.Screener.DEFAULT_THRESHOLD;
        int limit = dev.embargo.matching.Screener.DEFAULT_LIMIT;
        String store = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + ": expected a value after it");
                }
                String value = args[++i];
                switch (option) {
                    case "--lists" -> lists = value;
                    case "--input" -> input = value;
                    case "--output" -> output = value;
                    case "--input-format" -> inputFormat = value;
                    case "--format" -> format = SparkScreen.OutputFormat.valueOf(value.toLowerCase(Locale.ROOT));
                    case "--column" -> columns = columns.with(value);
                    case "--threshold" -> threshold = Double.parseDouble(value);
                    case "--limit" -> limit = Integer.parseInt(value);
                    case "--store" -> store = value;
                    default ->
                        throw new IllegalArgumentException("expected an option --lists, --input, --output,"
                                + " --input-format, --format, --column, --threshold, --limit or --store, got "
                                + option);
                }
            }
            if (lists == null || input == null || output == null) {
                throw new IllegalArgumentException("expected --lists DIR, --input PATH and --output PATH");
            }
            if (!(threshold >= 0 && threshold <= 1) || limit < 1 || limit > 100) {
                throw new IllegalArgumentException("expected --threshold from 0 to 1 and --limit from 1 to 100");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        int code;
        try {
            ListSnapshot snapshot = ListSnapshot.read(Path.of(lists));
            SparkSession spark =
                    SparkSession.builder().appName("embargo screen").getOrCreate();
            SparkScreen.Summary summary = SparkScreen.run(
                    spark,
                    SparkScreen.read(spark, input, inputFormat),
                    snapshot,
                    new SparkScreen.Job(columns, threshold, limit, output, format).withStore(store));
            for (String p : summary.examples()) {
                System.err.println("error: " + input + ": " + p);
            }
            System.out.println(summary.toJson());
            code = summary.problems() > 0 ? LocalRun.EXIT_ERROR : summary.hits() > 0 ? LocalRun.EXIT_HIT : 0;
        } catch (java.io.IOException | IllegalArgumentException | dev.embargo.store.StoreException e) {
            System.err.println("error: " + e.getMessage());
            code = LocalRun.EXIT_ERROR;
        }
        System.exit(code);
    }
}
