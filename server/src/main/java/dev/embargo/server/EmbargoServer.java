package dev.embargo.server;

import dev.embargo.scanning.report.HtmlReport;
import dev.embargo.server.api.CompareApi;
import dev.embargo.server.api.EntitiesApi;
import dev.embargo.server.api.HealthApi;
import dev.embargo.server.api.ListsApi;
import dev.embargo.server.api.OpenApiDoc;
import dev.embargo.server.api.Replies;
import dev.embargo.server.api.ScanApi;
import dev.embargo.server.api.ScreenApi;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.lists.ReloadSchedule;
import dev.embargo.server.ops.InFlight;
import dev.embargo.server.ops.KeyCheck;
import dev.embargo.server.ops.Metrics;
import dev.embargo.server.ops.SecurityHeaders;
import dev.embargo.server.reconcile.ReconcileApi;
import dev.embargo.server.ui.WebUi;
import dev.embargo.server.yente.YenteApi;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;
import jakarta.servlet.DispatcherType;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The one server process: the JSON API, the yente and reconciliation endpoints and the web UI over the
 * lists in service. Start it with {@link #start}; {@link #stop} drains the requests in flight first.
 */
public final class EmbargoServer implements AutoCloseable {
    /** A route as registered: method and path template, for the OpenAPI check and the route overview. */
    public record Route(String method, String path) {
    }

    /** Path prefixes answered in JSON when something goes wrong; everything else is a page of the UI. */
    private static final List<String> JSON_PATHS = List.of("/v1/", "/match", "/search", "/reconcile", "/healthz",
            "/readyz", "/metrics", "/openapi.json", "/catalog", "/entities/", "/algorithms");
    private static final String STARTED = "embargo.started";

    private final Javalin app;
    private final InFlight inFlight;
    private final ServerSettings settings;
    private final List<Route> routes;
    private final ReloadSchedule reloader;

    private EmbargoServer(Javalin app, InFlight inFlight, ServerSettings settings, List<Route> routes,
                          ReloadSchedule reloader) {
        this.app = app;
        this.inFlight = inFlight;
        this.settings = settings;
        this.routes = routes;
        this.reloader = reloader;
    }

    /**
     * Starts serving {@code lists} (which may still be loading: requests then get 503 until they are in).
     *
     * @param log where start-up lines go (the address, whether keys are asked for)
     */
    public static EmbargoServer start(ServerSettings settings, LiveLists lists, PrintStream log) {
        InFlight inFlight = new InFlight();
        Metrics metrics = new Metrics(lists);
        KeyCheck keyCheck = new KeyCheck(settings.keys());
        List<RouteGroup> groups = groups(settings, lists, metrics, inFlight, keyCheck);
        List<Route> registered = new ArrayList<>();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = settings.limits().maxRequestBytes();
            config.http.defaultContentType = "application/json";
            config.router.ignoreTrailingSlashes = true;
            config.jetty.modifyServletContextHandler(h -> h.addFilter(inFlight, "/*", EnumSet.of(DispatcherType.REQUEST)));
            config.events.handlerAdded(h -> registered.add(new Route(h.getHttpMethod().name(), h.getPath())));
            config.routes.before(ctx -> {
                ctx.attribute(STARTED, System.nanoTime());
                SecurityHeaders.apply(ctx);
                if (keyCheck.required(ctx.path()) && !keyCheck.allows(ctx)) {
                    if (!isJsonPath(ctx.path()) && ctx.method().name().equals("GET")) {
                        String target = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
                        ctx.redirect("/login?next=" + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8));
                        ctx.skipRemainingHandlers();
                        return;
                    }
                    throw new ApiException(401, "unauthorized", "an API key is required: send it as "
                            + "\"Authorization: Bearer <key>\" or \"X-API-Key: <key>\"");
                }
            });
            config.routes.after(ctx -> {
                Long started = ctx.attribute(STARTED);
                if (started != null) {
                    metrics.record(endpointOf(ctx), ctx.method().name(), ctx.statusCode(), System.nanoTime() - started);
                }
            });
            for (RouteGroup g : groups) {
                g.addTo(config.routes);
            }
            config.routes.exception(ApiException.class, (e, ctx) -> fail(ctx, e.status(), e.code(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(),
                    e.getStatus() == 413 ? "too_large" : e.getStatus() == 404 ? "not_found" : "http_" + e.getStatus(),
                    e.getStatus() == 413
                            ? "the request is larger than " + settings.limits().maxRequestBytes() + " bytes" : e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                // The client learns that it failed, never how: the trace stays in the server's log.
                log.println("error: " + ctx.method() + " " + ctx.path() + ": " + e);
                e.printStackTrace(log);
                fail(ctx, 500, "internal", "the server could not answer this request");
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().equals("Not Found")) {
                    fail(ctx, 404, "not_found", "no such path: " + ctx.method() + " " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> fail(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path()));
        });
        app.start();
        ReloadSchedule reloader = settings.reloadInterval().isZero() ? null
                : ReloadSchedule.start(lists, settings.reloadInterval(), log);
        return new EmbargoServer(app, inFlight, settings, List.copyOf(registered), reloader);
    }

    /** Every area of the server; a new area is one line here. */
    private static List<RouteGroup> groups(ServerSettings settings, LiveLists lists, Metrics metrics, InFlight inFlight,
                                           KeyCheck keyCheck) {
        Limits limits = settings.limits();
        return List.of(
                new ScreenApi(lists, limits),
                new CompareApi(lists, limits),
                new ScanApi(lists, limits),
                new EntitiesApi(lists),
                new ListsApi(lists),
                new HealthApi(lists, metrics, inFlight),
                new YenteApi(lists, limits),
                new ReconcileApi(lists, limits),
                new OpenApiDoc(),
                new WebUi(lists, limits, keyCheck));
    }

    private static String endpointOf(Context ctx) {
        try {
            Endpoint e = ctx.endpoints().matchedHttpEndpoint();
            return e == null ? "unmatched" : e.path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    /** True for paths of the APIs (JSON answers, documented in openapi.json); false for pages of the UI. */
    public static boolean isJsonPath(String path) {
        for (String p : JSON_PATHS) {
            if (path.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static void fail(Context ctx, int status, String code, String message) {
        ctx.status(status);
        if (isJsonPath(ctx.path())) {
            Replies.json(ctx, Replies.error(status, code, message));
        } else {
            ctx.html("<!doctype html><meta charset=utf-8><title>Embargo: " + status + "</title><h1>" + status
                    + "</h1><p>" + escape(message) + "</p><p><a href=\"/\">Search</a></p>");
        }
    }

    /** Text made safe to put in HTML, attributes included; null is nothing. */
    public static String escape(String s) {
        return s == null ? "" : HtmlReport.esc(s);
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        if (host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        }
        return "http://" + host + ":" + port();
    }

    public List<Route> routes() {
        return routes;
    }

    public Set<String> paths() {
        return new java.util.TreeSet<>(routes.stream().map(Route::path).toList());
    }

    public int inFlight() {
        return inFlight.running();
    }

    /** Refuses new requests, waits for those in flight (at most the drain timeout), then stops. */
    public boolean stop() {
        if (reloader != null) {
            reloader.close();
        }
        boolean drained = inFlight.drain(settings.drainTimeout());
        app.stop();
        return drained;
    }

    @Override
    public void close() {
        stop();
    }
}
