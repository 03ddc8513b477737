package dev.embargo.lists.uk;

import java.util.Arrays;

/**
 * One row of the list: one name of one target (with the target's other facts repeated beside it).
 *
 * @param place  where the row is in its file ("row 17", "line 17"), for warnings
 * @param values cell texts indexed by {@link UkColumn#ordinal()}
 */
record UkRow(String place, String[] values) {
    /** The stripped cell text, or null when the cell is absent or blank. */
    String get(UkColumn column) {
        String v = values[column.ordinal()];
        if (v == null) {
            return null;
        }
        String s = v.strip();
        return s.isEmpty() ? null : s;
    }

    boolean isBlank() {
        return Arrays.stream(values).allMatch(v -> v == null || v.isBlank());
    }
}
