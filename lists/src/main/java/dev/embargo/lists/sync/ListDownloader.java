package dev.embargo.lists.sync;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches files over HTTP into local files, several at once, and accepts a file only when it arrived
 * whole: status 200, as many bytes as Content-Length announced, within the time allowed for the whole
 * request (the HTTP client's own timeout only covers the wait for the response headers, so a server
 * that stalls in the middle of the body is cut off here).
 */
public final class ListDownloader implements AutoCloseable {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(120);
    private static final String USER_AGENT = "embargo-sync/0.1 (sanctions list download)";

    private final HttpClient client;
    private final Duration requestTimeout;

    public ListDownloader(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** A download under way; {@link #await()} gives the file once it arrived whole. */
    public final class Download {
        private final URI url;
        private final Path target;
        private final boolean mayBeEmpty;
        private final CompletableFuture<HttpResponse<Path>> response;
        private final long deadline;

        private Download(URI url, Path target, boolean mayBeEmpty, CompletableFuture<HttpResponse<Path>> response,
                         long deadline) {
            this.url = url;
            this.target = target;
            this.mayBeEmpty = mayBeEmpty;
            this.response = response;
            this.deadline = deadline;
        }

        public URI url() {
            return url;
        }

        /** Waits for the file; on any failure the partial file is deleted and the reason thrown. */
        public Path await() throws DownloadException {
            try {
                return check(receive());
            } catch (DownloadException e) {
                deleteQuietly(target);
                throw e;
            }
        }

        private HttpResponse<Path> receive() throws DownloadException {
            try {
                return response.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                response.cancel(true);
                throw timedOut(e);
            } catch (InterruptedException e) {
                response.cancel(true);
                Thread.currentThread().interrupt();
                throw new DownloadException(url, "interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof HttpConnectTimeoutException) {
                    throw new DownloadException(url, "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s", cause);
                }
                if (cause instanceof HttpTimeoutException) {
                    throw timedOut(cause);
                }
                if (cause instanceof ConnectException) {
                    throw new DownloadException(url, "could not connect (" + describe(cause) + ")", cause);
                }
                if (cause instanceof IOException) {
                    throw new DownloadException(url, "the connection broke off before the whole file arrived ("
                            + describe(cause) + ")", cause);
                }
                throw new DownloadException(url, "download failed (" + describe(cause) + ")", cause);
            }
        }

        private Path check(HttpResponse<Path> r) throws DownloadException {
            if (r.statusCode() != 200) {
                String where = r.headers().firstValue("Location").map(l -> " (redirect to " + l + " not followed)")
                        .orElse("");
                throw new DownloadException(url, "HTTP status " + r.statusCode() + where, null);
            }
            long size;
            try {
                size = Files.size(target);
            } catch (IOException e) {
                throw new DownloadException(url, "the downloaded file cannot be read back (" + describe(e) + ")", e);
            }
            OptionalLong announced = r.headers().firstValueAsLong("Content-Length");
            if (announced.isPresent() && announced.getAsLong() != size) {
                throw new DownloadException(url, "truncated: Content-Length announced " + announced.getAsLong()
                        + " bytes, " + size + " arrived", null);
            }
            if (size == 0 && !mayBeEmpty) {
                throw new DownloadException(url, "empty response", null);
            }
            return target;
        }

        private DownloadException timedOut(Throwable cause) {
            return new DownloadException(url, "no complete response within " + seconds(requestTimeout), cause);
        }
    }

    /** Starts fetching {@code url} into {@code target} (whose folder must exist). */
    public Download start(URI url, Path target, boolean mayBeEmpty) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("User-Agent", USER_AGENT)
                .GET()
                .build();
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        // Error pages are read and dropped rather than written where a list file is expected.
        CompletableFuture<HttpResponse<Path>> response = client.sendAsync(request, info -> info.statusCode() == 200
                ? BodySubscribers.ofFile(target)
                : BodySubscribers.replacing(target));
        return new Download(url, target, mayBeEmpty, response, deadline);
    }

    @Override
    public void close() {
        client.shutdownNow();
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A leftover part-file lives in the staging folder, which is removed as a whole anyway.
        }
    }
}
