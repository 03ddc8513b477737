package dev.embargo.bench.quality;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Comparison;
import dev.embargo.matching.Screener;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Name variants by class ({@link NameVariantGenerator}) compared with the listed names they were made from, at
 * the threshold: per class, the share of variants that match (recall) and of near-misses that match (false
 * matches); over all classes, the F1 of the generated pairs.
 */
public final class NameVariantQuality {
    /** Seed and size of the generated set: the same lists give the same cases. */
    public static final long SEED = 17;

    public static final int PER_CLASS = 300;

    private NameVariantQuality() {}

    /** Counts of one class. */
    public record Counts(int variants, int matched, int nearMisses, int falseMatches) {
        public double recall() {
            return variants == 0 ? 0 : matched / (double) variants;
        }

        public double falseMatchRate() {
            return nearMisses == 0 ? 0 : falseMatches / (double) nearMisses;
        }
    }

    /** Compares every case; misses and false matches are added to {@code missLines}. */
    public static Map<String, Counts> measure(
            Screener screener,
            Map<String, List<NameVariantGenerator.Case>> cases,
            double threshold,
            List<String> missLines) {
        Map<String, Counts> out = new java.util.LinkedHashMap<>();
        cases.forEach((cls, list) -> {
            int variants = 0;
            int matched = 0;
            int near = 0;
            int falseMatches = 0;
            for (NameVariantGenerator.Case c : list) {
                Comparison r = screener.compare(c.query(), c.listed(), c.kind(), threshold);
                if (c.mustMatch()) {
                    variants++;
                    matched += r.match() ? 1 : 0;
                } else {
                    near++;
                    falseMatches += r.match() ? 1 : 0;
                }
                if (missLines != null && r.match() != c.mustMatch()) {
                    missLines.add(String.format(
                            Locale.ROOT,
                            "name-variant\t%s\t%s\t%s\t%s\t%.3f",
                            cls,
                            c.mustMatch() ? "missed" : "false-match",
                            c.query(),
                            c.listed(),
                            r.score()));
                }
            }
            out.put(cls, new Counts(variants, matched, near, falseMatches));
        });
        return out;
    }

    /** Generates the cases from {@code entities}, measures them and prints one line per class and the F1. */
    public static void run(
            Screener screener, List<Entity> entities, double threshold, PrintStream out, List<String> missLines) {
        Map<String, List<NameVariantGenerator.Case>> cases =
                new NameVariantGenerator(SEED, PER_CLASS).generate(entities);
        Map<String, Counts> counts = measure(screener, cases, threshold, missLines);
        int tp = 0;
        int fn = 0;
        int fp = 0;
        for (Map.Entry<String, Counts> e : counts.entrySet()) {
            Counts c = e.getValue();
            tp += c.matched();
            fn += c.variants() - c.matched();
            fp += c.falseMatches();
            out.printf(
                    Locale.ROOT,
                    "name variants, %s: %d variants, recall %.3f; %d near-misses, false matches %.3f%n",
                    e.getKey(),
                    c.variants(),
                    c.recall(),
                    c.nearMisses(),
                    c.falseMatchRate());
        }
        acronymScreening(screener, entities, threshold, out, missLines);
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        out.printf(
                Locale.ROOT,
                "name variants, all classes: pairs F1 %.3f (precision %.3f, recall %.3f)%n",
                f1,
                precision,
                recall);
    }

    /** Acronyms screened against all the lists per kind ({@link NameVariantGenerator#acronymQueries}). */
    public static final int ACRONYM_QUERIES = 300;

    /**
     * Screens acronyms of listed organisations (found: the name they were made from among the hits at the
     * threshold) and of organisations on no list (false alerts: any hit), and prints one line each.
     */
    static void acronymScreening(
            Screener screener, List<Entity> entities, double threshold, PrintStream out, List<String> missLines) {
        List<NameVariantGenerator.AcronymQuery> queries =
                new NameVariantGenerator(SEED, PER_CLASS).acronymQueries(entities, ACRONYM_QUERIES);
        int listed = 0;
        int found = 0;
        int unlisted = 0;
        int alerts = 0;
        for (NameVariantGenerator.AcronymQuery q : queries) {
            List<dev.embargo.matching.Match> hits = screener.screen(
                    new dev.embargo.matching.Query(q.query(), null, null, null, List.of()), threshold, 10);
            if (q.listed()) {
                listed++;
                boolean hit = hits.stream()
                        .anyMatch(m -> m.entity().names().stream()
                                .anyMatch(n -> n.full().strip().equals(q.name())));
                found += hit ? 1 : 0;
                if (!hit && missLines != null) {
                    missLines.add("acronym-screen\tmissed\t" + q.query() + "\t" + q.name());
                }
            } else {
                unlisted++;
                alerts += hits.isEmpty() ? 0 : 1;
                if (!hits.isEmpty() && missLines != null) {
                    missLines.add(String.format(
                            Locale.ROOT,
                            "acronym-screen\tfalse-alert\t%s\t%s\t%s\t%.3f",
                            q.query(),
                            q.name(),
                            hits.getFirst().matchedName(),
                            hits.getFirst().score()));
                }
            }
        }
        out.printf(
                Locale.ROOT,
                "name variants, acronym screened: %d of listed organisations, found %.3f; %d of organisations on no"
                        + " list, false alerts %.3f%n",
                listed,
                listed == 0 ? 0 : found / (double) listed,
                unlisted,
                unlisted == 0 ? 0 : alerts / (double) unlisted);
    }
}
