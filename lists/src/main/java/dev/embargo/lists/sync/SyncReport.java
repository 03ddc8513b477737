package dev.embargo.lists.sync;

import java.util.List;

/**
 * What a sync did.
 *
 * @param previousSnapshot the snapshot current before, or null on a first sync
 * @param currentSnapshot  the snapshot current now (the previous one when nothing was updated), or null
 * @param switched         whether {@code current} now names a new snapshot
 * @param outcomes         one per source asked for, in the order asked
 * @param pruned           old snapshots deleted to keep the configured number
 */
public record SyncReport(
        String previousSnapshot,
        String currentSnapshot,
        boolean switched,
        List<SourceOutcome> outcomes,
        List<String> pruned) {
    public SyncReport {
        outcomes = List.copyOf(outcomes);
        pruned = List.copyOf(pruned);
    }

    public List<SourceOutcome> failures() {
        return outcomes.stream()
                .filter(o -> o.status() == SourceOutcome.Status.FAILED)
                .toList();
    }
}
