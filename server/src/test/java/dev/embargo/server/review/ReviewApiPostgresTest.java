package dev.embargo.server.review;

/**
 * The review API tests against PostgreSQL, as the store's own tests run there: skipped, saying how to start
 * one, without $EMBARGO_TEST_PG_URL; failed under CI=true.
 */
class ReviewApiPostgresTest extends ReviewApiTest {
    @Override
    String database() {
        return "postgresql";
    }
}
