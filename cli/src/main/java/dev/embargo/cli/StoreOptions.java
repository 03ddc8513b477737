package dev.embargo.cli;

import dev.embargo.matching.Screener;
import dev.embargo.store.ListsSnapshot;
import dev.embargo.store.RecordScreening;
import dev.embargo.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of the commands that use the store: the database, and for screening the lists and threshold. */
public final class StoreOptions {
    @Option(
            names = "--db",
            paramLabel = "JDBC_URL",
            description = "The store: jdbc:h2:file:PATH or jdbc:postgresql://HOST:PORT/DB?user=...&password=..."
                    + " (default: $EMBARGO_DB, else an H2 file under ~/.embargo/store).")
    String db;

    @Option(
            names = "--threshold",
            paramLabel = "T",
            description = "Score from which a record and a listing raise an alert, 0 to 1 (default: 0.85). A"
                    + " threshold other than the last full screening's screens the whole portfolio again.")
    Double threshold;

    @Option(
            names = "--holder",
            paramLabel = "NAME",
            defaultValue = "${env:USER:-cli}",
            description = "Who runs the command, for the audit trail (default: $USER).")
    String holder;

    Store open() {
        return Store.open(Store.configuredUrl(db));
    }

    double threshold(CommandLine cl) {
        double t = threshold == null ? Screener.DEFAULT_THRESHOLD : threshold;
        if (!(t >= 0 && t <= 1)) {
            throw new CommandLine.ParameterException(cl, "--threshold: expected a number from 0 to 1, got " + t);
        }
        return t;
    }

    String holder() {
        return holder == null || holder.isBlank() ? "cli" : holder;
    }

    /** Loads the lists of {@code dir} (a sync store's current snapshot or a folder of list files). */
    static ListsSnapshot lists(Path dir) throws IOException {
        return ListsSnapshot.load(dev.embargo.lists.sync.SnapshotStore.resolveListsFolder(dir));
    }

    RecordScreening screening(ListsSnapshot lists, CommandLine cl) {
        return new RecordScreening(lists, threshold(cl));
    }
}
