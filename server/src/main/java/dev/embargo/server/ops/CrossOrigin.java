package dev.embargo.server.ops;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Which requests a page on another origin may make, and how they are told apart.
 *
 * <p>CORS is allowed for the read-only endpoints that clients run in a browser call (OpenRefine and the
 * reconciliation test bench; yente clients; a screening page): the reconciliation service, yente's match,
 * search, entities, catalog and algorithms, and {@code GET /v1/screen}. It is answered with
 * {@code Access-Control-Allow-Origin: *} and never with credentials, so a browser never sends the UI's cookie
 * with them; a key goes in a header or, for OpenRefine, the {@code api_key} parameter.
 *
 * <p>Everything else that changes state (a POST, PUT, PATCH or DELETE) is refused when it comes from a page
 * on another origin (its {@code Origin} header, or {@code Sec-Fetch-Site} where there is none), keys or not:
 * SameSite cookies do not stop a page on the same site but another port.
 */
public final class CrossOrigin {
    static final String ALLOWED_METHODS = "GET, POST";
    static final String ALLOWED_HEADERS = "Authorization, X-API-Key, Content-Type";
    static final String EXPOSED_HEADERS = "Retry-After, X-Batch-Size";
    /** How long a browser may keep a preflight's answer: ten minutes. */
    static final String MAX_AGE = "600";

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private CrossOrigin() {}

    /** Whether a page on any origin may call {@code method path} (the read-only endpoints above). */
    public static boolean allowed(String method, String path) {
        String m = method.toUpperCase(Locale.ROOT);
        if (path.equals("/reconcile") || path.startsWith("/reconcile/")) {
            return m.equals("GET") || m.equals("POST");
        }
        if (path.startsWith("/match/")) {
            return m.equals("POST");
        }
        if (m.equals("GET")) {
            return path.equals("/v1/screen")
                    || path.startsWith("/search/")
                    || path.startsWith("/entities/")
                    || path.equals("/catalog")
                    || path.equals("/algorithms");
        }
        return false;
    }

    /** A CORS preflight: {@code OPTIONS} with an {@code Origin} and the method it asks about. */
    public static boolean isPreflight(Context ctx) {
        return ctx.method().name().equals("OPTIONS")
                && ctx.header("Origin") != null
                && ctx.header("Access-Control-Request-Method") != null;
    }

    /** Answers a preflight: 204 with what is allowed, or 403 for an endpoint other origins may not call. */
    public static void preflight(Context ctx) {
        String asked = ctx.header("Access-Control-Request-Method");
        if (!allowed(asked, ctx.path())) {
            throw new dev.embargo.server.ApiException(
                    403, "cross_origin", asked + " " + ctx.path() + " may not be called from a page on another origin");
        }
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
        ctx.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        ctx.header("Access-Control-Max-Age", MAX_AGE);
        ctx.status(204);
    }

    /** The CORS headers of an actual request to an endpoint other origins may call. */
    public static void allowResponse(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Expose-Headers", EXPOSED_HEADERS);
    }

    public static boolean changesState(String method) {
        return STATE_CHANGING.contains(method.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a browser says this request comes from a page on another origin: an {@code Origin} other than
     * this server as the request names it ({@code Host}), or, without one or with an opaque {@code null} one,
     * {@code Sec-Fetch-Site} other than same-origin (or none, for a request the user typed). Clients that are no browser send neither, and are not taken as cross-origin.
     */
    public static boolean fromOtherOrigin(Context ctx) {
        return fromOtherOrigin(ctx::header);
    }

    /** As {@link #fromOtherOrigin(Context)}, from the request's headers by name. */
    public static boolean fromOtherOrigin(java.util.function.Function<String, String> header) {
        String origin = header.apply("Origin");
        String site = header.apply("Sec-Fetch-Site");
        if (origin != null && origin.strip().equals("null")) {
            // Browsers send "null" for a form posted by our own pages too, since they carry
            // Referrer-Policy: no-referrer; Sec-Fetch-Site, which no page can set, then tells.
            return site == null || !site.equalsIgnoreCase("same-origin");
        }
        if (origin != null) {
            return !sameOrigin(origin, header.apply("Host"));
        }
        return site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none");
    }

    /** Whether {@code origin} ({@code scheme://host[:port]}) names the server reached as {@code host}. */
    static boolean sameOrigin(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        URI o;
        try {
            o = new URI(origin.strip());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        if (o.getScheme() == null
                || o.getHost() == null
                || o.getRawPath() != null && !o.getRawPath().isEmpty()) {
            return false;
        }
        int defaultPort = o.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        int originPort = o.getPort() < 0 ? defaultPort : o.getPort();
        String h = AllowedHosts.hostOf(host.strip().toLowerCase(Locale.ROOT));
        if (h == null) {
            return false;
        }
        String rest = host.strip().substring(h.length());
        int hostPort = rest.startsWith(":") ? Integer.parseInt(rest.substring(1)) : defaultPort;
        return h.equals(o.getHost().toLowerCase(Locale.ROOT)) && hostPort == originPort;
    }
}
