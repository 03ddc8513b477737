package dev.embargo.server.yente;

import dev.embargo.server.ApiException;
import dev.embargo.server.params.BadParameter;
import dev.embargo.server.params.NumberRange;
import dev.embargo.server.params.Numbers;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** Query parameters of the yente endpoints, read with errors that name the parameter and what was expected. */
final class YenteParams {
    private YenteParams() {}

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        try {
            return Numbers.whole(name, ctx.queryParam(name), fallback, NumberRange.whole(min, max));
        } catch (BadParameter e) {
            throw ApiException.badRequest(e.problem().message());
        }
    }

    static double number(Context ctx, String name, double fallback, double min, double max) {
        try {
            return Numbers.decimal(name, ctx.queryParam(name), fallback, NumberRange.decimals(min, max));
        } catch (BadParameter e) {
            throw ApiException.badRequest(e.problem().message());
        }
    }

    /** A true/false parameter, or null when absent. */
    static Boolean bool(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw ApiException.badRequest(name + ": expected true or false, got \"" + v + "\"");
        };
    }

    /** A repeated parameter's non-blank values ({@code countries=ru&countries=kp}). */
    static List<String> list(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    static List<FtmSchema> schemata(Context ctx, String name) {
        return list(ctx, name).stream()
                .map(s -> FtmSchema.byName(s)
                        .orElseThrow(() -> ApiException.badRequest(
                                name + ": expected a schema (" + FtmSchema.names() + "), got \"" + s + "\"")))
                .toList();
    }
}
