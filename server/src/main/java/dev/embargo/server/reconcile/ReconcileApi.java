package dev.embargo.server.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.matching.Match;
import dev.embargo.matching.Screener;
import dev.embargo.server.ApiException;
import dev.embargo.server.Limits;
import dev.embargo.server.RouteGroup;
import dev.embargo.server.api.Replies;
import dev.embargo.server.json.Json;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.lists.ServedLists;
import dev.embargo.server.ops.WorkLimits;
import dev.embargo.server.yente.Datasets;
import dev.embargo.server.yente.ExampleMatcher;
import dev.embargo.server.yente.ExampleQuery;
import dev.embargo.server.yente.Features;
import dev.embargo.server.yente.FtmSchema;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The OpenRefine reconciliation service (Reconciliation Service API v0.2) over the lists in service:
 * {@code /reconcile} answers the service manifest, or reconciliation queries sent as {@code queries} (a batch)
 * or {@code query} (one), by GET or form POST; {@code /reconcile/{dataset}} does the same within one yente
 * dataset; {@code /reconcile/preview?id=} is the HTML card; {@code /reconcile/suggest/property} and
 * {@code /reconcile/suggest/type} auto-complete property and type ids. Scores are Embargo's, times 100;
 * {@code match} is {@code score >= 0.85}.
 */
public final class ReconcileApi implements RouteGroup {
    /** Lowest score a candidate is returned with: near misses help the analyst choose. */
    static final double CUTOFF = 0.5;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The preview is framed by OpenRefine, on another origin: it may be framed anywhere and style itself. */
    static final String PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors *";

    private final LiveLists lists;
    private final Limits limits;
    private final WorkLimits work;
    /** The configured public base URL, or null to take it from each request. */
    private final String publicUrl;

    public ReconcileApi(LiveLists lists, Limits limits, WorkLimits work) {
        this(lists, limits, work, null);
    }

    public ReconcileApi(LiveLists lists, Limits limits, WorkLimits work, String publicUrl) {
        this.lists = lists;
        this.limits = limits;
        this.work = work;
        this.publicUrl = publicUrl;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        // The fixed paths first: they must win over /reconcile/{dataset}.
        routes.get("/reconcile/preview", this::preview);
        routes.get("/reconcile/suggest/property", this::suggestProperty);
        routes.get("/reconcile/suggest/type", this::suggestType);
        routes.get("/reconcile/suggest/entity", ctx -> suggestEntity(ctx, Datasets.DEFAULT));
        routes.get("/reconcile/extend/property", this::proposeProperties);
        // yente's paths for the same services within one dataset.
        routes.get("/reconcile/{dataset}/suggest/entity", ctx -> suggestEntity(ctx, ctx.pathParam("dataset")));
        routes.get("/reconcile/{dataset}/suggest/property", this::suggestProperty);
        routes.get("/reconcile/{dataset}/suggest/type", this::suggestType);
        routes.get("/reconcile/{dataset}/extend/property", this::proposeProperties);
        routes.get("/reconcile", ctx -> service(ctx, Datasets.DEFAULT));
        routes.post("/reconcile", ctx -> service(ctx, Datasets.DEFAULT));
        routes.get("/reconcile/{dataset}", ctx -> service(ctx, ctx.pathParam("dataset")));
        routes.post("/reconcile/{dataset}", ctx -> service(ctx, ctx.pathParam("dataset")));
    }

    private void service(Context ctx, String datasetName) {
        ServedLists served = Replies.served(lists);
        Datasets.Dataset dataset = Datasets.find(served, datasetName);
        String batch = param(ctx, "queries");
        String single = param(ctx, "query");
        String extend = param(ctx, "extend");
        if (extend != null) {
            Replies.json(ctx, DataExtension.extend(served, readJson("extend", extend), limits.maxBatch()));
        } else if (batch != null) {
            Replies.json(ctx, batch(served, dataset, batch));
        } else if (single != null) {
            Replies.json(ctx, single(served, dataset, single));
        } else if (ctx.method().name().equals("GET")) {
            Replies.json(ctx, manifest(ctx, dataset, origin(ctx)));
        } else {
            throw ApiException.badRequest("queries: expected a form parameter \"queries\" holding a JSON batch like "
                    + "{\"q0\": {\"query\": \"Kim Jong Un\", \"type\": \"Person\"}}");
        }
    }

