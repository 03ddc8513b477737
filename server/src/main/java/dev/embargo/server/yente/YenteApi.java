package dev.embargo.server.yente;

import com.fasterxml.jackson.databind.JsonNode;
import dev.embargo.lists.Countries;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Source;
import dev.embargo.matching.Match;
import dev.embargo.matching.Screener;
import dev.embargo.server.ApiException;
import dev.embargo.server.Limits;
import dev.embargo.server.RouteGroup;
import dev.embargo.server.api.JsonBody;
import dev.embargo.server.api.Replies;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.lists.ServedLists;
import dev.embargo.server.ops.WorkLimits;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The yente API, so that OpenSanctions clients screen against Embargo unchanged: {@code POST /match/{dataset}}
 * (query by example), {@code GET /search/{dataset}}, {@code GET /entities/{id}}, {@code GET /catalog} and
 * {@code GET /algorithms}, in yente's request and response shapes, errors included ({@code {"detail": ...}}).
 * Scores are Embargo's; {@code match} is {@code score >= threshold}.
 */
public final class YenteApi implements RouteGroup {
    /** The one scoring algorithm; yente's algorithm names are accepted and all mean this one. */
    public static final String ALGORITHM = "embargo";

    static final Set<String> ALGORITHM_NAMES = Set.of(
            ALGORITHM, "best", "default", "logic-v1", "logic-v2", "regression-v1", "name-based", "name-qualified");
    /** yente's default number of matches per example. */
    static final int MATCH_LIMIT = 5;
    /** Lowest score a match result is returned with (yente's cutoff): near misses come back with match false. */
    static final double DEFAULT_CUTOFF = 0.5;
    /** Lowest score a search hit is returned with. */
    static final double SEARCH_CUTOFF = 0.5;

    static final int MAX_OFFSET = 10_000;
    static final int FACET_VALUES = 100;
    static final List<String> FACETS =
            List.of("datasets", "schema", "countries", "names", "identifiers", "topics", "genders");
    static final List<String> DEFAULT_FACETS = List.of("countries", "topics", "datasets");

    private final LiveLists lists;
    private final Limits limits;
    private final WorkLimits work;

    public YenteApi(LiveLists lists, Limits limits, WorkLimits work) {
        this.lists = lists;
        this.limits = limits;
        this.work = work;
    }

    /** The paths of the yente API, whose errors are in yente's shape. */
    public static boolean isYentePath(String path) {
        return path != null
                && (path.startsWith("/match/")
                        || path.startsWith("/search/")
                        || path.startsWith("/entities/")
                        || path.equals("/catalog")
                        || path.equals("/algorithms"));
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/match/{dataset}", detailed(this::match));
        routes.get("/search/{dataset}", detailed(this::search));
        routes.get("/entities/<id>", detailed(this::entity));
        routes.get("/catalog", detailed(this::catalog));
        routes.get("/algorithms", detailed(ctx -> Replies.json(ctx, algorithms())));
    }

    /** Errors in yente's shape, {@code {"detail": "..."}}, with the status the rest of the server would give. */
    static Handler detailed(Handler h) {
        return ctx -> {
            try {
                h.handle(ctx);
            } catch (ApiException e) {
                if (e.retryAfterSeconds() > 0) {
                    ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
                }
                detail(ctx, e.status(), e.getMessage());
            } catch (HttpResponseException e) {
                detail(ctx, e.getStatus(), e.getStatus() == 413 ? "the request body is too large" : e.getMessage());
            }
        };
    }

    static void detail(Context ctx, int status, String message) {
        ctx.status(status);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("detail", message);
        Replies.json(ctx, m);
    }

    // ---- /match/{dataset}

