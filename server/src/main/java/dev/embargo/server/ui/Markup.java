package dev.embargo.server.ui;

import dev.embargo.lists.model.Scripts;
import dev.embargo.report.html.HtmlReport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The small pieces of text the templates of the UI show: scores, counts, country names, links. They return
 * text, never markup; the templates escape what they show.
 */
final class Markup {
    private Markup() {}

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
     * The {@code lang} of a name in whatever script it is written in ({@code name.jte}), or null for none:
     * {@code dir="auto"} lets Arabic and Hebrew run right to left inside an English page, and the language tag
     * picks a font that has the letters (Korean for Hangul).
     */
    static String lang(String text) {
        return switch (Scripts.dominantScript(text == null ? "" : text)) {
            case "Latn", "Zyyy" -> null;
            case "Hang" -> "ko";
            case "Hira", "Kana" -> "ja";
            // Han, Cyrillic, Arabic...: the script is known, the language is not.
            case String script -> "und-" + script;
        };
    }

    /** A country as its English name and code ("North Korea (KP)"), or the code when the JDK does not know it. */
    static String country(String iso) {
        if (iso == null || iso.length() != 2) {
            return iso;
        }
        String name = Locale.of("", iso).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(iso) ? iso : name + " (" + iso + ")";
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

    /** "1 hit", "3 hits". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A count with thousands separated as the pages write them: "28,918". */
    static String thousands(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
