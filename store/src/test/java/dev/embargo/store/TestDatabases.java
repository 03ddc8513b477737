package dev.embargo.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The databases the store's tests run on: H2 in a temporary file, and PostgreSQL when $EMBARGO_TEST_PG_URL names
 * a server (scripts/test-postgres.sh starts one). Each PostgreSQL test gets a schema of its own. Under CI
 * (CI=true) a missing PostgreSQL fails the test rather than skipping it.
 */
final class TestDatabases {
    static final String PG_ENV = "EMBARGO_TEST_PG_URL";

    private TestDatabases() {}

    static List<String> kinds() {
        return List.of("h2", "postgresql");
    }

    static String h2(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
    }

    /** The server's URL, or the test is skipped (failed under CI) with a message saying how to get one. */
    static String postgresServer() {
        String url = System.getenv(PG_ENV);
        if (url == null || url.isBlank()) {
            String why = PG_ENV + " is not set: start a throwaway PostgreSQL with"
                    + " `eval \"$(scripts/test-postgres.sh start)\"` to run the PostgreSQL tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + " (CI=true: the PostgreSQL tests must run)");
            }
            assumeTrue(false, why);
        }
        return url;
    }

    /** A fresh, empty schema on the test server; the URL opens it. */
    static String postgresSchema() {
        String server = postgresServer();
        String schema = "t_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(server);
                Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            fail(PG_ENV + "=" + server + ": " + e.getMessage());
        }
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static String url(String kind, Path dir) {
        return kind.equals("h2") ? h2(dir) : postgresSchema();
    }
}
