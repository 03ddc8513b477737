package dev.embargo.lists.uk;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListReader;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.XlsxLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads ConList.xlsx, the UK consolidated list in its 2022 spreadsheet format: first sheet, a "Last
 * Updated" row, a header row, then one row per name. Streams the sheet with fastexcel-reader.
 */
public final class UkXlsxReader implements ListReader {
    /** Cell formats are needed to tell a date serial from a plain number. */
    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    @Override
    public LoadedList read(ListFiles files) throws ListFormatException {
        Path file = files.main();
        XlsxLimits.DEFAULT.check(file, "start of file", "an XLSX workbook (a complete zip archive with a worksheet)");
        UkRowGrouper grouper = new UkRowGrouper(file);
        int lastRow = 0;
        try (InputStream in = Files.newInputStream(file)) {
            ReadableWorkbook workbook;
            try {
                workbook = new ReadableWorkbook(in, WITH_FORMATS);
            } catch (IOException | RuntimeException e) {
                throw new ListFormatException(
                        file, "start of file", "an XLSX workbook (a complete zip archive with a worksheet)", e);
            }
            try (workbook;
                    Stream<Row> rows = workbook.getFirstSheet().openStream()) {
                boolean date1904 = workbook.isDate1904();
                Iterator<Row> it = rows.iterator();
                while (it.hasNext()) {
                    Row row = it.next();
                    lastRow = row.getRowNum();
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(ExcelCellText.of(row.getCell(i), grouper.isDateColumn(i), date1904));
                    }
                    grouper.accept(cells, "row " + lastRow);
                }
            }
        } catch (ListFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ListFormatException(
                    file,
                    lastRow == 0 ? "first sheet, start" : "first sheet, after row " + lastRow,
                    "a well-formed worksheet of the UK consolidated list",
                    e);
        }
        return grouper.finish(ListFormat.UK_XLSX, "end of the first sheet (row " + lastRow + ")");
    }
}
