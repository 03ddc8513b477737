package dev.embargo.server.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * How the server reads the JSON a client sends, within limits. What it writes back has the shape of every
 * output of Embargo ({@code dev.embargo.report.json.OutputJson}).
 */
public final class Json {
    /**
     * Deepest nesting a request may have: the deepest request shape (a yente batch of examples with property
     * lists) is five levels, so anything much deeper is hostile, not a query.
     */
    public static final int MAX_REQUEST_DEPTH = 32;
    /** Most digits one number of a request may have: thresholds and limits need a handful. */
    public static final int MAX_NUMBER_DIGITS = 100;
    /** Requests: limits on depth and numbers, nothing after the value, no field given twice. */
    private static final ObjectReader REQUEST_READER = new ObjectMapper(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_REQUEST_DEPTH)
                            .maxNumberLength(MAX_NUMBER_DIGITS)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .reader();

    private Json() {}

    /**
     * Reads a JSON document sent by a client, within the request limits above.
     *
     * @param where what the text is ("body", "queries"), named in the error
     * @throws IllegalArgumentException saying where and what was wrong, for the client; never null
     */
    public static JsonNode readRequest(String where, String text) {
        try {
            JsonNode n = REQUEST_READER.readTree(text);
            if (n == null || n.isMissingNode()) {
                throw new IllegalArgumentException(where + ": expected JSON, got nothing");
            }
            return n;
        } catch (JsonProcessingException e) {
            if (!(e instanceof StreamConstraintsException) && !(e.getCause() instanceof StreamConstraintsException)) {
                throw new IllegalArgumentException(where + ": not valid JSON" + at(e) + ": " + e.getOriginalMessage());
            }
            // Its location is not always known, and its message names Jackson's settings: say what the limit is.
            String what = e.getMessage() != null && e.getMessage().contains("depth")
                    ? "nested deeper than " + MAX_REQUEST_DEPTH + " levels"
                    : e.getMessage() != null && e.getMessage().contains("Number")
                            ? "a number longer than " + MAX_NUMBER_DIGITS + " digits"
                            : "beyond the limits of a request";
            throw new IllegalArgumentException(where + ": not accepted JSON: " + what + at(e));
        }
    }

    private static String at(JsonProcessingException e) {
        var l = e.getLocation();
        return l == null || l.getLineNr() < 0 ? "" : " at line " + l.getLineNr() + ", column " + l.getColumnNr();
    }
}
