package dev.embargo.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one JSON shape of Embargo's output, on the command line and from the server alike: snake_case fields,
 * ISO dates, enums as lower-case codes.
 */
public final class OutputJson {
    private OutputJson() {}

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
            case Map<?, ?> map -> {
                gen.writeStartObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    gen.writeFieldName(String.valueOf(e.getKey()));
                    writeTree(gen, e.getValue(), mapper);
                }
                gen.writeEndObject();
            }
            case List<?> list -> {
                gen.writeStartArray();
                for (int i = 0; i < list.size(); i++) {
                    writeTree(gen, list.get(i), mapper);
                }
                gen.writeEndArray();
            }
            default -> mapper.writeValue(gen, value);
        }
    }

    /** An enum value as output writes it: lower case, words joined by hyphens ({@code WEAK_ALIAS} is "weak-alias"). */
    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
