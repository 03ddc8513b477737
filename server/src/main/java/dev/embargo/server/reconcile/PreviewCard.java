package dev.embargo.server.reconcile;

import static dev.embargo.server.EmbargoServer.escape;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.server.yente.FtmSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The small HTML card OpenRefine shows in a frame when an analyst hovers a candidate: who the party is, on
 * which list, with the facts that tell namesakes apart. One self-contained page: its own inline style, no
 * script, every listed value escaped.
 */
final class PreviewCard {
    static final int WIDTH = 430;
    static final int HEIGHT = 300;
    private static final int SHOWN = 6;
    private static final String STYLE = "body{font:13px/1.4 system-ui,sans-serif;margin:8px;color:#1b1b1b}"
            + "h1{font-size:15px;margin:0 0 2px}p{margin:2px 0 6px;color:#555}"
            + "dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 10px;margin:0}"
            + "dt{color:#555}dd{margin:0}code{font-size:12px}";

    private PreviewCard() {}

    static String of(Entity e, String viewUrl) {
        StringBuilder sb = page(e.primaryName().full());
        sb.append("<h1>")
                .append(escape(e.primaryName().full()))
                .append("</h1><p>")
                .append(escape(FtmSchema.of(e).label()))
                .append(" &middot; ")
                .append(escape(e.source().title()))
                .append("</p><dl>");
        List<String> aliases = new ArrayList<>();
        for (Name n : e.names().subList(1, e.names().size())) {
            aliases.add(n.full());
        }
        row(sb, "Also known as", aliases);
        List<String> dates = e.birthDates().stream().map(ListedDate::iso).toList();
        row(sb, FtmSchema.of(e) == FtmSchema.PERSON ? "Born" : "Dates", dates);
        row(sb, "Place of birth", e.birthPlaces());
        row(sb, "Nationality", countries(e.nationalities(), e.citizenships()));
        row(sb, "Countries", countries(e.countries(), List.of()));
        row(sb, "Programs", e.programs());
        row(
                sb,
                "Listed on",
                e.listedOn() == null ? List.of() : List.of(e.listedOn().toString()));
        List<String> ids = new ArrayList<>();
        for (Identifier id : e.identifiers()) {
            ids.add(id.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + id.value()
                    + (id.country() == null ? "" : " (" + id.country() + ")"));
        }
        row(sb, "Identifiers", ids);
        sb.append("</dl><p><a href=\"")
                .append(escape(viewUrl))
                .append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
                .append("Open in Embargo</a> &middot; <code>")
                .append(escape(e.id()))
                .append("</code></p></body></html>");
        return sb.toString();
    }

    /** The card for an id no listed party has, or a request without one. */
    static String missing(String message) {
        return page("Not found")
                .append("<h1>Not found</h1><p>")
                .append(escape(message))
                .append("</p></body></html>")
                .toString();
    }

    private static StringBuilder page(String title) {
        return new StringBuilder(2048)
                .append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>");
    }

    private static void row(StringBuilder sb, String label, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        List<String> shown = values.subList(0, Math.min(SHOWN, values.size()));
        sb.append("<dt>").append(escape(label)).append("</dt><dd>");
        for (int i = 0; i < shown.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append(escape(shown.get(i)));
        }
        if (values.size() > SHOWN) {
            sb.append(" (and ").append(values.size() - SHOWN).append(" more)");
        }
        sb.append("</dd>");
    }

    private static List<String> countries(List<String> a, List<String> b) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> codes : List.of(a, b)) {
            for (String iso : codes) {
                String name = Locale.of("", iso).getDisplayCountry(Locale.ENGLISH);
                out.add(name.isBlank() || name.equals(iso) ? iso : name);
            }
        }
        return List.copyOf(out);
    }
}
