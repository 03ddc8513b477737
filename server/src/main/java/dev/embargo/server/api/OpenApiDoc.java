package dev.embargo.server.api;

import dev.embargo.server.RouteGroup;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.json}: the OpenAPI 3 document of the API, kept true to the routes by a test. */
public final class OpenApiDoc implements RouteGroup {
    private final byte[] document;

    public OpenApiDoc() {
        try (InputStream in = OpenApiDoc.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the server's resources");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(
                "/openapi.json",
                ctx -> ctx.contentType("application/json; charset=utf-8").result(document));
    }
}
