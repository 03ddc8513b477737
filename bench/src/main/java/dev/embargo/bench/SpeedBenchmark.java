package dev.embargo.bench;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * In-process screening speed with all lists loaded: per-query latency on one thread (p50, p99 over every
 * query of the evaluation files, after a warm-up pass), batch throughput on all cores, and how both grow
 * when the lists are copied 2× and 4× (the copies get new ids and a suffix on every name word, so they
 * add names to search without adding exact duplicates).
 */
final class SpeedBenchmark {
    private SpeedBenchmark() {}

    static void main(String[] args) throws Exception {
        BenchOptions opts = BenchOptions.parse(args);
        List<Entity> base = ListLoader.loadDirectory(opts.lists()).entities();
        List<Query> queries = new ArrayList<>();
        for (NamedCsvRecord r : QualityBenchmark.read(opts.eval().resolve("un-persons/queries_with_typos.csv"))) {
            queries.add(QualityBenchmark.query(r));
        }
        for (NamedCsvRecord r : QualityBenchmark.read(opts.eval().resolve("negatives_global.csv"))) {
            queries.add(QualityBenchmark.query(r));
        }
        String[] scales = opts.extra().getOrDefault("scales", "1,2,4").split(",");
        for (String s : scales) {
            int scale = Integer.parseInt(s.strip());
            List<Entity> entities = scale == 1 ? base : scaled(base, scale);
            long t0 = System.nanoTime();
            Screener screener = Screener.of(entities);
            double build = (System.nanoTime() - t0) / 1e9;
            measure(screener, queries, opts.threshold(), scale, build);
        }
    }

    private static void measure(Screener screener, List<Query> queries, double threshold, int scale, double build) {
        // The first pass, straight after start-up, on all cores: what a batch run sees.
        long cold = System.nanoTime();
        queries.parallelStream().forEach(q -> screener.screen(q, threshold, 10));
        System.out.printf(
                Locale.ROOT,
                "first pass after start-up, all cores: %d names in %.2f s (%.0f names/s)%n",
                queries.size(),
                (System.nanoTime() - cold) / 1e9,
                queries.size() / ((System.nanoTime() - cold) / 1e9));
        // Warm-up: one more pass on this thread, so the compiler has seen every path.
        for (Query q : queries) {
            screener.screen(q, threshold, 10);
        }
        long[] nanos = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            screener.screen(queries.get(i), threshold, 10);
            nanos[i] = System.nanoTime() - t;
        }
        java.util.Map<String, long[]> byScript = new java.util.TreeMap<>();
        for (int i = 0; i < queries.size(); i++) {
            long[] acc = byScript.computeIfAbsent(
                    dev.embargo.lists.model.Scripts.dominantScript(
                            queries.get(i).name()),
                    k -> new long[2]);
            acc[0] += nanos[i];
            acc[1]++;
        }
        StringBuilder scripts = new StringBuilder();
        byScript.forEach(
                (k, v) -> scripts.append(String.format(Locale.ROOT, " %s %d×%.0fµs", k, v[1], v[0] / 1e3 / v[1])));
        System.out.println("mean latency by script:" + scripts);
        Arrays.sort(nanos);
        List<Double> rates = new ArrayList<>();
        for (int pass = 0; pass < 5; pass++) {
            long start = System.nanoTime();
            queries.parallelStream().forEach(q -> screener.screen(q, threshold, 10));
            rates.add(queries.size() / ((System.nanoTime() - start) / 1e9));
        }
        double rate = LoadBenchmark.median(rates);
        System.out.printf(
                Locale.ROOT,
                "scale %d×: %d entities, %d names; index build %.2f s; one thread: p50 %.0f µs, "
                        + "p90 %.0f µs, p99 %.0f µs, max %.1f ms; all %d cores: %.0f names/s (median of 5 passes)%n",
                scale,
                screener.entities().size(),
                screener.nameCount(),
                build,
                nanos[nanos.length / 2] / 1e3,
                nanos[(int) (nanos.length * 0.9)] / 1e3,
                nanos[(int) (nanos.length * 0.99)] / 1e3,
                nanos[nanos.length - 1] / 1e6,
                Runtime.getRuntime().availableProcessors(),
                rate);
    }

    static List<Entity> scaled(List<Entity> base, int scale) {
        List<Entity> out = new ArrayList<>(base);
        for (int copy = 1; copy < scale; copy++) {
            String suffix = "x" + copy;
            for (Entity e : base) {
                List<Name> names = new ArrayList<>();
                for (Name n : e.names()) {
                    names.add(new Name(
                            n.full().replaceAll("(\\p{L}+)", "$1" + suffix), n.type(), n.quality(), n.script()));
                }
                out.add(new Entity(
                        e.id() + "~" + suffix,
                        e.source(),
                        e.kind(),
                        names,
                        e.birthDates(),
                        e.birthPlaces(),
                        e.nationalities(),
                        e.citizenships(),
                        e.countries(),
                        e.gender(),
                        e.titles(),
                        e.addresses(),
                        List.of(),
                        e.programs(),
                        e.listedOn(),
                        e.remarks(),
                        e.links(),
                        e.sourceFile(),
                        e.published()));
            }
        }
        return out;
    }
}