    private void match(Context ctx) {
        ServedLists served = Replies.served(lists);
        Datasets.Dataset dataset = Datasets.find(served, ctx.pathParam("dataset"));
        int limit = YenteParams.integer(ctx, "limit", MATCH_LIMIT, 1, limits.maxLimit());
        double threshold = YenteParams.number(ctx, "threshold", Screener.DEFAULT_THRESHOLD, 0, 1);
        double cutoff = Math.min(YenteParams.number(ctx, "cutoff", DEFAULT_CUTOFF, 0, 1), threshold);
        checkAlgorithm(ctx.queryParam("algorithm"));
        ExampleMatcher.Scope scope = scope(ctx, served, dataset);
        boolean topicsAllow = topicsAllow(YenteParams.list(ctx, "topics"));

        JsonBody body = JsonBody.of(ctx);
        JsonNode queries = body.node().get("queries");
        if (queries == null || !queries.isObject()) {
            throw ApiException.badRequest("queries: expected an object of named examples, e.g. {\"queries\": {\"q1\": "
                    + "{\"schema\": \"Person\", \"properties\": {\"name\": [\"Kim Jong Un\"]}}}}");
        }
        if (queries.size() > limits.maxBatch()) {
            throw ApiException.badRequest("Too many queries in one batch (limit: " + limits.maxBatch() + ")");
        }
        Map<String, ExampleQuery> examples = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = queries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> q = it.next();
            if (!q.getValue().isNull()) {
                examples.put(q.getKey(), example("queries." + q.getKey(), q.getValue()));
            }
        }
        if (examples.isEmpty()) {
            throw ApiException.badRequest("No queries provided.");
        }
        Screener screener = served.screener();
        List<Map.Entry<String, ExampleQuery>> entries = new ArrayList<>(examples.entrySet());
        List<Map<String, Object>> answers;
        // One example is as cheap as a screen; more are a batch, and run only as many at once as allowed.
        try (WorkLimits.Permit p = entries.size() > 1 ? work.enter(WorkLimits.Kind.BATCH) : () -> {}) {
            answers = (entries.size() >= 16 ? entries.parallelStream() : entries.stream())
                    .map(e -> {
                        List<Match> found =
                                topicsAllow ? ExampleMatcher.find(screener, e.getValue(), scope, cutoff) : List.of();
                        return answer(e.getValue(), found, limit, threshold);
                    })
                    .toList();
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            responses.put(entries.get(i).getKey(), answers.get(i));
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("responses", responses);
        reply.put("matcher", Features.docs("/algorithms"));
        reply.put("limit", limit);
        ctx.header("x-batch-size", Integer.toString(responses.size()));
        Replies.json(ctx, reply);
    }

    private ExampleQuery example(String where, JsonNode node) {
        if (!node.isObject()) {
            throw ApiException.badRequest(where + ": expected an object with \"schema\" and \"properties\"");
        }
        JsonNode schemaNode = node.get("schema");
        if (schemaNode == null || !schemaNode.isTextual()) {
            throw ApiException.badRequest(where + ".schema: expected a schema name (" + FtmSchema.names() + ")");
        }
        FtmSchema schema = FtmSchema.byName(schemaNode.asText())
                .orElseThrow(() -> ApiException.badRequest(where + ".schema: expected a schema name ("
                        + FtmSchema.names() + "), got \"" + schemaNode.asText() + "\""));
        JsonNode idNode = node.get("id");
        String id = idNode == null || idNode.isNull() ? null : idNode.asText();
        JsonNode props = node.get("properties");
        if (props == null || !props.isObject()) {
            throw ApiException.badRequest(
                    where + ".properties: expected an object of property names to lists of values,"
                            + " e.g. {\"name\": [\"Kim Jong Un\"], \"birthDate\": [\"1984-01-08\"]}");
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            values.put(p.getKey(), texts(where + ".properties." + p.getKey(), p.getValue()));
        }
        return ExampleQuery.of(where, id, schema, values, limits.maxNameChars());
    }

