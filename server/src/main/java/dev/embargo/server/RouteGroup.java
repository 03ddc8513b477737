package dev.embargo.server;

import io.javalin.config.RoutesConfig;

/** One area of the server (the JSON API, yente, reconciliation, the UI) adding its routes. */
public interface RouteGroup {
    void addTo(RoutesConfig routes);
}
