package dev.embargo.lists.sync;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Fetches files over HTTP into local files, several at once, and accepts a file only when it arrived
 * whole and within bounds: status 200, as many bytes as Content-Length announced, no more bytes than the
 * file's size limit, within the time allowed for the whole request (the HTTP client's own timeout only
 * covers the wait for the response headers, so a server that stalls in the middle of the body is cut off
 * here). Redirects are followed here rather than by the HTTP client, so that each hop can be checked: only
 * to the requested URL's own host (or its {@code www.} twin) or a host explicitly allowed, never from https
 * to http, at most {@value #MAX_REDIRECTS} hops. Failures name the URL last requested.
 */
public final class ListDownloader implements AutoCloseable {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(120);
    /** Size limit of a file when the caller names none; the sources' own limits are in {@link SyncSettings}. */
    public static final long DEFAULT_MAX_BYTES = 256L << 20;

    public static final int MAX_REDIRECTS = 5;
    private static final String USER_AGENT = "embargo-sync/0.1 (sanctions list download)";

    private final HttpClient client;
    private final Duration requestTimeout;
    private final Set<String> redirectHosts;

    public ListDownloader(Duration requestTimeout) {
        this(requestTimeout, Set.of());
    }

    /**
     * @param redirectHosts hosts any download may be redirected to besides its own (lower case), for a
     *                      publisher that serves its files from a storage or CDN host
     */
    public ListDownloader(Duration requestTimeout, Set<String> redirectHosts) {
        this.requestTimeout = requestTimeout;
        this.redirectHosts =
                redirectHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A download under way; {@link #await()} gives the file once it arrived whole. */
    public final class Download {
        private final URI url;
        private final Path target;
        private final boolean mayBeEmpty;
        private final long maxBytes;
        private final long deadline;
        /** The URL requested last: the one a failure is about. */
        private final AtomicReference<URI> current;
        /** The request in flight, cancelled when the time is up (cancelling the chain would not reach it). */
        private final AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();

        private CompletableFuture<HttpResponse<Path>> response;

        private Download(URI url, Path target, boolean mayBeEmpty, long maxBytes, long deadline) {
            this.url = url;
            this.target = target;
            this.mayBeEmpty = mayBeEmpty;
            this.maxBytes = maxBytes;
            this.deadline = deadline;
            this.current = new AtomicReference<>(url);
        }

        public URI url() {
            return url;
        }

        /** Where the file was last requested from: {@link #url()}, or where redirects led. */
        public URI finalUrl() {
            return current.get();
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

        private void begin() {
            response = fetch(url, 0);
        }

        private CompletableFuture<HttpResponse<Path>> fetch(URI at, int hops) {
            current.set(at);
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return CompletableFuture.failedFuture(new HttpTimeoutException("request timed out"));
            }
            HttpRequest request = HttpRequest.newBuilder(at)
                    .timeout(Duration.ofNanos(left))
                    .header("User-Agent", USER_AGENT)
                    .GET()
                    .build();
            CompletableFuture<HttpResponse<Path>> sent = client.sendAsync(request, this::subscriber);
            inFlight.set(sent);
            return sent.thenCompose(r -> {
                if (!isRedirect(r.statusCode())
                        || r.headers().firstValue("Location").isEmpty()) {
                    return CompletableFuture.completedFuture(r);
                }
                String location = r.headers().firstValue("Location").get();
                URI next;
                try {
                    next = at.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    throw new CompletionException(
                            new RedirectRefused("redirect to \"" + location + "\", which is not a URL"));
                }
                String refusal = refusal(at, next, hops + 1);
                if (refusal != null) {
                    throw new CompletionException(new RedirectRefused(refusal));
                }
                return fetch(next, hops + 1);
            });
        }

        /** Only a 200's body is kept, and only up to the limit; other bodies are never read. */
        private HttpResponse.BodySubscriber<Path> subscriber(HttpResponse.ResponseInfo info) {
            if (info.statusCode() != 200) {
                return Unread.notNeeded();
            }
            OptionalLong announced = info.headers().firstValueAsLong("Content-Length");
            if (announced.isPresent() && announced.getAsLong() > maxBytes) {
                return Unread.refused(new TooLarge(maxBytes, announced.getAsLong(), true));
            }
            return new CappedFile(target, maxBytes);
        }

        private HttpResponse<Path> receive() throws DownloadException {
            try {
                return response.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                cancel();
                throw timedOut(e);
            } catch (InterruptedException e) {
                cancel();
                Thread.currentThread().interrupt();
                throw failure("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                while (cause instanceof CompletionException && cause.getCause() != null) {
                    cause = cause.getCause();
                }
                // The client wraps what a body subscriber failed with; the limit's own exception says more.
                for (Throwable t = cause; t != null; t = t.getCause()) {
                    if (t instanceof TooLarge tooLarge) {
                        throw failure(tooLarge.getMessage(), cause);
                    }
                }
                if (cause instanceof RedirectRefused) {
                    throw failure(cause.getMessage(), cause);
                }
                if (cause instanceof HttpConnectTimeoutException) {
                    throw failure("no connection within " + CONNECT_TIMEOUT.toSeconds() + " s", cause);
                }
                if (cause instanceof HttpTimeoutException) {
                    throw timedOut(cause);
                }
                if (cause instanceof ConnectException) {
                    throw failure("could not connect (" + describe(cause) + ")", cause);
                }
                if (cause instanceof IOException) {
                    throw failure(
                            "the connection broke off before the whole file arrived (" + describe(cause) + ")", cause);
                }
                throw failure("download failed (" + describe(cause) + ")", cause);
            }
        }

        private void cancel() {
            response.cancel(true);
            CompletableFuture<?> request = inFlight.get();
            if (request != null) {
                request.cancel(true);
            }
        }

        private Path check(HttpResponse<Path> r) throws DownloadException {
            if (r.statusCode() != 200) {
                throw failure(
                        "HTTP status " + r.statusCode()
                                + (isRedirect(r.statusCode()) ? " (a redirect without a Location)" : ""),
                        null);
            }
            long size;
            try {
                size = Files.size(target);
            } catch (IOException e) {
                throw failure("the downloaded file cannot be read back (" + describe(e) + ")", e);
            }
            OptionalLong announced = r.headers().firstValueAsLong("Content-Length");
            if (announced.isPresent() && announced.getAsLong() != size) {
                throw failure(
                        "truncated: Content-Length announced " + announced.getAsLong() + " bytes, " + size + " arrived",
                        null);
            }
            if (size == 0 && !mayBeEmpty) {
                throw failure("empty response", null);
            }
            return target;
        }

        /** A failure about the URL last requested, saying where it was redirected from. */
        private DownloadException failure(String reason, Throwable cause) {
            URI at = current.get();
            return new DownloadException(at, reason + (at.equals(url) ? "" : " (redirected from " + url + ")"), cause);
        }

        private DownloadException timedOut(Throwable cause) {
            return failure("no complete response within " + seconds(requestTimeout), cause);
        }
    }

    /** Starts fetching {@code url} into {@code target} (whose folder must exist), at most {@link #DEFAULT_MAX_BYTES}. */
    public Download start(URI url, Path target, boolean mayBeEmpty) {
        return start(url, target, mayBeEmpty, DEFAULT_MAX_BYTES);
    }

    /** Starts fetching {@code url} into {@code target} (whose folder must exist), at most {@code maxBytes}. */
    public Download start(URI url, Path target, boolean mayBeEmpty, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
        }
        Download d = new Download(url, target, mayBeEmpty, maxBytes, System.nanoTime() + requestTimeout.toNanos());
        d.begin();
        return d;
    }

    @Override
    public void close() {
        client.shutdownNow();
    }

    /** Why the hop from {@code from} to {@code to} is not followed, or null when it may be. */
    String refusal(URI from, URI to, int hop) {
        if (hop > MAX_REDIRECTS) {
            return "more than " + MAX_REDIRECTS + " redirects (the last to " + to + ")";
        }
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "redirect to " + to + " refused: not an http or https URL";
        }
        if ("https".equalsIgnoreCase(from.getScheme()) && scheme.equals("http")) {
            return "redirect to " + to + " refused: from https to plain http";
        }
        String host = to.getHost() == null ? "" : to.getHost().toLowerCase(Locale.ROOT);
        String own = from.getHost() == null ? "" : from.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            return "redirect to " + to + " refused: no host";
        }
        if (host.equals(own) || withoutWww(host).equals(withoutWww(own)) || redirectHosts.contains(host)) {
            return null;
        }
        return "redirect to " + to + " refused: host " + host + " is not " + own
                + " (a redirect to another host is followed only when that host is allowed)";
    }

    private static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Writes a body to a file and gives up, without reading further, at the first byte over the limit. */
    private static final class CappedFile implements HttpResponse.BodySubscriber<Path> {
        private final Path target;
        private final long maxBytes;
        private final CompletableFuture<Path> body = new CompletableFuture<>();
        private Flow.Subscription subscription;
        private FileChannel out;
        private long written;

        CappedFile(Path target, long maxBytes) {
            this.target = target;
            this.maxBytes = maxBytes;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            try {
                out = FileChannel.open(
                        target,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                s.cancel();
                body.completeExceptionally(e);
                return;
            }
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            try {
                for (ByteBuffer b : buffers) {
                    written += b.remaining();
                    if (written > maxBytes) {
                        subscription.cancel();
                        closeQuietly();
                        body.completeExceptionally(new TooLarge(maxBytes, written, false));
                        return;
                    }
                    while (b.hasRemaining()) {
                        out.write(b);
                    }
                }
            } catch (IOException e) {
                subscription.cancel();
                closeQuietly();
                body.completeExceptionally(e);
                return;
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            closeQuietly();
            body.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            try {
                out.close();
                body.complete(target);
            } catch (IOException e) {
                body.completeExceptionally(e);
            }
        }

        @Override
        public CompletionStage<Path> getBody() {
            return body;
        }

        private void closeQuietly() {
            try {
                out.close();
            } catch (IOException ignored) {
                // The file is deleted as a failed download anyway.
            }
        }
    }

    /**
     * A body not read: the connection is dropped rather than read on. An error's or a redirect's body is not
     * needed (the download answers null); one refused from its headers alone fails with why.
     */
    private static final class Unread implements HttpResponse.BodySubscriber<Path> {
        private final CompletionStage<Path> body;

        private Unread(CompletionStage<Path> body) {
            this.body = body;
        }

        static Unread notNeeded() {
            return new Unread(CompletableFuture.completedFuture(null));
        }

        static Unread refused(IOException why) {
            return new Unread(CompletableFuture.failedFuture(why));
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            s.cancel();
        }

        @Override
        public void onNext(List<ByteBuffer> item) {}

        @Override
        public void onError(Throwable throwable) {}

        @Override
        public void onComplete() {}

        @Override
        public CompletionStage<Path> getBody() {
            return body;
        }
    }

    /** A file over its size limit, announced as such or found to be while arriving. */
    private static final class TooLarge extends IOException {
        TooLarge(long maxBytes, long bytes, boolean announced) {
            super(
                    announced
                            ? "too large: Content-Length announces " + bytes + " bytes, over the limit of "
                                    + size(maxBytes)
                            : "too large: more than the limit of " + size(maxBytes) + " arrived; download stopped");
        }
    }

    private static final class RedirectRefused extends IOException {
        RedirectRefused(String message) {
            super(message);
        }
    }

    /** A byte count as people read it: "64 MiB", "1,500 bytes". */
    static String size(long bytes) {
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return String.format(Locale.ROOT, "%,d bytes", bytes);
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
