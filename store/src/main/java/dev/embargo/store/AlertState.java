package dev.embargo.store;

import java.util.Locale;

/** Where an alert stands: open → (escalated) → cleared as a false positive | confirmed as a true match. */
public enum AlertState {
    OPEN,
    ESCALATED,
    CLEARED_FALSE_POSITIVE,
    CONFIRMED_TRUE_MATCH,
    /** Closed by the store: the listing was removed, or the record no longer matches, before anyone decided. */
    CLOSED_BY_SYSTEM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AlertState of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Still waiting for a person's decision. */
    public boolean awaitsReview() {
        return this == OPEN || this == ESCALATED;
    }

    /** A person decided it. */
    public boolean decided() {
        return this == CLEARED_FALSE_POSITIVE || this == CONFIRMED_TRUE_MATCH;
    }
}
