package dev.embargo.bench;

import dev.embargo.lists.ListLoader;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.language.Language;
import dev.embargo.scanning.mention.Mention;
import dev.embargo.scanning.mention.MentionFinder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One build of Embargo under measurement by {@link BuildComparison}: loaded in a class loader of its own,
 * it loads the lists, builds its index and then, on each call, screens the distinct candidate spans of the
 * texts or scans the texts, and returns the nanoseconds that took. Public, with only JDK types in its
 * signatures, because the comparison calls it by reflection across class loaders.
 */
public final class BuildProbe {
    private final Screener screener;
    private final Scanner scanner;
    private final List<String> texts;
    private final List<String> spans = new ArrayList<>();

    public BuildProbe(String lists, List<String> texts) throws Exception {
        this.screener = Screener.of(ListLoader.loadDirectory(Path.of(lists)).entities());
        this.scanner = new Scanner(screener);
        this.texts = List.copyOf(texts);
        Set<String> distinct = new LinkedHashSet<>();
        for (String text : texts) {
            MentionFinder.Candidates candidates = MentionFinder.find(text, EnumSet.allOf(Language.class));
            for (List<Mention> run : candidates.runs()) {
                for (Mention m : run) {
                    distinct.add(m.query());
                }
            }
            for (Mention m : candidates.quoted()) {
                distinct.add(m.query());
            }
        }
        spans.addAll(distinct);
    }

    /** Screens every distinct span once at the default threshold; nanoseconds taken (the hit count folded in). */
    public long screenSpans() {
        long start = System.nanoTime();
        long hits = 0;
        for (String span : spans) {
            hits += screener.screen(Query.name(span), Screener.DEFAULT_THRESHOLD, 10)
                    .size();
        }
        return System.nanoTime() - start + (hits < 0 ? 1 : 0);
    }

    /** Scans every text once, language detected; nanoseconds taken. */
    public long scanTexts() {
        long start = System.nanoTime();
        long found = 0;
        for (String text : texts) {
            found += scanner.scan("probe", text, Screener.DEFAULT_THRESHOLD, "auto")
                    .mentions()
                    .size();
        }
        return System.nanoTime() - start + (found < 0 ? 1 : 0);
    }
}
