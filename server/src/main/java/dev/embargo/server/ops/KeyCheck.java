package dev.embargo.server.ops;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Which requests must present an API key, and where a key may be presented: {@code Authorization: Bearer K},
 * {@code Authorization: ApiKey K} (as yente clients send it), {@code X-API-Key: K}, the UI's cookie, and for
 * the reconciliation service only (OpenRefine cannot set headers) an {@code api_key} query parameter. The
 * cookie counts only on requests that do not come from a page on another origin.
 */
public final class KeyCheck {
    public static final String COOKIE = "embargo_key";
    /** Probes and the UI's own assets and login page answer without a key. */
    private static final Set<String> OPEN = Set.of("/healthz", "/readyz", "/login", "/favicon.ico");

    private final ApiKeys keys;

    public KeyCheck(ApiKeys keys) {
        this.keys = keys;
    }

    public boolean required(String path) {
        return keys.configured() && !OPEN.contains(path) && !path.startsWith("/assets/");
    }

    public boolean allows(Context ctx) {
        return keys.accepts(presented(ctx));
    }

    public boolean accepts(String key) {
        return keys.accepts(key);
    }

    /** Who a key belongs to, when it is one. */
    public java.util.Optional<Caller> callerOf(String key) {
        return keys.caller(key);
    }

    /**
     * Who sent the request: the holder and role of the key it presents, {@link Caller#LOCAL_ADMIN} when the
     * server asks for no key, nothing when it presents no accepted key.
     */
    public java.util.Optional<Caller> caller(Context ctx) {
        if (!keys.configured()) {
            return java.util.Optional.of(Caller.LOCAL_ADMIN);
        }
        return keys.caller(presented(ctx));
    }

    /** Where a request's key may be: its headers, query parameters and cookies, by name (null when absent). */
    public record Presented(
            Function<String, String> header,
            Function<String, String> queryParam,
            Function<String, String> cookie,
            String path) {}

    /** Whether the request these lookups describe presents an accepted key. */
    public boolean allows(Presented p) {
        return keys.accepts(presented(p));
    }

    static String presented(Context ctx) {
        return presented(new Presented(ctx::header, ctx::queryParam, ctx::cookie, ctx.path()));
    }

    static String presented(Presented p) {
        String auth = p.header().apply("Authorization");
        if (auth != null) {
            String lower = auth.toLowerCase(Locale.ROOT);
            if (lower.startsWith("bearer ")) {
                return auth.substring(7).strip();
            }
            if (lower.startsWith("apikey ")) {
                return auth.substring(7).strip();
            }
        }
        String header = p.header().apply("X-API-Key");
        if (header != null) {
            return header.strip();
        }
        if (p.path().startsWith("/reconcile") && p.queryParam().apply("api_key") != null) {
            return p.queryParam().apply("api_key");
        }
        // The UI's cookie speaks for the user only on the UI's own pages: a browser also sends it with requests
        // from pages on other origins of the same site (another port of localhost), which must not use it.
        return CrossOrigin.fromOtherOrigin(p.header()) ? null : p.cookie().apply(COOKIE);
    }
}
