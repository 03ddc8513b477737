package dev.embargo.server.review;

import com.fasterxml.jackson.databind.JsonNode;
import dev.embargo.server.ApiException;
import dev.embargo.server.RouteGroup;
import dev.embargo.server.api.JsonBody;
import dev.embargo.server.api.Replies;
import dev.embargo.server.ops.Caller;
import dev.embargo.store.AlertQueue;
import dev.embargo.store.AlertState;
import dev.embargo.store.Review;
import dev.embargo.store.StoreException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The review of alerts: {@code GET /v1/alerts} (the queue, filtered, sorted and paged), {@code GET
 * /v1/alerts/{id}} (an alert with its record, listing, explanation as raised, decisions and history), {@code POST
 * /v1/alerts/{id}/decision} (clear, confirm, escalate; 409 when the alert changed since the version the decision
 * names), {@code POST /v1/alerts/{id}/approval} (the second reviewer under four eyes), {@code POST
 * /v1/alerts/{id}/assignee}, the CSV exports of alerts and decisions, and the review settings (reasons, four eyes).
 */
public final class AlertsApi implements RouteGroup {
    private final Desk desk;

    public AlertsApi(Desk desk) {
        this.desk = desk;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/v1/alerts", ctx -> Replies.json(ctx, page(ctx)));
        routes.get("/v1/alerts/{id}", ctx -> Replies.json(ctx, one(Requests.alertId(ctx))));
        routes.post("/v1/alerts/{id}/decision", this::decide);
        routes.post("/v1/alerts/{id}/approval", this::approve);
        routes.post("/v1/alerts/{id}/assignee", this::assign);
        routes.get("/v1/export/alerts.csv", this::exportAlerts);
        routes.get("/v1/export/decisions.csv", this::exportDecisions);
        routes.get(
                "/v1/review/settings",
                ctx -> Replies.json(ctx, settings(desk.records().policy())));
        routes.post("/v1/review/settings", this::changeSettings);
    }

    /** The queue's parameters, read from a request the same way for the API and the queue page. */
    public record Query(AlertQueue.Filter filter, AlertQueue.SortBy sort, boolean descending, int offset, int limit) {
        public static Query of(Context ctx, Caller caller) {
            Set<AlertState> states = EnumSet.noneOf(AlertState.class);
            String state = ctx.queryParam("state");
            boolean history = "true".equals(ctx.queryParam("history"));
            if (state != null && !state.isBlank()) {
                for (String s : state.split(",")) {
                    if (s.isBlank()) {
                        continue;
                    }
                    try {
                        states.add(AlertState.of(s.strip()));
                    } catch (IllegalArgumentException e) {
                        throw ApiException.badRequest("state: expected open, escalated, cleared_false_positive,"
                                + " confirmed_true_match or closed_by_system, got \"" + Requests.shown(s) + "\"");
                    }
                }
            }
            String list = ctx.queryParam("list");
            if (list != null && !list.isBlank() && !list.strip().matches("[a-z0-9-]{1,40}")) {
                throw ApiException.badRequest(
                        "list: expected a list's code such as us-ofac-sdn, got \"" + Requests.shown(list) + "\"");
            }
            Double min = Requests.decimal(ctx, "min_score", 0, 1);
            Double max = Requests.decimal(ctx, "max_score", 0, 1);
            long now = System.currentTimeMillis();
            Integer minAge = optionalWhole(ctx, "min_age_days");
            Integer maxAge = optionalWhole(ctx, "max_age_days");
            Long raisedBefore = minAge == null ? null : now - minAge * 86_400_000L;
            Long raisedFrom = maxAge == null ? null : now - maxAge * 86_400_000L;
            String assignee = ctx.queryParam("assignee");
            if (assignee != null) {
                assignee = assignee.strip();
                if (assignee.equals("none")) {
                    assignee = "";
                } else if (assignee.equals("me")) {
                    assignee = caller.holder();
                } else if (assignee.isEmpty()) {
                    assignee = null;
                } else if (assignee.length() > 200) {
                    throw ApiException.badRequest("assignee: expected at most 200 characters");
                }
            }
            String record = ctx.queryParam("record");
            if (record != null && (record.isBlank() || record.length() > 200)) {
                record = record.isBlank() ? null : record.substring(0, 200);
            }
            AlertQueue.SortBy sort;
            try {
                sort = ctx.queryParam("sort") == null || ctx.queryParam("sort").isBlank()
                        ? AlertQueue.SortBy.RAISED
                        : AlertQueue.SortBy.of(ctx.queryParam("sort"));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("sort: " + e.getMessage());
            }
            String order = ctx.queryParam("order");
            boolean descending;
            if (order == null || order.isBlank()) {
                descending = sort != AlertQueue.SortBy.RAISED;
            } else if (order.strip().toLowerCase(Locale.ROOT).equals("asc")) {
                descending = false;
            } else if (order.strip().toLowerCase(Locale.ROOT).equals("desc")) {
                descending = true;
            } else {
                throw ApiException.badRequest("order: expected asc or desc, got \"" + Requests.shown(order) + "\"");
            }
            int offset = Requests.whole(ctx, "offset", 0, 0, 10_000_000);
            int limit = Requests.whole(ctx, "limit", 50, 1, AlertQueue.MAX_PAGE);
            return new Query(
                    new AlertQueue.Filter(states, list, min, max, raisedFrom, raisedBefore, assignee, record, !history),
                    sort,
                    descending,
                    offset,
                    limit);
        }

