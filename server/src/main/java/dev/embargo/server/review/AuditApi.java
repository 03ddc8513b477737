package dev.embargo.server.review;

import dev.embargo.server.RouteGroup;
import dev.embargo.server.api.Replies;
import dev.embargo.store.AuditLog;
import dev.embargo.store.AuditTrail;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit trail over HTTP: {@code GET /v1/audit} its entries of a period a page at a time, {@code GET
 * /v1/audit/verify} the walk of the whole chain (the first entry changed, removed, inserted or reordered), and
 * {@code GET /v1/audit/export} the entries of a period as JSON lines, as {@code embargo audit export} writes them.
 */
public final class AuditApi implements RouteGroup {
    private final Desk desk;

    public AuditApi(Desk desk) {
        this.desk = desk;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/v1/audit", this::entries);
        routes.get(
                "/v1/audit/verify",
                ctx -> Replies.json(ctx, verification(desk.records().audit().verify())));
        routes.get("/v1/audit/export", this::export);
    }

    private void entries(Context ctx) {
        long from = Requests.time("from", ctx.queryParam("from"), 0);
        long to = Requests.time("to", ctx.queryParam("to"), Long.MAX_VALUE);
        int after = Requests.whole(ctx, "after", 0, 0, Integer.MAX_VALUE);
        int limit = Requests.whole(ctx, "limit", 100, 1, AuditLog.MAX_PAGE);
        var entries = new AuditLog(desk.records().store()).entries(from, to, after, limit);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entries", entries.stream().map(ReviewJson::audit).toList());
        m.put("next_after", entries.size() < limit ? null : entries.getLast().seq());
        Replies.json(ctx, m);
    }

    static Map<String, Object> verification(AuditTrail.Verification v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("valid", v.valid());
        m.put("entries", v.entries());
        m.put("head_seq", v.head().seq());
        m.put("head_hash", v.head().hash());
        m.put("problem", v.problem());
        m.put("problem_seq", v.valid() ? null : v.problemSeq());
        return m;
    }

    private void export(Context ctx) {
        long from = Requests.time("from", ctx.queryParam("from"), 0);
        long to = Requests.time("to", ctx.queryParam("to"), Long.MAX_VALUE);
        ctx.contentType("application/x-ndjson; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"embargo-audit.jsonl\"");
        try (Writer out = new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            desk.records().audit().export(from, to, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
