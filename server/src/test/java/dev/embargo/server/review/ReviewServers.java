package dev.embargo.server.review;

import dev.embargo.lists.SharedData;
import dev.embargo.server.EmbargoServer;
import dev.embargo.server.Http;
import dev.embargo.server.ServerSettings;
import dev.embargo.server.TestServers;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.ops.ApiKeys;
import dev.embargo.store.PortfolioGenerator;
import dev.embargo.store.Review;
import dev.embargo.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Servers with a store for the review tests: an H2 store in a temp folder, the real lists of ../shared, keys
 * for one holder of each role (two analysts and two supervisors, for four eyes), and a portfolio generated
 * from the evaluation set's people and the listed parties (about a tenth of it listed).
 */
final class ReviewServers {
    static final String ALICE = "alice-analyst-key-0001";
    static final String BOB = "bob-analyst-key-000002";
    static final String SUE = "sue-supervisor-key-001";
    static final String SAM = "sam-supervisor-key-002";
    static final String AUDREY = "audrey-auditor-key-01";
    static final String ADA = "ada-admin-key-0000001";
    /** A key as key files held them before roles: it keeps working, as an admin. */
    static final String LEGACY = "legacy-key-without-role";

    static final List<String> KEY_FILE = List.of(
            "# holders and roles",
            ALICE + " holder=alice role=analyst",
            BOB + " holder=bob role=analyst",
            SUE + " holder=sue role=supervisor",
            SAM + "\tholder=sam\trole=supervisor",
            AUDREY + " role=auditor holder=audrey",
            ADA + " holder=ada role=admin",
            LEGACY);

    private ReviewServers() {}

    static SystemOfRecord records(Path dir) {
        return records(dir, "h2");
    }

    /** A system of record on H2 in {@code dir}, or on a fresh schema of the test PostgreSQL. */
    static SystemOfRecord records(Path dir, String database) {
        return new SystemOfRecord(
                Store.open(
                        database.equals("h2")
                                ? "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath()
                                : ReviewDatabases.postgresSchema()),
                0.85,
                Review.Policy.defaults(),
                System.err);
    }

    /** A server over the real lists with keys and a store, its follower settled (ready to import). */
    static EmbargoServer start(SystemOfRecord records, boolean keys) throws InterruptedException {
        ServerSettings settings = ServerSettings.loopback(0);
        if (keys) {
            settings = settings.withKeys(ApiKeys.parse(KEY_FILE));
        }
        EmbargoServer server =
                EmbargoServer.start(settings, LiveLists.of(TestServers.realLists()), records, System.err);
        records.awaitRescreening();
        return server;
    }

    /** A generated portfolio of {@code count} records, as CSV. */
    static Path portfolio(Path dir, int count, long seed) throws IOException {
        Path file = dir.resolve("portfolio-" + seed + ".csv");
        PortfolioGenerator.of(
                        SharedData.require("eval/negatives_global.csv"),
                        TestServers.realLists().screener().entities())
                .writeCsv(file, count, 0.1, seed);
        return file;
    }

    static Http as(EmbargoServer server, String key) {
        return Http.to(server).withKey(key);
    }
}
