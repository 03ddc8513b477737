package dev.embargo.server.lists;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Checks the lists folder for changes at a fixed delay and reloads what changed. Nothing a run throws,
 * OutOfMemoryError included, ends the schedule: an executor drops a periodic task for good once it throws,
 * so every run catches everything and logs it, the same problem once rather than at every run.
 */
public final class ReloadSchedule implements AutoCloseable {
    private final ScheduledExecutorService executor;
    private final Supplier<Optional<LiveLists.ReloadAttempt>> check;
    private final PrintStream log;
    private String lastLogged;

    private ReloadSchedule(Supplier<Optional<LiveLists.ReloadAttempt>> check, PrintStream log) {
        this.check = check;
        this.log = log;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "embargo-lists-reload");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts checking {@code lists} every {@code every}, the first time after one interval. */
    public static ReloadSchedule start(LiveLists lists, Duration every, PrintStream log) {
        return start(lists::reloadIfChanged, every, log);
    }

    static ReloadSchedule start(Supplier<Optional<LiveLists.ReloadAttempt>> check, Duration every, PrintStream log) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("the reload interval must be positive");
        }
        ReloadSchedule schedule = new ReloadSchedule(check, log);
        long ms = every.toMillis();
        schedule.executor.scheduleWithFixedDelay(schedule::runOnce, ms, ms, TimeUnit.MILLISECONDS);
        return schedule;
    }

    /** One check; never throws. Runs on the schedule's single thread only. */
    void runOnce() {
        try {
            check.get()
                    .ifPresent(a -> report(
                            a.ok()
                                    ? "lists reloaded: " + a.message()
                                    : "lists reload FAILED, the copies in service keep serving: " + a.message(),
                            a.ok()));
        } catch (Throwable t) { // NOPMD: an OutOfMemoryError or a bug here must not end the periodic reloads
            report(
                    "lists reload FAILED, the lists in service keep serving; the next check runs as scheduled: " + t,
                    false);
        }
    }

    private void report(String line, boolean ok) {
        // A success is always worth a line; the same failure at every check is not.
        if (ok || !Objects.equals(line, lastLogged)) {
            try {
                log.println(line);
            } catch (Throwable ignored) { // NOPMD: logging may itself fail when memory is short
            }
        }
        lastLogged = ok ? null : line;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
