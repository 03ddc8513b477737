package dev.embargo.server.review;

import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.lists.ServedLists;
import dev.embargo.store.ListsSnapshot;
import dev.embargo.store.PortfolioView;
import dev.embargo.store.RecordScreening;
import dev.embargo.store.Rescreening;
import dev.embargo.store.StoreException;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Screens the portfolio again when the lists in service change, on a thread of its own. The first lists the
 * server serves bring the portfolio up to date with them (a full re-screen when it was last screened against
 * other lists, another engine or threshold, nothing otherwise); each later generation a reload swaps in is a
 * list change from the lists the portfolio was last screened against, and only the records it can affect are
 * screened again ({@link Rescreening#listChange}). A reload that failed, or that left any list failing its checks,
 * changes nothing in the store: no alert is closed on partial lists, and the next whole generation is compared
 * with the last lists the portfolio was screened against, so nothing in between is missed.
 */
public final class ListChangeFollower implements LiveLists.ReloadListener, AutoCloseable {
    /**
     * What following one reload did.
     *
     * @param at      when it finished
     * @param ok      whether the portfolio is now screened against the lists in service
     * @param message in words: what was screened, raised and closed, or why nothing was done
     * @param runId   the screening run it recorded, or 0 when none ran
     */
    public record Outcome(Instant at, boolean ok, String message, long runId) {}

    private final SystemOfRecord records;
    private final PrintStream log;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "embargo-rescreen");
        t.setDaemon(true);
        return t;
    });
    /** The lists in service, indexed: what imports screen against. */
    private final AtomicReference<ListsSnapshot> inService = new AtomicReference<>();
    /** The lists the portfolio was last screened against, kept without their index for the next comparison. */
    private ListsSnapshot screenedWith;

    private final AtomicReference<Outcome> last = new AtomicReference<>();

    ListChangeFollower(SystemOfRecord records, PrintStream log) {
        this.records = records;
        this.log = log;
    }

    @Override
    public void reloaded(ServedLists before, ServedLists after, LiveLists.ReloadAttempt attempt) {
        if (after == null) {
            return;
        }
        if (after == before && attempt.ok()) {
            return;
        }
        thread.execute(() -> follow(after, attempt));
    }

    Optional<ListsSnapshot> inService() {
        return Optional.ofNullable(inService.get());
    }

    Optional<Outcome> last() {
        return Optional.ofNullable(last.get());
    }

    /** Runs on the follower's thread only. */
    private void follow(ServedLists served, LiveLists.ReloadAttempt attempt) {
        try {
            ListsSnapshot snapshot = PortfolioView.snapshotOf(
                    served.folder(), served.report().lists(), served.report().errors(), served.screener());
            inService.set(snapshot);
            if (!attempt.ok() || snapshot.partial()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("reason", attempt.message());
                d.put("lists_hash", snapshot.hash());
                records.audit("system", "lists.rescreen_skipped", "lists:" + snapshot.hash(), d);
                done(
                        false,
                        "not re-screened: the reload was not whole, so no alert was closed (" + attempt.message() + ")",
                        0);
                return;
            }
            RecordScreening screening = new RecordScreening(snapshot, records.threshold());
            records.exclusivelyWaiting(() -> {
                Rescreening rescreening = new Rescreening(records.store());
                if (screenedWith == null) {
                    Optional<Rescreening.Report> full = rescreening.ensureCurrent(screening, "system");
                    screenedWith = PortfolioView.forComparison(snapshot);
                    done(
                            true,
                            full.map(r -> "full re-screen: " + describe(r))
                                    .orElse("the portfolio was already screened against these lists"),
                            full.map(Rescreening.Report::runId).orElse(0L));
                    return;
                }
                if (screenedWith.hash().equals(snapshot.hash())) {
                    done(true, "the lists' files did not change: nothing to re-screen", 0);
                    return;
                }
                try {
                    Rescreening.Report r = rescreening.listChange(screenedWith, screening, "system");
                    screenedWith = PortfolioView.forComparison(snapshot);
                    done(true, "list change: " + describe(r), r.runId());
                } catch (Rescreening.RefusedChange e) {
                    done(false, e.getMessage(), 0);
                }
            });
        } catch (IOException | StoreException e) {
            done(false, "re-screening failed, the portfolio keeps its alerts: " + e.getMessage(), 0);
        } catch (RuntimeException e) {
            done(false, "re-screening failed, the portfolio keeps its alerts: " + e, 0);
        }
    }

    static String describe(Rescreening.Report r) {
        return r.screened() + " of " + r.records() + " records screened (" + r.added() + " listings added, "
                + r.changed() + " changed, " + r.removed() + " removed); " + r.raised() + " alerts raised, "
                + r.raisedAgain() + " raised again, " + (r.closed() + r.closedByRemoval()) + " closed (run "
                + r.runId() + ")";
    }

    private void done(boolean ok, String message, long runId) {
        last.set(new Outcome(Instant.now(), ok, message, runId));
        try {
            log.println((ok ? "portfolio: " : "portfolio: WARNING: ") + message);
        } catch (RuntimeException ignored) { // NOPMD: a log that fails must not stop the follower
        }
    }

    /** Waits for the work queued so far (tests). */
    public void settle() throws InterruptedException {
        var f = thread.submit(() -> {});
        try {
            f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
