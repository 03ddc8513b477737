package dev.embargo.server.ui;

import static dev.embargo.server.ui.Markup.esc;

import dev.embargo.lists.ListFailure;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.lists.ServedLists;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /lists}: the lists in service with their publication dates, counts and load warnings, the files
 * that could not be read, and the latest reload, a failed one shown plainly next to the older lists that
 * keep serving.
 */
final class ListsPage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ListsPage() {}

    static String when(Instant at) {
        return WHEN.format(at);
    }

    static Reply render(LiveLists lists, Layout layout) {
        Optional<ServedLists> current = lists.current();
        Optional<LiveLists.ReloadAttempt> last = lists.lastAttempt();
        StringBuilder h = new StringBuilder(16384);
        h.append("<h1>Lists in service</h1>");
        reload(h, current, last);
        if (current.isEmpty()) {
            h.append("<p>No lists are loaded yet: searches and scans answer once they are.</p>");
            return new Reply(503, layout.page("Lists", Layout.Nav.LISTS, h.toString()));
        }
        ServedLists served = current.get();
        h.append("<p class=\"lead\">")
                .append(String.format(Locale.ROOT, "%,d", served.entityCount()))
                .append(" listed parties from ")
                .append(Markup.count(served.report().lists().size(), "list", "lists"))
                .append(", read from <code>")
                .append(esc(served.folder().toString()))
                .append("</code> and serving since ")
                .append(esc(when(served.loadedAt())))
                .append(" (read and indexed in ")
                .append(String.format(Locale.ROOT, "%.1f", served.buildTime().toMillis() / 1000.0))
                .append(" s, of which ")
                .append(String.format(Locale.ROOT, "%.1f", served.indexTime().toMillis() / 1000.0))
                .append(" s indexing).</p>");
        List<LoadedList> loaded = served.report().lists().stream()
                .sorted(Comparator.comparing((LoadedList l) -> l.source().ordinal())
                        .thenComparing(LoadedList::file))
                .toList();
        h.append("<div class=\"table-wrap\"><table class=\"stack lists\"><thead><tr><th scope=\"col\">List</th>")
                .append("<th scope=\"col\">Published</th><th scope=\"col\">Parties</th><th scope=\"col\">By kind</th>")
                .append("<th scope=\"col\">Names</th><th scope=\"col\">Identifiers</th><th scope=\"col\">File</th>")
                .append("<th scope=\"col\">Warnings</th></tr></thead><tbody>");
        for (LoadedList l : loaded) {
            h.append("<tr><td data-label=\"List\"><strong>")
                    .append(esc(l.source().title()))
                    .append("</strong> <code>")
                    .append(esc(l.source().code()))
                    .append("</code></td><td data-label=\"Published\">")
                    .append(
                            l.published() == null
                                    ? "<span class=\"muted\">not given</span>"
                                    : "<time>" + esc(l.published().toString()) + "</time>")
                    .append("</td><td data-label=\"Parties\" class=\"num\">")
                    .append(String.format(Locale.ROOT, "%,d", l.entities().size()))
                    .append("</td><td data-label=\"By kind\">");
            StringBuilder kinds = new StringBuilder();
            for (Map.Entry<EntityKind, Integer> k : l.countByKind().entrySet()) {
                if (k.getValue() > 0) {
                    kinds.append(kinds.isEmpty() ? "" : ", ")
                            .append(String.format(Locale.ROOT, "%,d", k.getValue()))
                            .append(' ')
                            .append(k.getKey().code());
                }
            }
            h.append(esc(kinds.toString()))
                    .append("</td><td data-label=\"Names\" class=\"num\">")
                    .append(String.format(Locale.ROOT, "%,d", l.nameCount()))
                    .append("</td><td data-label=\"Identifiers\" class=\"num\">")
                    .append(String.format(Locale.ROOT, "%,d", l.identifierCount()))
                    .append("</td><td data-label=\"File\"><code>")
                    .append(esc(fileName(l.file())))
                    .append("</code> <span class=\"muted\">")
                    .append(esc(dev.embargo.report.json.OutputJson.code(l.format())))
                    .append("</span></td><td data-label=\"Warnings\">");
            if (l.warnings().isEmpty()) {
                h.append("none");
            } else {
                h.append("<details><summary>")
                        .append(Markup.count(l.warnings().size(), "warning", "warnings"))
                        .append("</summary><ul class=\"warnings\">");
                for (LoadWarning w : l.warnings()) {
                    h.append("<li>").append(esc(w.toString())).append("</li>");
                }
                h.append("</ul></details>");
            }
            h.append("</td></tr>");
        }
        h.append("</tbody></table></div>");
        List<ListFailure> failures = lists.failures();
        h.append("<section aria-labelledby=\"unreadable\"><h2 id=\"unreadable\">Lists that failed their checks</h2>");
        if (failures.isEmpty()) {
            h.append("<p>None: every list file in the folder was read and passed the checks.</p>");
        } else {
            h.append("<div class=\"alert error\" role=\"alert\"><ul>");
            for (ListFailure f : failures) {
                h.append("<li><strong>")
                        .append(esc(f.source() == null ? f.key() : f.source().title()))
                        .append("</strong> (<code>")
                        .append(esc(f.key()))
                        .append("</code>): ")
                        .append(esc(f.problem().summary()))
                        .append(". ")
                        .append(
                                f.kept() == null
                                        ? "Not served: there is no earlier good copy."
                                        : "The copy read at "
                                                + esc(when(f.kept().readAt())) + " keeps serving.")
                        .append("<br><span class=\"muted\">")
                        .append(esc(f.message()))
                        .append("</span></li>");
            }
            h.append("</ul></div>");
        }
        List<Path> ignored = served.report().ignored();
        if (!ignored.isEmpty()) {
            h.append("<p>Files in the folder that are no list Embargo reads: ");
            h.append(esc(String.join(
                            ", ",
                            ignored.stream()
                                    .map(p -> p.getFileName().toString())
                                    .toList())))
                    .append(".</p>");
        }
        h.append("</section>");
        return Reply.ok(layout.page("Lists", Layout.Nav.LISTS, h.toString()));
    }

    private static void reload(StringBuilder h, Optional<ServedLists> current, Optional<LiveLists.ReloadAttempt> last) {
        if (last.isEmpty()) {
            return;
        }
        LiveLists.ReloadAttempt a = last.get();
        if (a.ok()) {
            h.append("<p class=\"alert ok\"><strong>Last reload succeeded</strong> at ")
                    .append(esc(when(a.at())))
                    .append(": ")
                    .append(esc(a.message()))
                    .append("</p>");
        } else {
            h.append("<div class=\"alert error\" role=\"alert\"><p><strong>The last reload failed</strong> at ")
                    .append(esc(when(a.at())))
                    .append(": ")
                    .append(esc(a.message()))
                    .append("</p><p>")
                    .append(current.map(s -> "The lists loaded at " + esc(when(s.loadedAt())) + " keep serving.")
                            .orElse("No lists are serving."))
                    .append("</p></div>");
        }
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        String parent = slash > 0 ? file.substring(0, slash) : "";
        int before = Math.max(parent.lastIndexOf('/'), parent.lastIndexOf('\\'));
        // The source's folder and the file name say which file it is; the rest of the path is the same for all.
        return slash < 0 ? file : file.substring(before + 1);
    }
}
