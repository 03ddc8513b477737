package dev.embargo.report.json;

import dev.embargo.lists.ListFailure;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of one loaded list, shared by {@code embargo lists --format json} and {@code GET /v1/lists}. */
public final class ListsJson {
    private ListsJson() {}

    public static Map<String, Object> list(LoadedList l) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", l.source().code());
        row.put("title", l.source().title());
        row.put("published", l.published() == null ? null : l.published().toString());
        row.put("file", l.file());
        row.put("format", OutputJson.code(l.format()));
        row.put("entities", l.entities().size());
        Map<String, Integer> byKind = new LinkedHashMap<>();
        l.countByKind().forEach((k, v) -> byKind.put(k.code(), v));
        row.put("by_kind", byKind);
        row.put("names", l.nameCount());
        row.put("identifiers", l.identifierCount());
        row.put("warnings", l.warnings().stream().map(LoadWarning::toString).toList());
        return row;
    }

    /**
     * The JSON of a list whose files failed the checks, for keyed readers: the file (relative to the folder
     * of lists), the problem's code and short reason, the full message, and the copy serving in its place.
     */
    public static Map<String, Object> failure(ListFailure f) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", f.source() == null ? null : f.source().code());
        row.put("file", f.key());
        row.put("problem", f.problem().code());
        row.put("reason", f.problem().summary());
        row.put("message", f.message());
        row.put("serving_older_copy", f.kept() != null);
        row.put(
                "older_copy_read_at",
                f.kept() == null ? null : f.kept().readAt().toString());
        return row;
    }
}
