package dev.embargo.server.ops;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's whole body before the request is handled, without holding a thread while the bytes come:
 * the API reads bodies with blocking calls, so a client that sends its body slowly would otherwise keep a
 * request thread for as long as it likes, and a few hundred such clients (on {@code POST /login}, which needs
 * no key) would leave none for anyone else. Here a slow body costs only its connection and its bytes.
 *
 * <p>A body is refused before it is read when its declared length is over {@code maxBytes} (413), while it
 * is read when it grows past that (413), when it has not all arrived within {@code timeout} (408), or when the
 * bodies held at once would pass {@code budgetBytes} (503 with {@code Retry-After}, so that many large bodies
 * arriving together cannot exhaust the heap). A multipart body Jetty's parser would fail on is refused (400)
 * before it gets there ({@link MultipartCheck}).
 */
public final class BodyFirst extends Handler.Wrapper {
    /** What the server asks a client to wait before sending again when the bodies held are at their budget. */
    static final int RETRY_AFTER_SECONDS = 2;

    private final long maxBytes;
    private final Duration timeout;
    private final long budgetBytes;
    private final Predicate<Request> keyed;
    private final AtomicLong held = new AtomicLong();

    /**
     * @param keyed whether a request presents the key its path needs (true for all when no key is asked for):
     *              a body is read only for one that does, so that clients without a key cannot fill the budget
     */
    public BodyFirst(long maxBytes, Duration timeout, long budgetBytes, Predicate<Request> keyed) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.budgetBytes = budgetBytes;
        this.keyed = keyed;
    }

    /** Bytes of bodies held right now (being read, or read and being handled). */
    public long held() {
        return held.get();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Handler next = getHandler();
        if (next == null) {
            return false;
        }
        long declared = request.getLength();
        boolean chunked = declared < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (declared <= 0 && !chunked) {
            return next.handle(request, response, callback);
        }
        if (!keyed.test(request)) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Response.writeError(
                    request,
                    response,
                    callback,
                    401,
                    "an API key is required: send it as " + "\"Authorization: Bearer <key>\" or \"X-API-Key: <key>\"");
            return true;
        }
        if (declared > maxBytes) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            Response.writeError(
                    request, response, callback, 413, "the request body is too large: at most " + maxBytes + " bytes");
            return true;
        }
        new Reader(next, request, response, callback, declared).start();
        return true;
    }

    private boolean reserve(long n) {
        while (true) {
            long now = held.get();
            if (now + n > budgetBytes) {
                return false;
            }
            if (held.compareAndSet(now, now + n)) {
                return true;
            }
        }
    }

    private enum Outcome {
        MORE,
        COMPLETE,
        TOO_LARGE,
        OVER_BUDGET,
        FINISHED
    }

    /** Reads one body as its bytes arrive; once it is complete, hands the request on to a request thread. */
    private final class Reader implements Invocable.Task {
        private final Handler next;
        private final Request request;
        private final Response response;
        private final Callback callback;
        private boolean finished;
        private byte[] bytes;
        private int size;
        private long reserved;
        private volatile Scheduler.Task deadline;

        Reader(Handler next, Request request, Response response, Callback callback, long declared) {
            this.next = next;
            this.request = request;
            this.response = response;
            this.callback = callback;
            // Never trust the declared length for the allocation: a client may declare 20 MB and send 1 byte.
            this.bytes = new byte[(int) Math.min(declared > 0 ? declared : 8192, 64 * 1024)];
        }

        void start() {
            deadline = request.getComponents()
                    .getScheduler()
                    .schedule(this::timedOut, timeout.toMillis(), TimeUnit.MILLISECONDS);
            run();
        }

        @Override
        public InvocationType getInvocationType() {
            // Copying bytes never blocks: Jetty may call this on its I/O thread.
            return InvocationType.NON_BLOCKING;
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    failed(chunk.getFailure());
                    return;
                }
                Outcome outcome;
                try {
                    outcome = keep(chunk.getByteBuffer(), chunk.isLast());
                } finally {
                    chunk.release();
                }
                switch (outcome) {
                    case MORE -> {}
                    case COMPLETE -> {
                        complete();
                        return;
                    }
                    case TOO_LARGE -> {
                        refuse(413, "the request body is too large: at most " + maxBytes + " bytes", 0);
                        return;
                    }
                    case OVER_BUDGET -> {
                        refuse(
                                503,
                                "the server is receiving as many request bodies as it holds at once; try again "
                                        + "shortly",
                                RETRY_AFTER_SECONDS);
                        return;
                    }
                    case FINISHED -> {
                        return;
                    }
                }
            }
        }

        /** Copies the bytes of one chunk, under the lock that {@link #finish} takes (a deadline may fire meanwhile). */
        private synchronized Outcome keep(ByteBuffer b, boolean last) {
            if (finished) {
                return Outcome.FINISHED;
            }
            int n = b.remaining();
            if ((long) size + n > maxBytes) {
                return Outcome.TOO_LARGE;
            }
            if (n > 0 && !reserve(n)) {
                return Outcome.OVER_BUDGET;
            }
            reserved += n;
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(maxBytes, Math.max((long) size + n, 2L * bytes.length)));
            }
            b.get(bytes, size, n);
            size += n;
            return last ? Outcome.COMPLETE : Outcome.MORE;
        }

        private void timedOut() {
            refuse(408, "the request body did not arrive within " + timeout.toSeconds() + " s", 0);
        }

        private void failed(Throwable failure) {
            if (failure instanceof java.util.concurrent.TimeoutException) {
                refuse(408, "the request body stopped arriving", 0);
            } else if (failure instanceof org.eclipse.jetty.http.HttpException) {
                refuse(400, "the request body is malformed", 0);
            } else if (finish()) {
                // The client went away: there is no one to answer.
                callback.failed(failure);
            }
        }

        /** Answers an error instead of handling the request, and closes the connection (the body is unread). */
        private void refuse(int status, String message, int retryAfter) {
            if (!finish()) {
                return;
            }
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            if (retryAfter > 0) {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(retryAfter));
            }
            Response.writeError(request, response, callback, status, message);
        }

        /** True for the one caller that ends this read with an error; gives back the bytes held. */
        private boolean finish() {
            synchronized (this) {
                if (finished) {
                    return false;
                }
                finished = true;
                held.addAndGet(-reserved);
                reserved = 0;
                bytes = null;
            }
            cancelDeadline();
            return true;
        }

        private void cancelDeadline() {
            Scheduler.Task d = deadline;
            if (d != null) {
                d.cancel();
            }
        }

        private void complete() {
            long keep;
            byte[] body;
            synchronized (this) {
                if (finished) {
                    return;
                }
                finished = true;
                keep = reserved;
                body = bytes;
            }
            cancelDeadline();
            String malformed = MultipartCheck.problem(request.getHeaders().get(HttpHeader.CONTENT_TYPE), body, size);
            if (malformed != null) {
                held.addAndGet(-keep);
                Response.writeError(request, response, callback, 400, malformed);
                return;
            }
            Request whole = new Buffered(request, ByteBuffer.wrap(body, 0, size));
            // Asked once now: once the request has completed, Jetty's callback may no longer answer.
            InvocationType invocation = callback.getInvocationType();
            Callback releasing = new Callback() {
                @Override
                public void succeeded() {
                    held.addAndGet(-keep);
                    callback.succeeded();
                }

                @Override
                public void failed(Throwable x) {
                    held.addAndGet(-keep);
                    callback.failed(x);
                }

                @Override
                public InvocationType getInvocationType() {
                    return invocation;
                }
            };
            // The API reads with blocking calls: it runs on a request thread, never on Jetty's I/O thread.
            request.getContext().execute(() -> {
                try {
                    if (!next.handle(whole, response, releasing)) {
                        Response.writeError(whole, response, releasing, 404);
                    }
                } catch (Throwable t) {
                    Response.writeError(whole, response, releasing, t);
                }
            });
        }
    }

    /** A request whose body has been read in full: reads give it at once, in one last chunk. */
    private static final class Buffered extends Request.Wrapper {
        private Content.Chunk body;

        Buffered(Request wrapped, ByteBuffer body) {
            super(wrapped);
            this.body = Content.Chunk.from(body, true);
        }

        @Override
        public synchronized Content.Chunk read() {
            Content.Chunk c = body;
            body = Content.Chunk.EOF;
            return c;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public boolean consumeAvailable() {
            read();
            return true;
        }
    }
}
