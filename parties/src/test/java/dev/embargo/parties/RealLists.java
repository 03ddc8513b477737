package dev.embargo.parties;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The real lists of ../shared/data/lists, loaded once for all the tests of this module that read them. */
final class RealLists {
    private static List<Entity> listings;

    private RealLists() {}

    /** Every listing of the real lists; skips the calling test where they are absent. */
    static synchronized List<Entity> listings() {
        Path dir = SharedData.lists();
        if (listings == null) {
            try {
                ListLoader.Report report = ListLoader.loadDirectory(dir);
                if (!report.errors().isEmpty()) {
                    throw new IllegalStateException("lists in " + dir + " did not load: " + report.errors());
                }
                listings = report.entities();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return listings;
    }
}
