package dev.embargo.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.embargo.lists.model.Entity;
import dev.embargo.report.json.OutputJson;
import dev.embargo.report.party.PartyView;
import dev.embargo.server.ApiException;
import dev.embargo.server.RouteGroup;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.lists.ServedLists;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * {@code GET /v1/entities/{id}}: one listed entity with every fact, and the party it is one of ({@code "party"}:
 * its id, lists, listings, evidence and facts side by side), as {@code embargo show --format json}; a party id
 * answers with the party's first listing.
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
        ServedLists served = Replies.served(lists);
        // A listing id, or a party id: then the party's first listing, with the party.
        Entity e = served.entity(id)
                .or(() -> served.party(id)
                        .flatMap(p -> served.entity(p.listingIds().getFirst())))
                .orElseThrow(() -> ApiException.notFound("no listed entity with id \"" + id
                        + "\" (ids look like us-ofac-sdn:20157, or party-un.KPi.2e033 for a party)"));
        ObjectNode tree = OutputJson.mapper().valueToTree(e);
        served.partyOf(e.id())
                .ifPresent(p -> tree.set(
                        "party",
                        OutputJson.mapper()
                                .valueToTree(PartyView.of(p, served.parties().listings(p))
                                        .json())));
        Replies.json(ctx, tree);
    }
}