    /** A property's values: a string, or a list of strings (numbers and booleans are taken as their text). */
    private static List<String> texts(String where, JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isNull()) {
            return out;
        }
        if (v.isValueNode()) {
            out.add(v.asText());
            return out;
        }
        if (!v.isArray()) {
            throw ApiException.badRequest(where + ": expected a string or a list of strings");
        }
        for (JsonNode x : v) {
            if (!x.isValueNode()) {
                throw ApiException.badRequest(where + ": expected a string or a list of strings");
            }
            if (!x.isNull()) {
                out.add(x.asText());
            }
        }
        return out;
    }

    private static Map<String, Object> answer(ExampleQuery q, List<Match> found, int limit, double threshold) {
        List<Object> results = new ArrayList<>();
        for (Match m : found.subList(0, Math.min(limit, found.size()))) {
            Map<String, Object> r = FtmEntity.flat(m.entity());
            r.put("score", m.score());
            r.put("features", Features.of(m));
            r.put("explanations", Features.explanations(m));
            r.put("match", m.score() >= threshold);
            results.add(r);
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("status", 200);
        a.put("results", results);
        a.put("total", total(found.size(), false));
        a.put("query", q.echo());
        return a;
    }

    static void checkAlgorithm(String name) {
        if (name != null && !name.isBlank() && !ALGORITHM_NAMES.contains(name.strip())) {
            throw ApiException.badRequest("Invalid algorithm: \"" + name + "\"; this server scores with \"" + ALGORITHM
                    + "\" and accepts "
                    + String.join(", ", ALGORITHM_NAMES.stream().sorted().toList()) + " for it");
        }
    }

    /** The lists and parties a request may return: its dataset, narrowed by yente's filter parameters. */
    private static ExampleMatcher.Scope scope(Context ctx, ServedLists served, Datasets.Dataset dataset) {
        Set<Source> sources = EnumSet.noneOf(Source.class);
        sources.addAll(dataset.sources());
        for (String param : List.of("include_dataset", "datasets")) {
            List<String> names = YenteParams.list(ctx, param);
            if (!names.isEmpty()) {
                sources.retainAll(Datasets.sourcesOf(served, param, names));
            }
        }
        sources.removeAll(Datasets.sourcesOf(served, "exclude_dataset", YenteParams.list(ctx, "exclude_dataset")));
        Set<FtmSchema> excludedSchemata = new HashSet<>(YenteParams.schemata(ctx, "exclude_schema"));
        Set<String> excludedIds = new HashSet<>(YenteParams.list(ctx, "exclude_entity_ids"));
        return new ExampleMatcher.Scope(sources, excludedSchemata, excludedIds);
    }

    /** Every listed party has the one topic "sanction": a topic filter without it leaves nothing. */
    private static boolean topicsAllow(List<String> topics) {
        return topics.isEmpty() || topics.contains(FtmEntity.TOPIC);
    }

    private static Map<String, Object> total(int value, boolean atLeast) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("value", value);
        t.put("relation", atLeast ? "gte" : "eq");
        return t;
    }

    // ---- /search/{dataset}

    private void search(Context ctx) {
        ServedLists served = Replies.served(lists);
        Datasets.Dataset dataset = Datasets.find(served, ctx.pathParam("dataset"));
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        String schemaName =
                ctx.queryParam("schema") == null || ctx.queryParam("schema").isBlank()
                        ? FtmSchema.THING.ftmName()
                        : ctx.queryParam("schema").strip();
        FtmSchema schema = FtmSchema.byName(schemaName)
                .orElseThrow(() -> ApiException.badRequest(
                        "Invalid schema: \"" + schemaName + "\"; expected one of " + FtmSchema.names()));
        int limit = YenteParams.integer(ctx, "limit", 10, 0, limits.maxLimit());
        int offset = YenteParams.integer(ctx, "offset", 0, 0, MAX_OFFSET);
        List<String> facets = YenteParams.list(ctx, "facets");
        for (String f : facets) {
            if (!FACETS.contains(f)) {
                throw ApiException.badRequest(
                        "facets: expected any of " + String.join(", ", FACETS) + ", got \"" + f + "\"");
            }
        }
        if (ctx.queryParams("facets").isEmpty()) {
            facets = DEFAULT_FACETS;
        }
        Set<String> countries = new HashSet<>();
        for (String c : YenteParams.list(ctx, "countries")) {
            countries.add(Countries.toIso(c)
                    .orElseThrow(() ->
                            ApiException.badRequest("countries: expected a country code (ru, kp), got \"" + c + "\""))
                    .toLowerCase(Locale.ROOT));
        }
        Boolean target = YenteParams.bool(ctx, "target");
        boolean any = topicsAllow(YenteParams.list(ctx, "topics")) && (target == null || target);
        ExampleMatcher.Scope scope = scope(ctx, served, dataset);

        List<Entity> hits = new ArrayList<>();
        boolean capped = false;
        if (any && q.isEmpty()) {
            Set<String> seen = new HashSet<>();
            for (Entity e : served.report().entities()) {
                if (seen.add(e.id()) && scope.allows(e, schema) && inCountries(e, countries)) {
                    hits.add(e);
                }
            }
        } else if (any) {
            // An entity id finds its entity; anything else is screened as a name (or an identifier).
            served.entity(q)
                    .filter(e -> scope.allows(e, schema) && inCountries(e, countries))
                    .ifPresent(hits::add);
            ExampleQuery query = ExampleQuery.of("q", null, schema, Map.of("name", List.of(q)), limits.maxNameChars());
            List<Match> found = ExampleMatcher.find(served.screener(), query, scope, SEARCH_CUTOFF);
            for (Match m : found) {
                if (inCountries(m.entity(), countries) && !hits.contains(m.entity())) {
                    hits.add(m.entity());
                }
            }
            capped = found.size() >= ExampleMatcher.POOL;
        }
        List<Object> results = new ArrayList<>();
        for (Entity e : hits.subList(Math.min(offset, hits.size()), Math.min(offset + limit, hits.size()))) {
            results.add(FtmEntity.flat(e));
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("limit", limit);
        reply.put("offset", offset);
        reply.put("total", total(hits.size(), capped));
        reply.put("results", results);
        reply.put("facets", SearchFacets.of(hits, facets));
        Replies.json(ctx, reply);
    }

    private static boolean inCountries(Entity e, Set<String> countries) {
        if (countries.isEmpty()) {
            return true;
        }
        for (String c : SearchFacets.countries(e)) {
            if (countries.contains(c)) {
                return true;
            }
        }
        return false;
    }

    // ---- /entities/{id}, /catalog, /algorithms

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        Boolean nested = YenteParams.bool(ctx, "nested");
        Entity e = Replies.served(lists)
                .entity(id)
                .orElseThrow(() ->
                        ApiException.notFound("No such entity: \"" + id + "\" (ids look like us-ofac-sdn:20157)"));
        Replies.json(ctx, nested == null || nested ? FtmEntity.nested(e) : FtmEntity.flat(e));
    }

    private void catalog(Context ctx) {
        ServedLists served = Replies.served(lists);
        List<Object> datasets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Datasets.Dataset d : Datasets.of(served)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", d.name());
            m.put("title", d.title());
            m.put("summary", d.summary());
            m.put("url", null);
            m.put("load", true);
            m.put("entities_url", null);
            m.put("version", d.version());
            m.put("index_version", d.version());
            m.put("index_current", true);
            m.put("children", d.children());
            datasets.add(m);
            names.add(d.name());
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("datasets", datasets);
        reply.put("current", names);
        reply.put("outdated", List.of());
        reply.put("index_stale", false);
        Replies.json(ctx, reply);
    }

    static Map<String, Object> algorithms() {
        String description = "Embargo's screener: names compared across scripts and spellings, weighed by how rare "
                + "their words are in the lists, then moved up or down by date of birth and country; an exact "
                + "identifier match decides. A result is a match when its score is at least the threshold (default "
                + Screener.DEFAULT_THRESHOLD + ").";
        Map<String, Object> docs = new LinkedHashMap<>();
        docs.put("name", ALGORITHM);
        docs.put("description", description);
        docs.put("config", Map.of());
        docs.put("features", Features.docs("/algorithms"));
        Map<String, Object> algo = new LinkedHashMap<>();
        algo.put("name", ALGORITHM);
        algo.put("description", description);
        algo.put("features", Features.docs("/algorithms"));
        algo.put("docs", docs);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("algorithms", List.of(algo));
        reply.put("default", ALGORITHM);
        reply.put("best", ALGORITHM);
        return reply;
    }
}
