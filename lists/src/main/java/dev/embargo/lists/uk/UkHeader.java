package dev.embargo.lists.uk;

import dev.embargo.lists.ListFormatException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each known column sits in the file, as read from its header row. */
final class UkHeader {
    /** A row naming fewer known columns than this is not the header (it may be the "Last Updated" line). */
    private static final int MIN_KNOWN_COLUMNS = 3;

    private static final UkColumn[] REQUIRED = {UkColumn.GROUP_ID, UkColumn.NAME_6};

    private final UkColumn[] columnAt;
    private final String place;

    private UkHeader(UkColumn[] columnAt, String place) {
        this.columnAt = columnAt;
        this.place = place;
    }

    /** The header found in {@code cells}, or empty when the row is not a header row. */
    static Optional<UkHeader> recognise(List<String> cells, String place) {
        UkColumn[] columnAt = new UkColumn[cells.size()];
        Map<UkColumn, Integer> seen = new EnumMap<>(UkColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            int index = i;
            // A repeated header keeps its first position; the repeat is ignored rather than overwriting data.
            UkColumn.byHeader(cells.get(i))
                    .filter(c -> seen.putIfAbsent(c, index) == null)
                    .ifPresent(c -> columnAt[index] = c);
        }
        return seen.size() >= MIN_KNOWN_COLUMNS ? Optional.of(new UkHeader(columnAt, place)) : Optional.empty();
    }

    /** Fails unless the columns this reader cannot do without are all present. */
    void requireColumns(Path file) throws ListFormatException {
        List<UkColumn> present = Arrays.stream(columnAt).filter(c -> c != null).toList();
        for (UkColumn required : REQUIRED) {
            if (!present.contains(required)) {
                throw new ListFormatException(
                        file,
                        place + " (header row)",
                        "a \"" + required.header() + "\" column in the header row",
                        null);
            }
        }
    }

    /** The column at a position in the file, or null for an unknown or absent one. */
    UkColumn columnAt(int index) {
        return index >= 0 && index < columnAt.length ? columnAt[index] : null;
    }

    /** A data row's cells, arranged by column. */
    UkRow row(List<String> cells, String place) {
        String[] values = new String[UkColumn.values().length];
        int n = Math.min(cells.size(), columnAt.length);
        for (int i = 0; i < n; i++) {
            UkColumn column = columnAt[i];
            if (column != null) {
                values[column.ordinal()] = cells.get(i);
            }
        }
        return new UkRow(place, values);
    }
}
