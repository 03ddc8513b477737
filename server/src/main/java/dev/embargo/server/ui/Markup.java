package dev.embargo.server.ui;

import dev.embargo.lists.model.Scripts;
import dev.embargo.report.html.HtmlReport;
import dev.embargo.server.EmbargoServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The small pieces every page of the UI is made of. Everything that came from a user, a list or a document
 * goes through {@link #esc} before it reaches a page; these functions build nothing else.
 */
final class Markup {
    private Markup() {}

    static String esc(String s) {
        return EmbargoServer.escape(s);
    }

    /** A score as the API writes it, two decimals. */
    static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    /** A score change, signed ("+0.03", "−0.15", "0.00"). */
    static String effect(double effect) {
        if (Math.abs(effect) < 0.005) {
            return "0.00";
        }
        return (effect > 0 ? "+" : "\u2212") + String.format(Locale.ROOT, "%.2f", Math.abs(effect));
    }

    /** How strong a hit is, in the three bands the scan report also colours by. */
    static String strength(double score) {
        return HtmlReport.strength(score);
    }

    /**
     * A name in whatever script it is written in: {@code dir="auto"} lets Arabic and Hebrew run right to left
     * inside an English page, and the language tag picks a font that has the letters (Korean for Hangul).
     */
    static String name(String text) {
        return "<span class=\"name\" dir=\"auto\"" + langOf(Scripts.dominantScript(text == null ? "" : text)) + ">"
                + esc(text) + "</span>";
    }

    /** The {@code lang} attribute for text in {@code script} (ISO 15924), or nothing for Latin and symbols. */
    static String langOf(String script) {
        return switch (script) {
            case "Latn", "Zyyy" -> "";
            case "Hang" -> " lang=\"ko\"";
            case "Hira", "Kana" -> " lang=\"ja\"";
            // Han, Cyrillic, Arabic...: the script is known, the language is not.
            default -> " lang=\"und-" + esc(script) + "\"";
        };
    }

    /** A country as its English name and code ("North Korea (KP)"), or the code when the JDK does not know it. */
    static String country(String iso) {
        if (iso == null || iso.length() != 2) {
            return esc(iso);
        }
        String name = Locale.of("", iso).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(iso) ? esc(iso) : esc(name) + " (" + esc(iso) + ")";
    }

    /** The UI page of a listed entity; ids hold ':' and sometimes '/', kept as they are. */
    static String entityHref(String id) {
        return "/entity/" + pathEncode(id);
    }

    static String explainHref(String query, String id, Map<String, String> more) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", query);
        p.put("id", id);
        p.putAll(more);
        return "/explain?" + queryString(p);
    }

    /** Percent-encodes everything in a path except unreserved characters, ':' and '/'. */
    static String pathEncode(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || c == ':'
                    || c == '/') {
                sb.append((char) c);
            } else {
                sb.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    /** A query string of the non-blank values, in order. */
    static String queryString(Map<String, String> params) {
        StringJoiner j = new StringJoiner("&");
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                j.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return j.toString();
    }

    /** {@code <option>}s with {@code selected} on the one whose value is {@code current}. */
    static String option(String value, String label, String current) {
        return "<option value=\"" + esc(value) + "\""
                + (value.equals(current == null ? "" : current) ? " selected" : "") + ">" + esc(label) + "</option>";
    }

    /** "1 hit", "3 hits". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
