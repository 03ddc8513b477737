package dev.embargo.server.review;

import java.util.List;

/** The API paths of the review, whose documented answers {@link ReviewApiTest} checks with a store behind them. */
public final class ReviewPaths {
    private static final List<String> PREFIXES =
            List.of("/v1/portfolio", "/v1/alerts", "/v1/audit", "/v1/export/", "/v1/review/");

    private ReviewPaths() {}

    public static boolean isReview(String path) {
        return PREFIXES.stream().anyMatch(path::startsWith);
    }
}
