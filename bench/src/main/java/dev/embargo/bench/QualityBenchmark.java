package dev.embargo.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.embargo.bench.payment.PaymentQuality;
import dev.embargo.bench.quality.CongressLikeNames;
import dev.embargo.bench.quality.KhmerScriptQuality;
import dev.embargo.bench.quality.NameVariantQuality;
import dev.embargo.bench.quality.PairQuality;
import dev.embargo.bench.quality.ProseQuality;
import dev.embargo.bench.quality.TranscriptionQuality;
import dev.embargo.lists.Countries;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.ListedDates;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.Comparison;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.Token;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Screening quality on the labelled data in ../shared/eval, at the default threshold, with all lists loaded:
 * recall@1 and recall@10 of the expected listed person for damaged names, the false alert rate on people who
 * are on no list, and the cross-script pairs that compare as a match. Every query carries the date of birth
 * and nationality its row gives, as a screening request would.
 *
 * <p>The expected entity of a damaged name is the UN-listed person of the same row; the same person listed
 * by another list (same name words, same kind) counts too, since ranking the OFAC copy of a UN listing
 * first is not a miss.
 */
public final class QualityBenchmark {
    private QualityBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchOptions opts = BenchOptions.parse(args);
        PrintStream out = System.out;
        long t0 = System.nanoTime();
        ListLoader.Report report = ListLoader.loadDirectory(opts.lists());
        List<Entity> entities = report.entities();
        long t1 = System.nanoTime();
        Screener screener = Screener.of(entities);
        long t2 = System.nanoTime();
        out.printf(
                Locale.ROOT,
                "lists: %d entities from %d files in %.2f s; index: %d names in %.2f s%n",
                entities.size(),
                report.lists().size(),
                (t1 - t0) / 1e9,
                screener.nameCount(),
                (t2 - t1) / 1e9);
        out.printf(Locale.ROOT, "threshold: %.2f%n", opts.threshold());

