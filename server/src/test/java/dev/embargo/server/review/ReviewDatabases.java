package dev.embargo.server.review;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The test PostgreSQL the server's review tests run on, found as the store's tests find it: $EMBARGO_TEST_PG_URL
 * (scripts/test-postgres.sh starts one); without it a test is skipped saying so, and under CI=true it fails.
 * Each test class gets a schema of its own.
 */
final class ReviewDatabases {
    static final String PG_ENV = "EMBARGO_TEST_PG_URL";

    private ReviewDatabases() {}

    static String postgresSchema() {
        String server = System.getenv(PG_ENV);
        if (server == null || server.isBlank()) {
            String why = PG_ENV + " is not set: start a throwaway PostgreSQL with"
                    + " `eval \"$(scripts/test-postgres.sh start)\"` to run the PostgreSQL tests";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + " (CI=true: the PostgreSQL tests must run)");
            }
            assumeTrue(false, why);
        }
        String schema = "r_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(server);
                Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            fail(PG_ENV + "=" + server + ": " + e.getMessage());
        }
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
