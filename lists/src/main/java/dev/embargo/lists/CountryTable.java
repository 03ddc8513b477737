package dev.embargo.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one table of country names ({@code countries.tsv} beside this class): how lists write a country, read by
 * {@link Countries}, and how prose names a sanctioned jurisdiction, read by the scanner. Loaded once.
 */
public final class CountryTable {
    /** What a row's names are for. */
    public enum Use {
        /** Wordings sanctions lists use. */
        LISTS,
        /** Names, adjectives and metonyms news prose uses for a sanctioned jurisdiction. */
        PROSE
    }

    /** One row: a country's ISO 3166-1 alpha-2 code and names for one use, in the table's order. */
    public record Row(String iso, Use use, List<String> names) {}

    static final String RESOURCE = "/dev/embargo/lists/countries.tsv";

    private static final List<Row> ROWS = parse(RESOURCE, ResourceLines.read(CountryTable.class, RESOURCE));

    private CountryTable() {}

    /** The rows of one use, in table order. */
    public static List<Row> rows(Use use) {
        return ROWS.stream().filter(r -> r.use() == use).toList();
    }

    /** The names of one use by ISO code, codes in order of first appearance, names in row order. */
    public static Map<String, List<String>> namesByIso(Use use) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Row r : rows(use)) {
            out.computeIfAbsent(r.iso(), k -> new ArrayList<>()).addAll(r.names());
        }
        out.replaceAll((iso, names) -> List.copyOf(names));
        return Collections.unmodifiableMap(out);
    }

    /** The rows of a table's lines; a malformed row fails naming its resource and line. */
    static List<Row> parse(String resource, List<ResourceLines.Line> lines) {
        List<Row> rows = new ArrayList<>();
        for (ResourceLines.Line line : lines) {
            String[] cells = line.text().split("\t", -1);
            if (cells.length < 3) {
                throw line.malformed("an ISO code, a use (lists or prose) and at least one name, separated by tabs");
            }
            String iso = cells[0];
            if (!iso.matches("[A-Z]{2}")) {
                throw line.malformed("a two-letter upper-case ISO 3166-1 code first, not \"" + iso + "\"");
            }
            Use use = switch (cells[1]) {
                case "lists" -> Use.LISTS;
                case "prose" -> Use.PROSE;
                default -> throw line.malformed("the use \"lists\" or \"prose\" second, not \"" + cells[1] + "\"");
            };
            List<String> names = Arrays.asList(cells).subList(2, cells.length);
            for (String name : names) {
                if (name.isBlank() || !name.equals(name.strip())) {
                    throw line.malformed("names without blank cells or spaces around them");
                }
            }
            rows.add(new Row(iso, use, List.copyOf(names)));
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException(resource + ": no rows");
        }
        return List.copyOf(rows);
    }
}
