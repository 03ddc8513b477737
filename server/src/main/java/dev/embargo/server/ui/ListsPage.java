package dev.embargo.server.ui;

import dev.embargo.lists.ListFailure;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.report.json.OutputJson;
import dev.embargo.server.lists.LiveLists;
import dev.embargo.server.lists.ServedLists;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /lists} ({@code lists.jte}): the lists in service with their publication dates, counts and load
 * warnings, the files that could not be read, and the latest reload, a failed one shown plainly next to the
 * older lists that keep serving.
 */
final class ListsPage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private ListsPage() {}

    static String when(Instant at) {
        return WHEN.format(at);
    }

    static Reply render(LiveLists lists, Layout layout) {
        ServedLists served = lists.current().orElse(null);
        LiveLists.ReloadAttempt last = lists.lastAttempt().orElse(null);
        List<LoadedList> loaded = served == null
                ? List.of()
                : served.report().lists().stream()
                        .sorted(Comparator.comparing(
                                        (LoadedList l) -> l.source().ordinal())
                                .thenComparing(LoadedList::file))
                        .toList();
        List<ListFailure> failures = lists.failures();
        String page = PageOutput.render(
                16384, out -> JtelistsGenerated.render(out, null, layout, served, last, loaded, failures));
        return new Reply(served == null ? 503 : 200, page);
    }

    /** A duration in seconds, one decimal. */
    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }

    /** Entities by kind, the kinds the list has: "1,234 person, 56 organization". */
    static String kinds(LoadedList l) {
        StringBuilder kinds = new StringBuilder();
        for (Map.Entry<EntityKind, Integer> k : l.countByKind().entrySet()) {
            if (k.getValue() > 0) {
                kinds.append(kinds.isEmpty() ? "" : ", ")
                        .append(Markup.thousands(k.getValue()))
                        .append(' ')
                        .append(k.getKey().code());
            }
        }
        return kinds.toString();
    }

    /** The format a list file was read as, by its code. */
    static String format(LoadedList l) {
        return OutputJson.code(l.format());
    }

    static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        String parent = slash > 0 ? file.substring(0, slash) : "";
        int before = Math.max(parent.lastIndexOf('/'), parent.lastIndexOf('\\'));
        // The source's folder and the file name say which file it is; the rest of the path is the same for all.
        return slash < 0 ? file : file.substring(before + 1);
    }
}
