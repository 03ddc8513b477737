package dev.embargo.cli;

import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.sync.SnapshotStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --lists DIR} option every command shares, and loading what it names: the current snapshot
 * when DIR is a store that {@code embargo sync} fills, else DIR itself as a plain folder of list files.
 */
public final class ListsOption {
    @Option(
            names = "--lists",
            paramLabel = "DIR",
            description = "Lists to load: a store that `embargo sync` fills (its current snapshot is loaded) "
                    + "or a plain folder of list files (default: $EMBARGO_LISTS or ~/.embargo/lists).")
    Path dir;

    public Path dir() {
        return dir != null ? dir : configuredDefault();
    }

    /** $EMBARGO_LISTS, else ~/.embargo/lists: where `embargo sync` writes and --lists reads by default. */
    public static Path configuredDefault() {
        String env = System.getenv("EMBARGO_LISTS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return defaultDir();
    }

    public static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".embargo", "lists");
    }

    /** Loads the lists when there are any, silently; an empty report when the folder is missing. */
    public ListLoader.Report loadQuietly() {
        try {
            return ListLoader.loadDirectory(SnapshotStore.resolveListsFolder(dir()));
        } catch (IOException e) {
            return new ListLoader.Report(java.util.List.of(), java.util.List.of(), java.util.List.of());
        }
    }

    /** Loads the lists, reporting each file that could not be read on {@code err}. */
    public ListLoader.Report load(PrintWriter err) throws IOException {
        Path folder = SnapshotStore.resolveListsFolder(dir());
        ListLoader.Report report = ListLoader.loadDirectory(folder);
        for (ListFormatException e : report.errors()) {
            err.println("error: " + e.getMessage());
        }
        if (report.lists().isEmpty()) {
            err.println("warning: no sanctions lists found in " + folder
                    + " (run `embargo sync`, or point --lists at a folder of list files)");
        }
        err.flush();
        return report;
    }
}