    /** A form parameter of a POST, else a query parameter. */
    private static String param(Context ctx, String name) {
        String v = null;
        if (ctx.method().name().equals("POST")) {
            String type = ctx.contentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                v = ctx.formParam(name);
            }
        }
        return v != null ? v : ctx.queryParam(name);
    }

    private Map<String, Object> batch(ServedLists served, Datasets.Dataset dataset, String text) {
        JsonNode queries = readJson("queries", text);
        if (!queries.isObject()) {
            throw ApiException.badRequest("queries: expected a JSON object of named queries, like {\"q0\": {\"query\": "
                    + "\"Kim Jong Un\"}}");
        }
        if (queries.size() > limits.maxBatch()) {
            throw ApiException.tooLarge(
                    "queries: at most " + limits.maxBatch() + " in one request, got " + queries.size());
        }
        List<String> keys = new ArrayList<>();
        List<ReconcileQuery> parsed = new ArrayList<>();
        // Read every query first, so a bad one fails the batch before any work is done.
        for (Iterator<Map.Entry<String, JsonNode>> it = queries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> q = it.next();
            keys.add(q.getKey());
            parsed.add(ReconcileQuery.parse(
                    "queries." + q.getKey(), q.getValue(), limits.maxLimit(), limits.maxNameChars()));
        }
        ExampleMatcher.Scope scope = ExampleMatcher.Scope.of(dataset.sources());
        Screener screener = served.screener();
        List<Map<String, Object>> results;
        // One query is as cheap as a screen; more are a batch, and run only as many at once as allowed.
        try (WorkLimits.Permit p = parsed.size() > 1 ? work.enter(WorkLimits.Kind.BATCH) : () -> {}) {
            results = (parsed.size() >= 16 ? parsed.parallelStream() : parsed.stream())
                    .map(q -> result(screener, q, scope))
                    .toList();
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            reply.put(keys.get(i), results.get(i));
        }
        return reply;
    }

    /** The older single-query form: {@code query} holds a query object, or just the name. */
    private Map<String, Object> single(ServedLists served, Datasets.Dataset dataset, String text) {
        JsonNode q = text.strip().startsWith("{")
                ? readJson("query", text)
                : MAPPER.createObjectNode().put("query", text);
        ReconcileQuery parsed = ReconcileQuery.parse("query", q, limits.maxLimit(), limits.maxNameChars());
        return result(served.screener(), parsed, ExampleMatcher.Scope.of(dataset.sources()));
    }

    private static JsonNode readJson(String where, String text) {
        try {
            return Json.readRequest(where, text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static Map<String, Object> result(Screener screener, ReconcileQuery q, ExampleMatcher.Scope scope) {
        List<Match> found = ExampleMatcher.find(screener, q.example(), scope, CUTOFF);
        List<Object> candidates = new ArrayList<>();
        for (Match m : found.subList(0, Math.min(q.limit(), found.size()))) {
            candidates.add(candidate(m));
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("result", candidates);
        return r;
    }

    static Map<String, Object> candidate(Match m) {
        Entity e = m.entity();
        FtmSchema schema = FtmSchema.of(e);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", e.id());
        c.put("name", e.primaryName().full());
        c.put("description", description(e));
        c.put("type", List.of(type(schema)));
        c.put("score", Math.round(m.score() * 1000) / 10.0);
        c.put("match", m.score() >= Screener.DEFAULT_THRESHOLD);
        List<Object> features = new ArrayList<>();
        Features.of(m).forEach((id, value) -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", id);
            f.put("value", value);
            features.add(f);
        });
        c.put("features", features);
        return c;
    }

    /** One line that tells namesakes apart: the list, dates of birth, nationality and programs. */
    static String description(Entity e) {
        List<String> parts = new ArrayList<>();
        parts.add(FtmSchema.of(e).label() + " on the " + e.source().title());
        if (!e.birthDates().isEmpty()) {
            parts.add((e.kind() == dev.embargo.lists.model.EntityKind.PERSON ? "born " : "dated ")
                    + String.join(
                            " or ", e.birthDates().stream().map(ListedDate::iso).toList()));
        }
        List<String> countries = new ArrayList<>(e.nationalities());
        e.citizenships().stream().filter(c -> !countries.contains(c)).forEach(countries::add);
        e.countries().stream().filter(c -> !countries.contains(c)).forEach(countries::add);
        if (!countries.isEmpty()) {
            parts.add(String.join(", ", countries));
        }
        if (!e.programs().isEmpty()) {
            parts.add(String.join(", ", e.programs()));
        }
        return String.join("; ", parts);
    }

    private static Map<String, Object> type(FtmSchema s) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", s.ftmName());
        t.put("name", s.label());
        return t;
    }

    // ---- manifest

    private static Map<String, Object> manifest(Context ctx, Datasets.Dataset dataset, String origin) {
        // OpenRefine cannot send headers: a key given to the manifest is passed on to the URLs it frames and calls.
        String key = ctx.queryParam("api_key");
        String keyParam = key == null || key.isBlank() ? "" : "api_key=" + encode(key);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versions", List.of("0.2"));
        m.put(
                "name",
                dataset.name().equals(Datasets.DEFAULT)
                        ? "Embargo sanctions screening"
                        : "Embargo sanctions screening: " + dataset.title());
        m.put("identifierSpace", origin + "/entity/");
        m.put("schemaSpace", "https://followthemoney.tech/explorer/schemata/");
        m.put("documentation", origin + "/openapi.json");
        m.put("view", Map.of("url", origin + "/entity/{{id}}"));
        Map<String, Object> preview = new LinkedHashMap<>();
        preview.put("url", origin + "/reconcile/preview?id={{id}}" + (keyParam.isEmpty() ? "" : "&" + keyParam));
        preview.put("width", PreviewCard.WIDTH);
        preview.put("height", PreviewCard.HEIGHT);
        m.put("preview", preview);
        Map<String, Object> suggest = new LinkedHashMap<>();
        for (String what : List.of("entity", "property", "type")) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("service_url", origin + "/reconcile");
            s.put("service_path", "/suggest/" + what + (keyParam.isEmpty() ? "" : "?" + keyParam));
            suggest.put(what, s);
        }
        m.put("suggest", suggest);
        Map<String, Object> propose = new LinkedHashMap<>();
        propose.put("service_url", origin + "/reconcile");
        propose.put("service_path", "/extend/property" + (keyParam.isEmpty() ? "" : "?" + keyParam));
        Map<String, Object> extend = new LinkedHashMap<>();
        extend.put("propose_properties", propose);
        extend.put("property_settings", List.of());
        m.put("extend", extend);
        m.put(
                "defaultTypes",
                ReconcileQuery.TYPES.subList(0, 4).stream()
                        .map(ReconcileApi::type)
                        .toList());
        return m;
    }

    /**
     * This server's base URL for the absolute URLs of the manifest: the configured public URL, else as the client
     * reached it ({@code http://host:port}), which behind a proxy may not be the address others use.
     */
    String origin(Context ctx) {
        if (publicUrl != null) {
            return publicUrl;
        }
        String host = ctx.host();
        if (host == null || host.isBlank()) {
            host = ctx.req().getServerName() + ":" + ctx.req().getServerPort();
        }
        return ctx.scheme() + "://" + host;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- preview and suggest

    private void preview(Context ctx) {
        ctx.header("Content-Security-Policy", PREVIEW_CSP);
        ctx.removeHeader("X-Frame-Options");
        String id = ctx.queryParam("id");
        if (id == null || id.isBlank()) {
            ctx.status(400).html(PreviewCard.missing("expected ?id=<entity id>, e.g. ?id=us-ofac-sdn:20157"));
            return;
        }
        Entity e = Replies.served(lists).entity(id).orElse(null);
        if (e == null) {
            ctx.status(404).html(PreviewCard.missing("no listed party has the id \"" + id + "\""));
            return;
        }
        ctx.html(PreviewCard.of(e, "/entity/" + encode(e.id())));
    }

    private void suggestProperty(Context ctx) {
        String prefix = prefix(ctx);
        List<Object> result = new ArrayList<>();
        for (String p : ExampleQuery.understood()) {
            String label = PropertyLabels.label(p);
            if (matches(prefix, p, label)) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", p);
                item.put("name", label);
                item.put("description", PropertyLabels.description(p));
                result.add(item);
            }
        }
        Replies.json(ctx, Map.of("result", result));
    }

    private void suggestType(Context ctx) {
        String prefix = prefix(ctx);
        List<Object> result = new ArrayList<>();
        for (FtmSchema s : ReconcileQuery.TYPES) {
            if (matches(prefix, s.ftmName(), s.label())) {
                Map<String, Object> item = type(s);
                item.put("description", s.plural() + " (FollowTheMoney schema " + s.ftmName() + ")");
                result.add(item);
            }
        }
        Replies.json(ctx, Map.of("result", result));
    }

    /**
     * Entity auto-complete (the spec's suggest service): listed parties whose names start with the prefix or
     * sound like it, best first.
     */
    private void suggestEntity(Context ctx, String datasetName) {
        ServedLists served = Replies.served(lists);
        Datasets.Dataset dataset = Datasets.find(served, datasetName);
        String prefix =
                ctx.queryParam("prefix") == null ? "" : ctx.queryParam("prefix").strip();
        List<Object> result = new ArrayList<>();
        if (!prefix.isEmpty()) {
            ExampleQuery q = ExampleQuery.of(
                    "prefix", null, FtmSchema.THING, Map.of("name", List.of(prefix)), limits.maxNameChars());
            List<Match> found =
                    ExampleMatcher.find(served.screener(), q, ExampleMatcher.Scope.of(dataset.sources()), CUTOFF);
            for (Match m : found.subList(0, Math.min(SUGGEST_LIMIT, found.size()))) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", m.entity().id());
                item.put("name", m.entity().primaryName().full());
                item.put("description", description(m.entity()));
                result.add(item);
            }
        }
        Replies.json(ctx, Map.of("result", result));
    }

    static final int SUGGEST_LIMIT = 10;

    /** The spec's property proposals for data extension: the properties a type's entities can be extended with. */
    private void proposeProperties(Context ctx) {
        String type = ctx.queryParam("type");
        FtmSchema schema = type == null || type.isBlank()
                ? FtmSchema.THING
                : FtmSchema.byName(type.strip())
                        .orElseThrow(() -> ApiException.badRequest("type: expected a type id ("
                                + String.join(
                                        ", ",
                                        ReconcileQuery.TYPES.stream()
                                                .map(FtmSchema::ftmName)
                                                .toList())
                                + "), got \"" + type + "\""));
        int limit = DataExtension.PROPERTIES.size();
        String l = ctx.queryParam("limit");
        if (l != null && !l.isBlank()) {
            try {
                limit = Math.max(0, Integer.parseInt(l.strip()));
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("limit: expected a whole number, got \"" + l + "\"");
            }
        }
        List<Object> props = new ArrayList<>();
        for (String p : DataExtension.PROPERTIES.subList(0, Math.min(limit, DataExtension.PROPERTIES.size()))) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", p);
            item.put("name", PropertyLabels.label(p));
            props.add(item);
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("type", schema.ftmName());
        reply.put("limit", limit);
        reply.put("properties", props);
        Replies.json(ctx, reply);
    }

    private static String prefix(Context ctx) {
        String p = ctx.queryParam("prefix");
        return p == null ? "" : p.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean matches(String prefix, String id, String label) {
        if (prefix.isEmpty()) {
            return true;
        }
        if (id.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            return true;
        }
        for (String word : label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return label.toLowerCase(Locale.ROOT).startsWith(prefix);
    }
}
