package dev.embargo.server.api;

import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.LoadedList;
import dev.embargo.server.RouteGroup;
import dev.embargo.server.json.ListsJson;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.lists.ServedLists;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /v1/lists}: the lists in service (source, publication date, counts, load warnings), files that
 * could not be read, and the latest reload; {@code POST /v1/lists/reload} reads the lists folder again.
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
        LiveLists.ReloadAttempt a = lists.reload();
        ctx.status(a.ok() ? 200 : 500);
        Replies.json(ctx, describe(lists));
    }

    public static Map<String, Object> describe(LiveLists lists) {
        Map<String, Object> m = new LinkedHashMap<>();
        ServedLists served = lists.current().orElse(null);
        m.put("loaded", served != null);
        if (served != null) {
            m.put("folder", served.folder().toString());
            m.put("loaded_at", served.loadedAt().toString());
            m.put("build_seconds", served.buildTime().toMillis() / 1000.0);
            m.put("index_seconds", served.indexTime().toMillis() / 1000.0);
            m.put("entities", served.entityCount());
            m.put("lists", served.report().lists().stream()
                    .sorted(Comparator.comparing((LoadedList l) -> l.source().ordinal()).thenComparing(LoadedList::file))
                    .map(ListsJson::list).toList());
            m.put("errors", served.report().errors().stream().map(ListFormatException::getMessage).toList());
        }
        lists.lastAttempt().ifPresent(a -> m.put("last_reload", reload(a)));
        return m;
    }

    /** The JSON of a reload attempt, as /v1/lists and /readyz show it. */
    static Map<String, Object> reload(LiveLists.ReloadAttempt a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("at", a.at().toString());
        r.put("ok", a.ok());
        r.put("message", a.message());
        return r;
    }
}
