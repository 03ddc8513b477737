package dev.embargo.store;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The import's three stages, overlapped: the caller's thread reads the file and hands batches of records on;
 * one screening thread per core hashes a batch, leaves out what is unchanged and screens what is new or
 * changed; one writer commits the batches in file order, one transaction each, and acknowledges each after its
 * commit. At most a few batches wait between the stages (the queue is bounded), so memory stays flat at any
 * file size and a reader faster than the screening waits for it.
 */
final class ImportPipeline implements AutoCloseable {
    /** What the stages did, summed by the writer. */
    record Outcome(long inserted, long updated, long unchanged, long screened, AlertBook.Counts alerts) {}

    /** A batch after screening: the changes to write and how many of its records were unchanged. */
    private record Screened(List<ScreenedWrites.Change> changes, int unchanged) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Future<Screened> END = CompletableFuture.completedFuture(null);

    private final Store store;
    private final long runId;
    private final RecordScreening screening;
    private final String actor;
    private final Map<String, Portfolio.Known> known;
    private final Consumer<Portfolio.Committed> committed;
    private final int batchSize;
    private final ExecutorService screeners;
    private final BlockingQueue<Future<Screened>> inOrder;
    private final Thread writer;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final AtomicLong screeningCpu = new AtomicLong();
    private volatile boolean stopped;
    private List<PortfolioRecord> batch = new ArrayList<>();

    // Written by the writer thread only, read after it ended.
    private long inserted;
    private long updated;
    private long unchanged;
    private long screened;
    private long written;
    private long writingNanos;
    private long writingCpuNanos;
    private AlertBook.Counts alerts = AlertBook.Counts.NONE;

    ImportPipeline(
            Store store,
            long runId,
            RecordScreening screening,
            String actor,
            Map<String, Portfolio.Known> known,
            Consumer<Portfolio.Committed> committed,
            int batchSize,
            int threads) {
        this.store = store;
        this.runId = runId;
        this.screening = screening;
        this.actor = actor;
        this.known = known;
        this.committed = committed;
        this.batchSize = batchSize;
        int n = Math.max(1, threads);
        this.screeners = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "embargo-import-screen");
            t.setDaemon(true);
            return t;
        });
        // Enough batches in flight to keep every screening thread busy while the writer commits one.
        this.inOrder = new ArrayBlockingQueue<>(n + 1);
        this.writer = new Thread(this::writeAll, "embargo-import-write");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Adds a good, first-seen record of the file; blocks while the stages behind are full. */
    void add(PortfolioRecord r) {
        batch.add(r);
        if (batch.size() >= batchSize) {
            handOn();
        }
    }

    /** Hands on the last batch, waits until everything is committed and tells what was done. */
    Outcome finish() {
        if (!batch.isEmpty()) {
            handOn();
        }
        enqueue(END);
        joinWriter();
        rethrow();
        return new Outcome(inserted, updated, unchanged, screened, alerts);
    }

    /** The stages' times, with the CPU the reading thread spent. */
    Portfolio.Timings timings(long readingCpuNanos) {
        return new Portfolio.Timings(readingCpuNanos, screeningCpu.get(), writingCpuNanos, writingNanos);
    }

    static long threadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private void handOn() {
        List<PortfolioRecord> mine = batch;
        batch = new ArrayList<>(batchSize);
        rethrow();
        enqueue(screeners.submit(() -> screen(mine)));
    }

    private void enqueue(Future<Screened> f) {
        try {
            while (!inOrder.offer(f, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("import interrupted", e);
        }
    }

    private void rethrow() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /** On a screening thread: what of the batch is new or changed, screened where screening reads a change. */
    private Screened screen(List<PortfolioRecord> records) {
        long cpu = threadCpuNanos();
        List<ScreenedWrites.Change> changes = new ArrayList<>(records.size());
        int same = 0;
        for (PortfolioRecord r : records) {
            if (stopped) {
                break;
            }
            PortfolioRecord.Hashes h = r.hashes();
            Portfolio.Known before = known.get(r.id());
            if (before != null && before.content() == Portfolio.prefix(h.content())) {
                same++;
                continue;
            }
            boolean rescreen = before == null || before.screening() != Portfolio.prefix(h.screening());
            // The record's lookup keys are taken here, on the screening thread, from the screening's own candidates.
            ScreenedRecord s = rescreen ? screening.screenWithKeys(r, h.screening()) : null;
            changes.add(new ScreenedWrites.Change(
                    r,
                    before == null,
                    rescreen,
                    h.content(),
                    h.screening(),
                    s == null ? List.of() : s.hits(),
                    s == null ? null : s.keys()));
        }
        screeningCpu.addAndGet(threadCpuNanos() - cpu);
        return new Screened(changes, same);
    }

    /** The writer thread: takes the batches in the order they were read and commits each. */
    private void writeAll() {
        try {
            while (!stopped) {
                Future<Screened> f = inOrder.poll(100, TimeUnit.MILLISECONDS);
                if (f == null) {
                    continue;
                }
                if (f == END) {
                    return;
                }
                Screened s = f.get();
                if (stopped) {
                    return;
                }
                write(s);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, new StoreException("import interrupted", e));
        } catch (ExecutionException e) {
            failure.compareAndSet(
                    null,
                    e.getCause() instanceof RuntimeException re
                            ? re
                            : new StoreException("import: " + e.getCause().getMessage(), e.getCause()));
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private void write(Screened s) {
        unchanged += s.unchanged();
        List<ScreenedWrites.Change> changes = s.changes();
        if (changes.isEmpty()) {
            return;
        }
        long t = System.nanoTime();
        long cpu = threadCpuNanos();
        long before = screened;
        AlertBook.Counts done =
                store.inTransaction(c -> ScreenedWrites.write(c, store, runId, store.now(), actor, changes, before));
        writingNanos += System.nanoTime() - t;
        writingCpuNanos += threadCpuNanos() - cpu;
        alerts = alerts.plus(done);
        screened += ScreenedWrites.screened(changes);
        for (ScreenedWrites.Change p : changes) {
            if (p.isNew()) {
                inserted++;
            } else {
                updated++;
            }
        }
        written += changes.size();
        committed.accept(
                new Portfolio.Committed(written, changes.getLast().record().id()));
    }

    private void joinWriter() {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("import interrupted", e);
        }
    }

    /**
     * Stops the stages: screening threads are interrupted, the writer finishes the transaction it is in (an
     * interrupted database write could leave an embedded database's file closed) and takes no other.
     */
    @Override
    public void close() {
        stopped = true;
        screeners.shutdownNow();
        joinWriter();
    }
}
