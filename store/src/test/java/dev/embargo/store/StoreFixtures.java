package dev.embargo.store;

import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The UN list in two real versions (2024-11 in service, 2026-02 new: about 130 listings added, changed or
 * removed), loaded once for all the store's tests, and portfolios generated from the evaluation set's people
 * and both versions' listed parties.
 */
final class StoreFixtures {
    private static ListsSnapshot older;
    private static ListsSnapshot newer;

    private StoreFixtures() {}

    static synchronized ListsSnapshot older() throws IOException {
        if (older == null) {
            older = ListsSnapshot.load(SharedData.require("data/lists-history/un-2024-11"));
        }
        return older;
    }

    static synchronized ListsSnapshot newer() throws IOException {
        if (newer == null) {
            newer = ListsSnapshot.load(SharedData.require("data/lists/un"));
        }
        return newer;
    }

    /** Listed parties of both versions, each id once: a portfolio holding some of each. */
    static List<Entity> bothVersions() throws IOException {
        Map<String, Entity> all = new LinkedHashMap<>();
        for (Entity e : older().entities()) {
            all.putIfAbsent(e.id(), e);
        }
        for (Entity e : newer().entities()) {
            all.putIfAbsent(e.id(), e);
        }
        return new ArrayList<>(all.values());
    }

    static Path portfolio(Path dir, int count, double listedShare, long seed) throws IOException {
        Path file = dir.resolve("portfolio-" + seed + ".csv");
        PortfolioGenerator.of(SharedData.require("eval/negatives_global.csv"), bothVersions())
                .writeCsv(file, count, listedShare, seed);
        return file;
    }
}
