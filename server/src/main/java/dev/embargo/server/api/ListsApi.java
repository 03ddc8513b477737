package dev.embargo.server.api;

import dev.embargo.lists.ListCopy;
import dev.embargo.lists.ListFailure;
import dev.embargo.lists.LoadedList;
import dev.embargo.report.json.ListsJson;
import dev.embargo.server.RouteGroup;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.lists.ServedLists;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v1/lists}: the lists in service (source, publication date, counts, load warnings), the lists
 * whose files failed the checks, and the latest reload; {@code POST /v1/lists/reload} reads the lists folder
 * again ({@code ?accept_shrunk=true} takes in lists much smaller than their copies in service, after a real
 * mass delisting).
 */
public final class ListsApi implements RouteGroup {
    private final LiveLists lists;

    public ListsApi(LiveLists lists) {
        this.lists = lists;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/v1/lists", ctx -> Replies.json(ctx, describe(lists)));
        routes.post("/v1/lists/reload", this::reload);
    }

    private void reload(Context ctx) {
        boolean acceptShrunk = "true".equals(ctx.queryParam("accept_shrunk"));
        LiveLists.ReloadAttempt a = lists.reload(acceptShrunk);
        ctx.status(a.ok() ? 200 : 500);
        Replies.json(ctx, describe(lists));
    }

    public static Map<String, Object> describe(LiveLists lists) {
        Map<String, Object> m = new LinkedHashMap<>();
        ServedLists served = lists.current().orElse(null);
        m.put("loaded", served != null);
        m.put("status", served == null ? "loading" : lists.degraded() ? "degraded" : "ok");
        if (served != null) {
            m.put("folder", served.folder().toString());
            m.put("loaded_at", served.loadedAt().toString());
            m.put("build_seconds", served.buildTime().toMillis() / 1000.0);
            m.put("index_seconds", served.indexTime().toMillis() / 1000.0);
            m.put("entities", served.entityCount());
            m.put(
                    "lists",
                    served.report().lists().stream()
                            .sorted(Comparator.comparing(
                                            (LoadedList l) -> l.source().ordinal())
                                    .thenComparing(LoadedList::file))
                            .map(ListsJson::list)
                            .toList());
        }
        m.put("failures", lists.failures().stream().map(ListsJson::failure).toList());
        m.put("errors", lists.failures().stream().map(ListFailure::message).toList());
        lists.lastAttempt().ifPresent(a -> m.put("last_reload", reload(a)));
        return m;
    }

    /**
     * Every list by code and state, without paths: "ok", "stale" (failed its checks, an older copy serves)
     * or "failed" (failed, nothing serves in its place), the latter two with the problem's code and reason.
     */
    static List<Map<String, Object>> states(LiveLists lists) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> failedKeys = new HashSet<>();
        for (ListFailure f : lists.failures()) {
            failedKeys.add(f.key());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("list", f.source() == null ? null : f.source().code());
            r.put("state", f.kept() == null ? "failed" : "stale");
            r.put("problem", f.problem().code());
            r.put("reason", f.problem().summary());
            rows.add(r);
        }
        lists.current().ifPresent(s -> {
            for (ListCopy c : s.copies()) {
                if (!failedKeys.contains(c.key())) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("list", c.list().source().code());
                    r.put("state", "ok");
                    rows.add(r);
                }
            }
        });
        rows.sort(Comparator.comparing(r -> String.valueOf(r.get("list"))));
        return rows;
    }

    /** The JSON of a reload attempt, as /v1/lists shows it. */
    static Map<String, Object> reload(LiveLists.ReloadAttempt a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("at", a.at().toString());
        r.put("ok", a.ok());
        r.put("reason", a.reason());
        r.put("message", a.message());
        return r;
    }
}
