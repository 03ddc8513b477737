package dev.embargo.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.embargo.report.json.OutputJson;
import dev.embargo.server.ApiException;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.lists.ServedLists;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writing JSON answers and errors in the one shape the command line also uses. */
public final class Replies {
    private static final ObjectWriter WRITER = OutputJson.mapper().writer();

    private Replies() {}

    public static void json(Context ctx, Object body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(WRITER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a reply could not be written as JSON", e);
        }
    }

    public static Map<String, Object> error(int status, String code, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("status", status);
        e.put("code", code);
        e.put("message", message);
        return Map.of("error", e);
    }

    /** The lists in service, or 503 while none has loaded yet. */
    public static ServedLists served(LiveLists lists) {
        return lists.current()
                .orElseThrow(() -> ApiException.unavailable("no lists are loaded yet"
                        + lists.lastAttempt().map(a -> " (" + a.message() + ")").orElse("")));
    }
}
