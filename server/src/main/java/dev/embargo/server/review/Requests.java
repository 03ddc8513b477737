package dev.embargo.server.review;

import dev.embargo.server.ApiException;
import dev.embargo.server.ops.Caller;
import dev.embargo.server.params.NumberRange;
import dev.embargo.server.params.Numbers;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** What the review endpoints read of a request: who sent it, and their parameters, each refused in words. */
public final class Requests {
    /** Where the server's request check leaves the caller it found. */
    public static final String CALLER = "embargo.caller";

    private Requests() {}

    public static Caller caller(Context ctx) {
        Caller c = ctx.attribute(CALLER);
        if (c == null) {
            throw new ApiException(401, "unauthorized", "an API key is required");
        }
        return c;
    }

    public static int whole(Context ctx, String name, int fallback, long min, long max) {
        try {
            return Numbers.whole(name, ctx.queryParam(name), fallback, NumberRange.whole(min, max));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    public static Double decimal(Context ctx, String name, double min, double max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Numbers.decimal(name, text, 0, NumberRange.decimals(min, max));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /**
     * A time: an ISO instant (2026-12-07T04:00:00Z) or a date (2026-12-07, its start in UTC); {@code fallback}
     * when absent.
     */
    public static long time(String name, String text, long fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        String t = text.strip();
        try {
            if (t.length() == 10) {
                return LocalDate.parse(t)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .toEpochMilli();
            }
            return Instant.parse(t).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw ApiException.badRequest(name
                    + ": expected a date (2026-12-07) or an instant (2026-12-07T04:00:00Z), got \"" + shown(t) + "\"");
        }
    }

    public static String shown(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    public static long alertId(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            long n = Long.parseLong(id);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw ApiException.badRequest("id: expected an alert number, got \"" + shown(id) + "\"");
    }
}
