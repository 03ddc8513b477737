package dev.embargo.bench.quality;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Screener;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Foreign names in katakana and in Chinese transcription characters ({@link TranscriptionGenerator}) compared
 * with the listed Latin names they transcribe, and the near-misses that must not match; and the lists' own kana,
 * han and Khmer aliases against their listing's Latin name. One line per class: recall and false matches at the
 * threshold.
 */
public final class TranscriptionQuality {
    /** Seed and size of the generated set: the same lists give the same cases. */
    public static final long SEED = 17;

    public static final int PER_CLASS = 300;

    private TranscriptionQuality() {}

    public static void run(
            Screener screener, List<Entity> entities, double threshold, PrintStream out, List<String> missLines) {
        Map<String, List<NameVariantGenerator.Case>> cases =
                new TranscriptionGenerator(SEED, PER_CLASS).generate(entities);
        Map<String, NameVariantQuality.Counts> counts =
                NameVariantQuality.measure(screener, cases, threshold, missLines);
        counts.forEach((cls, c) -> out.printf(
                Locale.ROOT,
                "transcriptions, %s: %d variants, recall %.3f; %d near-misses, false matches %.3f%n",
                cls,
                c.variants(),
                c.recall(),
                c.nearMisses(),
                c.falseMatchRate()));
    }
}
