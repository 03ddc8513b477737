package dev.embargo.server.api;

import dev.embargo.matching.Match;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.report.json.MatchJson;
import dev.embargo.server.ApiException;
import dev.embargo.server.Limits;
import dev.embargo.server.RouteGroup;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.ops.WorkLimits;
import dev.embargo.server.params.BadParameter;
import dev.embargo.server.params.NumberRange;
import dev.embargo.server.params.Numbers;
import dev.embargo.server.params.QueryFields;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET|POST /v1/screen}: one name (query parameters, or a JSON object) or a batch ({@code "queries"}:
 * up to {@link Limits#maxBatch()} objects), answered in the JSON of {@code embargo screen}.
 */
public final class ScreenApi implements RouteGroup {
    private final LiveLists lists;
    private final Limits limits;
    private final WorkLimits work;

    public ScreenApi(LiveLists lists, Limits limits, WorkLimits work) {
        this.lists = lists;
        this.limits = limits;
        this.work = work;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/v1/screen", this::screenGet);
        routes.post("/v1/screen", this::screenPost);
    }

    /** The query and options of a request, read once and checked. */
    record Options(double threshold, int limit) {}

    private void screenGet(Context ctx) {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("name: expected a name to screen, e.g. /v1/screen?name=Kim+Jong+Un");
        }
        Options options = new Options(param(ctx, "threshold", Screener.DEFAULT_THRESHOLD, 0, 1), (int)
                param(ctx, "limit", Screener.DEFAULT_LIMIT, 1, limits.maxLimit()));
        Query q = query(
                "",
                name,
                ctx.queryParam("type"),
                ctx.queryParam("dob"),
                ctx.queryParam("country"),
                ctx.queryParams("identifier"));
        Replies.json(ctx, screen(q, options));
    }

    private void screenPost(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        Options options = new Options(body.number("threshold", Screener.DEFAULT_THRESHOLD, 0, 1), (int)
                body.number("limit", Screener.DEFAULT_LIMIT, 1, limits.maxLimit()));
        if (!body.has("queries")) {
            Replies.json(ctx, screen(query(body), options));
            return;
        }
        int n = body.arraySize("queries");
        if (n > limits.maxBatch()) {
            throw ApiException.tooLarge("queries: at most " + limits.maxBatch() + " in one request, got " + n);
        }
        List<JsonBody> items = body.objects("queries");
        // Read every query first, so a bad one fails the request before any work is done.
        List<Query> queries = items.stream().map(this::query).toList();
        Screener screener = Replies.served(lists).parties().screener();
        List<Map<String, Object>> results = new ArrayList<>(items.size());
        List<Map<String, Object>> computed;
        try (WorkLimits.Permit p = work.enter(WorkLimits.Kind.BATCH)) {
            computed = (queries.size() >= 64 ? queries.parallelStream() : queries.stream())
                    .map(q -> MatchJson.result(
                            q, options.threshold(), screener.screen(q, options.threshold(), options.limit())))
                    .toList();
        }
        for (int i = 0; i < items.size(); i++) {
            Map<String, Object> withId = new LinkedHashMap<>();
            String id = items.get(i).text("id");
            withId.put("id", id == null ? Integer.toString(i + 1) : id);
            withId.putAll(computed.get(i));
            results.add(withId);
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("results", results);
        Replies.json(ctx, reply);
    }

    private Map<String, Object> screen(Query q, Options options) {
        List<Match> matches =
                Replies.served(lists).parties().screener().screen(q, options.threshold(), options.limit());
        return MatchJson.result(q, options.threshold(), matches);
    }

    private Query query(JsonBody b) {
        return query(
                b.where() + ".",
                b.requiredText("name"),
                b.text("type"),
                b.text("dob"),
                b.text("country"),
                b.texts("identifiers"));
    }

    private Query query(String where, String name, String type, String dob, String country, List<String> identifiers) {
        if (name.length() > limits.maxNameChars()) {
            throw ApiException.tooLarge(
                    where + "name: at most " + limits.maxNameChars() + " characters, got " + name.length());
        }
        try {
            Query q = QueryFields.read(name, type, dob, country);
            return identifiers.isEmpty() ? q : new Query(q.name(), q.kind(), q.dateOfBirth(), q.country(), identifiers);
        } catch (BadParameter e) {
            throw ApiException.badRequest(where + e.problem().message());
        }
    }

    /** A decimal query parameter in {@code [min, max]}, or the 400 that names it. */
    static double param(Context ctx, String name, double fallback, double min, double max) {
        try {
            return Numbers.decimal(name, ctx.queryParam(name), fallback, NumberRange.decimals(min, max));
        } catch (BadParameter e) {
            throw ApiException.badRequest(e.problem().message());
        }
    }
}
