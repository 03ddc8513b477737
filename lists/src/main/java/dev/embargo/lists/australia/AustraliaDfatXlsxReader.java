package dev.embargo.lists.australia;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListReader;
import dev.embargo.lists.ListedDates;
import dev.embargo.lists.ListedDates.NumericOrder;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.XlsxLimits;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.NameType;
import dev.embargo.lists.model.Source;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads Australia's DFAT Consolidated List, published as an XLSX sheet with one row per name. The rows of
 * one listed party share the number of their reference ("12" primary name, "12a", "12b" aliases); they are
 * gathered into one entity per reference. The latest control date stands for the file's date.
 */
public final class AustraliaDfatXlsxReader implements ListReader {
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final Pattern REFERENCE = Pattern.compile("^(\\d+)\\s*[A-Za-z0-9]*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_1904_EPOCH = LocalDate.of(1904, 1, 1);
    /** Serial of 9999-12-31, the last date Excel knows. */
    private static final long LAST_SERIAL = 2_958_465;

    @Override
    public LoadedList read(ListFiles files) throws ListFormatException {
        Path file = files.main();
        XlsxLimits.DEFAULT.check(file, "zip container", "an XLSX workbook (a zip of sheet XML files)");
        String fileName = file.getFileName().toString();
        List<LoadWarning> warnings = new ArrayList<>();
        Map<String, List<DfatRow>> parties = new LinkedHashMap<>();
        int[] lastRow = {0};
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                ReadableWorkbook workbook = openWorkbook(in, file);
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            LocalDate epoch = workbook.isDate1904() ? EXCEL_1904_EPOCH : EXCEL_EPOCH;
            Iterator<Row> it = rows.iterator();
            DfatColumns columns = null;
            while (it.hasNext()) {
                Row row = it.next();
                lastRow[0] = row.getRowNum();
                if (columns == null) {
                    columns = DfatColumns.of(
                            row.stream().map(AustraliaDfatXlsxReader::text).toList());
                    if (columns == null && row.getRowNum() >= HEADER_SEARCH_ROWS) {
                        break;
                    }
                    continue;
                }
                DfatRow r = readRow(row, columns, epoch, fileName, warnings);
                if (r != null) {
                    parties.computeIfAbsent(r.baseReference(), k -> new ArrayList<>())
                            .add(r);
                }
            }
            if (columns == null) {
                throw new ListFormatException(
                        file,
                        "rows 1-" + Math.max(1, Math.min(lastRow[0], HEADER_SEARCH_ROWS)),
                        "a header row with the columns " + String.join(", ", DfatColumns.REQUIRED),
                        null);
            }
        } catch (IOException | RuntimeException e) {
            // fastexcel reports damaged zips and sheet XML as IOExceptions or unchecked exceptions alike.
            throw new ListFormatException(
                    file,
                    lastRow[0] == 0 ? "workbook" : "after row " + lastRow[0],
                    "a readable XLSX workbook (the DFAT consolidated list)",
                    e);
        }
        if (parties.isEmpty()) {
            throw new ListFormatException(file, "rows after the header", "at least one name row", null);
        }
        return toList(fileName, parties, warnings);
    }

    private static ReadableWorkbook openWorkbook(InputStream in, Path file) throws IOException, ListFormatException {
        try {
            return new ReadableWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new ListFormatException(file, "zip container", "an XLSX workbook (a zip of sheet XML files)", e);
        }
    }

    private static DfatRow readRow(
            Row row, DfatColumns c, LocalDate epoch, String fileName, List<LoadWarning> warnings) {
        String reference = collapse(cell(row, c.reference()));
        String name = collapse(cell(row, c.name()));
        String place = "row " + row.getRowNum();
        if (reference.isEmpty() && name.isEmpty()) {
            return null; // blank or formatting-only rows below the list
        }
        if (reference.isEmpty()) {
            warnings.add(new LoadWarning(
                    fileName,
                    place,
                    "expected a Reference (the listed party's number) for \"" + name + "\"; row skipped"));
            return null;
        }
        Matcher ref = REFERENCE.matcher(reference);
        if (!ref.matches()) {
            warnings.add(new LoadWarning(
                    fileName,
                    place,
                    "expected a Reference such as 12 or 12a, found \"" + reference + "\"; row skipped"));
            return null;
        }
        if (name.isEmpty()) {
            warnings.add(new LoadWarning(
                    fileName,
                    place,
                    "expected a Name of Individual or Entity for reference " + reference + "; row skipped"));
            return null;
        }
        LocalDate controlDate = date(cellAt(row, c.controlDate()), epoch);
        return new DfatRow(
                row.getRowNum(),
                reference,
                ref.group(1),
                name,
                collapse(cell(row, c.type())),
                collapse(cell(row, c.nameType())),
                birthDate(cellAt(row, c.dateOfBirth()), epoch),
                collapse(cell(row, c.placeOfBirth())),
                collapse(cell(row, c.citizenship())),
                collapse(cell(row, c.address())),
                collapse(cell(row, c.additionalInformation())),
                collapse(listingInformation(cellAt(row, c.listingInformation()), epoch)),
                collapse(cell(row, c.committees())),
                controlDate);
    }

