package dev.embargo.lists.uk;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** The real ConList.xlsx as plain rows of text, for counting rows and for deriving CSV copies of it. */
final class RealUkSheet {
    static final String PATH = "data/lists/uk-ofsi/ConList.xlsx";

    private RealUkSheet() {}

    static Path file() {
        return SharedData.require(PATH);
    }

    /** Every row of the first sheet as cell texts, read with fastexcel directly (not through the reader). */
    static List<List<String>> rows() throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file());
                ReadableWorkbook wb = new ReadableWorkbook(in);
                Stream<Row> rows = wb.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCell(i) == null ? "" : row.getCell(i).getText());
                }
                out.add(cells);
            });
        }
        return out;
    }

    /**
     * The CSV publication of the same list, cut down to the rows of some Group IDs: the "Last Updated" line,
     * the header line, then those rows as they stand in the sheet.
     */
    static String csvOf(List<List<String>> sheetRows, Set<String> groupIds) {
        int groupIdColumn = sheetRows.get(1).indexOf("Group ID");
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord(sheetRows.get(0));
            csv.writeRecord(sheetRows.get(1));
            for (List<String> row : sheetRows.subList(2, sheetRows.size())) {
                if (row.size() > groupIdColumn && groupIds.contains(row.get(groupIdColumn))) {
                    csv.writeRecord(row);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The entity without the name of the file it came from, to compare entities read from different files. */
    static Entity withoutSourceFile(Entity e) {
        return new Entity(
                e.id(),
                e.source(),
                e.kind(),
                e.names(),
                e.birthDates(),
                e.birthPlaces(),
                e.nationalities(),
                e.citizenships(),
                e.countries(),
                e.gender(),
                e.titles(),
                e.addresses(),
                e.identifiers(),
                e.programs(),
                e.listedOn(),
                e.remarks(),
                e.links(),
                null,
                e.published());
    }
}
