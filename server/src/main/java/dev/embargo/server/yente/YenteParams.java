package dev.embargo.server.yente;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Query parameters of the yente endpoints, read as yente's FastAPI declarations read them: a value that does
 * not parse or is out of range is a 422 {@link YenteInvalid} naming the parameter, with FastAPI's error type.
 */
final class YenteParams {
    /** yente's pattern for {@code changed_since}: a date, optionally with hours, minutes and seconds. */
    static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?$");

    private YenteParams() {}

    /** A whole number in {@code [min, max]}; {@code fallback} when absent. */
    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw YenteInvalid.query(
                    name, "int_parsing", "Input should be a valid integer, unable to parse string as an integer", v);
        }
        if (n > max) {
            throw YenteInvalid.query(name, "less_than_equal", "Input should be less than or equal to " + max, v);
        }
        if (n < min) {
            throw YenteInvalid.query(name, "greater_than_equal", "Input should be greater than or equal to " + min, v);
        }
        return (int) n;
    }

    /** A finite number; {@code fallback} when absent. */
    static double number(Context ctx, String name, double fallback) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (Double.isFinite(d)
                    && !v.strip().isEmpty()
                    && !v.strip().endsWith("d")
                    && !v.strip().endsWith("f")) {
                return d;
            }
            throw YenteInvalid.query(name, "finite_number", "Input should be a finite number", v);
        } catch (NumberFormatException e) {
            throw YenteInvalid.query(
                    name, "float_parsing", "Input should be a valid number, unable to parse string as a number", v);
        }
    }

    /** A boolean as pydantic reads one from text; null when absent. */
    static Boolean bool(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return null;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on", "t", "y" -> true;
            case "false", "0", "no", "off", "f", "n" -> false;
            default ->
                throw YenteInvalid.query(
                        name, "bool_parsing", "Input should be a valid boolean, unable to interpret input", v);
        };
    }

    static boolean bool(Context ctx, String name, boolean fallback) {
        Boolean b = bool(ctx, name);
        return b == null ? fallback : b;
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

    /** A repeated parameter of at most {@code max} values (FastAPI's {@code max_length} on a list). */
    static List<String> list(Context ctx, String name, int max) {
        List<String> out = list(ctx, name);
        if (ctx.queryParams(name).size() > max) {
            throw YenteInvalid.query(
                    name,
                    "too_long",
                    "Tuple should have at most " + max + " items after validation, not "
                            + ctx.queryParams(name).size(),
                    ctx.queryParams(name));
        }
        return out;
    }

    /** Each value one of {@code allowed}, as FastAPI checks an enum. */
    static List<String> oneOf(Context ctx, String name, List<String> allowed) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            if (!allowed.contains(v)) {
                throw YenteInvalid.query(name, "enum", "Input should be " + quotedChoice(allowed), v);
            }
            out.add(v);
        }
        return out;
    }

    /** The text of a parameter matching {@code pattern}, null when absent. */
    static String matching(Context ctx, String name, Pattern pattern) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return null;
        }
        if (!pattern.matcher(v).matches()) {
            throw YenteInvalid.query(
                    name, "string_pattern_mismatch", "String should match pattern '" + pattern.pattern() + "'", v);
        }
        return v;
    }

    static String quotedChoice(List<String> allowed) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < allowed.size(); i++) {
            if (i > 0) {
                sb.append(i == allowed.size() - 1 ? " or " : ", ");
            }
            sb.append('\'').append(allowed.get(i)).append('\'');
        }
        return sb.toString();
    }
}
