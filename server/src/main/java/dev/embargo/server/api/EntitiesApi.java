package dev.embargo.server.api;

import dev.embargo.lists.model.Entity;
import dev.embargo.server.ApiException;
import dev.embargo.server.RouteGroup;
import dev.embargo.server.lists.LiveLists;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /v1/entities/{id}}: one listed entity with every fact, as {@code embargo show --format json}.
 * Ids may hold slashes (Canada's {@code ca-sema:russia/1-part-2/182}), so the route takes the rest of the path.
 */
public final class EntitiesApi implements RouteGroup {
    private final LiveLists lists;

    public EntitiesApi(LiveLists lists) {
        this.lists = lists;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/v1/entities/<id>", this::entity);
    }

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        Entity e = Replies.served(lists)
                .entity(id)
                .orElseThrow(() -> ApiException.notFound(
                        "no listed entity with id \"" + id + "\" (ids look like us-ofac-sdn:20157)"));
        Replies.json(ctx, e);
    }
}