        private static Integer optionalWhole(Context ctx, String name) {
            String t = ctx.queryParam(name);
            return t == null || t.isBlank() ? null : Requests.whole(ctx, name, 0, 0, 36_500);
        }
    }

    private Map<String, Object> page(Context ctx) {
        Query q = Query.of(ctx, Requests.caller(ctx));
        AlertQueue.Page p = desk.records().queue().page(q.filter(), q.sort(), q.descending(), q.offset(), q.limit());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", p.total());
        m.put("offset", p.offset());
        m.put("limit", p.limit());
        m.put("alerts", p.alerts().stream().map(ReviewJson::alert).toList());
        return m;
    }

    Map<String, Object> one(long id) {
        SystemOfRecord records = desk.records();
        AlertQueue.Queued q =
                records.queue().get(id).orElseThrow(() -> ApiException.notFound("alert " + id + ": no such alert"));
        Map<String, Object> m = ReviewJson.alert(q);
        m.put("explanation", ReviewJson.explanation(q.alert()));
        m.put(
                "record",
                records.portfolio()
                        .record(q.alert().recordId())
                        .map(ReviewJson::record)
                        .orElse(null));
        m.put("listing", ReviewJson.listing(desk.entity(q.alert().entityId())));
        m.put(
                "run",
                records.portfolio().run(q.alert().runId()).map(ReviewJson::run).orElse(null));
        m.put(
                "decisions",
                records.review().decisions(id).stream()
                        .map(ReviewJson::decision)
                        .toList());
        m.put(
                "history",
                records.audit().about("alert:" + id).stream()
                        .map(ReviewJson::audit)
                        .toList());
        m.put("reasons", records.policy().reasons());
        m.put("four_eyes", records.policy().fourEyes());
        return m;
    }

