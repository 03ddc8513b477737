package dev.embargo.server.api;

import dev.embargo.server.RouteGroup;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.ops.InFlight;
import dev.embargo.server.ops.Metrics;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /healthz} (the process answers), {@code /readyz} (lists are loaded and it is not stopping; a failed
 * reload is shown, while the older lists keep it ready) and {@code /metrics} (Prometheus text format).
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
            boolean ready = lists.current().isPresent() && !inFlight.draining();
            m.put("status", ready ? "ready" : inFlight.draining() ? "stopping" : "loading");
            lists.current().ifPresent(s -> {
                m.put("entities", s.entityCount());
                m.put("lists_loaded_at", s.loadedAt().toString());
            });
            lists.lastAttempt().ifPresent(a -> m.put("last_reload", ListsApi.reload(a)));
            ctx.status(ready ? 200 : 503);
            Replies.json(ctx, m);
        });
        routes.get("/metrics", ctx -> ctx.contentType(Metrics.contentType()).result(metrics.scrape()));
    }
}
