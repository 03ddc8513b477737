package dev.embargo.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.embargo.server.ApiException;
import dev.embargo.server.json.Json;
import dev.embargo.server.params.BadParameter;
import dev.embargo.server.params.NumberRange;
import dev.embargo.server.params.Numbers;
import dev.embargo.server.params.ParameterProblem;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON request body, read with errors that say which field was wrong and what was expected.
 *
 * @param node the JSON object
 * @param where where it sits in the request ("body", "queries[3]"), named in errors
 */
public record JsonBody(JsonNode node, String where) {
    /**
     * The JSON object a request carries, sent as {@code application/json}: any other type is refused (415), so
     * that a form or {@code text/plain} post from another site, which a browser sends without asking, is never
     * taken for an API call.
     */
    public static JsonBody of(Context ctx) {
        requireJson(ctx);
        return parse(ctx.body());
    }

    /** Refuses (415) a request whose body is not declared as JSON. */
    public static void requireJson(Context ctx) {
        if (!isJson(ctx.contentType())) {
            throw new ApiException(
                    415,
                    "unsupported_media_type",
                    "Content-Type: expected application/json, got "
                            + (ctx.contentType() == null ? "none" : "\"" + ctx.contentType() + "\""));
        }
    }

    /** {@code application/json}, with parameters or not, or a {@code +json} type. */
    public static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mime = contentType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return mime.equals("application/json") || (mime.startsWith("application/") && mime.endsWith("+json"));
    }

    public static JsonBody parse(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("body: expected a JSON object, got an empty body");
        }
        JsonNode n;
        try {
            n = Json.readRequest("body", text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (!n.isObject()) {
            throw ApiException.badRequest("body: expected a JSON object");
        }
        return new JsonBody(n, "body");
    }

    public boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    /** A text field; numbers are taken as their text (ids are often numbers in spreadsheets). */
    public String text(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw ApiException.badRequest(where + "." + field + ": expected a string");
        }
        return v.asText();
    }

    public String requiredText(String field) {
        String v = text(field);
        if (v == null || v.isBlank()) {
            throw ApiException.badRequest(where + "." + field + ": expected a non-empty string");
        }
        return v;
    }

    public double number(String field, double fallback, double min, double max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        try {
            return Numbers.checked(field, v.isNumber() ? v.asDouble() : null, NumberRange.decimals(min, max));
        } catch (BadParameter e) {
            // A JSON error shows the number as JSON read it, unquoted, and nothing for a value of another type.
            ParameterProblem p = e.problem();
            throw ApiException.badRequest(where + "." + p.field() + ": expected " + p.expected()
                    + (p.value() == null ? "" : ", got " + p.value()));
        }
    }

    public List<String> texts(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw ApiException.badRequest(where + "." + field + ": expected an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isTextual()) {
                throw ApiException.badRequest(where + "." + field + ": expected an array of strings");
            }
            out.add(x.asText());
        }
        return out;
    }

    /** The objects of an array field, each named by its place for errors. */
    public List<JsonBody> objects(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray()) {
            throw ApiException.badRequest(where + "." + field + ": expected an array of objects");
        }
        List<JsonBody> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isObject()) {
                throw ApiException.badRequest(field + "[" + i + "]: expected an object");
            }
            out.add(new JsonBody(v.get(i), field + "[" + i + "]"));
        }
        return out;
    }

    public int arraySize(String field) {
        JsonNode v = node.get(field);
        return v != null && v.isArray() ? v.size() : -1;
    }
}
