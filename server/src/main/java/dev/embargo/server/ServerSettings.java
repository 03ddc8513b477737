package dev.embargo.server;

import dev.embargo.server.ops.AllowedHosts;
import dev.embargo.server.ops.ApiKeys;
import java.time.Duration;

/**
 * How {@code embargo serve} runs.
 *
 * @param bind           address to listen on; loopback unless keys are configured or the user says otherwise
 * @param port           TCP port; 0 picks a free one (tests)
 * @param keys           API keys, hashed; empty means no key is asked for
 * @param limits         request limits
 * @param reloadInterval how often the lists folder is checked for a new snapshot; zero turns it off
 * @param drainTimeout   how long a stop waits for requests in flight
 * @param hosts          the names ({@code Host} headers) the server answers to
 * @param capacity       what the server takes on at once: threads, timeouts, bodies held, expensive work
 * @param publicUrl      the server's address as clients reach it ({@code https://embargo.example.org}), for the
 *                       absolute URLs it hands out (reconciliation ids and links); null: taken from each request
 */
public record ServerSettings(
        String bind,
        int port,
        ApiKeys keys,
        Limits limits,
        Duration reloadInterval,
        Duration drainTimeout,
        AllowedHosts hosts,
        Capacity capacity,
        String publicUrl) {
    public static final String LOOPBACK = "127.0.0.1";

    public ServerSettings(
            String bind,
            int port,
            ApiKeys keys,
            Limits limits,
            Duration reloadInterval,
            Duration drainTimeout,
            AllowedHosts hosts,
            Capacity capacity) {
        this(bind, port, keys, limits, reloadInterval, drainTimeout, hosts, capacity, null);
    }

    public ServerSettings(
            String bind, int port, ApiKeys keys, Limits limits, Duration reloadInterval, Duration drainTimeout) {
        this(bind, port, keys, limits, reloadInterval, drainTimeout, AllowedHosts.LOOPBACK, Capacity.forThisMachine());
    }

    public static ServerSettings loopback(int port) {
        return new ServerSettings(
                LOOPBACK, port, ApiKeys.none(), Limits.DEFAULT, Duration.ZERO, Duration.ofSeconds(10));
    }

    public ServerSettings withKeys(ApiKeys k) {
        return new ServerSettings(bind, port, k, limits, reloadInterval, drainTimeout, hosts, capacity, publicUrl);
    }

    public ServerSettings withLimits(Limits l) {
        return new ServerSettings(bind, port, keys, l, reloadInterval, drainTimeout, hosts, capacity, publicUrl);
    }

    public ServerSettings withHosts(AllowedHosts h) {
        return new ServerSettings(bind, port, keys, limits, reloadInterval, drainTimeout, h, capacity, publicUrl);
    }

    public ServerSettings withCapacity(Capacity c) {
        return new ServerSettings(bind, port, keys, limits, reloadInterval, drainTimeout, hosts, c, publicUrl);
    }

    /** With the public base URL (trailing "/" dropped). */
    public ServerSettings withPublicUrl(String url) {
        String u = url == null || url.isBlank() ? null : url.strip().replaceAll("/+$", "");
        return new ServerSettings(bind, port, keys, limits, reloadInterval, drainTimeout, hosts, capacity, u);
    }
}
