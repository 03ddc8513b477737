package dev.embargo.server.reconcile;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.server.ui.PageOutput;
import dev.embargo.server.yente.FtmSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The small HTML card OpenRefine shows in a frame when an analyst hovers a candidate: who the party is, on
 * which list, with the facts that tell namesakes apart. One self-contained page ({@code preview.jte}): its
 * own inline style, no script, every listed value escaped.
 */
final class PreviewCard {
    static final int WIDTH = 430;
    static final int HEIGHT = 300;
    private static final int SHOWN = 6;

    private PreviewCard() {}

    /** One fact of the card: its label, the values shown and how many more there are. */
    record Row(String label, List<String> shown, int more) {}

    static String of(Entity e, String viewUrl) {
        List<Row> rows = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        for (Name n : e.names().subList(1, e.names().size())) {
            aliases.add(n.full());
        }
        row(rows, "Also known as", aliases);
        List<String> dates = e.birthDates().stream().map(ListedDate::iso).toList();
        row(rows, FtmSchema.of(e) == FtmSchema.PERSON ? "Born" : "Dates", dates);
        row(rows, "Place of birth", e.birthPlaces());
        row(rows, "Nationality", countries(e.nationalities(), e.citizenships()));
        row(rows, "Countries", countries(e.countries(), List.of()));
        row(rows, "Programs", e.programs());
        row(
                rows,
                "Listed on",
                e.listedOn() == null ? List.of() : List.of(e.listedOn().toString()));
        List<String> ids = new ArrayList<>();
        for (Identifier id : e.identifiers()) {
            ids.add(id.type().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + id.value()
                    + (id.country() == null ? "" : " (" + id.country() + ")"));
        }
        row(rows, "Identifiers", ids);
        return render(e.primaryName().full(), e, FtmSchema.of(e).label(), viewUrl, rows, null);
    }

    /** The card for an id no listed party has, or a request without one. */
    static String missing(String message) {
        return render("Not found", null, null, null, List.of(), message);
    }

    private static String render(String title, Entity e, String label, String viewUrl, List<Row> rows, String missing) {
        return PageOutput.render(
                2048, out -> JtepreviewGenerated.render(out, null, title, e, label, viewUrl, rows, missing));
    }

    private static void row(List<Row> rows, String label, List<String> values) {
        if (!values.isEmpty()) {
            rows.add(new Row(
                    label, values.subList(0, Math.min(SHOWN, values.size())), Math.max(0, values.size() - SHOWN)));
        }
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
