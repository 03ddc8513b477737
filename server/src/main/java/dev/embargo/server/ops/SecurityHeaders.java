package dev.embargo.server.ops;

import io.javalin.http.Context;
import org.eclipse.jetty.http.HttpFields;

/**
 * Headers every response carries. The UI serves its own CSS and script from this origin and nothing else,
 * so the policy allows exactly that; no page may be framed by another site.
 */
public final class SecurityHeaders {
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /**
     * The scan report is one self-contained file (inline style, no script): it may style itself and
     * nothing more.
     */
    public static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private SecurityHeaders() {}

    /** The headers, by name, in the order they are sent. */
    private static final String[][] HEADERS = {
        {"Content-Security-Policy", CSP},
        {"X-Content-Type-Options", "nosniff"},
        {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
        {"Cache-Control", "no-store"}
    };

    /** Name and value of each header, for a response written outside Javalin. */
    public static String[][] headers() {
        String[][] copy = new String[HEADERS.length][];
        for (int i = 0; i < HEADERS.length; i++) {
            copy[i] = HEADERS[i].clone();
        }
        return copy;
    }

    public static void apply(Context ctx) {
        for (String[] h : HEADERS) {
            ctx.header(h[0], h[1]);
        }
    }

    /** The same headers on a response Jetty writes itself (its errors, answered before the API is reached). */
    public static void apply(HttpFields.Mutable headers) {
        for (String[] h : HEADERS) {
            headers.put(h[0], h[1]);
        }
    }
}
