package dev.embargo.lists.uk;

import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListedDates;
import dev.embargo.lists.ListedDates.NumericOrder;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Source;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part both UK readers share: takes the file's rows in order as cell texts — the "Last Updated" line,
 * the header row, then one row per name — and gathers the rows of each Group ID into one entity. The
 * rows of a target are not next to each other (the sheet is sorted by name), so groups are collected
 * until the end. One grouper reads one file.
 */
final class UkRowGrouper {
    /** The header must come within this many rows, after at most a "Last Updated" line and blank rows. */
    private static final int MAX_ROWS_BEFORE_HEADER = 5;

    private final Path file;
    private final String fileName;
    private final List<LoadWarning> warnings = new ArrayList<>();
    private final Map<String, List<UkRow>> rowsByGroup = new LinkedHashMap<>();
    private LocalDate published;
    private UkHeader header;
    private int rowsBeforeHeader;
    private int dataRows;

    UkRowGrouper(Path file) {
        this.file = file;
        this.fileName = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
    }

    /** Whether a cell at this position holds a date (so a spreadsheet's day serial must be read as a date). */
    boolean isDateColumn(int index) {
        if (header == null) {
            return index == 1; // the date beside "Last Updated"
        }
        UkColumn column = header.columnAt(index);
        return column != null && column.isDate();
    }

    /** Takes the next row of the file; {@code place} says where it is ("row 3", "line 3"). */
    void accept(List<String> cells, String place) throws ListFormatException {
        if (header == null) {
            acceptBeforeHeader(cells, place);
            return;
        }
        UkRow row = header.row(cells, place);
        if (row.isBlank()) {
            return;
        }
        dataRows++;
        String groupId = row.get(UkColumn.GROUP_ID);
        if (groupId == null) {
            warnings.add(new LoadWarning(
                    fileName,
                    place,
                    "expected a Group ID; the row (name \""
                            + Optional.ofNullable(UkTargetMapper.latinName(row)).orElse("") + "\") was skipped"));
            return;
        }
        rowsByGroup.computeIfAbsent(groupId, id -> new ArrayList<>()).add(row);
    }

    private void acceptBeforeHeader(List<String> cells, String place) throws ListFormatException {
        Optional<UkHeader> found = UkHeader.recognise(cells, place);
        if (found.isPresent()) {
            found.get().requireColumns(file);
            header = found.get();
            return;
        }
        if (!cells.isEmpty()
                && cells.getFirst() != null
                && cells.getFirst().strip().equalsIgnoreCase("Last Updated")) {
            String date = cells.stream()
                    .skip(1)
                    .filter(c -> c != null && !c.isBlank())
                    .findFirst()
                    .orElse("");
            published = ListedDates.parseDay(date, NumericOrder.DAY_FIRST).orElse(null);
            if (published == null) {
                warnings.add(new LoadWarning(
                        fileName,
                        place,
                        "expected the publication date beside \"Last Updated\"" + " as dd/mm/yyyy, not \"" + date
                                + "\""));
            }
        }
        if (++rowsBeforeHeader >= MAX_ROWS_BEFORE_HEADER) {
            throw noHeader(place);
        }
    }

    /** All groups as entities, once the whole file has been read. */
    LoadedList finish(ListFormat format, String endPlace) throws ListFormatException {
        if (header == null) {
            throw noHeader(endPlace);
        }
        if (dataRows == 0) {
            throw new ListFormatException(file, endPlace, "at least one row of names after the header row", null);
        }
        UkTargetMapper mapper = new UkTargetMapper(fileName, published);
        List<Entity> entities = new ArrayList<>(rowsByGroup.size());
        for (Map.Entry<String, List<UkRow>> group : rowsByGroup.entrySet()) {
            mapper.map(group.getKey(), group.getValue(), warnings::add).ifPresent(entities::add);
        }
        return new LoadedList(Source.UK_OFSI, format, fileName, published, entities, warnings);
    }

    private ListFormatException noHeader(String place) {
        return new ListFormatException(
                file,
                place,
                "a header row naming the UK consolidated list columns"
                        + " (Name 6, Name 1, …, Group Type, Alias Type, Regime, Group ID) within the first "
                        + MAX_ROWS_BEFORE_HEADER + " rows",
                null);
    }
}
