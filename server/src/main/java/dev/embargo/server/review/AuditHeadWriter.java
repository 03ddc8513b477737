package dev.embargo.server.review;

import dev.embargo.store.AuditTrail;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes the audit chain's head to a file every so often, and once more when the server stops, so that a copy
 * outside the database (the file on another disk, or shipped on to write-once storage) anchors the chain:
 * {@code embargo audit verify --head FILE} then tells a chain rewritten after a head was written. A head is
 * written only when it moved since the last one, so an idle server does not grow the file.
 */
public final class AuditHeadWriter implements AutoCloseable {
    private final AuditTrail audit;
    private final Path file;
    private final Clock clock;
    private final PrintStream log;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "embargo-audit-head");
        t.setDaemon(true);
        return t;
    });
    private AuditTrail.Head last;

    AuditHeadWriter(AuditTrail audit, Path file, Duration every, Clock clock, PrintStream log) {
        this.audit = audit;
        this.file = file;
        this.clock = clock;
        this.log = log;
        long ms = Math.max(1, every.toMillis());
        timer.scheduleWithFixedDelay(this::writeQuietly, 0, ms, TimeUnit.MILLISECONDS);
    }

    /**
     * A period as {@code serve --audit-head-every} takes it: a number with s, m, h or d (30s, 15m, 1h, 1d), or an
     * ISO-8601 duration (PT1H); at least one second.
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static Duration parseEvery(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        Duration d;
        try {
            if (t.startsWith("p")) {
                d = Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
            } else if (t.matches("\\d{1,9}[smhd]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                d = switch (t.charAt(t.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else {
                d = null;
            }
        } catch (java.time.format.DateTimeParseException e) {
            d = null;
        }
        if (d == null || d.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(
                    "expected a period of at least 1s such as 30s, 15m, 1h, 1d or PT1H, got \"" + text + "\"");
        }
        return d;
    }

    /** Writes the head now if it moved since the last write; returns whether it wrote. */
    synchronized boolean write() throws IOException {
        AuditTrail.Head now = audit.head();
        if (now.equals(last)) {
            return false;
        }
        last = audit.writeHead(file, clock.instant());
        return true;
    }

    private void writeQuietly() {
        try {
            write();
        } catch (IOException | RuntimeException e) {
            try {
                log.println("audit: WARNING: could not write the chain head to " + file + ": " + e.getMessage());
            } catch (RuntimeException ignored) { // NOPMD: a log that fails must not stop the timer
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeQuietly();
    }
}
