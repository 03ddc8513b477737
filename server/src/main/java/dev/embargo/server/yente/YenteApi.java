package dev.embargo.server.yente;

import com.fasterxml.jackson.databind.JsonNode;
import dev.embargo.lists.Countries;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Source;
import dev.embargo.matching.Match;
import dev.embargo.matching.Screener;
import dev.embargo.parties.FtmIds;
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
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
    /** yente's most matches per example ({@code YENTE_MAX_MATCHES}) and most search results per page. */
    static final int MAX_MATCHES = 500;

    static final int MAX_PAGE = 500;
    /** Lowest score a match result is returned with (yente's cutoff): near misses come back with match false. */
    static final double DEFAULT_CUTOFF = 0.5;
    /** Lowest score a search hit is returned with. */
    static final double SEARCH_CUTOFF = 0.5;
    /** yente's deepest offset: its 9,999 results less one page. */
    static final int MAX_OFFSET = 9_999 - MAX_PAGE;
    /** yente's most ids in {@code exclude_entity_ids}. */
    static final int MAX_EXCLUDED_IDS = 50;

    static final int FACET_VALUES = 100;
    static final List<String> FACETS =
            List.of("datasets", "schema", "countries", "names", "identifiers", "topics", "genders");
    static final List<String> DEFAULT_FACETS = List.of("countries", "topics", "datasets");
    /** Words of yente's (Lucene) query syntax that are operators, not words of a name. */
    private static final java.util.regex.Pattern QUERY_OPERATORS =
            java.util.regex.Pattern.compile("\\b(AND|OR|NOT)\\b|~\\d*");

    private final LiveLists lists;
    private final Limits limits;
    private final WorkLimits work;
    private final Generations generations;

    public YenteApi(LiveLists lists, Limits limits, WorkLimits work) {
        this(lists, limits, work, new Generations());
    }

    public YenteApi(LiveLists lists, Limits limits, WorkLimits work, Generations generations) {
        this.lists = lists;
        this.limits = limits;
        this.work = work;
        this.generations = generations;
    }

    /** The paths of the yente API, whose errors are in yente's shape. */
    public static boolean isYentePath(String path) {
        return path != null
                && (path.startsWith("/match/")
                        || path.startsWith("/search/")
                        || path.startsWith("/entities/")
                        || path.equals("/catalog")
                        || path.equals("/manifest")
                        || path.equals("/updatez")
                        || path.equals("/algorithms"));
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/match/{dataset}", detailed(this::match));
        routes.get("/search/{dataset}", detailed(this::search));
        // One route for the entity and its adjacent entities: listing ids may hold "/" (see entityRoute).
        routes.get("/entities/<id>", detailed(this::entityRoute));
        routes.get("/catalog", detailed(this::catalog));
        routes.get("/manifest", detailed(this::catalog));
        routes.post("/updatez", detailed(this::update));
        routes.get("/algorithms", detailed(ctx -> Replies.json(ctx, algorithms())));
    }

    /**
     * Errors in yente's shape: {@code {"detail": "..."}} with the status the rest of the server would give, and
     * validation errors as FastAPI gives them, 422 with a list.
     */
    static Handler detailed(Handler h) {
        return ctx -> {
            try {
                h.handle(ctx);
            } catch (YenteInvalid e) {
                ctx.status(422);
                Replies.json(ctx, e.json());
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
        int limit = YenteParams.integer(ctx, "limit", MATCH_LIMIT, 0, MAX_MATCHES);
        double threshold = YenteParams.number(ctx, "threshold", Screener.DEFAULT_THRESHOLD);
        double cutoff = Math.min(YenteParams.number(ctx, "cutoff", DEFAULT_CUTOFF), threshold);
        checkAlgorithm(ctx.queryParam("algorithm"));
        Generation generation = generations.of(served);
        ExampleMatcher.Scope scope = scope(ctx, served, dataset, generation, Map.of(), false);

        JsonBody body = readBody(ctx);
        checkOptions(body.node());
        JsonNode queries = body.node().get("queries");
        if (queries == null) {
            throw YenteInvalid.body(List.of("queries"), "missing", "Field required", null);
        }
        if (!queries.isObject()) {
            throw YenteInvalid.body(List.of("queries"), "dict_type", "Input should be a valid dictionary", queries);
        }
        if (queries.size() > limits.maxBatch()) {
            throw ApiException.badRequest("Too many queries in one batch (limit: " + limits.maxBatch() + ")");
        }
        Map<String, ExampleQuery> examples = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = queries.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> q = it.next();
            if (!q.getValue().isNull()) {
                examples.put(q.getKey(), example(q.getKey(), q.getValue()));
            }
        }
        if (examples.isEmpty()) {
            throw ApiException.badRequest("No queries provided.");
        }
        Screener screener = served.screener();
        // Scores are in [0, 1]: a cutoff outside it asks for every candidate, or for none.
        double screenCutoff = Math.max(0, Math.min(1, cutoff));
        List<Map.Entry<String, ExampleQuery>> entries = new ArrayList<>(examples.entrySet());
        List<Map<String, Object>> answers;
        // One example is as cheap as a screen; more are a batch, and run only as many at once as allowed.
        try (WorkLimits.Permit p = entries.size() > 1 ? work.enter(WorkLimits.Kind.BATCH) : () -> {}) {
            answers = (entries.size() >= 16 ? entries.parallelStream() : entries.stream())
                    .map(e -> {
                        List<Match> found = cutoff > 1
                                ? List.of()
                                : ExampleMatcher.find(screener, e.getValue(), scope, screenCutoff);
                        return answer(e.getValue(), found, limit, threshold, generation);
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

    /** The body as JSON; one that is not is FastAPI's 422 {@code json_invalid}. */
    private static JsonBody readBody(Context ctx) {
        try {
            return JsonBody.of(ctx);
        } catch (ApiException e) {
            if (e.status() != 400) {
                throw e;
            }
            throw YenteInvalid.body(List.of(0), "json_invalid", "JSON decode error: " + e.getMessage(), null);
        }
    }

    /**
     * yente's {@code weights} and {@code config}: checked as yente checks them. Embargo's one algorithm has no
     * configuration parameters and no adjustable feature weights, so any key is refused as yente refuses a key
     * its algorithm lacks (400), rather than accepted and ignored.
     */
    private static void checkOptions(JsonNode body) {
        for (String option : List.of("weights", "config")) {
            JsonNode node = body.get(option);
            if (node == null) {
                continue;
            }
            if (!node.isObject()) {
                throw YenteInvalid.body(List.of(option), "dict_type", "Input should be a valid dictionary", node);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode v = f.getValue();
                if (option.equals("weights") && !v.isNumber()) {
                    throw YenteInvalid.body(
                            List.of(option, f.getKey()), "float_type", "Input should be a valid number", v);
                }
                if (option.equals("config") && !(v.isValueNode())) {
                    throw YenteInvalid.body(
                            List.of(option, f.getKey()),
                            "string_type",
                            "Input should be a valid string, number, boolean or null",
                            v);
                }
                throw ApiException.badRequest(
                        (option.equals("config") ? "Invalid configuration parameter: " : "Invalid weight: ")
                                + f.getKey() + " for algorithm " + ALGORITHM + " (it has no "
                                + (option.equals("config") ? "configuration parameters" : "adjustable feature weights")
                                + ")");
            }
        }
    }

    private ExampleQuery example(String name, JsonNode node) {
        String where = "queries." + name;
        if (!node.isObject()) {
            throw YenteInvalid.body(
                    List.of("queries", name),
                    "model_attributes_type",
                    "Input should be a valid dictionary or object to extract fields from",
                    node);
        }
        JsonNode schemaNode = node.get("schema");
        if (schemaNode == null) {
            throw YenteInvalid.body(List.of("queries", name, "schema"), "missing", "Field required", node);
        }
        if (!schemaNode.isTextual()) {
            throw YenteInvalid.body(
                    List.of("queries", name, "schema"), "string_type", "Input should be a valid string", schemaNode);
        }
        FtmSchema schema = FtmSchema.byName(schemaNode.asText())
                .orElseThrow(() -> ApiException.badRequest("Cannot parse example entity: " + where
                        + ".schema: expected a schema name (" + FtmSchema.names() + "), got \""
                        + schemaNode.asText() + "\""));
        JsonNode idNode = node.get("id");
        if (idNode != null && !idNode.isNull() && !idNode.isTextual()) {
            throw YenteInvalid.body(
                    List.of("queries", name, "id"), "string_type", "Input should be a valid string", idNode);
        }
        String id = idNode == null || idNode.isNull() ? null : idNode.asText();
        JsonNode props = node.get("properties");
        if (props == null) {
            throw YenteInvalid.body(List.of("queries", name, "properties"), "missing", "Field required", node);
        }
        if (!props.isObject()) {
            throw YenteInvalid.body(
                    List.of("queries", name, "properties"), "dict_type", "Input should be a valid dictionary", props);
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            values.put(p.getKey(), texts(List.of("queries", name, "properties", p.getKey()), p.getValue()));
        }
        try {
            return ExampleQuery.of(where, id, schema, values, limits.maxNameChars());
        } catch (ApiException e) {
            if (e.status() == 400) {
                throw ApiException.badRequest("Cannot parse example entity: " + e.getMessage());
            }
            throw e;
        }
    }

    /** A property's values: a string, or a list of strings (numbers and booleans are taken as their text). */
    private static List<String> texts(List<Object> loc, JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isNull()) {
            return out;
        }
        if (v.isValueNode()) {
            out.add(v.asText());
            return out;
        }
        if (!v.isArray()) {
            throw YenteInvalid.body(loc, "string_type", "Input should be a valid string", v);
        }
        for (JsonNode x : v) {
            if (!x.isValueNode()) {
                throw YenteInvalid.body(loc, "string_type", "Input should be a valid string", x);
            }
            if (!x.isNull()) {
                out.add(x.asText());
            }
        }
        return out;
    }

    private static Map<String, Object> answer(
            ExampleQuery q, List<Match> found, int limit, double threshold, Generation g) {
        List<Object> results = new ArrayList<>();
        for (Match m : found.subList(0, Math.min(limit, found.size()))) {
            Map<String, Object> r = FtmEntity.flat(m.entity(), g);
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
        if (name != null && !ALGORITHM_NAMES.contains(name.strip().toLowerCase(Locale.ROOT))) {
            throw ApiException.badRequest("Invalid algorithm: " + name + " (this server scores with \"" + ALGORITHM
                    + "\" and accepts "
                    + String.join(", ", ALGORITHM_NAMES.stream().sorted().toList())
                    + " for it)");
        }
    }

    /**
     * The parties a request may return: its dataset, narrowed by yente's parameters {@code include_dataset},
     * {@code exclude_dataset}, {@code exclude_schema}, {@code exclude_entity_ids}, {@code topics},
     * {@code changed_since} and the search's term filters.
     */
    private static ExampleMatcher.Scope scope(
            Context ctx,
            ServedLists served,
            Datasets.Dataset dataset,
            Generation g,
            Map<String, List<String>> filters,
            boolean allFilters) {
        Set<Source> sources = EnumSet.noneOf(Source.class);
        sources.addAll(dataset.sources());
        List<String> included = YenteParams.list(ctx, "include_dataset");
        if (!included.isEmpty()) {
            sources.retainAll(Datasets.sourcesOf(served, included));
        }
        sources.removeAll(Datasets.sourcesOf(served, YenteParams.list(ctx, "exclude_dataset")));
        // As yente's term filter on the schema name: a name that is no schema here excludes nothing.
        Set<FtmSchema> excludedSchemata = new HashSet<>();
        for (String s : YenteParams.list(ctx, "exclude_schema")) {
            FtmSchema.byName(s).ifPresent(excludedSchemata::add);
        }
        // An id excludes its party's every listing, as a referent excludes its entity in yente.
        Set<String> excludedIds = new HashSet<>();
        for (String id : YenteParams.list(ctx, "exclude_entity_ids", MAX_EXCLUDED_IDS)) {
            excludedIds.add(id);
            listingOf(id).ifPresent(excludedIds::add);
        }
        List<String> topics = YenteParams.list(ctx, "topics");
        String since = YenteParams.matching(ctx, "changed_since", YenteParams.TIMESTAMP);
        String changedSince = since == null ? null : YenteFilters.changedSince(since);
        Predicate<Entity> also = e -> (topics.isEmpty() || topics.contains(FtmEntity.TOPIC))
                && (changedSince == null || YenteFilters.changedAfter(e, changedSince, g))
                && (excludedIds.isEmpty() || !excludedByReferent(e, excludedIds, g))
                && (filters.isEmpty() || YenteFilters.passes(e, filters, allFilters, g));
        return new ExampleMatcher.Scope(sources, excludedSchemata, excludedIds, also);
    }

    private static boolean excludedByReferent(Entity e, Set<String> excludedIds, Generation g) {
        if (excludedIds.contains(FtmEntity.idOf(e))) {
            return true;
        }
        for (String r : g.referents(e.id())) {
            if (excludedIds.contains(r)) {
                return true;
            }
            Optional<String> listing = listingOf(r);
            if (listing.isPresent() && excludedIds.contains(listing.get())) {
                return true;
            }
        }
        return false;
    }

    /** The listing id an FtM id stands for, if it is one. */
    static Optional<String> listingOf(String ftmId) {
        if (!FtmIds.isValid(ftmId)) {
            return Optional.empty();
        }
        try {
            return Optional.of(FtmIds.listingId(ftmId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
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
        String schemaName = ctx.queryParam("schema") == null ? FtmSchema.THING.ftmName() : ctx.queryParam("schema");
        int limit = YenteParams.integer(ctx, "limit", 10, 0, MAX_PAGE);
        int offset = YenteParams.integer(ctx, "offset", 0, 0, MAX_OFFSET);
        List<String> facets = YenteParams.oneOf(ctx, "facets", FACETS);
        if (ctx.queryParams("facets").isEmpty()) {
            facets = DEFAULT_FACETS;
        }
        List<String> ops = YenteParams.oneOf(ctx, "filter_op", YenteFilters.OPERATORS);
        boolean and = !ops.isEmpty() && ops.getLast().equals("AND");
        boolean fuzzy = YenteParams.bool(ctx, "fuzzy", false);
        boolean simple = YenteParams.bool(ctx, "simple", false);
        Boolean target = YenteParams.bool(ctx, "target");
        List<YenteFilters.Sort> sorts =
                YenteParams.list(ctx, "sort").stream().map(YenteFilters::sort).toList();
        FtmSchema schema = FtmSchema.byName(schemaName.strip())
                .orElseThrow(() -> ApiException.badRequest(
                        "Invalid schema: \"" + schemaName + "\"; expected one of " + FtmSchema.names()));
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String c : YenteParams.list(ctx, "countries")) {
            // A country name is taken as its code; anything else filters as given, and finds nothing.
            String code =
                    Countries.toIso(c).map(x -> x.toLowerCase(Locale.ROOT)).orElse(c);
            filters.computeIfAbsent("countries", k -> new ArrayList<>()).add(code);
        }
        for (String field : List.of("topics", "datasets")) {
            List<String> values = YenteParams.list(ctx, field);
            if (!values.isEmpty()) {
                filters.put(field, values);
            }
        }
        for (String f : YenteParams.list(ctx, "filter")) {
            int colon = f.indexOf(':');
            if (colon < 0) {
                throw ApiException.badRequest("Invalid filter: '" + f + "'");
            }
            filters.computeIfAbsent(f.substring(0, colon), k -> new ArrayList<>())
                    .add(f.substring(colon + 1));
        }
        if (target != null) {
            filters.put("target", List.of(target.toString()));
        }
        Generation generation = generations.of(served);
        if (Boolean.FALSE.equals(target)) {
            searchNonTargets(ctx, served, dataset, generation, schema, q, filters, and, sorts, limit, offset, facets);
            return;
        }
        ExampleMatcher.Scope scope = scope(ctx, served, dataset, generation, filters, and);

        List<Entity> hits = new ArrayList<>();
        boolean capped = false;
        if (q.isEmpty()) {
            // As yente with no text: every entity in scope, by id.
            Set<String> seen = new HashSet<>();
            for (Entity e : served.report().entities()) {
                if (seen.add(e.id()) && scope.allows(e, schema)) {
                    hits.add(e);
                }
            }
            hits.sort(java.util.Comparator.comparing(FtmEntity::idOf));
        } else {
            // An entity id finds its entity; anything else is screened as a name (or an identifier).
            resolveListing(served, q).filter(e -> scope.allows(e, schema)).ifPresent(hits::add);
            String text = simple ? q : QUERY_OPERATORS.matcher(q).replaceAll(" ");
            List<String> words = YenteFilters.words(text);
            ExampleQuery query =
                    ExampleQuery.of("q", null, schema, Map.of("name", List.of(text)), limits.maxNameChars());
            List<Match> found = ExampleMatcher.find(served.screener(), query, scope, SEARCH_CUTOFF);
            // Without fuzzy, as in yente, every word must be found as it is written (accents and case aside). A query
            // in another script than the Latin one is matched across scripts as always: the lists do not write every
            // name in every script, so its words cannot be looked up as written.
            boolean asWritten = !fuzzy && words.stream().allMatch(w -> w.chars().allMatch(c -> c < 128));
            for (Match m : found) {
                if (!hits.contains(m.entity()) && (!asWritten || YenteFilters.hasEveryWord(m.entity(), words))) {
                    hits.add(m.entity());
                }
            }
            capped = found.size() >= ExampleMatcher.POOL;
        }
        hits = YenteFilters.sorted(hits, sorts, generation);
        List<Object> results = new ArrayList<>();
        for (Entity e : hits.subList(Math.min(offset, hits.size()), Math.min(offset + limit, hits.size()))) {
            results.add(FtmEntity.flat(e, generation));
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("limit", limit);
        reply.put("offset", offset);
        reply.put("total", total(hits.size(), capped));
        reply.put("results", results);
        reply.put("facets", SearchFacets.of(hits, facets));
        Replies.json(ctx, reply);
    }

    /**
     * {@code target=false}: the entities that are not sanctions targets. Every listed party is one; what is not
     * are the entities nested in them. Of those, a search's schemata (Thing and its descendants, as in yente)
     * hold the cryptocurrency wallets; a Sanction is an Interval, not a Thing, so no search schema reaches it.
     * A wallet is in scope when its holder is (datasets, excluded ids, {@code changed_since}), and is found by
     * its own words (address, currency), or by none when there is no query text.
     */
    private static void searchNonTargets(
            Context ctx,
            ServedLists served,
            Datasets.Dataset dataset,
            Generation g,
            FtmSchema schema,
            String q,
            Map<String, List<String>> filters,
            boolean and,
            List<YenteFilters.Sort> sorts,
            int limit,
            int offset,
            List<String> facets) {
        // The holder's scope without the term filters, which apply to the wallet itself.
        ExampleMatcher.Scope holders = scope(ctx, served, dataset, g, Map.of(), and);
        List<String> words = YenteFilters.words(q);
        List<Map<String, Object>> hits = new ArrayList<>();
        if (FtmSchema.CRYPTO_WALLET.isA(schema) && !holders.excludedSchemata().contains(FtmSchema.CRYPTO_WALLET)) {
            Set<String> seen = new HashSet<>();
            for (Entity e : served.report().entities()) {
                // The holder's schema is not the wallet's: exclude_schema is checked against the wallet's above.
                if (!seen.add(e.id())
                        || !holders.sources().contains(e.source())
                        || holders.excludedIds().contains(e.id())
                        || !holders.also().test(e)) {
                    continue;
                }
                for (Map<String, Object> wallet : FtmEntity.wallets(e, g)) {
                    if (!holders.excludedIds().contains(String.valueOf(wallet.get("id")))
                            && YenteFilters.passes(wallet, e, filters, and)
                            && hasEveryWord(wallet, words)) {
                        hits.add(wallet);
                    }
                }
            }
        }
        hits.sort(java.util.Comparator.comparing(m -> String.valueOf(m.get("id"))));
        hits = sorted(hits, sorts);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("limit", limit);
        reply.put("offset", offset);
        reply.put("total", total(hits.size(), false));
        reply.put("results", hits.subList(Math.min(offset, hits.size()), Math.min(offset + limit, hits.size())));
        reply.put("facets", SearchFacets.ofEntities(hits, facets));
        Replies.json(ctx, reply);
    }

    /** Whether every query word is a word of the entity's caption or property values. */
    private static boolean hasEveryWord(Map<String, Object> entity, List<String> queryWords) {
        if (queryWords.isEmpty()) {
            return true;
        }
        Set<String> words = new HashSet<>(YenteFilters.words(String.valueOf(entity.get("caption"))));
        if (entity.get("properties") instanceof Map<?, ?> props) {
            for (Object values : props.values()) {
                if (values instanceof List<?> list) {
                    list.forEach(v -> words.addAll(YenteFilters.words(String.valueOf(v))));
                }
            }
        }
        return words.containsAll(queryWords);
    }

    // ---- /entities/{id}, /entities/{id}/adjacent[/{prop}]

    /** A listing by its FtM id, or by its listing id ({@code source:id}) as earlier versions gave it. */
    static Optional<Entity> resolveListing(ServedLists served, String id) {
        Optional<Entity> e = served.entity(id);
        if (e.isPresent()) {
            return e;
        }
        return listingOf(id).flatMap(served::entity);
    }

    /**
     * {@code /entities/{id}}, {@code /entities/{id}/adjacent} and {@code /entities/{id}/adjacent/{prop}} in
     * one route: an FtM id holds no "/", but the listing ids this route also accepts may, so the whole path is
     * tried as an id before its end is read as an adjacent route.
     */
    private void entityRoute(Context ctx) {
        ServedLists served = Replies.served(lists);
        String path = ctx.pathParam("id");
        Generation g = generations.of(served);
        Optional<Entity> whole = resolveListing(served, path);
        if (whole.isPresent()) {
            boolean nested = YenteParams.bool(ctx, "nested", true);
            Replies.json(ctx, nested ? FtmEntity.nested(whole.get(), g) : FtmEntity.flat(whole.get(), g));
            return;
        }
        Optional<Map<String, Object>> inner = nestedEntity(served, path, g);
        if (inner.isPresent()) {
            Replies.json(ctx, inner.get());
            return;
        }
        int adjacent = path.lastIndexOf("/adjacent");
        if (adjacent > 0 && path.endsWith("/adjacent")) {
            Entity e = resolveListing(served, path.substring(0, adjacent)).orElseThrow(YenteApi::noSuchEntity);
            adjacent(ctx, e, g);
            return;
        }
        int slash = path.lastIndexOf('/');
        if (slash > 0 && path.substring(0, slash).endsWith("/adjacent")) {
            String id = path.substring(0, slash - "/adjacent".length());
            Entity e = resolveListing(served, id).orElseThrow(YenteApi::noSuchEntity);
            adjacentByProperty(ctx, e, path.substring(slash + 1), g);
            return;
        }
        throw noSuchEntity();
    }

    private static ApiException noSuchEntity() {
        return ApiException.notFound("No such entity! (ids look like us-ofac-sdn.20157)");
    }

    /** A listing's sanction ({@code <id>.sanction}) or wallet ({@code <id>.wallet<n>}). */
    private static Optional<Map<String, Object>> nestedEntity(ServedLists served, String id, Generation g) {
        if (id.endsWith(FtmEntity.SANCTION_SUFFIX)) {
            return resolveListing(served, id.substring(0, id.length() - FtmEntity.SANCTION_SUFFIX.length()))
                    .map(e -> FtmEntity.sanction(e, g));
        }
        int w = id.lastIndexOf(FtmEntity.WALLET_SUFFIX);
        if (w > 0) {
            Optional<Entity> holder = resolveListing(served, id.substring(0, w));
            if (holder.isPresent()) {
                for (Map<String, Object> wallet : FtmEntity.wallets(holder.get(), g)) {
                    if (id.equals(wallet.get("id"))) {
                        return Optional.of(wallet);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void adjacent(Context ctx, Entity e, Generation g) {
        int limit = YenteParams.integer(ctx, "limit", 10, 0, MAX_PAGE);
        int offset = YenteParams.integer(ctx, "offset", 0, 0, MAX_OFFSET);
        List<YenteFilters.Sort> sorts =
                YenteParams.list(ctx, "sort").stream().map(YenteFilters::sort).toList();
        Map<String, List<Map<String, Object>>> all = FtmEntity.adjacent(e, g);
        Map<String, Object> adjacent = new LinkedHashMap<>();
        all.forEach((prop, entities) -> adjacent.put(prop, page(sorted(entities, sorts), limit, offset)));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("entity", FtmEntity.flat(e, g));
        reply.put("adjacent", adjacent);
        Replies.json(ctx, reply);
    }

    private static void adjacentByProperty(Context ctx, Entity e, String property, Generation g) {
        int limit = YenteParams.integer(ctx, "limit", 10, 0, MAX_PAGE);
        int offset = YenteParams.integer(ctx, "offset", 0, 0, MAX_OFFSET);
        List<YenteFilters.Sort> sorts =
                YenteParams.list(ctx, "sort").stream().map(YenteFilters::sort).toList();
        if (!FtmEntity.adjacentProperties(e).contains(property)) {
            throw ApiException.notFound("No such property! (" + FtmSchema.of(e).ftmName() + " has "
                    + String.join(", ", FtmEntity.adjacentProperties(e)) + ")");
        }
        List<Map<String, Object>> entities = FtmEntity.adjacent(e, g).getOrDefault(property, List.of());
        Replies.json(ctx, page(sorted(entities, sorts), limit, offset));
    }

    /** Adjacent entities by the sort fields of their envelope (caption, id, the times), missing values last. */
    private static List<Map<String, Object>> sorted(List<Map<String, Object>> entities, List<YenteFilters.Sort> sorts) {
        List<Map<String, Object>> out = new ArrayList<>(entities);
        for (YenteFilters.Sort s : sorts.reversed()) {
            if (s.field().equals("_score") || s.field().equals("_doc")) {
                continue;
            }
            java.util.Comparator<String> values =
                    s.descending() ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder();
            out.sort(java.util.Comparator.comparing(
                    (Map<String, Object> m) ->
                            m.get(s.field().equals("entity_id") ? "id" : s.field()) instanceof String v ? v : null,
                    java.util.Comparator.nullsLast(values)));
        }
        return out;
    }

    private static Map<String, Object> page(List<Map<String, Object>> entities, int limit, int offset) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("limit", limit);
        r.put("offset", offset);
        r.put("total", total(entities.size(), false));
        r.put(
                "results",
                entities.subList(Math.min(offset, entities.size()), Math.min(offset + limit, entities.size())));
        return r;
    }

    // ---- /catalog (and /manifest), /updatez, /algorithms

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

    /**
     * yente's forced index update: here a reload of the lists folder, answered when it is done (yente's
     * {@code sync=true}; without it yente answers at once, which a finished reload also satisfies). Who may ask
     * is decided as for {@code POST /v1/lists/reload}: the server's API keys, not yente's update token.
     */
    private void update(Context ctx) {
        YenteParams.bool(ctx, "sync");
        LiveLists.ReloadAttempt a = lists.reload();
        if (!a.ok()) {
            detail(ctx, 500, "The lists could not be reloaded: " + a.message());
            return;
        }
        Replies.json(ctx, Map.of("status", "ok"));
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
