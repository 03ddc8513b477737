package dev.embargo.server.ops;

import dev.embargo.server.ApiException;
import java.util.concurrent.Semaphore;

/**
 * How much expensive work runs at once. A document scan or a batch of names keeps every core busy for a
 * while; past as many as the machine takes, more would only slow all of them (and the cheap requests beside
 * them), so the next one is refused at once with 503 and {@code Retry-After} rather than queued.
 */
public final class WorkLimits {
    /** Seconds a refused client is asked to wait: expensive requests take seconds, not minutes. */
    static final int RETRY_AFTER_SECONDS = 2;

    /** A kind of expensive work, with its own permits. */
    public enum Kind {
        SCAN("document scans"),
        BATCH("batches");

        private final String plural;

        Kind(String plural) {
            this.plural = plural;
        }
    }

    /** Held while the work runs; closing gives the permit back. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final Semaphore scans;
    private final Semaphore batches;
    private final int scanPermits;
    private final int batchPermits;

    public WorkLimits(int scanPermits, int batchPermits) {
        this.scanPermits = scanPermits;
        this.batchPermits = batchPermits;
        this.scans = new Semaphore(scanPermits);
        this.batches = new Semaphore(batchPermits);
    }

    /**
     * A permit for one piece of work of this kind.
     *
     * @throws ApiException 503 with Retry-After when as many are running as are allowed
     */
    public Permit enter(Kind kind) {
        Semaphore s = kind == Kind.SCAN ? scans : batches;
        if (!s.tryAcquire()) {
            int max = kind == Kind.SCAN ? scanPermits : batchPermits;
            throw ApiException.busy(
                    "the server is running as many " + kind.plural + " as it takes at once (" + max
                            + "); try again in a few seconds",
                    RETRY_AFTER_SECONDS);
        }
        return s::release;
    }

    /** Permits of this kind in use right now. */
    public int running(Kind kind) {
        return kind == Kind.SCAN ? scanPermits - scans.availablePermits() : batchPermits - batches.availablePermits();
    }
}
