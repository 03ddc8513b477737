package dev.embargo.cli;

import dev.embargo.matching.Screener;
import dev.embargo.spark.ColumnMapping;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        mixinStandardHelpOptions = true,
        name = "spark-screen",
        description = {
            "Screen a table of records (Parquet, CSV, JSON, ORC) with Apache Spark, by default in local mode on this"
                    + " machine; writes one row per match (record_id and the fields of `screen`'s JSON matches)"
                    + " and prints a summary as one JSON line.",
            "Exits 0 when nothing matched, 1 when a record matched, 2 on a usage error, 3 when the lists or the input"
                    + " could not be read or some records could not be screened."
        })
public final class SparkScreenCommand implements Callable<Integer> {
    enum Format {
        parquet,
        json
    }

    @Mixin
    ListsOption lists;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "table to screen: a file or folder")
    String input;

    @Option(
            names = "--input-format",
            paramLabel = "FORMAT",
            description = "parquet, csv, json, orc or any Spark source (default: from the extension, else parquet)")
    String inputFormat;

    @Option(
            names = "--output",
            required = true,
            paramLabel = "DIR",
            description = "folder to write the matches to (must not exist)")
    String output;

    @Option(
            names = "--format",
            defaultValue = "parquet",
            description = "output format: parquet or json (JSON lines) (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(
            names = "--master",
            defaultValue = "local[*]",
            description = "Spark master (default: ${DEFAULT-VALUE}: every core of this machine)")
    String master;

    @Option(
            names = "--column",
            paramLabel = "FIELD=COLUMN",
            description = "the input column of a field (id, name, type, dob, country, identifiers); by default id,"
                    + " name or full_name, type, dob or date_of_birth, country or nationality, identifiers")
    List<String> columns = new ArrayList<>();

    @Option(
            names = "--threshold",
            defaultValue = "" + Screener.DEFAULT_THRESHOLD,
            description = "lowest score reported, 0 to 1 (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(
            names = "--limit",
            defaultValue = "" + Screener.DEFAULT_LIMIT,
            description = "most matches per record, 1 to 100 (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(
            names = "--store",
            paramLabel = "JDBC_URL",
            description = "also raise the alerts into the monitoring store (jdbc:postgresql://... or jdbc:h2:...),"
                    + " the queue `serve` reviews; a rerun raises none twice")
    String store;

    @Spec
    CommandSpec spec;

    /** Where the build puts Spark's jars for local mode: spark-lib beside embargo.jar (EMBARGO_SPARK_LIB wins). */
    static final String SPARK_LIB = "spark-lib";

    @Override
    public Integer call() throws Exception {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new ParameterException(spec.commandLine(), "--threshold: expected a number from 0 to 1");
        }
        if (limit < 1 || limit > 100) {
            throw new ParameterException(spec.commandLine(), "--limit: expected a whole number from 1 to 100");
        }
        ColumnMapping mapping = ColumnMapping.DEFAULT;
        try {
            for (String c : columns) {
                mapping = mapping.with(c);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!output.contains("://") && Files.exists(Path.of(output))) {
            throw new ParameterException(
                    spec.commandLine(), "--output: " + output + " exists; expected a folder that does not");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!sparkOnClasspath()) {
            return relaunchWithSpark(err);
        }
        return dev.embargo.spark.LocalRun.run(
                lists.dir(),
                input,
                inputFormat,
                output,
                format.name(),
                master,
                mapping,
                threshold,
                limit,
                store,
                spec.commandLine().getOut(),
                err);
    }

    private static boolean sparkOnClasspath() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkScreenCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Runs this command again in a JVM with Spark's jars on its class path. Spark is not in embargo.jar (it
     * would multiply its size and start-up for every other command); the build copies its jars beside it,
     * and Spark needs JDK packages opened that the other commands must not open.
     */
    private int relaunchWithSpark(PrintWriter err) throws Exception {
        String env = System.getenv("EMBARGO_SPARK_LIB");
        Path jar = Path.of(SparkScreenCommand.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path lib = env != null && !env.isBlank() ? Path.of(env) : sparkLib(jar);
        if (lib == null || !Files.isDirectory(lib)) {
            err.println("error: " + (lib != null ? lib : jar.resolveSibling(SPARK_LIB))
                    + ": expected Spark's jars (built by `./mvnw package -pl cli -am`);"
                    + " or run the job with spark-submit (see README.md)");
            err.flush();
            return EmbargoCommand.EXIT_ERROR;
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String arg :
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // The class data archive is for embargo.jar alone; heap and other settings carry over.
            if (!arg.startsWith("-XX:SharedArchiveFile")
                    && !arg.startsWith("-XX:+AutoCreateSharedArchive")
                    && !arg.startsWith("-Xlog:cds")
                    && !arg.startsWith("-XX:AOT")
                    && !arg.startsWith("-Xlog:aot")) {
                command.add(arg);
            }
        }
        command.addAll(dev.embargo.spark.LocalRun.JVM_OPENS);
        if (Runtime.version().feature() >= 24) {
            // Spark and its libraries use sun.misc.Unsafe and native access, which JDK 24+ warns about on
            // every start; the options do not exist before 24.
            command.add("--enable-native-access=ALL-UNNAMED");
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-cp");
        // Spark's jars first: Spark is the stricter about its libraries' versions (commons-io, ...), and
        // Embargo works with the newer ones it brings.
        command.add(lib.resolve("*") + File.pathSeparator + System.getProperty("java.class.path"));
        command.add(EmbargoCommand.class.getName());
        command.add("spark-screen");
        List<String> given = spec.commandLine().getParseResult().originalArgs();
        int at = given.indexOf("spark-screen");
        command.addAll(at >= 0 ? given.subList(at + 1, given.size()) : given);
        Process child = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.INHERIT)
                .start();
        Thread copyOut = copy(child.getInputStream(), spec.commandLine().getOut());
        Thread copyErr = copy(child.getErrorStream(), err);
        int code = child.waitFor();
        copyOut.join();
        copyErr.join();
        return code;
    }

    /** Copies a child's output to one of this command's writers, as it comes. */
    private static Thread copy(java.io.InputStream from, PrintWriter to) {
        Thread t = new Thread(() -> {
            try (java.io.BufferedReader r = new java.io.BufferedReader(
                    new java.io.InputStreamReader(from, java.nio.charset.StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    to.println(line);
                    to.flush();
                }
            } catch (java.io.IOException e) {
                // The child is gone; its exit code tells the rest.
            }
        });
        t.start();
        return t;
    }

    /**
     * Spark's jars: spark-lib beside embargo.jar, or where the build puts them in this repository
     * (spark/target/spark-lib), found from the location of Embargo's classes.
     */
    private static Path sparkLib(Path jar) {
        Path beside = jar.resolveSibling(SPARK_LIB);
        if (Files.isDirectory(beside)) {
            return beside;
        }
        for (Path dir = jar.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Path built = dir.resolve("spark").resolve("target").resolve(SPARK_LIB);
            if (Files.isDirectory(built)) {
                return built;
            }
        }
        return null;
    }
}
