package dev.embargo.server.api;

import dev.embargo.lists.model.EntityKind;
import dev.embargo.matching.Comparison;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.report.json.MatchJson;
import dev.embargo.server.ApiException;
import dev.embargo.server.Limits;
import dev.embargo.server.RouteGroup;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.ops.WorkLimits;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/compare}: two names ({@code name1}, {@code name2}, optional {@code type}) or a batch
 * ({@code "pairs"}), answered in the JSON of {@code embargo compare}.
 */
public final class CompareApi implements RouteGroup {
    private final LiveLists lists;
    private final Limits limits;
    private final WorkLimits work;

    public CompareApi(LiveLists lists, Limits limits, WorkLimits work) {
        this.lists = lists;
        this.limits = limits;
        this.work = work;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/v1/compare", this::compare);
    }

    private void compare(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        double threshold = body.number("threshold", Screener.DEFAULT_THRESHOLD, 0, 1);
        Screener screener = Replies.served(lists).screener();
        if (!body.has("pairs")) {
            Replies.json(ctx, MatchJson.comparison(compare(screener, body, threshold)));
            return;
        }
        int n = body.arraySize("pairs");
        if (n > limits.maxBatch()) {
            throw ApiException.tooLarge("pairs: at most " + limits.maxBatch() + " in one request, got " + n);
        }
        List<JsonBody> pairs = body.objects("pairs");
        List<Map<String, Object>> results = new ArrayList<>(pairs.size());
        try (WorkLimits.Permit p = work.enter(WorkLimits.Kind.BATCH)) {
            for (int i = 0; i < pairs.size(); i++) {
                Map<String, Object> r = new LinkedHashMap<>();
                String id = pairs.get(i).text("id");
                r.put("id", id == null ? Integer.toString(i + 1) : id);
                r.putAll(MatchJson.comparison(compare(screener, pairs.get(i), threshold)));
                results.add(r);
            }
        }
        Replies.json(ctx, Map.of("results", results));
    }

    private Comparison compare(Screener screener, JsonBody b, double threshold) {
        String name1 = b.requiredText("name1");
        String name2 = b.requiredText("name2");
        if (name1.length() > limits.maxNameChars() || name2.length() > limits.maxNameChars()) {
            throw ApiException.tooLarge(b.where() + ": names of at most " + limits.maxNameChars() + " characters");
        }
        EntityKind kind;
        try {
            kind = Query.of(name1, b.text("type"), null, null).kind();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(b.where() + "." + e.getMessage());
        }
        return screener.compare(name1, name2, kind, threshold);
    }
}
