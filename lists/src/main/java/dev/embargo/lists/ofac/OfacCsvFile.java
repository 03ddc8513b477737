package dev.embargo.lists.ofac;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.LoadWarning;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One file of OFAC's legacy CSV set (sdn.csv, add.csv, alt.csv, sdn_comments.csv), read record by record
 * with FastCSV: CRLF line ends, no header, {@code -0-} (with a trailing space) for an empty field, and a
 * DOS end-of-file byte (0x1A) after the last line.
 *
 * <p>The first record decides whether the file is this format at all: if it does not have the expected
 * columns and a numeric ent_num, the file is rejected. Later records that are damaged become warnings.
 * A quoted field running over a line end means a quote was left open and everything after it would be
 * swallowed into one field, so that too rejects the file.
 */
final class OfacCsvFile {
    private static final char END_OF_FILE = '\u001a';
    private static final String EMPTY = "-0-";
    /** OFAC's files are ASCII; UTF-8 is tried first, and Windows-1252 when the bytes are not UTF-8. */
    static final Charset PRIMARY = StandardCharsets.UTF_8;

    static final Charset FALLBACK = Charset.forName("windows-1252");

    /**
     * One record: its line number, its fields as written, and its values (stripped, null for {@code -0-}).
     */
    record Row(long line, String[] raw, String[] values) {
        /** The field at {@code index}, stripped; null when empty or {@code -0-}. */
        String value(int index) {
            return index < values.length ? values[index] : null;
        }

        /**
         * The field at {@code index} exactly as written, spaces included (a remark cut at 1,000 characters may
         * end in the space before the word its continuation starts with); null when empty or {@code -0-}.
         */
        String raw(int index) {
            return value(index) == null ? null : raw[index];
        }
    }

    @FunctionalInterface
    interface RowHandler {
        void row(Row row);
    }

    /** Signals that the file is not UTF-8, so the whole read starts again in Windows-1252. */
    static final class NotUtf8 extends Exception {
        NotUtf8(Throwable cause) {
            super(cause);
        }
    }

    private final Path file;
    private final int columns;
    private final String columnNames;

    /**
     * @param columns     how many columns each record must have
     * @param columnNames their names, for messages ("ent_num, add_num, address, ...")
     */
    OfacCsvFile(Path file, int columns, String columnNames) {
        this.file = file;
        this.columns = columns;
        this.columnNames = columnNames;
    }

    /**
     * Hands each good record to {@code handler}; records of the wrong shape after the first become
     * warnings.
     */
    void read(Charset charset, List<LoadWarning> warnings, RowHandler handler) throws ListFormatException, NotUtf8 {
        // Strict for UTF-8 so that a file in another encoding is noticed; the fallback takes any byte.
        CodingErrorAction onError = charset.equals(PRIMARY) ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        var decoder = charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
        long line = 0;
        boolean first = true;
        try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
                CsvReader<CsvRecord> csv = CsvReader.builder()
                        .ignoreDifferentFieldCount(true)
                        .skipEmptyLines(true)
                        .ofCsvRecord(in)) {
            for (CsvRecord record : csv) {
                line = record.getStartingLineNumber();
                String[] raw = raw(record, first);
                String[] fields = values(raw);
                if (fields == null) {
                    continue;
                }
                for (String f : raw) {
                    if (f != null && (f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0)) {
                        throw new ListFormatException(
                                file,
                                "line " + line,
                                "a closing quote before the end of the"
                                        + " line (a field of the OFAC legacy CSV never spans lines)",
                                null);
                    }
                }
                String problem = shapeProblem(fields);
                if (problem != null) {
                    if (first) {
                        throw new ListFormatException(
                                file,
                                "line " + line,
                                "an OFAC legacy CSV record of " + columns + " columns (" + columnNames + ") but "
                                        + problem,
                                null);
                    }
                    warnings.add(new LoadWarning(
                            file.toString(),
                            "line " + line,
                            "expected " + columns + " columns (" + columnNames + ") but " + problem
                                    + "; record skipped"));
                    continue;
                }
                first = false;
                handler.row(new Row(line, raw, fields));
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new NotUtf8(e.getCause());
            }
            throw new ListFormatException(file, "line " + line, "a readable file", e.getCause());
        } catch (CharacterCodingException e) {
            throw new NotUtf8(e);
        } catch (IOException e) {
            throw new ListFormatException(file, line == 0 ? null : "line " + line, "a readable file", e);
        } catch (CsvParseException e) {
            throw new ListFormatException(file, "after line " + line, "OFAC legacy CSV records", e);
        }
        if (first) {
            throw new ListFormatException(
                    file,
                    "end of file",
                    "at least one OFAC legacy CSV record of " + columns + " columns (" + columnNames + ")",
                    null);
        }
    }

    /** The record's fields as written, less a byte-order mark before the first and the 0x1A after the last. */
    private static String[] raw(CsvRecord record, boolean first) {
        int n = record.getFieldCount();
        String[] fields = new String[n];
        for (int i = 0; i < n; i++) {
            String f = record.getField(i);
            if (i == 0 && first && !f.isEmpty() && f.charAt(0) == '\uFEFF') {
                f = f.substring(1);
            }
            if (i == n - 1 && !f.isEmpty() && f.charAt(f.length() - 1) == END_OF_FILE) {
                f = f.substring(0, f.length() - 1);
            }
            fields[i] = f;
        }
        return fields;
    }

    /** The fields stripped, {@code -0-} as null; null when no field has any text (the end-of-file byte's line). */
    private static String[] values(String[] raw) {
        String[] values = new String[raw.length];
        boolean anyText = false;
        for (int i = 0; i < raw.length; i++) {
            String f = raw[i].strip();
            if (!f.isEmpty() && !f.equals(EMPTY)) {
                values[i] = f;
                anyText = true;
            }
        }
        return anyText ? values : null;
    }

    private String shapeProblem(String[] fields) {
        if (fields.length != columns) {
            return "found " + fields.length;
        }
        String entNum = fields[0];
        if (entNum == null || !isDigits(entNum)) {
            return "ent_num is " + (entNum == null ? "empty" : "'" + abbreviate(entNum) + "'") + ", not a number";
        }
        return null;
    }

    private static boolean isDigits(String s) {
        if (s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
