package dev.embargo.server.api;

import dev.embargo.server.RouteGroup;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.ops.InFlight;
import dev.embargo.server.ops.Metrics;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /healthz} (the process answers), {@code /readyz} and {@code /metrics} (Prometheus text format).
 *
 * <p>{@code /readyz} answers 200 while lists serve: "ready", or "degraded" when a list failed its checks
 * (its older copy keeps serving) or the latest reload failed; 503 "loading" before any list serves and
 * "stopping" while draining. Degraded stays 200 on purpose: the server still answers from every good copy
 * it had, and a 503 would make a load balancer take every server reading the same damaged folder out of
 * rotation at once, an outage caused by one bad file; the body names the lists and their state for
 * monitoring. It needs no key, so it shows list codes, states and short reasons, never paths or exception
 * text (those are on the keyed {@code /v1/lists}).
 */
public final class HealthApi implements RouteGroup {
    private final LiveLists lists;
    private final Metrics metrics;
    private final InFlight inFlight;

    public HealthApi(LiveLists lists, Metrics metrics, InFlight inFlight) {
        this.lists = lists;
        this.metrics = metrics;
        this.inFlight = inFlight;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/healthz", ctx -> Replies.json(ctx, Map.of("status", "ok")));
        routes.get("/readyz", ctx -> {
            Map<String, Object> m = new LinkedHashMap<>();
            boolean draining = inFlight.draining();
            boolean serving = lists.current().isPresent();
            m.put("status", draining ? "stopping" : !serving ? "loading" : lists.degraded() ? "degraded" : "ready");
            lists.current().ifPresent(s -> {
                m.put("entities", s.entityCount());
                m.put("lists_loaded_at", s.loadedAt().toString());
            });
            m.put("lists", ListsApi.states(lists));
            lists.lastAttempt().ifPresent(a -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("at", a.at().toString());
                r.put("ok", a.ok());
                r.put("reason", a.reason());
                m.put("last_reload", r);
            });
            ctx.status(serving && !draining ? 200 : 503);
            Replies.json(ctx, m);
        });
        routes.get("/metrics", ctx -> ctx.contentType(Metrics.contentType()).result(metrics.scrape()));
    }
}
