package dev.embargo.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * {@code embargo spark-screen} once Spark is on the class path: reads and checks the lists, starts Spark,
 * runs the job and reports. Its signature names no Spark type, so the CLI links to it without Spark.
 */
public final class LocalRun {
    private LocalRun() {}

    /** The CLI's exit codes (EmbargoCommand): nothing found, a hit, a runtime error. */
    public static final int EXIT_OK = 0;

    public static final int EXIT_HIT = 1;
    public static final int EXIT_ERROR = 3;

    /** The JDK packages Spark needs opened on JDK 17 and later (as its own launcher opens them). */
    public static final List<String> JVM_OPENS = List.of(
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");

    public static int run(
            Path listsDir,
            String input,
            String inputFormat,
            String output,
            String format,
            String master,
            ColumnMapping mapping,
            double threshold,
            int limit,
            PrintWriter out,
            PrintWriter err)
            throws java.io.IOException {
        return run(listsDir, input, inputFormat, output, format, master, mapping, threshold, limit, null, out, err);
    }

    /** As above, raising the alerts into the monitoring store at {@code store} (a JDBC URL) when not null. */
    public static int run(
            Path listsDir,
            String input,
            String inputFormat,
            String output,
            String format,
            String master,
            ColumnMapping mapping,
            double threshold,
            int limit,
            String store,
            PrintWriter out,
            PrintWriter err)
            throws java.io.IOException {
        long start = System.nanoTime();
        // The lists are checked before Spark starts: a damaged list costs no wait.
        ListSnapshot lists = ListSnapshot.read(listsDir);
        // Spark logs every step at INFO; a command line shows its warnings only (unless configured otherwise).
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "dev/embargo/spark/log4j2-warn.properties");
        }
        SparkSession spark = SparkSession.builder()
                .master(master)
                .appName("embargo spark-screen")
                .config("spark.ui.enabled", "false")
                .getOrCreate();
        try {
            long started = System.nanoTime();
            SparkScreen.Summary summary = SparkScreen.run(
                    spark,
                    SparkScreen.read(spark, input, inputFormat),
                    lists,
                    new SparkScreen.Job(mapping, threshold, limit, output, SparkScreen.OutputFormat.valueOf(format))
                            .withStore(store));
            long done = System.nanoTime();
            for (String p : summary.examples()) {
                err.println("error: " + input + ": " + p);
            }
            if (summary.problems() > summary.examples().size()) {
                err.println("error: " + input + ": "
                        + (summary.problems() - summary.examples().size()) + " more record(s) could not be screened");
            }
            err.printf(
                    Locale.ROOT,
                    "screened %d records in %.2f s (%.0f records/s; start-up %.2f s, lists %d bytes)%n",
                    summary.records(),
                    (done - started) / 1e9,
                    summary.records() / Math.max((done - started) / 1e9, 1e-9),
                    (started - start) / 1e9,
                    lists.bytes());
            err.flush();
            out.println(summary.toJson());
            out.flush();
            return summary.problems() > 0 ? EXIT_ERROR : summary.hits() > 0 ? EXIT_HIT : EXIT_OK;
        } finally {
            spark.stop();
        }
    }
}
