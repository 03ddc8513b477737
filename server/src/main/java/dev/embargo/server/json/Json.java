package dev.embargo.server.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Locale;

/** The one JSON shape of Embargo's output: snake_case fields, ISO dates, enums as lower-case codes. */
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

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static ObjectMapper mapper() {
        SimpleModule enums = new SimpleModule("enum-codes");
        enums.addSerializer(Enum.class, new JsonSerializer<Enum>() {
            @Override
            public void serialize(Enum value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(code(value));
            }
        });
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(enums)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /**
     * Writes a tree of maps, lists, strings, numbers, booleans and nulls (the shapes {@link MatchJson} builds)
     * straight to {@code gen}, as the mapper would write it, without the mapper's per-value look-up of a
     * serializer; anything else goes through {@code mapper}. A batch writes one such tree per name.
     */
    public static void writeTree(JsonGenerator gen, Object value, ObjectMapper mapper) throws IOException {
        switch (value) {
            case null -> gen.writeNull();
            case String s -> gen.writeString(s);
            case Double d -> gen.writeNumber(d);
            case Integer i -> gen.writeNumber(i);
            case Long l -> gen.writeNumber(l);
            case Float f -> gen.writeNumber(f);
            case Boolean b -> gen.writeBoolean(b);
            case java.util.Map<?, ?> map -> {
                gen.writeStartObject();
                for (java.util.Map.Entry<?, ?> e : map.entrySet()) {
                    gen.writeFieldName(String.valueOf(e.getKey()));
                    writeTree(gen, e.getValue(), mapper);
                }
                gen.writeEndObject();
            }
            case java.util.List<?> list -> {
                gen.writeStartArray();
                for (int i = 0; i < list.size(); i++) {
                    writeTree(gen, list.get(i), mapper);
                }
                gen.writeEndArray();
            }
            default -> mapper.writeValue(gen, value);
        }
    }

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
