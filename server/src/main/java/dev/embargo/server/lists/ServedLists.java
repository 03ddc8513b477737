package dev.embargo.server.lists;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.Scanner;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One loaded generation of the lists with everything built from it: the screening index, the scanner and
 * the index's entities by id. Immutable; a reload builds a new one beside it and swaps it in whole.
 *
 * @param folder   the folder the files were read from (a snapshot of the store, or a plain folder)
 * @param report   the lists read, and the files that could not be read
 * @param loadedAt when this generation started serving
 * @param buildTime how long reading and indexing took
 * @param indexTime how long the indexing (the screening index and the scanner) took of it
 */
public record ServedLists(Path folder, ListLoader.Report report, Screener screener, Scanner scanner,
                          Instant loadedAt, Duration buildTime, Duration indexTime) {

    /**
     * Indexes the lists read into {@code report}, which began at {@code started}; files that failed are in the
     * report.
     */
    public static ServedLists build(Path folder, ListLoader.Report report, Instant started) {
        Instant indexing = Instant.now();
        Screener screener = Screener.of(report.entities());
        Scanner scanner = new Scanner(screener);
        Instant now = Instant.now();
        return new ServedLists(folder, report, screener, scanner, now, Duration.between(started, now),
                Duration.between(indexing, now));
    }

    public Optional<Entity> entity(String id) {
        return screener.index().entity(id);
    }

    /** Distinct entity ids in service. */
    public int entityCount() {
        return screener.index().entityCount();
    }
}
