package dev.embargo.server;

import java.time.Duration;

/**
 * What the server takes on at once, so that slow or heavy clients cannot starve the rest: beyond these a
 * request is answered 408, 413 or 503 (with {@code Retry-After}), while {@code /healthz} and single-name
 * screening keep answering.
 *
 * @param requestThreads  most threads handling requests at once (a body is read in full before a thread is taken)
 * @param idleTimeout     longest silence on a connection: a client that stops sending or reading is cut off
 * @param headerTimeout   longest a connection may take to send a request's line and headers
 * @param bodyTimeout     longest a request body may take to arrive in full
 * @param bodyBudgetBytes most bytes of request bodies held at once, across all requests
 * @param scanPermits     most document scans running at once
 * @param batchPermits    most batches (screen, compare, yente match, reconciliation) running at once
 */
public record Capacity(
        int requestThreads,
        Duration idleTimeout,
        Duration headerTimeout,
        Duration bodyTimeout,
        long bodyBudgetBytes,
        int scanPermits,
        int batchPermits) {
    public Capacity {
        if (requestThreads < 4 || scanPermits < 1 || batchPermits < 1 || bodyBudgetBytes < 1) {
            throw new IllegalArgumentException("capacity: threads at least 4, permits and budget at least 1");
        }
    }

    /**
     * For this machine: scans and batches use every core each, so as many of each run at once as there are
     * cores (at least two); the bodies held at once take at most a quarter of the heap.
     */
    public static Capacity forThisMachine() {
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        long budget = Math.max(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 4);
        return new Capacity(
                200, Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofSeconds(60), budget, cores, cores);
    }

    public Capacity withPermits(int scans, int batches) {
        return new Capacity(requestThreads, idleTimeout, headerTimeout, bodyTimeout, bodyBudgetBytes, scans, batches);
    }

    public Capacity withTimeouts(Duration idle, Duration header, Duration body) {
        return new Capacity(requestThreads, idle, header, body, bodyBudgetBytes, scanPermits, batchPermits);
    }

    public Capacity withBodyBudget(long bytes) {
        return new Capacity(requestThreads, idleTimeout, headerTimeout, bodyTimeout, bytes, scanPermits, batchPermits);
    }
}
