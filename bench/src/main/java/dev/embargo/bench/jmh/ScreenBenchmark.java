package dev.embargo.bench.jmh;

import dev.embargo.lists.ListLoader;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One screening query against all lists, in-process, per kind of name:
 * {@code java -cp bench/target/embargo-bench.jar org.openjdk.jmh.Main ScreenBenchmark} (lists from
 * {@code -Dembargo.lists=DIR}, default ../shared/data/lists).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScreenBenchmark {
    @Param({
        "Kim Jong-un",
        "MUHAMMAD JIBRRIL ABDUL RAHMAN",
        "Patricia Lucas Wheeler",
        "김정은",
        "Ким Чен Ын",
        "محمد علي",
        "金正恩"
    })
    public String name;

    private Screener screener;
    private Query query;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path lists = Path.of(System.getProperty("embargo.lists", "../shared/data/lists"));
        screener = Screener.of(ListLoader.loadDirectory(lists).entities());
        query = new Query(name, null, null, null, List.of());
    }

    @Benchmark
    public Object screen() {
        return screener.screen(query, Screener.DEFAULT_THRESHOLD, 10);
    }
}
