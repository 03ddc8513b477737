package dev.embargo.bench;

import dev.embargo.lists.ListLoader;
import dev.embargo.matching.Screener;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Loading and indexing the lists inside one JVM, the way the server reloads them: median wall time of
 * repeated loads and index builds, and the heap the loaded entities and the index hold after a full GC.
 */
final class LoadBenchmark {
    private LoadBenchmark() {}

    static void main(String[] args) throws Exception {
        BenchOptions opts = BenchOptions.parse(args);
        int runs = Integer.parseInt(opts.extra().getOrDefault("runs", "7"));
        List<Double> loads = new ArrayList<>();
        List<Double> builds = new ArrayList<>();
        ListLoader.Report report = null;
        Screener screener = null;
        for (int i = 0; i < runs; i++) {
            report = null;
            screener = null;
            System.gc();
            long t0 = System.nanoTime();
            report = ListLoader.loadDirectory(opts.lists());
            long t1 = System.nanoTime();
            screener = Screener.of(report.entities());
            long t2 = System.nanoTime();
            loads.add((t1 - t0) / 1e9);
            builds.add((t2 - t1) / 1e9);
            System.out.printf(
                    Locale.ROOT, "run %d: load %.3f s, index %.3f s%n", i + 1, loads.getLast(), builds.getLast());
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        long heap = memory.getHeapMemoryUsage().getUsed();
        System.out.printf(
                Locale.ROOT,
                "entities %d, names indexed %d%n",
                report.entities().size(),
                screener.nameCount());
        System.out.printf(
                Locale.ROOT,
                "load: median %.3f s (first %.3f s); index build: median %.3f s (first %.3f s)%n",
                median(loads),
                loads.getFirst(),
                median(builds),
                builds.getFirst());
        System.out.printf(
                Locale.ROOT, "heap in use after GC with lists and index loaded: %d MB%n", heap / (1024 * 1024));
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