    private static LoadedList toList(String fileName, Map<String, List<DfatRow>> parties, List<LoadWarning> warnings) {
        LocalDate published = parties.values().stream()
                .flatMap(List::stream)
                .map(DfatRow::controlDate)
                .filter(d -> d != null)
                .max(LocalDate::compareTo)
                .orElse(null);
        List<Entity> entities = new ArrayList<>(parties.size());
        for (Map.Entry<String, List<DfatRow>> party : parties.entrySet()) {
            List<DfatRow> rows = party.getValue();
            long primaries = rows.stream()
                    .filter(r -> DfatEntityMapper.nameType(r.nameType()) == NameType.PRIMARY)
                    .count();
            if (primaries == 0) {
                warnings.add(new LoadWarning(
                        fileName,
                        "row " + rows.getFirst().row(),
                        "expected a Primary Name row "
                                + "for reference " + party.getKey() + "; its first name, \""
                                + rows.getFirst().name()
                                + "\", is used as the primary name"));
            } else if (primaries > 1) {
                warnings.add(new LoadWarning(
                        fileName,
                        "row " + rows.getFirst().row(),
                        "expected one Primary Name row " + "for reference " + party.getKey() + ", found " + primaries
                                + "; the others are read as aliases"));
            }
            entities.add(DfatEntityMapper.map(party.getKey(), rows, fileName, warnings)
                    .sourceFile(fileName, published)
                    .build());
        }
        return new LoadedList(Source.AU_DFAT, ListFormat.AUSTRALIA_DFAT_XLSX, fileName, published, entities, warnings);
    }

    private static Cell cellAt(Row row, int column) {
        return column < 0 ? null : row.getOptionalCell(column).orElse(null);
    }

    private static String cell(Row row, int column) {
        return text(cellAt(row, column));
    }

    /** A cell's text whatever its type: numbers as written ("2", not "2.0"), formulas by their cached value. */
    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY || cell.getType() == CellType.ERROR) {
            return "";
        }
        String raw = cell.getType() == CellType.STRING ? cell.getText() : cell.getRawValue();
        if (raw == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = number(raw);
            if (number != null) {
                raw = number.stripTrailingZeros().toPlainString();
            }
        }
        return spaceLikeToSpace(raw).strip();
    }

    /** No-break and thin spaces (pasted from word processors) as plain spaces, without a regex per cell. */
    private static String spaceLikeToSpace(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00A0' || c == '\u2007' || c == '\u2009' || c == '\u202F') {
                if (chars == null) {
                    chars = s.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? s : new String(chars);
    }

    private static String collapse(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c != '\n' && c != '\r' && c != '\t' && !(c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ');
        }
        return plain ? s : SPACES.matcher(s).replaceAll(" ");
    }

    /** A typed date of birth is either a bare year (1965) or a date serial (23861 is 1965-04-29). */
    private static String birthDate(Cell cell, LocalDate epoch) {
        if (cell != null && cell.getType() == CellType.NUMBER) {
            BigDecimal n = number(cell.getRawValue());
            if (n != null && n.signum() > 0) {
                long whole = n.longValue();
                if (whole >= 1800 && whole <= 2100) {
                    return Long.toString(whole);
                }
                LocalDate d = serialDate(n, epoch);
                if (d != null) {
                    return d.toString();
                }
            }
        }
        return text(cell);
    }

    private static String listingInformation(Cell cell, LocalDate epoch) {
        if (cell != null && cell.getType() == CellType.NUMBER) {
            LocalDate d = serialDate(number(cell.getRawValue()), epoch);
            if (d != null) {
                return d.toString();
            }
        }
        return text(cell);
    }

    private static LocalDate date(Cell cell, LocalDate epoch) {
        if (cell == null) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            return serialDate(number(cell.getRawValue()), epoch);
        }
        return ListedDates.parseDay(text(cell), NumericOrder.DAY_FIRST).orElse(null);
    }

    /** Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in), or from 1904-01-01. */
    static LocalDate serialDate(BigDecimal serial, LocalDate epoch) {
        if (serial == null || serial.signum() <= 0 || serial.compareTo(BigDecimal.valueOf(LAST_SERIAL)) > 0) {
            return null;
        }
        return epoch.plusDays(serial.longValue());
    }

    private static BigDecimal number(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
