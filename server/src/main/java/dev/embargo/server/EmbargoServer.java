package dev.embargo.server;

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
import dev.embargo.server.ops.Access;
import dev.embargo.server.ops.BodyFirst;
import dev.embargo.server.ops.Caller;
import dev.embargo.server.ops.CrossOrigin;
import dev.embargo.server.ops.HostCheck;
import dev.embargo.server.ops.InFlight;
import dev.embargo.server.ops.JsonErrorHandler;
import dev.embargo.server.ops.KeyCheck;
import dev.embargo.server.ops.Metrics;
import dev.embargo.server.ops.RequestFailures;
import dev.embargo.server.ops.Role;
import dev.embargo.server.ops.SecurityHeaders;
import dev.embargo.server.ops.SlowHeaders;
import dev.embargo.server.ops.WorkLimits;
import dev.embargo.server.reconcile.ReconcileApi;
import dev.embargo.server.review.AlertsApi;
import dev.embargo.server.review.AuditApi;
import dev.embargo.server.review.Desk;
import dev.embargo.server.review.PortfolioApi;
import dev.embargo.server.review.Requests;
import dev.embargo.server.review.ReviewAudit;
import dev.embargo.server.review.SystemOfRecord;
import dev.embargo.server.ui.ErrorPage;
import dev.embargo.server.ui.ReviewUi;
import dev.embargo.server.ui.WebUi;
import dev.embargo.server.yente.YenteApi;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;
import jakarta.servlet.DispatcherType;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The one server process: the JSON API, the yente and reconciliation endpoints and the web UI over the
 * lists in service. Start it with {@link #start}; {@link #stop} drains the requests in flight first.
 */
public final class EmbargoServer implements AutoCloseable {
    /** A route as registered: method and path template, for the OpenAPI check and the route overview. */
    public record Route(String method, String path) {}

    /** Path prefixes answered in JSON when something goes wrong; everything else is a page of the UI. */
    private static final List<String> JSON_PATHS = List.of(
            "/v1/",
            "/match",
            "/search",
            "/reconcile",
            "/healthz",
            "/readyz",
            "/metrics",
            "/openapi.json",
            "/catalog",
            "/manifest",
            "/updatez",
            "/entities/",
            "/algorithms");

    private static final String STARTED = "embargo.started";

    private final Javalin app;
    private final InFlight inFlight;
    private final ServerSettings settings;
    private final List<Route> routes;
    private final ReloadSchedule reloader;

    private EmbargoServer(
            Javalin app, InFlight inFlight, ServerSettings settings, List<Route> routes, ReloadSchedule reloader) {
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
        return start(settings, lists, null, log);
    }

    /**
     * Starts serving {@code lists} and, when {@code records} is given, the portfolio, alerts and audit trail of
     * its store, which then follows the lists in service (re-screening when they change).
     */
    public static EmbargoServer start(
            ServerSettings settings, LiveLists lists, SystemOfRecord records, PrintStream log) {
        if (records != null) {
            records.follow(lists);
        }
        Desk desk = new Desk(records, lists);
        InFlight inFlight = new InFlight();
        Metrics metrics = new Metrics(lists);
        KeyCheck keyCheck = new KeyCheck(settings.keys());
        Capacity capacity = settings.capacity();
        WorkLimits work = new WorkLimits(capacity.scanPermits(), capacity.batchPermits());
        List<RouteGroup> groups = groups(settings, lists, metrics, inFlight, keyCheck, work, desk);
        List<Route> registered = new ArrayList<>();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.limits().maxRequestBytes();
            config.http.defaultContentType = "application/json";
            // A path that exists under another method is 405 with Allow, not 404.
            config.http.prefer405over404 = true;
            config.router.ignoreTrailingSlashes = true;
            configureJetty(config, settings, capacity, keyCheck);
            config.jetty.modifyServletContextHandler(
                    h -> h.addFilter(inFlight, "/*", EnumSet.of(DispatcherType.REQUEST)));
            config.events.handlerAdded(
                    h -> registered.add(new Route(h.getHttpMethod().name(), h.getPath())));
            config.router.handlerWrapper(endpoint -> expensive(endpoint, work));
            config.router.javaLangErrorHandler((res, error) -> internalError(res, error, log));
            config.routes.before(ctx -> {
                ctx.attribute(STARTED, System.nanoTime());
                SecurityHeaders.apply(ctx);
                if (CrossOrigin.isPreflight(ctx)) {
                    CrossOrigin.preflight(ctx);
                    ctx.skipRemainingHandlers();
                    return;
                }
                checkMethodAndOrigin(ctx);
                if (keyCheck.required(ctx.path()) && !keyCheck.allows(ctx)) {
                    if (!isJsonPath(ctx.path()) && ctx.method().name().equals("GET")) {
                        String target = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
                        ctx.redirect("/login?next="
                                + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8));
                        ctx.skipRemainingHandlers();
                        return;
                    }
                    throw new ApiException(
                            401,
                            "unauthorized",
                            "an API key is required: send it as "
                                    + "\"Authorization: Bearer <key>\" or \"X-API-Key: <key>\"");
                }
                authorise(ctx, keyCheck);
            });
            config.routes.after(ctx -> {
                Long started = ctx.attribute(STARTED);
                if (started != null) {
                    metrics.record(endpointOf(ctx), ctx.method().name(), ctx.statusCode(), System.nanoTime() - started);
                }
                if (records != null) {
                    ReviewAudit.afterRequest(ctx, keyCheck, records);
                }
            });
            for (RouteGroup g : groups) {
                g.addTo(config.routes);
            }
            config.routes.exception(ApiException.class, (e, ctx) -> {
                if (e.retryAfterSeconds() > 0) {
                    ctx.header("Retry-After", Integer.toString(e.retryAfterSeconds()));
                }
                fail(ctx, e.status(), e.code(), e.getMessage());
            });
            config.routes.exception(
                    HttpResponseException.class,
                    (e, ctx) -> fail(
                            ctx,
                            e.getStatus(),
                            ApiException.codeFor(e.getStatus()),
                            e.getStatus() == 413
                                    ? "the request is larger than "
                                            + settings.limits().maxRequestBytes() + " bytes"
                                    : e.getStatus() == 405
                                            ? ctx.method() + " is not allowed on " + ctx.path()
                                            : e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                ApiException client = RequestFailures.clientError(e);
                if (client != null) {
                    fail(ctx, client.status(), client.code(), client.getMessage());
                    return;
                }
                // The client learns that it failed, never how; the log gets one line, not a stack trace per request.
                log.println("error: " + ctx.method() + " " + ctx.path() + ": " + RequestFailures.oneLine(e));
                fail(ctx, 500, "internal", "the server could not answer this request");
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null
                        || ctx.result().isEmpty()
                        || ctx.result().equals("Not Found")) {
                    fail(ctx, 404, "not_found", "no such path: " + ctx.method() + " " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> {
                if (ctx.result() == null
                        || ctx.result().isEmpty()
                        || !ctx.result().contains("\"error\"")) {
                    fail(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path());
                }
            });
        });
        app.start();
        ReloadSchedule reloader =
                settings.reloadInterval().isZero() ? null : ReloadSchedule.start(lists, settings.reloadInterval(), log);
        return new EmbargoServer(app, inFlight, settings, List.copyOf(registered), reloader);
    }

    /**
     * Jetty as the server needs it against slow and hostile clients: a bounded pool of request threads; the
     * Host check first, then every body read in full without a thread ({@link BodyFirst}); idle and header
     * timeouts on the connection; Jetty's own errors in the API's JSON shape.
     */
    private static void configureJetty(
            io.javalin.config.JavalinConfig config, ServerSettings settings, Capacity capacity, KeyCheck keyCheck) {
        QueuedThreadPool threads =
                new QueuedThreadPool(capacity.requestThreads(), Math.min(8, capacity.requestThreads()));
        threads.setName("embargo-http");
        config.jetty.threadPool = threads;
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(new JsonErrorHandler(YenteApi::isYentePath));
            // insertHandler puts each in front of the handlers before it: the Host check runs first.
            server.insertHandler(new BodyFirst(
                    settings.limits().maxRequestBytes(),
                    capacity.bodyTimeout(),
                    capacity.bodyBudgetBytes(),
                    request -> keyed(request, keyCheck)));
            server.insertHandler(new HostCheck(settings.hosts()));
            server.addBean(new SlowHeaders(server, capacity.headerTimeout()));
        });
        config.jetty.addConnector((server, http) -> {
            ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
            c.setHost(settings.bind());
            c.setPort(settings.port());
            c.setIdleTimeout(capacity.idleTimeout().toMillis());
            return c;
        });
    }

    /** Whether a request, as Jetty has it before the API, presents the key its path needs (if any). */
    private static boolean keyed(org.eclipse.jetty.server.Request request, KeyCheck keyCheck) {
        String path = request.getHttpURI().getDecodedPath();
        if (path == null || !keyCheck.required(path)) {
            return true;
        }
        var query = org.eclipse.jetty.server.Request.extractQueryParameters(request);
        var cookies = org.eclipse.jetty.server.Request.getCookies(request);
        return keyCheck.allows(new KeyCheck.Presented(
                name -> request.getHeaders().get(name),
                query::getValue,
                name -> cookies.stream()
                        .filter(c -> c.getName().equals(name))
                        .map(c -> c.getValue())
                        .findFirst()
                        .orElse(null),
                path));
    }

    /**
     * Finds who sent the request (the holder and role of its key) for the handlers, and refuses (403) what
     * their role may not do ({@link Access}).
     */
    private static void authorise(Context ctx, KeyCheck keyCheck) {
        Caller caller = keyCheck.caller(ctx).orElse(null);
        if (caller == null) {
            // Only the open paths (probes, login, assets) get here without a key.
            return;
        }
        ctx.attribute(Requests.CALLER, caller);
        Role.Permission needed = Access.needed(ctx.method().name(), ctx.path());
        if (!caller.may(needed)) {
            throw new ApiException(
                    403,
                    "forbidden",
                    Access.refusal(caller, needed, ctx.method().name(), ctx.path()));
        }
    }

    /** The document scans (API and UI) run only as many at once as {@link WorkLimits} allows. */
    private static io.javalin.http.Handler expensive(Endpoint endpoint, WorkLimits work) {
        io.javalin.http.Handler h = endpoint.handler;
        if (endpoint.method == HandlerType.POST
                && (endpoint.path.equals("/v1/scan") || endpoint.path.equals("/scan"))) {
            return ctx -> {
                try (WorkLimits.Permit p = work.enter(WorkLimits.Kind.SCAN)) {
                    h.handle(ctx);
                }
            };
        }
        return h;
    }

    /**
     * TRACE, OPTIONS other than a CORS preflight (answered before, and before any key is asked for) and the
     * like are 405; a state-changing request from a page on another origin is 403, unless other origins may
     * call it.
     */
    private static void checkMethodAndOrigin(Context ctx) {
        String method = ctx.method().name();
        boolean deletes = method.equals("DELETE") && ctx.path().startsWith("/v1/portfolio/");
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("POST") && !deletes) {
            ctx.header("Allow", "GET, HEAD, POST");
            throw new ApiException(405, "method_not_allowed", method + " is not allowed on " + ctx.path());
        }
        boolean cors = CrossOrigin.allowed(method.equals("HEAD") ? "GET" : method, ctx.path());
        if (cors && ctx.header("Origin") != null) {
            CrossOrigin.allowResponse(ctx);
        }
        if (!cors && CrossOrigin.changesState(method) && CrossOrigin.fromOtherOrigin(ctx)) {
            throw new ApiException(
                    403,
                    "cross_origin",
                    method + " " + ctx.path() + " may not be sent from a page on " + "another origin"
                            + (ctx.header("Origin") == null ? "" : " (" + ctx.header("Origin") + ")"));
        }
        // The API's JSON endpoints take JSON only, so no form or text/plain post from a page is taken for a call.
        if (method.equals("POST")
                && ctx.path().startsWith("/v1/")
                && !ctx.path().equals("/v1/scan")
                && !ctx.path().equals("/v1/portfolio")
                && hasBody(ctx)) {
            dev.embargo.server.api.JsonBody.requireJson(ctx);
        }
    }

    private static boolean hasBody(Context ctx) {
        return ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
    }

    /** An Error (out of memory, stack overflow) while answering: one line in the log, a JSON 503 to the client. */
    private static void internalError(jakarta.servlet.http.HttpServletResponse res, Error error, PrintStream log) {
        log.println("error: " + RequestFailures.oneLine(error));
        RequestFailures.writeOutOfResources(res, error);
    }

    /** Every area of the server; a new area is one line here. */
    private static List<RouteGroup> groups(
            ServerSettings settings,
            LiveLists lists,
            Metrics metrics,
            InFlight inFlight,
            KeyCheck keyCheck,
            WorkLimits work,
            Desk desk) {
        Limits limits = settings.limits();
        return List.of(
                new ScreenApi(lists, limits, work),
                new CompareApi(lists, limits, work),
                new ScanApi(lists, limits),
                new EntitiesApi(lists),
                new ListsApi(lists),
                new HealthApi(lists, metrics, inFlight),
                new YenteApi(lists, limits, work),
                new ReconcileApi(lists, limits, work, settings.publicUrl()),
                new OpenApiDoc(),
                new PortfolioApi(desk),
                new AlertsApi(desk),
                new AuditApi(desk),
                new ReviewUi(desk, lists, keyCheck),
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
            ctx.html(ErrorPage.render(status, message));
        }
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
