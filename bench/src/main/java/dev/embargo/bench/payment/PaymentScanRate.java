package dev.embargo.bench.payment;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.Deadline;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.read.DocumentReader;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;

/**
 * Payment messages scanned per second, read and screened as {@code embargo scan} does, on as many threads as
 * asked (two for the two-core figure): generated MT103, MT202 COV, pacs.008 and pain.001 files of one
 * message each, half their parties listed. The files are generated before anything is timed; what is timed
 * is, per file, reading its bytes (kind, parse, fields) and scanning the document (party names, identifiers,
 * jurisdictions, free text, the assembled report), not rendering the report as JSON.
 *
 * <p>Two measures, because the wall clock of a shared machine says more about the other programs on it than
 * about the scan: the wall-clock rate, and the CPU time (user + system) spent per message, with the rate that
 * CPU time gives when each of {@code threads} cores does nothing else ({@code threads} / CPU-seconds per
 * message). The CPU time is taken twice: of the whole process (the scanning threads and the collector's and
 * compilers' work they cause), the one the implied rate is given for, and of the scanning threads alone.
 * A slow spell of the machine stretches the wall clock many times over, the CPU time far less.
 *
 * <p>Warm-up: rounds over all files until the compilers have settled (at least {@code minWarmup} rounds, then
 * on until the compilers' time over the last five rounds is under 2 % of theirs, at most {@code maxWarmup}):
 * on a busy machine the optimising compiler is starved for many rounds, and a fixed short warm-up measured
 * code still being compiled. Then the medians of the measured rounds.
 */
public final class PaymentScanRate {
    /** Rounds over which the compilers' time is weighed against the rounds' time. */
    private static final int SETTLE_WINDOW = 5;

    private PaymentScanRate() {}

    /** One measured round: messages scanned, wall time, the process's and the scanning threads' CPU time. */
    record Round(int messages, long wallNanos, long processCpuNanos, long threadCpuNanos) {
        double wallRate() {
            return messages / (wallNanos / 1e9);
        }

        double processMicrosPerMessage() {
            return processCpuNanos / 1e3 / messages;
        }

        double threadMicrosPerMessage() {
            return threadCpuNanos / 1e3 / messages;
        }
    }

    public static void run(
            List<Entity> entities,
            List<String> unlisted,
            int files,
            int threads,
            int rounds,
            int minWarmup,
            int maxWarmup,
            PrintStream out)
            throws Exception {
        List<PaymentCorpus.Sample> samples = new PaymentCorpus(entities, unlisted, 20261208L).generate(files, 0);
        Scanner scanner = new Scanner(Screener.of(entities));
        ThreadMXBean threadCpu = ManagementFactory.getThreadMXBean();
        if (!threadCpu.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long[] compileMillis = new long[SETTLE_WINDOW];
            long[] roundMillis = new long[SETTLE_WINDOW];
            int warmup = 0;
            while (warmup < maxWarmup) {
                long compiling = jit.getTotalCompilationTime();
                Round r = round(samples, scanner, pool, threads, threadCpu);
                roundMillis[warmup % SETTLE_WINDOW] = r.wallNanos() / 1_000_000;
                compileMillis[warmup % SETTLE_WINDOW] = jit.getTotalCompilationTime() - compiling;
                warmup++;
                if (warmup >= Math.max(minWarmup, SETTLE_WINDOW)
                        && java.util.Arrays.stream(compileMillis).sum()
                                < 0.02 * java.util.Arrays.stream(roundMillis).sum()) {
                    break;
                }
            }
            List<Round> measured = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                measured.add(round(samples, scanner, pool, threads, threadCpu));
            }
            out.print(report(files, threads, warmup, measured));
        } finally {
            pool.shutdownNow();
        }
    }

    /** What the measured rounds say, each measure on a line of its own that names it. */
    static String report(int files, int threads, int warmup, List<Round> measured) {
        double processMicros = median(measured, Round::processMicrosPerMessage);
        double threadMicros = median(measured, Round::threadMicrosPerMessage);
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "payment messages: %d files of one message (%s in turn), %d threads, %d measured rounds after %d"
                        + " warm-up rounds%n",
                files,
                String.join(", ", PaymentCorpus.TYPES),
                threads,
                measured.size(),
                warmup));
        b.append(String.format(
                Locale.ROOT,
                "  wall clock:         median %.0f messages/s (min %.0f, max %.0f) - what this machine gave just"
                        + " now, other programs included%n",
                median(measured, Round::wallRate),
                min(measured, Round::wallRate),
                max(measured, Round::wallRate)));
        b.append(String.format(
                Locale.ROOT,
                "  CPU, whole process: median %.1f us per message (min %.1f, max %.1f), user+sys -> %.0f messages/s"
                        + " on %d cores doing nothing else%n",
                processMicros,
                min(measured, Round::processMicrosPerMessage),
                max(measured, Round::processMicrosPerMessage),
                impliedRate(processMicros, threads),
                threads));
        b.append(String.format(
                Locale.ROOT,
                "  CPU, scan threads:  median %.1f us per message (min %.1f, max %.1f), user+sys -> %.0f messages/s"
                        + " on %d cores (without the collector's and compilers' share)%n",
                threadMicros,
                min(measured, Round::threadMicrosPerMessage),
                max(measured, Round::threadMicrosPerMessage),
                impliedRate(threadMicros, threads),
                threads));
        return b.toString();
    }

    /** Messages per second that {@code cores} cores give at {@code microsPerMessage} of CPU each. */
    static double impliedRate(double microsPerMessage, int cores) {
        return cores / (microsPerMessage / 1e6);
    }

    private static double median(List<Round> rounds, ToDoubleFunction<Round> f) {
        double[] v = rounds.stream().mapToDouble(f).sorted().toArray();
        return v[v.length / 2];
    }

    private static double min(List<Round> rounds, ToDoubleFunction<Round> f) {
        return rounds.stream().mapToDouble(f).min().orElseThrow();
    }

    private static double max(List<Round> rounds, ToDoubleFunction<Round> f) {
        return rounds.stream().mapToDouble(f).max().orElseThrow();
    }

    /**
     * Every file read and scanned once, the files shared out among the threads. Each thread measures its own
     * CPU time around its share, so that only scanning is counted in it.
     */
    private static Round round(
            List<PaymentCorpus.Sample> samples,
            Scanner scanner,
            ExecutorService pool,
            int threads,
            ThreadMXBean threadCpu)
            throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processCpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        List<Future<long[]>> parts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int part = k;
            parts.add(pool.submit(() -> {
                long cpu = threadCpu.getCurrentThreadCpuTime();
                DocumentReader reader = new DocumentReader();
                long messages = 0;
                for (int i = part; i < samples.size(); i += threads) {
                    PaymentCorpus.Sample s = samples.get(i);
                    scanner.scan(reader.read(s.name(), s.content()), Screener.DEFAULT_THRESHOLD, "auto", Deadline.NONE);
                    messages += s.messages();
                }
                return new long[] {messages, threadCpu.getCurrentThreadCpuTime() - cpu};
            }));
        }
        long messages = 0;
        long threadNanos = 0;
        for (Future<long[]> f : parts) {
            long[] part = f.get();
            messages += part[0];
            threadNanos += part[1];
        }
        long wall = System.nanoTime() - start;
        return new Round(Math.toIntExact(messages), wall, os.getProcessCpuTime() - processCpu, threadNanos);
    }
}
