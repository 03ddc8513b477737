package dev.embargo.bench;

import dev.embargo.store.ListsSnapshot;
import dev.embargo.store.Portfolio;
import dev.embargo.store.PortfolioGenerator;
import dev.embargo.store.RecordScreening;
import dev.embargo.store.Rescreening;
import dev.embargo.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code embargo bench portfolio --records N [--listed 0.001] [--db URL] [--since OLD_LISTS]}: generates N
 * records (people from the evaluation set's names, companies from listed organisations' words, a share of listed
 * parties), imports and screens them into a store (a fresh H2 file by default), and reports the time end to end.
 * With --since, the import screens against OLD_LISTS and the change to --lists is then applied as a delta,
 * timed, with how many records it screened again.
 */
final class PortfolioBenchmark {
    private PortfolioBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchOptions o = BenchOptions.parse(args);
        int records = Integer.parseInt(o.extra().getOrDefault("records", "100000"));
        double listed = Double.parseDouble(o.extra().getOrDefault("listed", "0.001"));
        Path work = Files.createTempDirectory("embargo-bench-portfolio");
        String db = o.extra().getOrDefault("db", "jdbc:h2:file:" + work.resolve("store"));
        String since = o.extra().get("since");

        long t = System.nanoTime();
        ListsSnapshot now = ListsSnapshot.load(o.lists());
        ListsSnapshot before = since == null ? now : ListsSnapshot.load(Path.of(since));
        System.out.printf(Locale.ROOT, "lists loaded and indexed: %.1f s%n", (System.nanoTime() - t) / 1e9);
        List<dev.embargo.lists.model.Entity> parties = new ArrayList<>(before.entities());
        parties.addAll(now.entities());
        Path file = work.resolve("portfolio.csv");
        int listedCount = PortfolioGenerator.of(o.eval().resolve("negatives_global.csv"), parties)
                .writeCsv(file, records, listed, 42);
        System.out.printf(
                Locale.ROOT,
                "generated %,d records (%,d listed) in %s (%,d bytes)%n",
                records,
                listedCount,
                file,
                Files.size(file));

        try (Store store = Store.open(db)) {
            t = System.nanoTime();
            Portfolio.ImportReport r = new Portfolio(store)
                    .importFile(file, false, new RecordScreening(before, o.threshold()), "bench", c -> {});
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "import and first screening: %,d rows, %,d inserted, %,d rejected, %,d alerts"
                            + " in %.1f s (%,.0f records/s) on %s%n",
                    r.rows(),
                    r.inserted(),
                    r.rejected().size(),
                    r.raised(),
                    seconds,
                    r.inserted() / seconds,
                    store.isPostgres() ? "PostgreSQL" : "H2");
            if (since != null) {
                t = System.nanoTime();
                Rescreening.Report d =
                        new Rescreening(store).listChange(before, new RecordScreening(now, o.threshold()), "bench");
                System.out.printf(
                        Locale.ROOT,
                        "list change: %,d added, %,d changed, %,d removed listings; %,d of %,d"
                                + " records screened again; %,d alerts raised, %,d raised again, %,d closed, %,d closed"
                                + " (listing removed) in %.1f s%n",
                        d.added(),
                        d.changed(),
                        d.removed(),
                        d.screened(),
                        d.records(),
                        d.raised(),
                        d.raisedAgain(),
                        d.closed(),
                        d.closedByRemoval(),
                        (System.nanoTime() - t) / 1e9);
            }
        }
        if (!o.extra().containsKey("db")) {
            System.out.printf(Locale.ROOT, "H2 file: %,d bytes%n", sizeOf(work));
        }
    }

    private static long sizeOf(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".db"))
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
