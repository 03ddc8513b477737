package dev.embargo.server.ops;

import dev.embargo.server.ApiException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers itself, before a request reaches the API (a malformed request line, headers too
 * large, a body too slow or too large, a Host not served): in the API's JSON error shape and with the security
 * headers, never Jetty's HTML page, never an exception's text.
 */
public final class JsonErrorHandler extends ErrorHandler {
    /** Messages Jetty may attach are kept when short; longer ones are Jetty's internals, not the client's business. */
    private static final int MAX_MESSAGE = 200;
    /** Paths whose errors take yente's shape, {@code {"detail": ...}}, as yente clients expect. */
    private final java.util.function.Predicate<String> yentePaths;

    public JsonErrorHandler(java.util.function.Predicate<String> yentePaths) {
        this.yentePaths = yentePaths;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        Object cause = request.getAttribute(ERROR_EXCEPTION);
        if (cause instanceof org.eclipse.jetty.http.HttpException e) {
            status = e.getCode();
            response.setStatus(status);
        }
        if (status < 400) {
            status = 500;
            response.setStatus(status);
        }
        SecurityHeaders.apply(response.getHeaders());
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        Object given = request.getAttribute(ERROR_MESSAGE);
        String message =
                given instanceof String s && !s.isBlank() && s.length() <= MAX_MESSAGE && !s.contains("Exception")
                        ? s
                        : HttpStatus.getMessage(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        // 401 is in the API's shape on every path, as the key check of the API answers it.
        byte[] body = status != 401 && yentePaths.test(request.getHttpURI().getPath())
                ? ("{\"detail\":\"" + escape(message) + "\"}").getBytes(StandardCharsets.UTF_8)
                : json(status, ApiException.codeFor(status), message);
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** {@code {"error": {"status": ..., "code": ..., "message": ...}}}, as {@code Replies.error} writes it. */
    public static byte[] json(int status, String code, String message) {
        return ("{\"error\":{\"status\":" + status + ",\"code\":\"" + escape(code) + "\",\"message\":\""
                        + escape(message) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
