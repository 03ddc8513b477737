package dev.embargo.lists.sync;

import dev.embargo.lists.diff.ListDiff;
import dev.embargo.lists.model.Source;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a sync did with one source.
 *
 * @param problem         why the download was refused (FAILED only), else null
 * @param keptPrevious    FAILED only: the previous good files stay in the new snapshot
 * @param entitiesBefore  entities in the previous snapshot, null when there was none (or it did not read)
 * @param entitiesAfter   entities downloaded, null when the download was refused before reading
 * @param diff            previous → downloaded, null when either side is unknown
 * @param note            something worth saying that did not stop the sync, or null
 */
public record SourceOutcome(
        Source source,
        Status status,
        String problem,
        boolean keptPrevious,
        Integer entitiesBefore,
        Integer entitiesAfter,
        LocalDate publishedBefore,
        LocalDate publishedAfter,
        ListDiff diff,
        String note) {
    public enum Status {
        /** New files verified and put in the new snapshot. */
        UPDATED,
        /** Downloaded and verified, byte for byte the files already held. */
        UNCHANGED,
        /** Refused; the new snapshot keeps the previous files, if any. */
        FAILED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SourceOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
    }
}
