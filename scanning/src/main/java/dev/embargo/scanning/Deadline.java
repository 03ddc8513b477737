package dev.embargo.scanning;

import java.time.Duration;
import java.util.Objects;

/**
 * When a scan (reading the document included) must have finished. The scanner and the readers check it in
 * their loops, so a document that would take longer ends with a {@link ScanTimeoutException} instead of
 * holding a thread for as long as it likes.
 *
 * @param budget   the time allowed, or null for no limit
 * @param endNanos the {@link System#nanoTime()} at which the budget is spent (unused without a budget)
 */
public record Deadline(Duration budget, long endNanos) {
    /** No time limit: the command line, where the user can stop a scan. */
    public static final Deadline NONE = new Deadline(null, 0);

    /** A deadline {@code budget} from now. */
    public static Deadline after(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        return new Deadline(budget, System.nanoTime() + budget.toNanos());
    }

    /**
     * Throws when the budget is spent.
     *
     * @param doing what the scan was doing, for the message ("screening mentions")
     */
    public void check(String doing) {
        if (budget != null && System.nanoTime() - endNanos > 0) {
            throw new ScanTimeoutException(budget, doing);
        }
    }
}
