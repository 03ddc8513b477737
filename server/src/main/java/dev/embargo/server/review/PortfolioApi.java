package dev.embargo.server.review;

import dev.embargo.server.ApiException;
import dev.embargo.server.RouteGroup;
import dev.embargo.server.api.Replies;
import dev.embargo.server.ops.Caller;
import dev.embargo.store.AlertQueue;
import dev.embargo.store.Portfolio;
import dev.embargo.store.PortfolioReader;
import dev.embargo.store.PortfolioView;
import dev.embargo.store.Rescreening;
import dev.embargo.store.StoreException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio over HTTP: {@code POST /v1/portfolio} imports records (CSV with a header, or JSON lines, as
 * {@code embargo portfolio import} reads them; {@code ?sync=true} also removes the records the body does not
 * hold), {@code GET /v1/portfolio} lists them a page at a time, {@code GET /v1/portfolio/{id}} gives one with its
 * alerts and screening history, {@code DELETE /v1/portfolio/{id}} removes one as a sync import would (its
 * undecided alerts closed by the system, decided ones kept), and {@code POST /v1/portfolio/rescreen} screens
 * the whole portfolio again.
 */
public final class PortfolioApi implements RouteGroup {
    private final Desk desk;

    public PortfolioApi(Desk desk) {
        this.desk = desk;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/v1/portfolio", this::importRecords);
        routes.get("/v1/portfolio", this::list);
        routes.post("/v1/portfolio/rescreen", this::rescreen);
        routes.get("/v1/portfolio/{id}", ctx -> Replies.json(ctx, one(ctx.pathParam("id"))));
        routes.delete("/v1/portfolio/{id}", this::remove);
    }

    private void importRecords(Context ctx) {
        Caller caller = Requests.caller(ctx);
        String type = ctx.contentType() == null
                ? ""
                : ctx.contentType().split(";", 2)[0].strip();
        if (!List.of("text/csv", "application/x-ndjson", "application/jsonl", "application/json-lines")
                .contains(type)) {
            throw new ApiException(
                    415,
                    "unsupported_media_type",
                    "Content-Type: expected text/csv (a header line, then one record a line) or"
                            + " application/x-ndjson (one JSON object a line), got \""
                            + Requests.shown(ctx.contentType() == null ? "none" : ctx.contentType()) + "\"");
        }
        boolean sync = "true".equals(ctx.queryParam("sync"));
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.badRequest("body: expected records, got an empty body");
        }
        SystemOfRecord records = desk.records();
        Portfolio.ImportReport r = records.exclusively(() -> {
            Path file = null;
            try {
                file = Files.createTempFile("embargo-import-", type.equals("text/csv") ? ".csv" : ".jsonl");
                Files.write(file, body);
                return new Portfolio(records.store())
                        .importFile(file, sync, records.screening(), caller.holder(), n -> {});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                if (file != null) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) { // NOPMD: a temp file left behind is removed with the temp folder
                    }
                }
            }
        });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", r.runId());
        m.put("rows", r.rows());
        m.put("inserted", r.inserted());
        m.put("updated", r.updated());
        m.put("unchanged", r.unchanged());
        m.put("removed", r.removed());
        m.put("screened", r.screened());
        m.put("alerts_raised", r.raised());
        m.put("alerts_raised_again", r.raisedAgain());
        m.put("alerts_closed", r.closed());
        m.put("sync_skipped", r.syncSkipped());
        m.put("rejected", r.rejected().stream().map(PortfolioApi::rejected).toList());
        Replies.json(ctx, m);
    }

    private static Map<String, Object> rejected(PortfolioReader.Row row) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", row.line());
        m.put("id", row.id());
        m.put("problem", row.problem());
        return m;
    }

    private void list(Context ctx) {
        String after = ctx.queryParam("after");
        if (after != null && after.length() > 200) {
            throw ApiException.badRequest("after: expected a record id of at most 200 characters");
        }
        int limit = Requests.whole(ctx, "limit", 100, 1, PortfolioView.MAX_PAGE);
        List<PortfolioView.StoredRecord> page = desk.records().portfolio().records(after == null ? "" : after, limit);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", page.stream().map(ReviewJson::record).toList());
        m.put("next_after", page.size() < limit ? null : page.getLast().record().id());
        Replies.json(ctx, m);
    }

    Map<String, Object> one(String id) {
        SystemOfRecord records = desk.records();
        PortfolioView.StoredRecord r = records.portfolio()
                .record(id)
                .orElseThrow(
                        () -> ApiException.notFound("record \"" + Requests.shown(id) + "\": not in the portfolio"));
        Map<String, Object> m = ReviewJson.record(r);
        m.put(
                "alerts",
                records
                        .queue()
                        .page(AlertQueue.Filter.ofRecord(id), AlertQueue.SortBy.ID, true, 0, AlertQueue.MAX_PAGE)
                        .alerts()
                        .stream()
                        .map(ReviewJson::alert)
                        .toList());
        m.put(
                "screenings",
                records.portfolio().history(id).stream()
                        .map(s -> {
                            Map<String, Object> run = ReviewJson.run(s.run());
                            run.put("why", s.why());
                            return run;
                        })
                        .toList());
        return m;
    }

    private void remove(Context ctx) {
        Caller caller = Requests.caller(ctx);
        String id = ctx.pathParam("id");
        SystemOfRecord records = desk.records();
        boolean removed = records.exclusively(() -> records.portfolio().remove(id, caller.holder()));
        if (!removed) {
            throw ApiException.notFound("record \"" + Requests.shown(id) + "\": not in the portfolio");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("removed", id);
        Replies.json(ctx, m);
    }

    private void rescreen(Context ctx) {
        Caller caller = Requests.caller(ctx);
        SystemOfRecord records = desk.records();
        Rescreening.Report r;
        try {
            r = records.exclusively(() -> new Rescreening(records.store()).full(records.screening(), caller.holder()));
        } catch (StoreException e) {
            throw ApiException.unavailable("re-screening failed: " + e.getMessage());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", r.runId());
        m.put("records", r.records());
        m.put("screened", r.screened());
        m.put("alerts_raised", r.raised());
        m.put("alerts_raised_again", r.raisedAgain());
        m.put("alerts_closed", r.closed());
        Replies.json(ctx, m);
    }
}
