package dev.embargo.server.ui;

import dev.embargo.server.ApiException;
import dev.embargo.server.Limits;
import dev.embargo.server.RouteGroup;
import dev.embargo.server.api.ScanApi;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.lists.ServedLists;
import dev.embargo.server.ops.KeyCheck;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The web UI for analysts, rendered on the server: search ({@code /}, with {@code /ui/results} for results as
 * one types), a party's facts ({@code /entity/<id>}), the explanation of a score ({@code /explain}), document
 * scans ({@code /scan}), the lists in service ({@code /lists}) and, where API keys are asked for, a sign-in
 * form ({@code /login}) that keeps the key in an HttpOnly, SameSite=Strict cookie.
 */
public final class WebUi implements RouteGroup {
    private final LiveLists lists;
    private final KeyCheck keyCheck;
    private final ScanApi scanner;
    private final SearchPage search;
    private final ExplainPage explain;
    private final Assets assets = new Assets();
    /** The filter choices of the generation in service, rebuilt when a reload swaps in a new one. */
    private final AtomicReference<Choices> choices = new AtomicReference<>();

    public WebUi(LiveLists lists, Limits limits, KeyCheck keyCheck) {
        this.lists = lists;
        this.keyCheck = keyCheck;
        this.scanner = new ScanApi(lists, limits);
        this.search = new SearchPage(limits.maxNameChars(), limits.maxLimit());
        this.explain = new ExplainPage(limits.maxNameChars(), limits.maxLimit());
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(
                "/",
                ctx -> withLists(
                        ctx, s -> search.page(SearchForm.from(ctx::queryParam), s, choices(s), layout(ctx, s))));
        routes.get("/ui/results", ctx -> withLists(ctx, s -> search.results(SearchForm.from(ctx::queryParam), s)));
        routes.get(
                "/entity/<id>", ctx -> withLists(ctx, s -> EntityPage.render(ctx.pathParam("id"), s, layout(ctx, s))));
        routes.get(
                "/explain",
                ctx -> withLists(
                        ctx,
                        s -> explain.render(
                                SearchForm.from(ctx::queryParam), ctx.queryParam("id"), s, layout(ctx, s))));
        routes.get(
                "/scan",
                ctx -> send(ctx, ScanPage.form(layout(ctx, lists.current().orElse(null)), 200, null)));
        routes.post(
                "/scan",
                ctx -> withLists(ctx, s -> {
                    try {
                        return ScanPage.report(scanner.read(ctx), layout(ctx, s));
                    } catch (ApiException e) {
                        return ScanPage.form(layout(ctx, s), e.status(), e.getMessage());
                    }
                }));
        routes.get(
                "/lists",
                ctx -> send(
                        ctx, ListsPage.render(lists, layout(ctx, lists.current().orElse(null)))));
        routes.get("/login", this::loginForm);
        routes.post("/login", this::login);
        routes.post("/logout", this::logout);
        routes.get("/assets/{name}", ctx -> {
            Optional<Assets.Asset> a = assets.get(ctx.pathParam("name"));
            if (a.isEmpty()) {
                throw ApiException.notFound("no such asset: " + ctx.pathParam("name"));
            }
            ctx.contentType(a.get().contentType()).result(a.get().bytes());
        });
    }

    private Choices choices(ServedLists served) {
        Choices c = choices.get();
        if (c == null || c.from() != served) {
            c = Choices.of(served);
            choices.set(c);
        }
        return c;
    }

    /** Answers from the lists in service, or says plainly that they are still loading. */
    private void withLists(Context ctx, Function<ServedLists, Reply> page) {
        Optional<ServedLists> served = lists.current();
        if (served.isEmpty()) {
            Layout layout = layout(ctx, null);
            String lastAttempt =
                    lists.lastAttempt().map(LiveLists.ReloadAttempt::message).orElse(null);
            send(
                    ctx,
                    new Reply(
                            503,
                            PageOutput.render(
                                    4096, out -> JteloadingGenerated.render(out, null, layout, lastAttempt))));
            return;
        }
        send(ctx, page.apply(served.get()));
    }

    private static void send(Context ctx, Reply r) {
        ctx.status(r.status()).contentType("text/html; charset=utf-8").result(r.html());
    }

    /** The page frame for this request: whether to offer sign-out, and what the footer says of the lists. */
    private Layout layout(Context ctx, ServedLists served) {
        boolean keys = keyCheck.required("/");
        boolean signedIn = keys && keyCheck.allows(ctx);
        if (keys && !signedIn) {
            return Layout.forAnonymous();
        }
        boolean reloadFailed = lists.lastAttempt().filter(a -> !a.ok()).isPresent();
        return new Layout(signedIn, false, served, reloadFailed);
    }

    private void loginForm(Context ctx) {
        send(
                ctx,
                LoginPage.form(
                        LocalRedirect.target(ctx.queryParam("next")),
                        keyCheck.required("/"),
                        layout(ctx, lists.current().orElse(null)),
                        200,
                        null));
    }

    private void login(Context ctx) {
        String next = LocalRedirect.target(ctx.formParam("next"));
        if (!keyCheck.required("/")) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        String key = ctx.formParam("key") == null ? "" : ctx.formParam("key").strip();
        Layout anonymous = Layout.forAnonymous();
        if (!keyCheck.accepts(key)) {
            send(ctx, LoginPage.form(next, true, anonymous, 401, "That key is not accepted by this server."));
            return;
        }
        if (!LoginPage.fitsInCookie(key)) {
            send(
                    ctx,
                    LoginPage.form(
                            next,
                            true,
                            anonymous,
                            400,
                            "This key works with the API, but a browser cannot keep "
                                    + "it: it holds a space, quote, comma, semicolon or backslash. Ask for a key without them."));
            return;
        }
        ctx.cookie(new Cookie(KeyCheck.COOKIE, key, "/", -1, secure(ctx), true, null, SameSite.STRICT));
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        ctx.cookie(new Cookie(KeyCheck.COOKIE, "", "/", 0, secure(ctx), true, null, SameSite.STRICT));
        ctx.redirect(keyCheck.required("/") ? "/login" : "/", HttpStatus.SEE_OTHER);
    }

    /** Over HTTPS (directly or behind a proxy that says so) the cookie is never sent in clear. */
    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