        List<String> missLines = new ArrayList<>();
        recall(screener, entities, opts, out, missLines);
        falseAlerts(screener, opts, out, missLines);
        crossScript(screener, opts, out, missLines);
        // One reading of the people on no list serves every generated set below.
        List<String[]> people = negativeNames(opts);
        List<String> unlisted = people.stream().map(p -> p[0]).toList();
        // The server screens listings grouped into parties; the payment and prose benches count a hit on another
        // listing of the planted one's party as the party, so they share one grouping.
        Map<String, String> partyOf = dev.embargo.parties.PartyGrouper.partyOfListing(entities);
        PaymentQuality.run(
                screener,
                entities,
                partyOf,
                unlisted,
                Integer.parseInt(opts.extra().getOrDefault("payment-files", "400")),
                opts.threshold(),
                Boolean.parseBoolean(opts.extra().getOrDefault("payments-as-text", "false")),
                out,
                missLines);
        int perClass = Integer.parseInt(opts.extra().getOrDefault("pairs-per-class", "400"));
        PairQuality.run(entities, screener, people, opts.threshold(), perClass, out, missLines);
        PairQuality.usLike(screener, people, opts.threshold(), 20_000, out, missLines);
        CongressLikeNames.run(screener, people, opts.threshold(), 5_000, out, missLines);
        NameVariantQuality.run(screener, entities, opts.threshold(), out, missLines);
        TranscriptionQuality.run(screener, entities, opts.threshold(), out, missLines);
        KhmerScriptQuality.run(screener, entities, opts.threshold(), out, missLines);
        ProseQuality.run(
                screener,
                entities,
                partyOf,
                unlisted.stream().map(String::strip).toList(),
                opts.threshold(),
                out,
                missLines);
        String missesFile = opts.extra().get("misses");
        if (missesFile != null) {
            Files.write(Path.of(missesFile), missLines, StandardCharsets.UTF_8);
            out.println("misses and false alerts written to " + missesFile);
        }
    }

    private static void recall(
            Screener screener, List<Entity> entities, BenchOptions opts, PrintStream out, List<String> missLines)
            throws IOException {
        List<NamedCsvRecord> listed = read(opts.eval().resolve("un-persons/listed_names.csv"));
        List<NamedCsvRecord> queries = read(opts.eval().resolve("un-persons/queries_with_typos.csv"));
        NameAnalyzer analyzer = new NameAnalyzer();
        Map<String, Set<String>> entitiesByWords = new HashMap<>();
        for (Entity e : entities) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            for (Name n : e.names()) {
                entitiesByWords
                        .computeIfAbsent(wordKey(analyzer, n.full()), k -> new HashSet<>())
                        .add(e.id());
            }
        }
        AtomicInteger at1 = new AtomicInteger();
        AtomicInteger at10 = new AtomicInteger();
        AtomicInteger withExpected = new AtomicInteger();
        String[] lines = new String[queries.size()];
        long start = System.nanoTime();
        IntStream.range(0, queries.size()).parallel().forEach(i -> {
            NamedCsvRecord q = queries.get(i);
            NamedCsvRecord l = listed.get(i);
            Set<String> expected = entitiesByWords.getOrDefault(wordKey(analyzer, l.getField("full_name")), Set.of());
            if (expected.isEmpty()) {
                lines[i] = "recall\tno-expected-entity\t" + l.getField("full_name");
                return;
            }
            withExpected.incrementAndGet();
            List<Match> matches = screener.screen(query(q), opts.threshold(), 10);
            boolean first = !matches.isEmpty()
                    && expected.contains(matches.getFirst().entity().id());
            boolean inTen =
                    matches.stream().anyMatch(m -> expected.contains(m.entity().id()));
            if (first) {
                at1.incrementAndGet();
            }
            if (inTen) {
                at10.incrementAndGet();
            }
            if (!first) {
                lines[i] = String.format(
                        Locale.ROOT,
                        "recall\t%s\tquery=%s\texpected=%s\tgot=%s",
                        inTen ? "not-first" : "missed",
                        q.getField("full_name"),
                        l.getField("full_name"),
                        matches.isEmpty()
                                ? "-"
                                : matches.getFirst().entity().id() + " "
                                        + matches.getFirst().matchedName() + " "
                                        + matches.getFirst().score());
            }
        });
        long elapsed = System.nanoTime() - start;
        for (String s : lines) {
            if (s != null) {
                missLines.add(s);
            }
        }
        int n = withExpected.get();
        out.printf(
                Locale.ROOT,
                "un-persons: %d queries, %d with the expected entity loaded; recall@1 %.4f (%d), "
                        + "recall@10 %.4f (%d); %.0f queries/s%n",
                queries.size(),
                n,
                at1.get() / (double) n,
                at1.get(),
                at10.get() / (double) n,
                at10.get(),
                queries.size() / (elapsed / 1e9));
    }

    private static void falseAlerts(Screener screener, BenchOptions opts, PrintStream out, List<String> missLines)
            throws IOException {
        List<NamedCsvRecord> negatives = read(opts.eval().resolve("negatives_global.csv"));
        int limit = Integer.parseInt(opts.extra().getOrDefault("negatives", Integer.toString(negatives.size())));
        List<NamedCsvRecord> rows = negatives.subList(0, Math.min(limit, negatives.size()));
        String[] lines = new String[rows.size()];
        AtomicInteger alerts = new AtomicInteger();
        long start = System.nanoTime();
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
            List<Match> matches = screener.screen(query(rows.get(i)), opts.threshold(), 1);
            if (!matches.isEmpty()) {
                alerts.incrementAndGet();
                Match m = matches.getFirst();
                lines[i] = String.format(
                        Locale.ROOT,
                        "false-alert\t%s\t%s\t%s\t%.3f\t%s",
                        rows.get(i).getField("full_name"),
                        m.entity().id(),
                        m.matchedName(),
                        m.score(),
                        m.explanation().summary());
            }
        });
        long elapsed = System.nanoTime() - start;
        for (String s : lines) {
            if (s != null) {
                missLines.add(s);
            }
        }
        out.printf(
                Locale.ROOT,
                "negatives: %d queries, %d with a hit: false alert rate %.4f (%.2f %%); %.0f queries/s%n",
                rows.size(),
                alerts.get(),
                alerts.get() / (double) rows.size(),
                100.0 * alerts.get() / rows.size(),
                rows.size() / (elapsed / 1e9));
    }

    private static void crossScript(Screener screener, BenchOptions opts, PrintStream out, List<String> missLines)
            throws IOException {
        List<String> lines = Files.readAllLines(opts.eval().resolve("cross-script/pairs.csv"), StandardCharsets.UTF_8);
        int total = 0;
        int matched = 0;
        int aboveMin = 0;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", 4);
            total++;
            Comparison c = screener.compare(f[0], f[1], EntityKind.PERSON, opts.threshold());
            double min = Double.parseDouble(f[2]);
            if (c.match()) {
                matched++;
            }
            if (c.score() >= min) {
                aboveMin++;
            }
            if (!c.match()) {
                missLines.add(String.format(
                        Locale.ROOT,
                        "cross-script\t%s\t%s\t%.3f\t%s",
                        f[0],
                        f[1],
                        c.score(),
                        c.explanation().summary()));
            }
        }
        out.printf(
                Locale.ROOT,
                "cross-script pairs: %d of %d match at the threshold; %d of %d reach their minimum score%n",
                matched,
                total,
                aboveMin,
                total);
    }

    /** The negatives' full, first, middle and last names, gender and nationality, for the generated sets. */
    private static List<String[]> negativeNames(BenchOptions opts) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (NamedCsvRecord r : read(opts.eval().resolve("negatives_global.csv"))) {
            out.add(new String[] {
                r.getField("full_name"),
                r.getField("first_name"),
                r.getField("middle_name"),
                r.getField("last_name"),
                r.getField("gender"),
                r.getField("nationality")
            });
        }
        return out;
    }

    static Query query(NamedCsvRecord row) {
        String dob = row.getField("date_of_birth");
        ListedDate date = dob.isBlank()
                ? null
                : ListedDates.parse(dob, ListedDates.NumericOrder.DAY_FIRST).orElse(null);
        String nat = row.getField("nationality");
        String iso = nat.isBlank() ? null : Countries.toIso(nat).orElse(null);
        return new Query(row.getField("full_name"), EntityKind.PERSON, date, iso, List.of());
    }

    private static String wordKey(NameAnalyzer analyzer, String name) {
        List<String> words = new ArrayList<>();
        for (Token t : analyzer.analyzeFirst(name).tokens()) {
            words.add(t.text());
        }
        words.sort(null);
        return String.join(" ", words);
    }

    static List<NamedCsvRecord> read(Path file) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            return reader.stream().toList();
        }
    }
}
