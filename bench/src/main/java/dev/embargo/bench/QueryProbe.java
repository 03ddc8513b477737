package dev.embargo.bench;

import dev.embargo.lists.Countries;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.ListedDates;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One build of Embargo under measurement by {@link BuildComparison}'s {@code --mode queries}: screens the
 * queries of the evaluation files (name, date of birth and nationality, as {@code bench quality} and {@code bench
 * speed} read them) one after the other on the calling thread, and returns the thread's CPU nanoseconds that
 * took. CPU time rather than wall time: on a machine shared with other work, a query's wall time counts the
 * time the thread waited for a core. Built from this jar even when measuring an older build that lacks it
 * (the comparison's class loader finds it here), so it uses only the library API both builds have.
 */
public final class QueryProbe {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Screener screener;
    private final List<Query> queries = new ArrayList<>();
    private final double threshold;

    /** {@code rows}: each a name, a date of birth and a nationality (blank when not known). */
    public QueryProbe(String lists, List<List<String>> rows, double threshold) throws Exception {
        this.screener = Screener.of(ListLoader.loadDirectory(Path.of(lists)).entities());
        this.threshold = threshold;
        for (List<String> row : rows) {
            String dob = row.get(1);
            ListedDate date = dob.isBlank()
                    ? null
                    : ListedDates.parse(dob, ListedDates.NumericOrder.DAY_FIRST).orElse(null);
            String nat = row.get(2);
            String iso = nat.isBlank() ? null : Countries.toIso(nat).orElse(null);
            queries.add(new Query(row.get(0), EntityKind.PERSON, date, iso, List.of()));
        }
    }

    /** Screens every query once; the thread's CPU nanoseconds taken (the hit count folded in). */
    public long screenQueries() {
        long start = THREADS.getCurrentThreadCpuTime();
        long hits = 0;
        for (Query q : queries) {
            hits += screener.screen(q, threshold, Screener.DEFAULT_LIMIT).size();
        }
        return THREADS.getCurrentThreadCpuTime() - start + (hits < 0 ? 1 : 0);
    }

    public int queryCount() {
        return queries.size();
    }
}
