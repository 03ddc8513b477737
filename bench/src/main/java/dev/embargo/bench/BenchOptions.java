package dev.embargo.bench;

import dev.embargo.matching.Screener;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Options shared by the benchmarks: where the lists and the evaluation data are, and the threshold. */
record BenchOptions(Path lists, Path eval, double threshold, Map<String, String> extra) {
    static BenchOptions parse(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        Path lists = Path.of(opts.getOrDefault("lists", "../shared/data/lists"));
        Path eval = Path.of(opts.getOrDefault("eval", "../shared/eval"));
        double threshold =
                Double.parseDouble(opts.getOrDefault("threshold", Double.toString(Screener.DEFAULT_THRESHOLD)));
        return new BenchOptions(lists, eval, threshold, opts);
    }
}
