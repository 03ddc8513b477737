package dev.embargo.bench.payment;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.Deadline;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.read.DocumentReader;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Payment messages scanned per second, read and screened as {@code embargo scan} does, on as many threads as
 * asked (two for the two-core figure): generated MT103, MT202 COV, pacs.008 and pain.001 files of one
 * message each, half their parties listed. Rounds over all files until the rate settles, then the median of
 * the measured rounds.
 */
public final class PaymentScanRate {
    private PaymentScanRate() {}

    public static void run(
            List<Entity> entities, List<String> unlisted, int files, int threads, int rounds, PrintStream out)
            throws Exception {
        List<PaymentCorpus.Sample> samples = new PaymentCorpus(entities, unlisted, 20261208L).generate(files, 0);
        Scanner scanner = new Scanner(Screener.of(entities));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int w = 0; w < 5; w++) {
                round(samples, scanner, pool, threads);
            }
            List<Double> rates = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                long t = System.nanoTime();
                int messages = round(samples, scanner, pool, threads);
                rates.add(messages / ((System.nanoTime() - t) / 1e9));
            }
            rates.sort(Double::compare);
            out.printf(
                    Locale.ROOT,
                    "payment messages: %d files of one message (%s in turn), %d threads: median %.0f messages/s"
                            + " (min %.0f, max %.0f over %d rounds)%n",
                    files,
                    String.join(", ", PaymentCorpus.TYPES),
                    threads,
                    rates.get(rates.size() / 2),
                    rates.getFirst(),
                    rates.getLast(),
                    rounds);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every file scanned once, the files shared out among the threads; the number of messages scanned. */
    private static int round(List<PaymentCorpus.Sample> samples, Scanner scanner, ExecutorService pool, int threads)
            throws Exception {
        List<Future<Integer>> parts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int part = k;
            parts.add(pool.submit(() -> {
                DocumentReader reader = new DocumentReader();
                int messages = 0;
                for (int i = part; i < samples.size(); i += threads) {
                    PaymentCorpus.Sample s = samples.get(i);
                    scanner.scan(reader.read(s.name(), s.content()), Screener.DEFAULT_THRESHOLD, "auto", Deadline.NONE);
                    messages += s.messages();
                }
                return messages;
            }));
        }
        int total = 0;
        for (Future<Integer> f : parts) {
            total += f.get();
        }
        return total;
    }
}
