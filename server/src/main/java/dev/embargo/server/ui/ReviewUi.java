package dev.embargo.server.ui;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Explanation;
import dev.embargo.server.ApiException;
import dev.embargo.server.RouteGroup;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.ops.Caller;
import dev.embargo.server.ops.KeyCheck;
import dev.embargo.server.ops.Role;
import dev.embargo.server.review.AlertsApi;
import dev.embargo.server.review.Desk;
import dev.embargo.server.review.Requests;
import dev.embargo.server.review.SystemOfRecord;
import dev.embargo.store.AlertQueue;
import dev.embargo.store.AlertState;
import dev.embargo.store.AuditEntry;
import dev.embargo.store.AuditLog;
import dev.embargo.store.AuditTrail;
import dev.embargo.store.PortfolioView;
import dev.embargo.store.Review;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The review pages: the alert queue ({@code /alerts}: filters, sorting, paging, j/k and Enter to move and open),
 * an alert ({@code /alerts/<id>}: the record and the listing side by side, the explanation as it was when the
 * alert was raised, its history, the decision form), a record of the portfolio ({@code /records/<id>}: its alerts
 * and screening history) and the audit trail ({@code /audit}, with the chain's verification). The forms post to
 * the same steps as the API, with the same roles.
 */
public final class ReviewUi implements RouteGroup {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper EXPLANATIONS =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Desk desk;
    private final LiveLists lists;
    private final KeyCheck keyCheck;

    public ReviewUi(Desk desk, LiveLists lists, KeyCheck keyCheck) {
        this.desk = desk;
        this.lists = lists;
        this.keyCheck = keyCheck;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/alerts", this::queue);
        routes.get("/alerts/{id}", ctx -> send(ctx, alertPage(ctx, Requests.caller(ctx), 200, null)));
        routes.post("/alerts/{id}/decision", this::decide);
        routes.post("/alerts/{id}/approval", this::approve);
        routes.post("/alerts/{id}/assignee", this::assign);
        routes.get("/records/<id>", this::record);
        routes.get("/audit", this::audit);
    }

    static String when(long millis) {
        return WHEN.format(Instant.ofEpochMilli(millis));
    }

    static String state(AlertState s) {
        return s.code().replace('_', ' ');
    }

    private Layout layout(Context ctx) {
        boolean keys = keyCheck.required("/");
        boolean reloadFailed = lists.lastAttempt().filter(a -> !a.ok()).isPresent();
        return new Layout(keys && keyCheck.allows(ctx), false, lists.current().orElse(null), reloadFailed);
    }

    private static void send(Context ctx, Reply r) {
        ctx.status(r.status()).contentType("text/html; charset=utf-8").result(r.html());
    }

    /** A row of the queue: the alert, its assignee, the record's name and where the alert page is. */
    record QueueRow(AlertQueue.Queued q, String recordName, String href) {}

    /** The queue page's state: the filters as given (to fill the form again) and the links to move on. */
    record QueueView(
            Map<String, String> given,
            AlertQueue.Page page,
            List<QueueRow> rows,
            String previous,
            String next,
            Map<String, String> sortLinks) {}

    private void queue(Context ctx) {
        Caller caller = Requests.caller(ctx);
        SystemOfRecord records = desk.records();
        AlertsApi.Query q = AlertsApi.Query.of(ctx, caller);
        AlertQueue.Page page = records.queue().page(q.filter(), q.sort(), q.descending(), q.offset(), q.limit());
        Map<String, String> given = new LinkedHashMap<>();
        for (String name : List.of(
                "state",
                "list",
                "min_score",
                "max_score",
                "min_age_days",
                "max_age_days",
                "assignee",
                "record",
                "sort",
                "order",
                "history",
                "limit")) {
            String v = ctx.queryParam(name);
            if (v != null && !v.isBlank()) {
                given.put(name, v.strip());
            }
        }
        PortfolioView view = records.portfolio();
        List<QueueRow> rows = new ArrayList<>();
        for (AlertQueue.Queued a : page.alerts()) {
            String name = view.record(a.alert().recordId())
                    .map(s -> s.record().name())
                    .orElse("(removed from the portfolio)");
            rows.add(new QueueRow(a, name, "/alerts/" + a.alert().id()));
        }
        String previous = page.offset() == 0 ? null : link(given, "offset", Math.max(0, page.offset() - page.limit()));
        String next = page.offset() + page.alerts().size() >= page.total()
                ? null
                : link(given, "offset", page.offset() + page.limit());
        Map<String, String> sortLinks = new LinkedHashMap<>();
        for (AlertQueue.SortBy s : AlertQueue.SortBy.values()) {
            Map<String, String> p = new LinkedHashMap<>(given);
            boolean sameDesc = s == q.sort() && q.descending();
            p.put("sort", s.code());
            p.put(
                    "order",
                    s == q.sort() ? (sameDesc ? "asc" : "desc") : (s == AlertQueue.SortBy.RAISED ? "asc" : "desc"));
            sortLinks.put(s.code(), "/alerts?" + Markup.queryString(p));
        }
        QueueView v = new QueueView(given, page, rows, previous, next, sortLinks);
        Layout layout = layout(ctx);
        send(ctx, Reply.ok(PageOutput.render(16384, out -> JtealertsGenerated.render(out, null, layout, v))));
    }

    private static String link(Map<String, String> given, String name, int value) {
        Map<String, String> p = new LinkedHashMap<>(given);
        p.put(name, Integer.toString(value));
        return "/alerts?" + Markup.queryString(p);
    }

    /** Everything the alert page shows. */
    record AlertView(
            AlertQueue.Queued q,
            PortfolioView.StoredRecord record,
            Entity listing,
            Explanation explanation,
            String explanationText,
            PortfolioView.Run run,
            List<Review.Decision> decisions,
            List<AuditEntry> history,
            Review.Policy policy,
            boolean mayDecide,
            boolean mayApprove,
            String message,
            boolean failed) {}

    private Reply alertPage(Context ctx, Caller caller, int status, String message) {
        long id = Requests.alertId(ctx);
        SystemOfRecord records = desk.records();
        Optional<AlertQueue.Queued> found = records.queue().get(id);
        if (found.isEmpty()) {
            throw ApiException.notFound("alert " + id + ": no such alert");
        }
        AlertQueue.Queued q = found.get();
        Explanation x = null;
        try {
            x = EXPLANATIONS.readValue(q.alert().explanation(), Explanation.class);
        } catch (java.io.IOException | RuntimeException e) {
            // Shown as stored below: an explanation written by another version of the engine still reads.
        }
        String done = ctx.queryParam("done");
        String shown = message != null
                ? message
                : done == null
                        ? null
                        : switch (done) {
                            case "decided" -> "Your decision is recorded.";
                            case "approved" -> "The decision is approved.";
                            case "rejected" -> "The decision is rejected: the alert is open to review again.";
                            case "assigned" -> "The assignment is recorded.";
                            default -> null;
                        };
        AlertView v = new AlertView(
                q,
                records.portfolio().record(q.alert().recordId()).orElse(null),
                desk.entity(q.alert().entityId()),
                x,
                q.alert().explanation(),
                records.portfolio().run(q.alert().runId()).orElse(null),
                records.review().decisions(id),
                records.audit().about("alert:" + id),
                records.policy(),
                caller.may(Role.Permission.DECIDE),
                caller.may(Role.Permission.APPROVE),
                shown,
                message != null);
        Layout layout = layout(ctx);
        return new Reply(status, PageOutput.render(16384, out -> JtealertGenerated.render(out, null, layout, v)));
    }

    private void decide(Context ctx) {
        Caller caller = Requests.caller(ctx);
        long id = Requests.alertId(ctx);
        formStep(ctx, caller, "decided", () -> {
            Review.Action action;
            try {
                action = Review.Action.of(form(ctx, "action"));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(e.getMessage());
            }
            int version = version(ctx);
            String reason = form(ctx, "reason");
            String comment = form(ctx, "comment");
            desk.records().review().decide(id, version, action, caller.holder(), reason, comment);
        });
    }

    private void approve(Context ctx) {
        Caller caller = Requests.caller(ctx);
        long id = Requests.alertId(ctx);
        boolean yes = "yes".equals(form(ctx, "approve"));
        formStep(
                ctx,
                caller,
                yes ? "approved" : "rejected",
                () -> desk.records().review().approve(id, version(ctx), caller.holder(), yes, form(ctx, "comment")));
    }

    private void assign(Context ctx) {
        Caller caller = Requests.caller(ctx);
        long id = Requests.alertId(ctx);
        String to = form(ctx, "assignee");
        formStep(
                ctx,
                caller,
                "assigned",
                () -> desk.records().queue().assign(id, to.equals("me") ? caller.holder() : to, caller.holder()));
    }

    /**
     * Runs a form's step and goes back to the alert (303, so a reload does not post again); a refusal is shown
     * on the alert page with its status (409 when someone decided first, with the alert as it is now).
     */
    private void formStep(Context ctx, Caller caller, String done, Runnable step) {
        long id = Requests.alertId(ctx);
        try {
            AlertsApi.reviewing(id, () -> {
                step.run();
                return null;
            });
        } catch (ApiException e) {
            if (e.status() == 404) {
                throw e;
            }
            send(ctx, alertPage(ctx, caller, e.status(), e.getMessage()));
            return;
        }
        ctx.redirect("/alerts/" + id + "?done=" + done, HttpStatus.SEE_OTHER);
    }

    private static String form(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v;
    }

    private static int version(Context ctx) {
        try {
            return Integer.parseInt(form(ctx, "version").strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("version: expected the alert's version as shown on the page");
        }
    }

    /** The record page's content. */
    record RecordView(
            PortfolioView.StoredRecord record, List<AlertQueue.Queued> alerts, List<PortfolioView.Screening> history) {}

    private void record(Context ctx) {
        String id = ctx.pathParam("id");
        SystemOfRecord records = desk.records();
        PortfolioView.StoredRecord r = records.portfolio()
                .record(id)
                .orElseThrow(() -> ApiException.notFound("record \"" + id + "\": not in the portfolio"));
        List<AlertQueue.Queued> alerts = records.queue()
                .page(AlertQueue.Filter.ofRecord(id), AlertQueue.SortBy.ID, true, 0, AlertQueue.MAX_PAGE)
                .alerts();
        RecordView v = new RecordView(r, alerts, records.portfolio().history(id));
        Layout layout = layout(ctx);
        send(ctx, Reply.ok(PageOutput.render(8192, out -> JterecordGenerated.render(out, null, layout, v))));
    }

    /** The audit page's content. */
    record AuditView(
            AuditTrail.Verification verification,
            AuditTrail.Head head,
            List<AuditEntry> entries,
            String from,
            String to,
            String next) {}

    private void audit(Context ctx) {
        SystemOfRecord records = desk.records();
        String fromText = ctx.queryParam("from");
        String toText = ctx.queryParam("to");
        long from = Requests.time("from", fromText, 0);
        long to = Requests.time("to", toText, Long.MAX_VALUE);
        int after = Requests.whole(ctx, "after", 0, 0, Integer.MAX_VALUE);
        List<AuditEntry> entries = new AuditLog(records.store()).entries(from, to, after, 100);
        AuditTrail.Verification verification =
                "yes".equals(ctx.queryParam("verify")) ? records.audit().verify() : null;
        Map<String, String> p = new LinkedHashMap<>();
        if (fromText != null && !fromText.isBlank()) {
            p.put("from", fromText.strip());
        }
        if (toText != null && !toText.isBlank()) {
            p.put("to", toText.strip());
        }
        String next = null;
        if (entries.size() == 100) {
            p.put("after", Long.toString(entries.getLast().seq()));
            next = "/audit?" + Markup.queryString(p);
        }
        AuditView v = new AuditView(
                verification,
                records.audit().head(),
                entries,
                fromText == null ? "" : fromText,
                toText == null ? "" : toText,
                next);
        Layout layout = layout(ctx);
        send(ctx, Reply.ok(PageOutput.render(16384, out -> JteauditGenerated.render(out, null, layout, v))));
    }
}
