package dev.embargo.server.ops;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests in flight so that a stop (SIGTERM) can drain them: once draining, new requests get
 * 503 and the stop waits until those already running have been answered. A servlet filter, so the count
 * is right whatever a request does (a handler that throws, a body too large, a client that goes away).
 */
public final class InFlight implements Filter {
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (draining.get()) {
            HttpServletResponse r = (HttpServletResponse) response;
            r.setStatus(503);
            r.setHeader("Connection", "close");
            r.setContentType("application/json");
            r.getWriter()
                    .write("{\"error\":{\"status\":503,\"code\":\"stopping\",\"message\":\"the server is stopping\"}}");
            return;
        }
        running.incrementAndGet();
        try {
            chain.doFilter(request, response);
        } finally {
            running.decrementAndGet();
        }
    }

    public boolean draining() {
        return draining.get();
    }

    public int running() {
        return running.get();
    }

    /**
     * Refuses new requests and waits for those in flight, at most {@code timeout}.
     *
     * @return true when all were answered in time
     */
    public boolean drain(Duration timeout) {
        draining.set(true);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return running.get() == 0;
    }
}
