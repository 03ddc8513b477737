package dev.embargo.parties;

import java.util.Objects;

/** Evidence that was found but not applied, and which guard refused it. */
public record RefusedEdge(Evidence evidence, Guard guard) {
    public RefusedEdge {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(guard, "guard");
    }

    /** The guards against over-merging that act when two groups are about to be joined. */
    public enum Guard {
        /**
         * Joining would put two listings of the same list in one party. A list publishes a party once, so two of
         * its listings are two parties in its publisher's own view; an edge that says otherwise is weaker evidence
         * than the list itself.
         */
        ONE_LISTING_PER_LIST,
        /**
         * Name-and-facts evidence would join people with full dates of birth that do not overlap: lists that give
         * a person's full date agree on at least one of them, so two listings without one in common are two people
         * with the same name.
         */
        BIRTH_DATES_DIFFER
    }
}
