package dev.embargo.server.review;

import dev.embargo.server.ops.Access;
import dev.embargo.server.ops.Caller;
import dev.embargo.server.ops.KeyCheck;
import dev.embargo.server.ops.Role;
import dev.embargo.store.StoreException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What of the server's own traffic goes into the audit trail: sign-ins to the UI (and refused ones), sign-outs,
 * and every request that changes the configuration (reloading the lists, the review settings, a full re-screen),
 * each with its holder and outcome. Screening queries and reads are not audited: they change nothing.
 */
public final class ReviewAudit {
    private ReviewAudit() {}

    public static void afterRequest(Context ctx, KeyCheck keyCheck, SystemOfRecord records) {
        String method = ctx.method().name();
        String path = ctx.path();
        try {
            if (method.equals("POST") && path.equals("/login") && keyCheck.required("/")) {
                String key =
                        ctx.formParam("key") == null ? "" : ctx.formParam("key").strip();
                Caller who = keyCheck.callerOf(key).orElse(null);
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("status", ctx.statusCode());
                d.put("remote", ctx.ip());
                if (who != null && ctx.statusCode() < 400) {
                    d.put("role", who.role().code());
                    records.audit(who.holder(), "login", "holder:" + who.holder(), d);
                } else {
                    records.audit("anonymous", "login.refused", "login", d);
                }
                return;
            }
            Caller caller = ctx.attribute(Requests.CALLER);
            if (caller == null) {
                return;
            }
            if (method.equals("POST") && path.equals("/logout")) {
                records.audit(caller.holder(), "logout", "holder:" + caller.holder(), Map.of());
                return;
            }
            if (Access.needed(method, path) == Role.Permission.CONFIGURE) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("method", method);
                d.put("path", path);
                d.put("query", ctx.queryString() == null ? "" : ctx.queryString());
                d.put("status", ctx.statusCode());
                d.put("role", caller.role().code());
                records.audit(caller.holder(), "config.request", "config:" + path, d);
            }
        } catch (StoreException e) {
            // The answer is already decided; a store that cannot record it shows in /readyz and the next write.
        }
    }
}
