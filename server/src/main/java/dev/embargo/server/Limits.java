package dev.embargo.server;

/**
 * What one request may ask of the server; beyond these it gets a 4xx JSON error that says the limit.
 *
 * @param maxRequestBytes largest request body (uploads included)
 * @param maxBatch        most queries in one batch screen or compare request
 * @param maxTextChars    longest text one scan request may hold
 * @param maxNameChars    longest name one query may hold
 * @param maxLimit        most matches one query may ask for
 */
public record Limits(long maxRequestBytes, int maxBatch, int maxTextChars, int maxNameChars, int maxLimit) {
    public static final Limits DEFAULT = new Limits(20L * 1024 * 1024, 1_000, 2_000_000, 1_000, 100);
}
