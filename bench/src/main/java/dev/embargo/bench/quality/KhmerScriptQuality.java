package dev.embargo.bench.quality;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.matching.Comparison;
import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Listed names written in Khmer script ({@link KhmerScriptGenerator}) against the listed Latin names, per class
 * of name: the share of variants that match (recall) and of near-misses that match (false matches), and the
 * share of variants that screening over all the lists finds (through the index, as a user's query would).
 *
 * <p>A near-miss counts only when its Latin form does not match the listed name either: a consonant changed in a
 * word of a long name is a typo the matcher forgives in Latin letters, and Khmer script must not be held to
 * another standard. Those the Latin names do not tell apart are counted on their own.
 */
public final class KhmerScriptQuality {
    /** Seed and size of the generated set: the same lists give the same cases. */
    public static final long SEED = 17;

    /** Variants per class of name (two classes: 300 variants and about as many near-misses). */
    public static final int PER_CLASS = 150;

    private KhmerScriptQuality() {}

    public static void run(
            Screener screener, List<Entity> entities, double threshold, PrintStream out, List<String> missLines) {
        Map<String, List<KhmerScriptGenerator.Case>> cases =
                new KhmerScriptGenerator(SEED, PER_CLASS).generate(entities);
        int screened = 0;
        int found = 0;
        for (Map.Entry<String, List<KhmerScriptGenerator.Case>> e : cases.entrySet()) {
            int variants = 0;
            int matched = 0;
            int near = 0;
            int falseMatches = 0;
            int alikeInLatin = 0;
            for (KhmerScriptGenerator.Case c : e.getValue()) {
                if (!c.mustMatch()
                        && screener.compare(c.latin(), c.listed(), EntityKind.PERSON, threshold)
                                .match()) {
                    alikeInLatin++;
                    continue;
                }
                Comparison r = screener.compare(c.query(), c.listed(), EntityKind.PERSON, threshold);
                if (c.mustMatch()) {
                    variants++;
                    matched += r.match() ? 1 : 0;
                    screened++;
                    found += foundByScreening(screener, c, threshold) ? 1 : 0;
                } else {
                    near++;
                    falseMatches += r.match() ? 1 : 0;
                }
                if (missLines != null && r.match() != c.mustMatch()) {
                    missLines.add(String.format(
                            Locale.ROOT,
                            "khmer-script\t%s\t%s\t%s\t%s\t%s\t%.3f",
                            e.getKey(),
                            c.mustMatch() ? "missed" : "false-match (" + c.kind() + ")",
                            c.query(),
                            c.latin(),
                            c.listed(),
                            r.score()));
                }
            }
            out.printf(
                    Locale.ROOT,
                    "khmer script, %s: %d variants, recall %.3f; %d near-misses, false matches %.3f"
                            + " (%d more alike in Latin letters too, not counted)%n",
                    e.getKey(),
                    variants,
                    variants == 0 ? 0 : matched / (double) variants,
                    near,
                    near == 0 ? 0 : falseMatches / (double) near,
                    alikeInLatin);
        }
        out.printf(
                Locale.ROOT,
                "khmer script, screened against all lists: %d variants, found %.3f%n",
                screened,
                screened == 0 ? 0 : found / (double) screened);
    }

    /** Whether screening the variant finds the listed name it was written from among the hits at the threshold. */
    private static boolean foundByScreening(Screener screener, KhmerScriptGenerator.Case c, double threshold) {
        List<Match> hits = screener.screen(new Query(c.query(), null, null, null, List.of()), threshold, 10);
        String listed = c.listed().strip();
        return hits.stream()
                .anyMatch(m -> m.entity().names().stream()
                        .anyMatch(n -> n.full().strip().equals(listed)));
    }
}
