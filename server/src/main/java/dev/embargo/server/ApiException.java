package dev.embargo.server;

/**
 * A request the server will not or cannot answer, with the HTTP status and a message for the client that
 * says what was expected. Its message reaches the client; nothing else about the server does.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    /** Seconds after which a retry may succeed (the {@code Retry-After} header), or 0 for none. */
    private final int retryAfterSeconds;

    public ApiException(int status, String code, String message) {
        this(status, code, message, 0);
    }

    public ApiException(int status, String code, String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The server is busy with as much of this kind of work as it takes at once: try again shortly. */
    public static ApiException busy(String message, int retryAfterSeconds) {
        return new ApiException(503, "busy", message, retryAfterSeconds);
    }

    /** The error code the API uses for an HTTP status, for errors that carry no more specific one. */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413 -> "too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 421 -> "misdirected_request";
            case 431 -> "headers_too_large";
            case 500 -> "internal";
            case 503 -> "unavailable";
            default -> "http_" + status;
        };
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public static ApiException tooLarge(String message) {
        return new ApiException(413, "too_large", message);
    }

    public static ApiException unavailable(String message) {
        return new ApiException(503, "unavailable", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
