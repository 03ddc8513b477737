package dev.embargo.lists.uk;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListReader;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ConList.csv, the UK consolidated list in its 2022 CSV format: a "Last Updated,dd/mm/yyyy" line, a
 * header line, then one line per name (the same rows as the spreadsheet). Streams it with FastCSV.
 * The file is read as UTF-8; should it not be valid UTF-8, it is read again as Windows-1252 (what older
 * OFSI CSV files used) and a warning says so.
 */
public final class UkCsvReader implements ListReader {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Override
    public LoadedList read(ListFiles files) throws ListFormatException {
        Path file = files.main();
        try {
            return read(file, StandardCharsets.UTF_8, CodingErrorAction.REPORT);
        } catch (NotThisCharset e) {
            Utf8Check check = Utf8Check.of(file);
            // UTF-8 text with a few damaged bytes keeps its other non-ASCII names; text without any valid
            // multi-byte sequence is the legacy Windows-1252.
            boolean damagedUtf8 = check.validMultiByte() >= check.invalid();
            LoadedList list;
            try {
                // Bad bytes become U+FFFD (Windows-1252 also leaves five byte values undefined).
                list = read(file, damagedUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252, CodingErrorAction.REPLACE);
            } catch (NotThisCharset cannotHappen) {
                throw new IllegalStateException(cannotHappen);
            }
            List<LoadWarning> warnings = new ArrayList<>();
            // Windows-1252 throughout is how older publications were written; invalid bytes inside UTF-8 text
            // are damage no publisher writes.
            warnings.add(new LoadWarning(
                    list.file(),
                    "line " + check.firstInvalidLine(),
                    damagedUtf8
                            ? "expected UTF-8 text; " + check.invalid()
                                    + " damaged byte sequence(s) were replaced by U+FFFD"
                            : "expected UTF-8 text; the file was read as Windows-1252",
                    damagedUtf8));
            warnings.addAll(list.warnings());
            return new LoadedList(
                    list.source(), list.format(), list.file(), list.published(), list.entities(), warnings);
        }
    }

    private LoadedList read(Path file, Charset charset, CodingErrorAction onBadBytes)
            throws ListFormatException, NotThisCharset {
        UkRowGrouper grouper = new UkRowGrouper(file);
        long lastLine = 0;
        try (Reader in = decodingReader(file, charset, onBadBytes);
                CsvReader<CsvRecord> csv = CsvReader.builder()
                        .ignoreDifferentFieldCount(true)
                        .skipEmptyLines(true)
                        .ofCsvRecord(in)) {
            boolean first = true;
            for (CsvRecord record : csv) {
                lastLine = record.getStartingLineNumber();
                List<String> cells = record.getFields();
                if (first && !cells.isEmpty() && cells.getFirst().startsWith("\uFEFF")) {
                    cells = new ArrayList<>(cells);
                    cells.set(0, cells.getFirst().substring(1));
                }
                first = false;
                grouper.accept(cells, "line " + lastLine);
            }
        } catch (CharacterCodingException e) {
            throw new NotThisCharset();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new NotThisCharset();
            }
            throw failure(file, lastLine, e);
        } catch (IOException | RuntimeException e) {
            throw failure(file, lastLine, e);
        }
        return grouper.finish(ListFormat.UK_CSV, "end of file (line " + lastLine + ")");
    }

    private static ListFormatException failure(Path file, long lastLine, Exception e) {
        return new ListFormatException(
                file, lastLine == 0 ? "line 1" : "after line " + lastLine, "CSV text of the UK consolidated list", e);
    }

    private static Reader decodingReader(Path file, Charset charset, CodingErrorAction onBadBytes) throws IOException {
        return new BufferedReader(
                new InputStreamReader(
                        Files.newInputStream(file),
                        charset.newDecoder().onMalformedInput(onBadBytes).onUnmappableCharacter(onBadBytes)),
                64 * 1024);
    }

    /**
     * What a file that failed to decode as UTF-8 holds: how many valid multi-byte characters and invalid
     * sequences, and the line of the first invalid one. Only asked on that failure, so reading the file
     * whole is acceptable here.
     */
    private record Utf8Check(long validMultiByte, long invalid, long firstInvalidLine) {
        static Utf8Check of(Path file) throws ListFormatException {
            ByteBuffer bytes;
            try {
                bytes = ByteBuffer.wrap(Files.readAllBytes(file));
            } catch (IOException e) {
                throw failure(file, 0, e);
            }
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            long valid = 0;
            long invalid = 0;
            int firstInvalid = -1;
            while (true) {
                CoderResult result = decoder.decode(bytes, chars, true);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() > 0x7F) {
                        valid++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    invalid++;
                    firstInvalid = firstInvalid < 0 ? bytes.position() : firstInvalid;
                    bytes.position(bytes.position() + result.length());
                } else if (result.isUnderflow()) {
                    break;
                }
            }
            long line = 1;
            for (int i = 0; i < Math.max(firstInvalid, 0); i++) {
                if (bytes.get(i) == '\n') {
                    line++;
                }
            }
            return new Utf8Check(valid, invalid, line);
        }
    }

    /** The bytes are not text in the charset tried. */
    private static final class NotThisCharset extends Exception {
        NotThisCharset() {
            super(null, null, false, false);
        }
    }
}
