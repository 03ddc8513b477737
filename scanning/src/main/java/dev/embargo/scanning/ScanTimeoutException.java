package dev.embargo.scanning;

import java.time.Duration;

/**
 * A scan that used up its {@link Deadline}: the document is too large or too costly to scan in the time
 * one scan may take. Unchecked, as it is thrown from deep inside the scanner's loops.
 */
public final class ScanTimeoutException extends RuntimeException {
    private final Duration budget;

    public ScanTimeoutException(Duration budget, String doing) {
        super(
                "the scan needs more than its time budget of " + seconds(budget) + " (stopped while " + doing + ")",
                null,
                false,
                false);
        this.budget = budget;
    }

    public Duration budget() {
        return budget;
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
