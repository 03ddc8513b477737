package dev.embargo.server;

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
 */
public record ServerSettings(String bind, int port, ApiKeys keys, Limits limits, Duration reloadInterval,
                             Duration drainTimeout) {
    public static final String LOOPBACK = "127.0.0.1";

    public static ServerSettings loopback(int port) {
        return new ServerSettings(LOOPBACK, port, ApiKeys.none(), Limits.DEFAULT, Duration.ZERO, Duration.ofSeconds(10));
    }

    public ServerSettings withKeys(ApiKeys k) {
        return new ServerSettings(bind, port, k, limits, reloadInterval, drainTimeout);
    }

    public ServerSettings withLimits(Limits l) {
        return new ServerSettings(bind, port, keys, l, reloadInterval, drainTimeout);
    }
}
