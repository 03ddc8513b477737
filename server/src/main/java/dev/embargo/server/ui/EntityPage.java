package dev.embargo.server.ui;

import static dev.embargo.server.ui.Markup.esc;

import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.server.lists.ServedLists;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code /entity/<id>}: every fact one list gives about one party, and the parties it is linked to. */
final class EntityPage {
    private EntityPage() {}

    static Reply render(String id, ServedLists served, Layout layout) {
        Optional<Entity> found = served.entity(id);
        if (found.isEmpty()) {
            String body = "<h1>No such listed party</h1><p>No list in service has an entity with the id <code>"
                    + esc(id) + "</code>. Ids look like <code>us-ofac-sdn:20157</code>.</p>"
                    + "<p><a href=\"/\">Search the lists</a></p>";
            return new Reply(404, layout.page("Not found", Layout.Nav.NONE, body));
        }
        Entity e = found.get();
        StringBuilder h = new StringBuilder(8192);
        h.append("<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><a href=\"/?")
                .append(esc(Markup.queryString(Map.of("q", e.primaryName().full()))))
                .append("\">Search this name</a></nav>")
                .append("<h1>")
                .append(Markup.name(e.primaryName().full()))
                .append("</h1>")
                .append("<p class=\"lead\"><span class=\"tag\">")
                .append(esc(e.kind().code()))
                .append("</span> ")
                .append("<span class=\"id\">")
                .append(esc(e.id()))
                .append("</span> on the ")
                .append(esc(e.source().title()))
                .append("</p>");

        h.append("<section aria-labelledby=\"names\"><h2 id=\"names\">Names</h2><div class=\"table-wrap\">")
                .append("<table class=\"stack\"><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Type</th>")
                .append("<th scope=\"col\">Quality</th><th scope=\"col\">Script</th></tr></thead><tbody>");
        for (Name n : e.names()) {
            h.append("<tr><td data-label=\"Name\">")
                    .append(Markup.name(n.full()))
                    .append("</td><td data-label=\"Type\">")
                    .append(esc(words(n.type().name())))
                    .append("</td><td data-label=\"Quality\">")
                    .append(esc(words(n.quality().name())))
                    .append("</td><td data-label=\"Script\">")
                    .append(esc(n.script()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></div></section>");

        h.append("<section aria-labelledby=\"facts\"><h2 id=\"facts\">Facts</h2><dl class=\"facts\">");
        fact(h, "Kind", esc(e.kind().code()));
        if (e.gender() != null) {
            fact(h, "Gender", esc(e.gender()));
        }
        if (!e.birthDates().isEmpty()) {
            fact(
                    h,
                    e.kind() == dev.embargo.lists.model.EntityKind.PERSON ? "Born" : "Dates",
                    joinLines(e.birthDates().stream().map(EntityPage::date).toList()));
        }
        list(h, "Place of birth", e.birthPlaces().stream().map(Markup::name).toList());
        list(h, "Nationality", e.nationalities().stream().map(Markup::country).toList());
        list(h, "Citizenship", e.citizenships().stream().map(Markup::country).toList());
        list(h, "Countries", e.countries().stream().map(Markup::country).toList());
        list(h, "Titles", e.titles().stream().map(Markup::name).toList());
        list(h, "Addresses", e.addresses().stream().map(EntityPage::address).toList());
        list(h, "Programs", e.programs().stream().map(Markup::esc).toList());
        if (e.listedOn() != null) {
            fact(h, "Listed on", esc(e.listedOn().toString()));
        }
        if (e.remarks() != null) {
            fact(h, "Remarks", "<span class=\"remarks\" dir=\"auto\">" + esc(e.remarks()) + "</span>");
        }
        fact(h, "List", esc(e.source().title()) + " (<code>" + esc(e.source().code()) + "</code>)");
        fact(
                h,
                "Source file",
                "<code>" + esc(e.sourceFile()) + "</code>"
                        + (e.published() == null
                                ? ", publication date not given"
                                : ", published " + esc(e.published().toString())));
        h.append("</dl></section>");

        if (!e.identifiers().isEmpty()) {
            h.append("<section aria-labelledby=\"ids\"><h2 id=\"ids\">Identifiers</h2><div class=\"table-wrap\">")
                    .append("<table class=\"stack\"><thead><tr><th scope=\"col\">Type</th><th scope=\"col\">Value</th>")
                    .append("<th scope=\"col\">Country</th><th scope=\"col\">As listed</th></tr></thead><tbody>");
            for (Identifier i : e.identifiers()) {
                h.append("<tr><td data-label=\"Type\">")
                        .append(esc(words(i.type().name())))
                        .append(i.currency() == null ? "" : " (" + esc(i.currency()) + ")")
                        .append("</td><td data-label=\"Value\" class=\"id\">")
                        .append(esc(i.value()))
                        .append("</td><td data-label=\"Country\">")
                        .append(i.country() == null ? "" : Markup.country(i.country()))
                        .append("</td><td data-label=\"As listed\">")
                        .append(esc(i.label() == null ? "" : i.label()))
                        .append("</td></tr>");
            }
            h.append("</tbody></table></div></section>");
        }

        if (!e.links().isEmpty()) {
            h.append("<section aria-labelledby=\"links\"><h2 id=\"links\">Linked parties</h2><ul class=\"links\">");
            for (Link l : e.links()) {
                h.append("<li>")
                        .append(esc(l.relation() == null ? "linked to" : l.relation()))
                        .append(": ");
                boolean loaded =
                        l.targetId() != null && served.entity(l.targetId()).isPresent();
                if (loaded) {
                    h.append("<a href=\"")
                            .append(esc(Markup.entityHref(l.targetId())))
                            .append("\">")
                            .append(Markup.name(l.targetName()))
                            .append("</a> <span class=\"id\">")
                            .append(esc(l.targetId()))
                            .append("</span>");
                } else {
                    h.append(Markup.name(l.targetName()));
                    h.append(
                            l.targetId() == null
                                    ? " <span class=\"muted\">(not resolved to a listed id)</span>"
                                    : " <span class=\"id\">" + esc(l.targetId())
                                            + "</span> <span class=\"muted\">(not in the lists loaded)</span>");
                }
                h.append("</li>");
            }
            h.append("</ul></section>");
        }
        return Reply.ok(layout.page(e.primaryName().full(), Layout.Nav.NONE, h.toString()));
    }

    private static String date(ListedDate d) {
        String iso = d.iso();
        return "<time>" + esc(iso) + "</time>" + (d.circa() ? " (circa)" : "")
                + (d.asListed().equals(iso)
                        ? ""
                        : " <span class=\"muted\">listed as \u201c" + esc(d.asListed()) + "\u201d</span>");
    }

    private static String address(Address a) {
        return "<span dir=\"auto\">" + esc(a.full()) + "</span>"
                + (a.country() == null ? "" : " \u2014 " + Markup.country(a.country()));
    }

    private static void fact(StringBuilder h, String label, String valueHtml) {
        h.append("<div><dt>")
                .append(esc(label))
                .append("</dt><dd>")
                .append(valueHtml)
                .append("</dd></div>");
    }

    private static void list(StringBuilder h, String label, List<String> valuesHtml) {
        if (!valuesHtml.isEmpty()) {
            fact(h, label, joinLines(valuesHtml));
        }
    }

    private static String joinLines(List<String> valuesHtml) {
        if (valuesHtml.size() == 1) {
            return valuesHtml.getFirst();
        }
        return "<ul class=\"plain\"><li>" + String.join("</li><li>", valuesHtml) + "</li></ul>";
    }

    /** An enum constant as words: ORIGINAL_SCRIPT reads "original script". */
    static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
