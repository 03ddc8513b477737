package dev.embargo.lists.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A publisher on the loopback interface for sync tests: serves {@code /<source>/<file>} from memory, and
 * can misbehave per path (error status, a body shorter than its Content-Length, a stall).
 */
final class FixtureServer implements AutoCloseable {
    sealed interface Reply {}

    record Body(byte[] bytes) implements Reply {}

    record Status(int code) implements Reply {}

    /** Announces {@code announced} bytes, sends {@code bytes}, and hangs up. */
    record Truncated(byte[] bytes, long announced) implements Reply {}

    /** Waits {@code millis} before answering at all. */
    record Stall(long millis, byte[] bytes) implements Reply {}

    /** Sends the headers and half the body, then waits {@code millis} before the rest. */
    record StallMidBody(long millis, byte[] bytes) implements Reply {}

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    FixtureServer serve(String path, Reply reply) {
        replies.put(path.startsWith("/") ? path : "/" + path, reply);
        return this;
    }

    FixtureServer serve(String path, byte[] body) {
        return serve(path, new Body(body));
    }

    int requests() {
        return requests.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            Reply reply = replies.getOrDefault(exchange.getRequestURI().getPath(), new Status(404));
            switch (reply) {
                case Body b -> send(exchange, b.bytes());
                case Status s -> exchange.sendResponseHeaders(s.code(), -1);
                case Truncated t -> {
                    exchange.sendResponseHeaders(200, t.announced());
                    OutputStream out = exchange.getResponseBody();
                    out.write(t.bytes());
                    out.flush();
                    // Closing with bytes missing makes the server drop the connection mid-body.
                }
                case StallMidBody s -> {
                    exchange.sendResponseHeaders(200, s.bytes().length);
                    OutputStream out = exchange.getResponseBody();
                    out.write(s.bytes(), 0, s.bytes().length / 2);
                    out.flush();
                    try {
                        Thread.sleep(s.millis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    out.write(s.bytes(), s.bytes().length / 2, s.bytes().length - s.bytes().length / 2);
                    out.close();
                }
                case Stall s -> {
                    try {
                        Thread.sleep(s.millis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    send(exchange, s.bytes());
                }
            }
        } catch (IOException e) {
            // Expected for Truncated replies and for clients that gave up.
        }
    }

    private static void send(HttpExchange exchange, byte[] bytes) throws IOException {
        exchange.sendResponseHeaders(200, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