    private void decide(Context ctx) {
        long id = Requests.alertId(ctx);
        Caller caller = Requests.caller(ctx);
        JsonBody body = JsonBody.of(ctx);
        int version = version(body);
        Review.Action action;
        try {
            action = Review.Action.of(body.requiredText("action"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        String reason = body.requiredText("reason");
        String comment = body.has("comment") ? body.text("comment") : "";
        Review.Decision d = reviewing(
                id, () -> desk.records().review().decide(id, version, action, caller.holder(), reason, comment));
        Replies.json(ctx, ReviewJson.decision(d));
    }

    private void approve(Context ctx) {
        long id = Requests.alertId(ctx);
        Caller caller = Requests.caller(ctx);
        JsonBody body = JsonBody.of(ctx);
        int version = version(body);
        JsonNode approveNode = body.node().get("approve");
        if (approveNode == null || !approveNode.isBoolean()) {
            throw ApiException.badRequest("approve: expected true (apply the decision) or false (reject it)");
        }
        String comment = body.has("comment") ? body.text("comment") : "";
        Review.Decision d = reviewing(
                id,
                () -> desk.records().review().approve(id, version, caller.holder(), approveNode.asBoolean(), comment));
        Replies.json(ctx, ReviewJson.decision(d));
    }

    private void assign(Context ctx) {
        long id = Requests.alertId(ctx);
        Caller caller = Requests.caller(ctx);
        JsonBody body = JsonBody.of(ctx);
        String to = body.has("assignee") ? body.text("assignee") : "";
        if ("me".equals(to)) {
            to = caller.holder();
        }
        String assignee = to;
        reviewing(id, () -> {
            desk.records().queue().assign(id, assignee, caller.holder());
            return null;
        });
        Replies.json(ctx, one(id));
    }

    private static int version(JsonBody body) {
        JsonNode v = body.node().get("version");
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 0) {
            throw ApiException.badRequest(
                    "version: expected the alert's version as last read (a whole number), so that a decision made"
                            + " on an alert that changed since is refused");
        }
        return v.asInt();
    }

    /** Runs a review step, answering 404, 409 and 400 in words for what the store refuses. */
    public static <T> T reviewing(long id, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (Review.Conflict e) {
            throw new ApiException(409, "conflict", e.getMessage());
        } catch (IllegalArgumentException e) {
            String m = e.getMessage() == null ? "refused" : e.getMessage();
            if (m.endsWith("no such alert")) {
                throw ApiException.notFound(m);
            }
            if (m.startsWith("four eyes")) {
                throw new ApiException(403, "four_eyes", m);
            }
            if (m.contains("not open to review")
                    || m.contains("awaits a second")
                    || m.contains("no decision awaiting")) {
                throw new ApiException(409, "conflict", m);
            }
            throw ApiException.badRequest(m);
        } catch (StoreException e) {
            throw new ApiException(
                    500, "store", "alert " + id + ": the store could not record this: " + e.getMessage());
        }
    }

    private void exportAlerts(Context ctx) {
        Query q = Query.of(ctx, Requests.caller(ctx));
        csv(ctx, "alerts", out -> {
            out.write(Csv.row(List.of(
                    "id",
                    "record_id",
                    "entity_id",
                    "list",
                    "state",
                    "current",
                    "score",
                    "matched_name",
                    "raised_at",
                    "updated_at",
                    "run_id",
                    "material_change",
                    "replaces",
                    "closed_reason",
                    "assignee",
                    "version")));
            desk.records().queue().forEach(q.filter(), a -> {
                List<String> cells = new ArrayList<>();
                for (Object v : ReviewJson.alert(a).values()) {
                    cells.add(v == null ? "" : v.toString());
                }
                cells.remove(14); // pending_decision: the decisions export has it
                write(out, Csv.row(cells));
            });
        });
    }

    private void exportDecisions(Context ctx) {
        long from = Requests.time("from", ctx.queryParam("from"), 0);
        long to = Requests.time("to", ctx.queryParam("to"), Long.MAX_VALUE);
        csv(ctx, "decisions", out -> {
            out.write(Csv.row(List.of(
                    "id",
                    "alert_id",
                    "record_id",
                    "entity_id",
                    "action",
                    "holder",
                    "reason",
                    "comment",
                    "decided_at",
                    "second_holder",
                    "second_at",
                    "status")));
            desk.records()
                    .queue()
                    .forEachDecision(
                            from,
                            to,
                            d -> write(
                                    out,
                                    Csv.row(List.of(
                                            Long.toString(d.id()),
                                            Long.toString(d.alertId()),
                                            d.recordId(),
                                            d.entityId(),
                                            d.action(),
                                            d.holder(),
                                            d.reason(),
                                            d.comment(),
                                            ReviewJson.time(d.decidedAt()),
                                            d.secondHolder() == null ? "" : d.secondHolder(),
                                            d.secondAt() == null ? "" : ReviewJson.time(d.secondAt()),
                                            d.status()))));
        });
    }

    @FunctionalInterface
    private interface CsvBody {
        void write(Writer out) throws IOException;
    }

    /** A CSV answer, written as it is read from the store rather than held whole. */
    private static void csv(Context ctx, String what, CsvBody body) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"embargo-" + what + ".csv\"");
        try (Writer out = new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8))) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> settings(Review.Policy p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reasons", p.reasons());
        m.put("four_eyes", p.fourEyes());
        return m;
    }

    private void changeSettings(Context ctx) {
        Caller caller = Requests.caller(ctx);
        JsonBody body = JsonBody.of(ctx);
        Review.Policy now = desk.records().policy();
        List<String> reasons = body.has("reasons") ? body.texts("reasons") : now.reasons();
        List<String> clean = new ArrayList<>();
        for (String r : reasons) {
            String s = r == null ? "" : r.strip();
            if (s.isEmpty() || s.length() > 200) {
                throw ApiException.badRequest("reasons: expected each reason of 1 to 200 characters");
            }
            if (!clean.contains(s)) {
                clean.add(s);
            }
        }
        if (clean.isEmpty() || clean.size() > 100) {
            throw ApiException.badRequest("reasons: expected 1 to 100 reasons");
        }
        boolean fourEyes = now.fourEyes();
        if (body.has("four_eyes")) {
            JsonNode f = body.node().get("four_eyes");
            if (!f.isBoolean()) {
                throw ApiException.badRequest("four_eyes: expected true or false");
            }
            fourEyes = f.asBoolean();
        }
        Review.Policy next = new Review.Policy(clean, fourEyes);
        desk.records().changePolicy(next, caller);
        Replies.json(ctx, settings(next));
    }
}
