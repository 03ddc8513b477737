package dev.embargo.bench.quality;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Name;
import dev.embargo.matching.Match;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.language.Language;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Mentions in prose: the generated sentences of {@link ProseCorpus} scanned at the threshold, per language and
 * class. A listed party counts as found when a mention over its slot reports it first (or the same name listed
 * by another list); a mention over the slot that reports another party first is "reported as someone else", an
 * error apart from a miss. A near-miss counts as a false alert when any mention over its slot is reported.
 */
public final class ProseQuality {
    private static final long SEED = 17;
    private static final int PER_CLASS = 60;

    private ProseQuality() {}

    /** The outcome of one sentence. */
    private enum Outcome {
        FOUND,
        MISSED,
        SOMEONE_ELSE,
        QUIET,
        FALSE_ALERT
    }

    public static void run(
            Screener screener,
            List<Entity> entities,
            Map<String, String> partyOf,
            List<String> negatives,
            double threshold,
            PrintStream out,
            List<String> missLines) {
        List<ProseCorpus.Case> cases = ProseCorpus.generate(entities, negatives, SEED, PER_CLASS);
        Scanner scanner = new Scanner(screener);
        Outcome[] outcomes = new Outcome[cases.size()];
        String[] lines = new String[cases.size()];
        long start = System.nanoTime();
        IntStream.range(0, cases.size()).parallel().forEach(i -> {
            ProseCorpus.Case c = cases.get(i);
            String lang = Language.ofCode(c.language()).isPresent() ? c.language() : "auto";
            Scanner.Report report = scanner.scan("prose", c.text(), threshold, lang);
            Scanner.MentionHit best = null;
            for (Scanner.MentionHit h : report.mentions()) {
                boolean overlaps =
                        h.mention().start() < c.end() && c.start() < h.mention().end();
                if (overlaps
                        && (best == null || h.match().score() > best.match().score())) {
                    best = h;
                }
            }
            Outcome o;
            if (!c.positive()) {
                o = best == null ? Outcome.QUIET : Outcome.FALSE_ALERT;
            } else if (best == null) {
                o = Outcome.MISSED;
            } else {
                o = sameParty(best.matches(), c.expected(), partyOf) ? Outcome.FOUND : Outcome.SOMEONE_ELSE;
            }
            outcomes[i] = o;
            if (o == Outcome.MISSED || o == Outcome.SOMEONE_ELSE || o == Outcome.FALSE_ALERT) {
                lines[i] = String.format(
                        Locale.ROOT,
                        "prose\t%s\t%s\t%s\t%s\t%s\t%s",
                        c.language(),
                        c.kind(),
                        o.name().toLowerCase(Locale.ROOT),
                        c.written(),
                        best == null
                                ? "-"
                                : best.mention().query() + " -> "
                                        + best.match().entity().id() + " "
                                        + best.match().matchedName() + " "
                                        + best.match().score(),
                        c.text());
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.stream(lines).filter(l -> l != null).forEach(missLines::add);
        print(cases, outcomes, seconds, out);
    }

    private static void print(List<ProseCorpus.Case> cases, Outcome[] outcomes, double seconds, PrintStream out) {
        // per language, per class: counts of each outcome
        Map<String, Map<String, int[]>> table = new TreeMap<>();
        Map<String, int[]> byLanguage = new TreeMap<>();
        int[] all = new int[Outcome.values().length];
        for (int i = 0; i < cases.size(); i++) {
            ProseCorpus.Case c = cases.get(i);
            table.computeIfAbsent(c.language(), k -> new TreeMap<>())
                    .computeIfAbsent(c.kind(), k -> new int[Outcome.values().length])[outcomes[i].ordinal()]++;
            byLanguage.computeIfAbsent(c.language(), k -> new int[Outcome.values().length])[outcomes[i].ordinal()]++;
            all[outcomes[i].ordinal()]++;
        }
        out.printf(
                Locale.ROOT,
                "prose: %d generated sentences in %d languages, %.0f sentences/s; %s%n",
                cases.size(),
                table.size(),
                cases.size() / seconds,
                summary(all));
        table.forEach((lang, kinds) -> {
            out.printf(Locale.ROOT, "  prose %s: %s%n", lang, summary(byLanguage.get(lang)));
            kinds.forEach((kind, n) -> out.printf(Locale.ROOT, "    %-26s %s%n", kind, summary(n)));
        });
    }

    private static String summary(int[] n) {
        int positives = n[Outcome.FOUND.ordinal()] + n[Outcome.MISSED.ordinal()] + n[Outcome.SOMEONE_ELSE.ordinal()];
        int negatives = n[Outcome.QUIET.ordinal()] + n[Outcome.FALSE_ALERT.ordinal()];
        List<String> parts = new ArrayList<>();
        if (positives > 0) {
            parts.add(String.format(
                    Locale.ROOT,
                    "recall %.3f (%d of %d), reported as someone else %d",
                    n[Outcome.FOUND.ordinal()] / (double) positives,
                    n[Outcome.FOUND.ordinal()],
                    positives,
                    n[Outcome.SOMEONE_ELSE.ordinal()]));
        }
        if (negatives > 0) {
            parts.add(String.format(
                    Locale.ROOT,
                    "false alerts %.3f (%d of %d)",
                    n[Outcome.FALSE_ALERT.ordinal()] / (double) negatives,
                    n[Outcome.FALSE_ALERT.ordinal()],
                    negatives));
        }
        return String.join("; ", parts);
    }

    /**
     * The expected party among those reported (the expected listing or another of its party, as the grouping
     * joins them), or the first reported bearing the same name in another list
     * (the same word set, case aside).
     */
    private static boolean sameParty(List<Match> reported, Entity expected, Map<String, String> partyOf) {
        // The same party listed by several lists scores alike: any of them reported for the span counts.
        String party = partyOf.get(expected.id());
        if (reported.stream()
                .anyMatch(m -> m.entity().id().equals(expected.id())
                        || (party != null && party.equals(partyOf.get(m.entity().id()))))) {
            return true;
        }
        Match m = reported.getFirst();
        for (Name a : m.entity().names()) {
            for (Name b : expected.names()) {
                if (key(a.full()).equals(key(b.full()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(String name) {
        String[] words = name.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip()
                .split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }
}
