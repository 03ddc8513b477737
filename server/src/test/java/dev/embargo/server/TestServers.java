package dev.embargo.server;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.lists.ServedLists;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Servers for tests: the real lists of ../shared (read and indexed once per test JVM, which takes a few
 * seconds) served on a free loopback port. Tests that need ../shared skip with a clear message without it.
 */
public final class TestServers {
    private static ServedLists realLists;

    private TestServers() {}

    /** All of ../shared/data/lists, loaded once; skips the calling test when ../shared is absent. */
    public static synchronized ServedLists realLists() {
        Path folder = SharedData.lists();
        if (realLists == null) {
            try {
                Instant started = Instant.now();
                realLists = ServedLists.build(folder, ListLoader.loadDirectory(folder), started);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return realLists;
    }

    /** A server on a free loopback port over the real lists. */
    public static EmbargoServer start() {
        return start(ServerSettings.loopback(0));
    }

    public static EmbargoServer start(ServerSettings settings) {
        return EmbargoServer.start(settings, LiveLists.of(realLists()), quietLog());
    }

    public static EmbargoServer start(ServerSettings settings, LiveLists lists) {
        return EmbargoServer.start(settings, lists, quietLog());
    }

    private static PrintStream quietLog() {
        return System.err;
    }
}
