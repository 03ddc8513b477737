package dev.embargo.bench;

import dev.embargo.lists.ListLoader;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * This build against another build's bench jar, in one JVM, measured in alternation: screening the candidate
 * spans of the generated documents ({@code --mode screen}) or scanning them ({@code --mode scan}).
 *
 * <p>Why in one JVM: this machine's speed changes by up to 1.7× within minutes, as much as most changes
 * worth measuring; two JVMs run one after the other fall in different spells. Here the two builds take turns
 * round by round (which goes first alternates), so a slow spell slows both. Each build has a class loader of
 * its own; the other jar's classes come first in its loader, and any class it lacks ({@link BuildProbe}, if
 * that build predates it) comes from this jar. The two share one heap, so a collection caused by one build may
 * fall in the other's turn: another reason for many rounds and medians. Options: {@code --against JAR} (required), {@code --mode screen|scan|queries}, {@code --rounds N}
 * (default 40), {@code --warmup N} (default 15), {@code --seed S}, {@code --lists DIR}.
 */
final class BuildComparison {
    private BuildComparison() {}

    static void main(String[] args) throws Exception {
        BenchOptions opts = BenchOptions.parse(args);
        String against = opts.extra().get("against");
        if (against == null || !Files.isRegularFile(Path.of(against))) {
            throw new IllegalArgumentException("--against must name another build's bench jar"
                    + " (bench/target/embargo-bench.jar), got " + against);
        }
        String mode = opts.extra().getOrDefault("mode", "screen");
        if (!mode.equals("screen") && !mode.equals("scan") && !mode.equals("queries")) {
            throw new IllegalArgumentException("--mode must be screen, scan or queries, got " + mode);
        }
        int rounds = Integer.parseInt(opts.extra().getOrDefault("rounds", "40"));
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1, got " + rounds);
        }
        int warmup = Integer.parseInt(opts.extra().getOrDefault("warmup", "15"));
        long seed = Long.parseLong(opts.extra().getOrDefault("seed", "20261129"));
        if (mode.equals("queries")) {
            compareQueries(opts, against, rounds, warmup);
            return;
        }
        List<String> texts = new ArrayList<>();
        var entities = ListLoader.loadDirectory(opts.lists()).entities();
        for (String lang : List.of("en", "nl", "de")) {
            texts.add(ScanBenchmark.DistinctProse.generate(lang, entities, seed, 5000));
        }
        URL self = BuildComparison.class.getProtectionDomain().getCodeSource().getLocation();
        URL other = Path.of(against).toUri().toURL();
        URL[][] classPaths = {{self}, {other, self}};
        Object[] probes = new Object[2];
        Method[] measure = new Method[2];
        for (int k = 0; k < 2; k++) {
            ClassLoader loader = new URLClassLoader(classPaths[k], ClassLoader.getPlatformClassLoader());
            Class<?> probe = loader.loadClass(BuildProbe.class.getName());
            probes[k] = probe.getConstructor(String.class, List.class)
                    .newInstance(opts.lists().toString(), texts);
            measure[k] = probe.getMethod(mode.equals("scan") ? "scanTexts" : "screenSpans");
        }
        for (int i = 0; i < warmup; i++) {
            for (int k = 0; k < 2; k++) {
                measure[k].invoke(probes[k]);
            }
        }
        List<List<Long>> times = List.of(new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r < rounds; r++) {
            for (int turn = 0; turn < 2; turn++) {
                int k = r % 2 == 0 ? turn : 1 - turn;
                times.get(k).add((Long) measure[k].invoke(probes[k]));
            }
        }
        int thisFaster = 0;
        for (int r = 0; r < rounds; r++) {
            thisFaster += times.get(0).get(r) < times.get(1).get(r) ? 1 : 0;
        }
        System.out.printf(
                Locale.ROOT,
                "%s of the distinct English, Dutch and German documents (seed %d), %d rounds"
                        + " after %d warm-up rounds%n",
                mode.equals("scan") ? "scans" : "screening the candidate spans",
                seed,
                rounds,
                warmup);
        double[] medians = new double[2];
        for (int k = 0; k < 2; k++) {
            List<Long> sorted = new ArrayList<>(times.get(k));
            Collections.sort(sorted);
            int middle = sorted.size() / 2;
            medians[k] =
                    (sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0)
                            / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "%-12s median %.2f ms, fastest %.2f ms%n",
                    k == 0 ? "this build" : "other build",
                    medians[k],
                    sorted.getFirst() / 1e6);
        }
        System.out.printf(
                Locale.ROOT,
                "this build took %.2f of the other's median time, and was faster in %d of %d" + " rounds (other: %s)%n",
                medians[0] / medians[1],
                thisFaster,
                rounds,
                against);
    }

    /**
     * {@code --mode queries}: the queries of the evaluation files (the UN queries and the negatives, as {@code bench
     * speed} screens them) screened one after the other on one thread by each build in turn ({@link QueryProbe});
     * the thread's CPU time per query, medians over the rounds.
     */
    private static void compareQueries(BenchOptions opts, String against, int rounds, int warmup) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (String file : List.of("un-persons/queries_with_typos.csv", "negatives_global.csv")) {
            for (var r : QualityBenchmark.read(opts.eval().resolve(file))) {
                rows.add(List.of(r.getField("full_name"), r.getField("date_of_birth"), r.getField("nationality")));
            }
        }
        URL self = BuildComparison.class.getProtectionDomain().getCodeSource().getLocation();
        URL other = Path.of(against).toUri().toURL();
        URL[][] classPaths = {{self}, {other, self}};
        Object[] probes = new Object[2];
        Method[] measure = new Method[2];
        for (int k = 0; k < 2; k++) {
            ClassLoader loader = new URLClassLoader(classPaths[k], ClassLoader.getPlatformClassLoader());
            Class<?> probe = loader.loadClass(QueryProbe.class.getName());
            probes[k] = probe.getConstructor(String.class, List.class, double.class)
                    .newInstance(opts.lists().toString(), rows, opts.threshold());
            measure[k] = probe.getMethod("screenQueries");
        }
        for (int i = 0; i < warmup; i++) {
            for (int k = 0; k < 2; k++) {
                measure[k].invoke(probes[k]);
            }
        }
        List<List<Long>> times = List.of(new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r < rounds; r++) {
            for (int turn = 0; turn < 2; turn++) {
                int k = r % 2 == 0 ? turn : 1 - turn;
                times.get(k).add((Long) measure[k].invoke(probes[k]));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d queries of %s at threshold %.2f, one thread, %d rounds after %d warm-up rounds%n",
                rows.size(),
                opts.eval(),
                opts.threshold(),
                rounds,
                warmup);
        double[] medians = new double[2];
        for (int k = 0; k < 2; k++) {
            List<Long> sorted = new ArrayList<>(times.get(k));
            Collections.sort(sorted);
            medians[k] = sorted.get(sorted.size() / 2) / 1e3 / rows.size();
            System.out.printf(
                    Locale.ROOT,
                    "%-12s CPU per query: median %.1f µs, least %.1f µs; rounds %s%n",
                    k == 0 ? "this build" : "other build",
                    medians[k],
                    sorted.getFirst() / 1e3 / rows.size(),
                    times.get(k).stream()
                            .map(t -> String.format(Locale.ROOT, "%.1f", t / 1e3 / rows.size()))
                            .toList());
        }
        System.out.printf(
                Locale.ROOT,
                "this build took %.3f of the other's median CPU per query (other: %s)%n",
                medians[0] / medians[1],
                against);
    }
}
