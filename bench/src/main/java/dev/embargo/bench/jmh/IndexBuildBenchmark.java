package dev.embargo.bench.jmh;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Screener;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building the screening index of all lists from the loaded entities, one build per invocation:
 * {@code java -cp bench/target/embargo-bench.jar org.openjdk.jmh.Main IndexBuildBenchmark -f 3 -wi 3 -i 5}
 * for builds in a JVM that has built before (a server's reload), and with {@code -wi 0 -i 1 -f 10} for the
 * first build of fresh JVMs (each fork reads the lists first, as a server starts). Lists from
 * {@code -Dembargo.lists=DIR}, default ../shared/data/lists.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBuildBenchmark {
    private List<Entity> entities;

    @Setup(Level.Trial)
    public void load() throws Exception {
        Path lists = Path.of(System.getProperty("embargo.lists", "../shared/data/lists"));
        entities = ListLoader.loadDirectory(lists).entities();
    }

    @Benchmark
    public Screener build() {
        return Screener.of(entities);
    }
}
