package dev.embargo.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The system of record: a screened portfolio, its alerts and their decisions, and the audit trail, in one SQL
 * database — H2 in a file by default, PostgreSQL 14+ for production — with one schema managed by Flyway.
 * Thread-safe; close it to close the pool.
 */
public final class Store implements AutoCloseable {
    /** The role the PostgreSQL migration grants the server's rights to (see V2__audit_grants.sql). */
    public static final String DEFAULT_APP_ROLE = "embargo_app";

    /**
     * Flyway logs every step of a migration through java.util.logging; a command's standard error is for what
     * the user must know, so only its warnings go there. Held here: the logging framework keeps loggers weakly.
     */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private final HikariDataSource pool;
    private final boolean postgres;
    private final Clock clock;
    private final AuditTrail audit;

    private Store(HikariDataSource pool, boolean postgres, Clock clock) {
        this.pool = pool;
        this.postgres = postgres;
        this.clock = clock;
        this.audit = new AuditTrail(this);
    }

    /** Opens the database at {@code jdbcUrl}, bringing its schema up to date. */
    public static Store open(String jdbcUrl) {
        return open(jdbcUrl, Clock.systemUTC());
    }

    public static Store open(String jdbcUrl, Clock clock) {
        String url = batched(durable(jdbcUrl));
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (!postgres && !url.startsWith("jdbc:h2:")) {
            throw new StoreException(
                    "database: expected a jdbc:h2:... or jdbc:postgresql://... URL, got \"" + redact(jdbcUrl) + "\"");
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(postgres ? 8 : 4);
        config.setMinimumIdle(1);
        config.setPoolName("embargo-store");
        config.setInitializationFailTimeout(-1);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            migrate(pool, postgres);
        } catch (FlywayException | StoreException e) {
            pool.close();
            throw new StoreException(redact(jdbcUrl) + ": " + firstLine(e.getMessage()), e);
        }
        Store store = new Store(pool, postgres, clock);
        if (!postgres) {
            // An H2 file is open in one process at a time, so a run still marked running was cut off by a crash.
            store.inTransaction(c -> ScreeningRuns.markInterrupted(c, store));
        }
        return store;
    }

    /**
     * The database to use: {@code --db} when given, else $EMBARGO_DB, else an H2 file under ~/.embargo/store.
     */
    public static String configuredUrl(String option) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        String env = System.getenv("EMBARGO_DB");
        if (env != null && !env.isBlank()) {
            return env;
        }
        return "jdbc:h2:file:"
                + Path.of(System.getProperty("user.home"), ".embargo", "store", "embargo")
                        .toAbsolutePath();
    }

    /**
     * H2 writes a commit to its file up to half a second later by default, so a process killed in between
     * would lose work it had acknowledged: the store asks it to write at once.
     */
    static String durable(String url) {
        if (url.startsWith("jdbc:h2:file:")
                && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")) {
            return url + ";WRITE_DELAY=0";
        }
        return url;
    }

    /**
     * PostgreSQL's driver sends a batch of inserts as one statement per row unless asked to rewrite them into
     * multi-row inserts: an import's batch of records then costs a few round trips, not thousands.
     */
    static String batched(String url) {
        if (url.startsWith("jdbc:postgresql:")
                && !url.toLowerCase(java.util.Locale.ROOT).contains("rewritebatchedinserts")) {
            return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        return url;
    }

    private static void migrate(DataSource dataSource, boolean postgres) {
        FLYWAY_LOG.fine("migrating");
        String base = "classpath:dev/embargo/store/migration/";
        String[] locations =
                postgres ? new String[] {base + "common", base + "postgresql"} : new String[] {base + "common"};
        Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .placeholders(Map.of("appRole", DEFAULT_APP_ROLE))
                .load()
                .migrate();
    }

    /** The URL without a password, for messages. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "could not open the database";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    public boolean isPostgres() {
        return postgres;
    }

    public DataSource dataSource() {
        return pool;
    }

    public Clock clock() {
        return clock;
    }

    public AuditTrail audit() {
        return audit;
    }

    long now() {
        return clock.millis();
    }

    /** Work done in one transaction: all of it is committed, or none. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                if (!postgres) {
                    // H2 keeps a commit in memory until its store writes the next chunk; a process killed then
                    // would lose work it had acknowledged. A checkpoint writes it out before we say it is done.
                    try (java.sql.Statement st = c.createStatement()) {
                        st.execute("CHECKPOINT");
                    }
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database: " + firstLine(e.getMessage()), e);
        }
    }

    /** The tables a bulk write of the portfolio fills: records, their keys, their alerts, the audit trail. */
    static final List<String> BULK_TABLES =
            List.of("portfolio_record", "record_lookup_keys", "alert", "audit_entry", "rescreen_trace");

    /**
     * Brings the planner's statistics of {@code tables} up to date, after a write that changed a large share of
     * them. PostgreSQL plans by the row counts and value spreads it last sampled; its autovacuum samples a table
     * again only after a tenth of it changed, and not at once, so right after the first import of a million
     * records it would still plan the delta's and the review pages' queries for the empty tables it saw. H2
     * chooses between indexes by the selectivity ANALYZE samples too. A sample (PostgreSQL's 30,000 rows, H2's
     * 10,000 by default) costs well under a second at a million records. Where PostgreSQL's role does not own a
     * table, ANALYZE skips it with a warning: the statistics then stay autovacuum's.
     */
    void analyze(List<String> tables) {
        inTransaction(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                if (postgres) {
                    st.execute("ANALYZE " + String.join(", ", tables));
                } else {
                    for (String t : tables) {
                        st.execute("ANALYZE TABLE " + t);
                    }
                }
            }
            return null;
        });
    }

    Optional<String> setting(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM store_setting WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    void putSetting(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE store_setting SET setting_value = ? WHERE name = ?")) {
            ps.setString(1, value);
            ps.setString(2, name);
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO store_setting (name, setting_value) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    public Optional<String> setting(String name) {
        return inTransaction(c -> setting(c, name));
    }

    @Override
    public void close() {
        pool.close();
    }
}
