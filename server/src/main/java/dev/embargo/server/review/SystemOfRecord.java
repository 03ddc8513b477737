package dev.embargo.server.review;

import dev.embargo.server.ApiException;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.ops.Caller;
import dev.embargo.store.AlertQueue;
import dev.embargo.store.AuditTrail;
import dev.embargo.store.ListsSnapshot;
import dev.embargo.store.PortfolioView;
import dev.embargo.store.RecordScreening;
import dev.embargo.store.Review;
import dev.embargo.store.Store;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The server's side of the store: the portfolio, its alerts and their review, the audit trail, and the
 * re-screening that follows the lists in service ({@link ListChangeFollower}). Everything that screens records
 * and writes alerts (an import, a removal, a re-screen) runs one at a time under one lock, so two of them never
 * race for the same record's alerts.
 */
public final class SystemOfRecord implements AutoCloseable {
    /** How long a request waits for screening work already running before it is told to come back. */
    static final long WAIT_SECONDS = 30;

    private final Store store;
    private final double threshold;
    private final AtomicReference<Review.Policy> policy;
    private final ReentrantLock screening = new ReentrantLock();
    private final ListChangeFollower follower;
    private final AtomicReference<AuditHeadWriter> headWriter = new AtomicReference<>();

    /**
     * @param store     the store, owned from now on (closed with this)
     * @param threshold the score from which a record and a listing raise an alert
     * @param policy    the reasons a decision may give and whether four eyes apply
     */
    public SystemOfRecord(Store store, double threshold, Review.Policy policy, PrintStream log) {
        this.store = store;
        this.threshold = threshold;
        this.policy = new AtomicReference<>(policy);
        this.follower = new ListChangeFollower(this, log);
    }

    /** Follows {@code lists}: the generation in service now, and each one a reload swaps in. */
    public void follow(LiveLists lists) {
        lists.onReload(follower);
        lists.current()
                .ifPresent(s -> follower.reloaded(
                        null, s, new LiveLists.ReloadAttempt(s.loadedAt(), true, "in service", null)));
    }

    public Store store() {
        return store;
    }

    public double threshold() {
        return threshold;
    }

    public Review review() {
        return new Review(store, policy.get());
    }

    public Review.Policy policy() {
        return policy.get();
    }

    /** Changes the review settings; audited as a configuration change by {@code caller}. */
    public void changePolicy(Review.Policy next, Caller caller) {
        Review.Policy before = policy.getAndSet(next);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("reasons_before", before.reasons());
        d.put("four_eyes_before", before.fourEyes());
        d.put("reasons", next.reasons());
        d.put("four_eyes", next.fourEyes());
        store.audit().append(caller.holder(), "config.review_settings", "config:review", d);
    }

    public AlertQueue queue() {
        return new AlertQueue(store);
    }

    public PortfolioView portfolio() {
        return new PortfolioView(store);
    }

    public AuditTrail audit() {
        return store.audit();
    }

    /** Waits until the re-screening queued by the reloads so far has run (tests, and a stop that must not cut it). */
    public void awaitRescreening() throws InterruptedException {
        follower.settle();
    }

    /** What the latest following of a list change did. */
    public Optional<ListChangeFollower.Outcome> lastRescreen() {
        return follower.last();
    }

    /**
     * The screening of the lists in service, for an import; 503 while none is loaded or while the lists in
     * service are partial (an import would miss listed parties).
     */
    RecordScreening screening() {
        ListsSnapshot lists = follower.inService()
                .orElseThrow(() -> ApiException.unavailable("the lists are not loaded yet: try again shortly"));
        if (lists.partial()) {
            throw ApiException.unavailable("a list failed its checks at the last reload; records are screened"
                    + " only against whole lists: try again once it reloads");
        }
        return new RecordScreening(lists, threshold);
    }

    /** Work that screens records or writes alerts: one at a time; 503 with Retry-After when it cannot start. */
    <T> T exclusively(java.util.function.Supplier<T> work) {
        boolean locked;
        try {
            locked = screening.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.busy("interrupted while waiting for a re-screening to finish", 10);
        }
        if (!locked) {
            throw ApiException.busy("a re-screening of the portfolio is running: try again shortly", 10);
        }
        try {
            return work.get();
        } finally {
            screening.unlock();
        }
    }

    /** The same, for the follower's thread, which waits as long as it takes. */
    void exclusivelyWaiting(Runnable work) {
        screening.lock();
        try {
            work.run();
        } finally {
            screening.unlock();
        }
    }

    /** Appends one audit entry: a login, a configuration change. */
    public void audit(String actor, String action, String subject, Map<String, ?> detail) {
        store.audit().append(actor, action, subject, detail);
    }

    /** Records how the server runs, at start: who may do what, the review settings, the threshold. */
    public void auditStart(Map<String, ?> configuration) {
        audit("system", "server.started", "config:server", configuration);
    }

    @Override
    public void close() {
        follower.close();
        AuditHeadWriter heads = headWriter.getAndSet(null);
        if (heads != null) {
            heads.close();
        }
        store.close();
    }

    /**
     * Writes the audit chain's head to {@code file} now, every {@code every} while the head moves, and when the
     * server stops ({@link AuditHeadWriter}).
     */
    public void writeAuditHeadEvery(java.nio.file.Path file, java.time.Duration every, PrintStream log) {
        AuditHeadWriter before =
                headWriter.getAndSet(new AuditHeadWriter(store.audit(), file, every, java.time.Clock.systemUTC(), log));
        if (before != null) {
            before.close();
        }
    }
}
