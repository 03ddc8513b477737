package dev.embargo.spark;

import java.io.Serializable;
import java.util.List;

/**
 * Which input columns hold a record's fields, each as the names it may have, in order of preference (the
 * defaults read the CSVs {@code embargo screen --input} reads). Identifiers are separated by {@code ;}.
 */
public record ColumnMapping(
        List<String> id,
        List<String> name,
        List<String> kind,
        List<String> dob,
        List<String> country,
        List<String> identifiers)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final ColumnMapping DEFAULT = new ColumnMapping(
            List.of("id"),
            List.of("name", "full_name"),
            List.of("type"),
            List.of("dob", "date_of_birth"),
            List.of("country", "nationality"),
            List.of("identifiers"));

    public ColumnMapping {
        id = List.copyOf(id);
        name = List.copyOf(name);
        kind = List.copyOf(kind);
        dob = List.copyOf(dob);
        country = List.copyOf(country);
        identifiers = List.copyOf(identifiers);
    }

    /** This mapping with one field's column named explicitly, e.g. {@code name=customer_name}. */
    public ColumnMapping with(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0 || eq == assignment.length() - 1) {
            throw new IllegalArgumentException(
                    "--column: expected FIELD=COLUMN (id, name, type, dob, country or identifiers), got \"" + assignment
                            + "\"");
        }
        List<String> col = List.of(assignment.substring(eq + 1));
        return switch (assignment.substring(0, eq)) {
            case "id" -> new ColumnMapping(col, name, kind, dob, country, identifiers);
            case "name" -> new ColumnMapping(id, col, kind, dob, country, identifiers);
            case "type", "kind" -> new ColumnMapping(id, name, col, dob, country, identifiers);
            case "dob" -> new ColumnMapping(id, name, kind, col, country, identifiers);
            case "country" -> new ColumnMapping(id, name, kind, dob, col, identifiers);
            case "identifiers" -> new ColumnMapping(id, name, kind, dob, country, col);
            default ->
                throw new IllegalArgumentException("--column: expected a field id, name, type, dob, country or"
                        + " identifiers, got \"" + assignment.substring(0, eq) + "\"");
        };
    }
}
