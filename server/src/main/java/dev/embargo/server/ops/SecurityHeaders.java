package dev.embargo.server.ops;

import io.javalin.http.Context;

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

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }
}
