package dev.embargo.bench;

import java.util.Arrays;

/** Entry point of the benchmark jar: {@code quality}, {@code speed}, {@code load}, {@code scan}, {@code scan-size} or {@code compare-builds}, each with its own options. */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(
                    "usage: embargo bench quality|speed|load|scan|scan-size|compare-builds [--lists DIR] [--eval DIR] [--threshold T]");
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "quality" -> QualityBenchmark.main(rest);
            case "speed" -> SpeedBenchmark.main(rest);
            case "load" -> LoadBenchmark.main(rest);
            case "scan" -> ScanBenchmark.main(rest);
            case "scan-size" -> ScanSizeBenchmark.main(rest);
            case "compare-builds" -> BuildComparison.main(rest);
            case "grouping" -> GroupingBenchmark.main(rest);
            case "portfolio" -> PortfolioBenchmark.main(rest);
            default -> {
                System.err.println("unknown benchmark: " + args[0]
                        + " (expected quality, speed, load, scan, scan-size, compare-builds, grouping or portfolio)");
                System.exit(2);
            }
        }
    }
}
