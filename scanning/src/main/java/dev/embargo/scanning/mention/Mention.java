package dev.embargo.scanning.mention;

/**
 * A span of the document that may name a listed party.
 *
 * @param start   offset of the first character in the document's text
 * @param end     offset after the last character
 * @param written the span as written (line breaks inside it kept)
 * @param query   what was screened: the words joined with single spaces, or the full name an exonym stands for
 * @param exonym  true when {@code query} came from the exonym table
 */
public record Mention(int start, int end, String written, String query, boolean exonym) {}
