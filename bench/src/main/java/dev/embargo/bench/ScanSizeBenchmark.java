package dev.embargo.bench;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Screener;
import dev.embargo.report.html.HtmlReport;
import dev.embargo.scanning.Scanner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a scan's time grows with the size of the text: generated English prose (the scan benchmark's
 * generator, listed parties in about one slot in three) of growing size, scanned and rendered as HTML. A
 * scan whose overlap checks compare every pair of mentions grows with the square of the size; the figure to
 * read is the CPU time per million characters, which stays flat when the scan is linear. CPU time of the
 * scanning thread, not wall time: the machine is shared. Options: {@code --sizes 250000,500000,1000000,2000000}
 * (characters), {@code --runs 3} (median of), {@code --dense true} (every sentence a quoted listed name, another
 * listed party and two countries: the most mentions a text can hold, where pairwise overlap checks hurt most).
 */
final class ScanSizeBenchmark {
    private ScanSizeBenchmark() {}

    static void main(String[] args) throws Exception {
        BenchOptions opts = BenchOptions.parse(args);
        int[] sizes = Arrays.stream(opts.extra()
                        .getOrDefault("sizes", "250000,500000,1000000,2000000")
                        .split(","))
                .mapToInt(s -> Integer.parseInt(s.strip()))
                .toArray();
        int runs = Integer.parseInt(opts.extra().getOrDefault("runs", "3"));
        long seed = Long.parseLong(opts.extra().getOrDefault("seed", "20261129"));
        boolean dense = Boolean.parseBoolean(opts.extra().getOrDefault("dense", "false"));
        List<Entity> entities = ListLoader.loadDirectory(opts.lists()).entities();
        Scanner scanner = new Scanner(Screener.of(entities));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20; i++) {
            String warm = ScanBenchmark.DistinctProse.generate("en", entities, seed - 1 - i, 5_000);
            HtmlReport.render(scanner.scan("warm-up", warm, opts.threshold(), "en"), warm);
        }
        System.out.println("characters  mentions  scan CPU s  HTML CPU s  scan+HTML CPU s per million characters");
        for (int size : sizes) {
            String text = dense ? denseTextOf(size, entities, seed) : textOf(size, entities, seed);
            List<Double> scanTimes = new ArrayList<>();
            List<Double> htmlTimes = new ArrayList<>();
            int mentions = 0;
            for (int r = 0; r < runs; r++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                Scanner.Report report = scanner.scan("size " + size, text, opts.threshold(), "en");
                long t1 = cpu.getCurrentThreadCpuTime();
                HtmlReport.render(report, text);
                long t2 = cpu.getCurrentThreadCpuTime();
                scanTimes.add((t1 - t0) / 1e9);
                htmlTimes.add((t2 - t1) / 1e9);
                mentions = report.mentions().size();
            }
            double scan = median(scanTimes);
            double html = median(htmlTimes);
            System.out.printf(
                    Locale.ROOT,
                    "%10d  %8d  %10.2f  %10.2f  %10.2f%n",
                    text.length(),
                    mentions,
                    scan,
                    html,
                    (scan + html) / (text.length() / 1e6));
        }
    }

    /** Distinct generated paragraphs until the text has {@code size} characters. */
    private static String textOf(int size, List<Entity> entities, long seed) {
        StringBuilder sb = new StringBuilder(size + 40_000);
        for (long part = 0; sb.length() < size; part++) {
            sb.append(ScanBenchmark.DistinctProse.generate("en", entities, seed + 7919L * part, 5_000))
                    .append("\n\n");
        }
        sb.setLength(size);
        return sb.toString();
    }

    /** Sentences made only of mentions: a quoted listed name, another listed party, two countries. */
    private static String denseTextOf(int size, List<Entity> entities, long seed) {
        List<String> names = entities.stream()
                .map(e -> e.primaryName().full())
                .filter(n -> n.matches("[A-Za-z ,.'-]{4,40}") && n.indexOf(' ') > 0)
                .distinct()
                .sorted()
                .toList();
        List<String> countries = List.of(
                "Russia",
                "Iran",
                "North Korea",
                "Syria",
                "Belarus",
                "Venezuela",
                "Cuba",
                "Myanmar",
                "China",
                "Türkiye");
        java.util.Random random = new java.util.Random(seed);
        StringBuilder sb = new StringBuilder(size + 200);
        while (sb.length() < size) {
            sb.append('"')
                    .append(names.get(random.nextInt(names.size())))
                    .append("\" met ")
                    .append(names.get(random.nextInt(names.size())))
                    .append(" in ")
                    .append(countries.get(random.nextInt(countries.size())))
                    .append(" and ")
                    .append(countries.get(random.nextInt(countries.size())))
                    .append(". ");
        }
        sb.setLength(size);
        return sb.toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
