package dev.embargo.server.ops;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes connections that take longer than {@code timeout} to send a request's line and headers. The idle
 * timeout cuts off a client that goes silent, but not one that sends a byte now and then: such a client
 * would keep its connection for ever. Jetty reads headers without a thread, so this bounds how long
 * connections are held, not threads. One sweep a second over the open connections, not a timer for each.
 */
public final class SlowHeaders extends AbstractLifeCycle {
    private final Server server;
    private final Duration timeout;
    private Scheduler.Task next;

    public SlowHeaders(Server server, Duration timeout) {
        this.server = server;
        this.timeout = timeout;
    }

    @Override
    protected void doStart() {
        schedule();
    }

    @Override
    protected void doStop() {
        Scheduler.Task t = next;
        if (t != null) {
            t.cancel();
        }
    }

    private void schedule() {
        if (isRunning() || isStarting()) {
            next = server.getScheduler().schedule(this::sweep, 1, TimeUnit.SECONDS);
        }
    }

    private void sweep() {
        try {
            long limit = timeout.toNanos();
            for (Connector c : server.getConnectors()) {
                for (EndPoint e : c.getConnectedEndPoints()) {
                    if (e.getConnection() instanceof HttpConnection h && tooSlow(h.getParser(), limit)) {
                        e.close(new TimeoutException(
                                "request headers not received within " + timeout.toSeconds() + " s"));
                    }
                }
            }
        } finally {
            schedule();
        }
    }

    private static boolean tooSlow(HttpParser p, long limitNanos) {
        long begun = p.getBeginNanoTime();
        return p.inHeaderState() && !p.isStart() && begun != 0 && NanoTime.since(begun) > limitNanos;
    }
}
