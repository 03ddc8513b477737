package dev.embargo.parties;

import java.util.Objects;

/**
 * One reason two listings are one party: what kind of evidence, the value both share (an identifier, a
 * normalised name with its date), and the two listings' ids.
 */
public record Evidence(EvidenceKind kind, String value, String listingA, String listingB) {
    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(listingA, "listingA");
        Objects.requireNonNull(listingB, "listingB");
    }

    @Override
    public String toString() {
        return kind + " " + value + ": " + listingA + " = " + listingB;
    }
}
