package dev.embargo.server.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The UI's stylesheet, script and icon, read once from the server's resources ({@code /assets/...}). Only
 * these named files are served, so no request can reach any other resource.
 */
final class Assets {
    /** A file to serve and its content type. */
    record Asset(byte[] bytes, String contentType) {}

    private static final Map<String, String> TYPES = Map.of(
            "ui.css", "text/css; charset=utf-8",
            "ui.js", "text/javascript; charset=utf-8",
            "review.js", "text/javascript; charset=utf-8",
            "icon.svg", "image/svg+xml");

    private final Map<String, Asset> files;

    Assets() {
        Map<String, Asset> read = new java.util.HashMap<>();
        TYPES.forEach((name, type) -> read.put(name, new Asset(read(name), type)));
        files = Map.copyOf(read);
    }

    Optional<Asset> get(String name) {
        return Optional.ofNullable(files.get(name));
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("assets/" + name + " is missing from the server's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
