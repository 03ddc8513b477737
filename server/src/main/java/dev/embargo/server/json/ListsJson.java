package dev.embargo.server.json;

import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of one loaded list, shared by {@code embargo lists --format json} and {@code GET /v1/lists}. */
public final class ListsJson {
    private ListsJson() {
    }

    public static Map<String, Object> list(LoadedList l) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", l.source().code());
        row.put("title", l.source().title());
        row.put("published", l.published() == null ? null : l.published().toString());
        row.put("file", l.file());
        row.put("format", Json.code(l.format()));
        row.put("entities", l.entities().size());
        Map<String, Integer> byKind = new LinkedHashMap<>();
        l.countByKind().forEach((k, v) -> byKind.put(k.code(), v));
        row.put("by_kind", byKind);
        row.put("names", l.nameCount());
        row.put("identifiers", l.identifierCount());
        row.put("warnings", l.warnings().stream().map(LoadWarning::toString).toList());
        return row;
    }
}
