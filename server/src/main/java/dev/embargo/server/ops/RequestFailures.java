package dev.embargo.server.ops;

import dev.embargo.server.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.http.HttpException;

/**
 * What an exception that escaped a handler means for the client and for the log. Jetty's form and multipart
 * parsers fail with exceptions of their own (a multipart body without its final boundary, too many parts,
 * a form too large); those are the client's errors, answered 4xx, not the server's.
 */
public final class RequestFailures {
    private RequestFailures() {}

    /** The 4xx answer for a failure caused by what the client sent, or null for a failure of the server. */
    public static ApiException clientError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException h && h.getCode() >= 400 && h.getCode() < 500) {
                return new ApiException(h.getCode(), ApiException.codeFor(h.getCode()), describe(h.getCode(), t));
            }
            if (fromRequestParsing(t)) {
                return new ApiException(400, "bad_request", describe(400, t));
            }
        }
        return null;
    }

    /** Thrown while Jetty read a form or multipart body, as its parsers' classes in the stack trace show. */
    private static boolean fromRequestParsing(Throwable t) {
        for (StackTraceElement f : t.getStackTrace()) {
            String c = f.getClassName();
            if (c.startsWith("org.eclipse.jetty.http.MultiPart")
                    || c.contains("ServletMultiPartFormData")
                    || c.startsWith("org.eclipse.jetty.server.FormFields")
                    || c.startsWith("org.eclipse.jetty.util.UrlEncoded")
                    || c.startsWith("org.eclipse.jetty.http.MultiPartFormData")) {
                return true;
            }
            if (c.startsWith("dev.embargo.")) {
                return false;
            }
        }
        return false;
    }

    private static String describe(int status, Throwable t) {
        String m = t.getMessage();
        String what = m == null || m.isBlank() || m.length() > 200 || m.contains("Exception") ? "" : ": " + m;
        return (status == 413
                        ? "the request body is too large"
                        : "the request body could not be read as its "
                                + "Content-Type says (a multipart body must end with its closing boundary and hold at most a "
                                + "thousand parts)")
                + what;
    }

    /** One line for the log: the exception and where it was thrown, without the 4 KB of stack trace. */
    public static String oneLine(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        String at = st.length == 0 ? "" : " at " + st[0];
        for (StackTraceElement f : st) {
            if (f.getClassName().startsWith("dev.embargo.")) {
                at = " at " + f;
                break;
            }
        }
        return e + at;
    }

    /**
     * Answers a request that failed with an Error (out of memory, stack overflow) in the JSON error shape with
     * the security headers, where Javalin would send an empty 500: 503 with Retry-After, since the same request
     * may well succeed once memory is free. Nothing is written when the response has already begun.
     */
    public static void writeOutOfResources(HttpServletResponse res, Error error) {
        if (res.isCommitted()) {
            return;
        }
        try {
            res.resetBuffer();
            res.setStatus(503);
            res.setHeader("Retry-After", "5");
            res.setHeader("Connection", "close");
            for (String[] h : SecurityHeaders.headers()) {
                res.setHeader(h[0], h[1]);
            }
            res.setContentType("application/json; charset=utf-8");
            res.getOutputStream()
                    .write(JsonErrorHandler.json(
                            503,
                            "out_of_resources",
                            error instanceof OutOfMemoryError
                                    ? "the server ran out of memory for this request; try again shortly, or send a smaller one"
                                    : "the server could not finish this request"));
        } catch (IOException | RuntimeException e) {
            // The client is gone or the response is broken: nothing more can be said to it.
        }
    }
}
