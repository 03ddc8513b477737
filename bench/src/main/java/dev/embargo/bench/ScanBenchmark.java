package dev.embargo.bench;

import dev.embargo.lists.ListLoader;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.Scanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Document scanning speed: the seed article repeated to about 5,000 words, scanned after a warm-up;
 * median wall time of repeated scans and the throughput in bytes of text per second on one thread.
 */
final class ScanBenchmark {
    private ScanBenchmark() {
    }

    static void main(String[] args) throws Exception {
        BenchOptions opts = BenchOptions.parse(args);
        Path article = Path.of(opts.extra().getOrDefault("article", "../shared/seed/article-nl.txt"));
        String seed = Files.readString(article, StandardCharsets.UTF_8);
        int seedWords = seed.split("\\s+").length;
        StringBuilder doc = new StringBuilder();
        while (doc.toString().split("\\s+").length < 5000) {
            doc.append(seed).append("\n\n");
        }
        String text = doc.toString();
        int words = text.split("\\s+").length;
        Scanner scanner = new Scanner(Screener.of(ListLoader.loadDirectory(opts.lists()).entities()));
        for (int i = 0; i < 20; i++) {
            scanner.scan("bench", text, Screener.DEFAULT_THRESHOLD);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            scanner.scan("bench", text, Screener.DEFAULT_THRESHOLD);
            millis.add((System.nanoTime() - t) / 1e6);
        }
        double median = LoadBenchmark.median(millis);
        List<Double> single = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            scanner.scan("bench", seed, Screener.DEFAULT_THRESHOLD);
            single.add((System.nanoTime() - t) / 1e6);
        }
        System.out.printf(Locale.ROOT, "the seed article alone (%d words): median %.1f ms%n", seedWords,
                LoadBenchmark.median(single));
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        System.out.printf(Locale.ROOT, "document: %d words (%d-word seed article repeated), %d bytes%n", words, seedWords,
                bytes);
        System.out.printf(Locale.ROOT, "scan: median %.1f ms over 15 runs after 20 warm-up runs; %.2f MB/s on one thread%n",
                median, bytes / 1e6 / (median / 1e3));
    }
}
