package dev.embargo.bench.quality;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Comparison;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Precision, recall and F1 of {@code compare} on the labelled pairs of {@link PairGenerator}, per family and
 * overall, at the given threshold and at the threshold that maximises F1; and the false alert rate of US-like
 * names (frequent given and family names of people on no list, combined) screened by name alone.
 */
public final class PairQuality {
    private PairQuality() {}

    /** A pair and its score. */
    record Scored(LabelledPair pair, double score, String why) {}

    public static void run(
            List<Entity> entities,
            Screener screener,
            List<String[]> negatives,
            double threshold,
            int perClass,
            PrintStream out,
            List<String> missLines) {
        PairGenerator generator = new PairGenerator(entities, screener, 17);
        List<LabelledPair> pairs = generator.all(negatives, perClass);
        Scored[] scored = new Scored[pairs.size()];
        IntStream.range(0, pairs.size()).parallel().forEach(i -> {
            LabelledPair p = pairs.get(i);
            Comparison c = screener.compare(p.query(), p.listed(), p.party(), threshold);
            scored[i] = new Scored(p, c.score(), c.explanation().summary());
        });
        List<Scored> all = List.of(scored);
        out.printf(Locale.ROOT, "labelled pairs: %d generated from the lists (seed 17)%n", all.size());
        Map<String, List<Scored>> byKind = new LinkedHashMap<>();
        Map<String, List<Scored>> byFamily = new LinkedHashMap<>();
        for (Scored s : all) {
            byKind.computeIfAbsent((s.pair().same() ? "+ " : "- ") + s.pair().kind(), k -> new ArrayList<>())
                    .add(s);
            byFamily.computeIfAbsent(s.pair().family(), k -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<String, List<Scored>> e : byKind.entrySet()) {
            List<Scored> group = e.getValue();
            long hits = group.stream().filter(s -> s.score() >= threshold).count();
            double mean = group.stream().mapToDouble(Scored::score).average().orElse(0);
            out.printf(
                    Locale.ROOT,
                    "  class %-28s %4d pairs, %5.1f %% at or above %.2f, mean score %.3f%n",
                    e.getKey(),
                    group.size(),
                    100.0 * hits / group.size(),
                    threshold,
                    mean);
        }
        for (Map.Entry<String, List<Scored>> e : byFamily.entrySet()) {
            out.println("  family " + e.getKey() + ": " + f1Line(e.getValue(), threshold));
        }
        out.println("  all pairs: " + f1Line(all, threshold));
        for (Scored s : all) {
            boolean hit = s.score() >= threshold;
            if (hit != s.pair().same()) {
                missLines.add(String.format(
                        Locale.ROOT,
                        "pair\t%s\t%s\t%s\t%s\t%.3f\t%s",
                        s.pair().same() ? "missed" : "false-match",
                        s.pair().kind(),
                        s.pair().query(),
                        s.pair().listed(),
                        s.score(),
                        s.why()));
            }
        }
    }

    /** P, R and F1 at {@code threshold}, and the threshold (in steps of 0.01) that maximises F1. */
    static String f1Line(List<Scored> group, double threshold) {
        double[] at = prf(group, threshold);
        double bestT = threshold;
        double[] best = at;
        for (int t = 50; t <= 99; t++) {
            double[] m = prf(group, t / 100.0);
            if (m[2] > best[2] + 1e-12) {
                best = m;
                bestT = t / 100.0;
            }
        }
        return String.format(
                Locale.ROOT,
                "P %.3f R %.3f F1 %.3f at %.2f; best F1 %.3f at %.2f (P %.3f R %.3f)",
                at[0],
                at[1],
                at[2],
                threshold,
                best[2],
                bestT,
                best[0],
                best[1]);
    }

    private static double[] prf(List<Scored> group, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Scored s : group) {
            boolean hit = s.score() >= threshold;
            if (hit && s.pair().same()) {
                tp++;
            } else if (hit) {
                fp++;
            } else if (s.pair().same()) {
                fn++;
            }
        }
        double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    /**
     * US-like people on no list, by name alone: the most frequent given and family names of the Latin-script
     * people on no list, combined at random as "Given Family", "Given Middle Family" and "Given M. Family".
     */
    public static void usLike(
            Screener screener,
            List<String[]> negatives,
            double threshold,
            int count,
            PrintStream out,
            List<String> missLines) {
        List<String> given = PairGenerator.frequent(negatives, 1, 400);
        List<String> family = PairGenerator.frequent(negatives, 3, 400);
        if (given.isEmpty() || family.isEmpty()) {
            out.println("us-like negatives: no Latin given or family names in the negatives");
            return;
        }
        Random random = new Random(17);
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            String g = given.get(random.nextInt(given.size()));
            String f = family.get(random.nextInt(family.size()));
            int form = random.nextInt(10);
            names[i] = form < 6
                    ? g + " " + f
                    : form < 8
                            ? g + " " + given.get(random.nextInt(given.size())) + " " + f
                            : g + " " + (char) ('A' + random.nextInt(26)) + ". " + f;
        }
        AtomicInteger alerts = new AtomicInteger();
        String[] lines = new String[count];
        IntStream.range(0, count).parallel().forEach(i -> {
            List<Match> m = screener.screen(Query.name(names[i]), threshold, 1);
            if (!m.isEmpty()) {
                alerts.incrementAndGet();
                lines[i] = String.format(
                        Locale.ROOT,
                        "us-like-alert\t%s\t%s\t%s\t%.3f\t%s",
                        names[i],
                        m.getFirst().entity().id(),
                        m.getFirst().matchedName(),
                        m.getFirst().score(),
                        m.getFirst().explanation().summary());
            }
        });
        for (String l : lines) {
            if (l != null) {
                missLines.add(l);
            }
        }
        out.printf(
                Locale.ROOT,
                "us-like negatives: %d names (%d given x %d family names of the negatives), %d with a hit: "
                        + "%.2f %%%n",
                count,
                given.size(),
                family.size(),
                alerts.get(),
                100.0 * alerts.get() / count);
    }
}
