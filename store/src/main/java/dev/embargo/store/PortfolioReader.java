package dev.embargo.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a portfolio file, CSV with a header or JSON lines (told apart by the first character), row by row: a
 * good row becomes a {@link PortfolioRecord}, a bad one a problem naming its line and what was expected, and
 * the reading goes on. Columns: id, name, kind, dates_of_birth, countries, identifiers (several values split by
 * ';' in CSV, arrays or ';'-strings in JSON); every other column is kept as given.
 */
public final class PortfolioReader {
    /** A row: its line, and the record, or the problem and the id when one could be read. */
    public record Row(long line, PortfolioRecord record, String problem, String id) {
        public boolean ok() {
            return record != null;
        }
    }

    /** The longest JSON line read; a longer one is a bad row (a record is a few hundred characters). */
    static final int MAX_LINE = 1_000_000;

    private static final Map<String, String> ALIASES = aliases();

    private PortfolioReader() {}

    private static Map<String, String> aliases() {
        Map<String, String> m = new HashMap<>();
        for (String s : List.of("id", "name", "kind", "dates_of_birth", "countries", "identifiers")) {
            m.put(s, s);
        }
        m.put("type", "kind");
        m.put("full_name", "name");
        m.put("dob", "dates_of_birth");
        m.put("date_of_birth", "dates_of_birth");
        m.put("country", "countries");
        m.put("nationality", "countries");
        m.put("identifier", "identifiers");
        return m;
    }

    /** Reads {@code file}, giving each row to {@code rows} in order. */
    public static void read(Path file, Consumer<Row> rows) throws IOException {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(
                        Files.newInputStream(file),
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16)) {
            in.mark(4);
            int first = in.read();
            if (first == 0xFEFF) {
                in.mark(4);
                first = in.read();
            }
            while (first == ' ' || first == '\n' || first == '\r' || first == '\t') {
                in.mark(4);
                first = in.read();
            }
            in.reset();
            if (first == '{') {
                readJsonLines(in, rows);
            } else if (first >= 0) {
                readCsv(file, in, rows);
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text (" + e.getMessage() + ")", e);
        } catch (UncheckedIOException e) {
            throw new IOException(file + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void readCsv(Path file, Reader in, Consumer<Row> rows) throws IOException {
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .ignoreDifferentFieldCount(true)
                .skipEmptyLines(true)
                .ofCsvRecord(in)) {
            String[] header = null;
            Map<String, Integer> at = new HashMap<>();
            for (CsvRecord r : csv) {
                if (header == null) {
                    header = r.getFields().toArray(String[]::new);
                    for (int i = 0; i < header.length; i++) {
                        String canonical = ALIASES.get(header[i].strip().toLowerCase(Locale.ROOT));
                        if (canonical != null) {
                            at.putIfAbsent(canonical, i);
                        }
                    }
                    if (!at.containsKey("id") || !at.containsKey("name")) {
                        throw new IOException(file + ": line " + r.getStartingLineNumber()
                                + ": expected a header with at least the columns id and name, got "
                                + String.join(",", header));
                    }
                    continue;
                }
                long line = r.getStartingLineNumber();
                String id = field(r, at.get("id"));
                try {
                    Map<String, String> others = new LinkedHashMap<>();
                    Set<Integer> known = Set.copyOf(at.values());
                    for (int i = 0; i < header.length && i < r.getFieldCount(); i++) {
                        if (!known.contains(i)) {
                            others.put(header[i], r.getField(i));
                        }
                    }
                    PortfolioRecord rec = PortfolioRecord.of(
                            id,
                            field(r, at.get("name")),
                            field(r, at.get("kind")),
                            PortfolioRecord.split(field(r, at.get("dates_of_birth"))),
                            PortfolioRecord.split(field(r, at.get("countries"))),
                            PortfolioRecord.split(field(r, at.get("identifiers"))),
                            StoreJson.write(others));
                    rows.accept(new Row(line, rec, null, rec.id()));
                } catch (IllegalArgumentException e) {
                    rows.accept(new Row(line, null, e.getMessage(), blankToNull(id)));
                }
            }
        }
    }

    private static String field(CsvRecord r, Integer at) {
        return at == null || at >= r.getFieldCount() ? null : r.getField(at);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void readJsonLines(BufferedReader in, Consumer<Row> rows) throws IOException {
        long line = 0;
        StringBuilder sb = new StringBuilder();
        while (true) {
            sb.setLength(0);
            boolean tooLong = false;
            int ch;
            while ((ch = in.read()) >= 0 && ch != '\n') {
                if (sb.length() < MAX_LINE) {
                    sb.append((char) ch);
                } else {
                    tooLong = true;
                }
            }
            if (ch < 0 && sb.isEmpty()) {
                return;
            }
            line++;
            String text = sb.toString().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (tooLong) {
                rows.accept(new Row(line, null, "expected a line of at most " + MAX_LINE + " characters", null));
                continue;
            }
            rows.accept(jsonRow(line, text));
        }
    }

    static Row jsonRow(long line, String text) {
        JsonNode node;
        try {
            node = StoreJson.MAPPER.readTree(text);
        } catch (IOException e) {
            return new Row(line, null, "expected a JSON object: " + firstLine(e.getMessage()), null);
        }
        if (!(node instanceof ObjectNode obj)) {
            return new Row(line, null, "expected a JSON object", null);
        }
        String id = text(obj.get("id"));
        try {
            Map<String, JsonNode> known = new HashMap<>();
            ObjectNode others = StoreJson.MAPPER.createObjectNode();
            for (Map.Entry<String, JsonNode> e : obj.properties()) {
                String canonical = ALIASES.get(e.getKey().toLowerCase(Locale.ROOT));
                if (canonical != null && !known.containsKey(canonical)) {
                    known.put(canonical, e.getValue());
                } else {
                    others.set(e.getKey(), e.getValue());
                }
            }
            PortfolioRecord rec = PortfolioRecord.of(
                    id,
                    text(known.get("name")),
                    text(known.get("kind")),
                    values(known.get("dates_of_birth"), "dates_of_birth"),
                    values(known.get("countries"), "countries"),
                    values(known.get("identifiers"), "identifiers"),
                    others.toString());
            return new Row(line, rec, null, rec.id());
        } catch (IllegalArgumentException e) {
            return new Row(line, null, e.getMessage(), blankToNull(id));
        }
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual() || n.isNumber()) {
            return n.asText();
        }
        throw new IllegalArgumentException(
                "expected a string or a number, got " + n.getNodeType().name().toLowerCase(Locale.ROOT));
    }

    private static List<String> values(JsonNode n, String field) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (n.isTextual() || n.isNumber()) {
            return PortfolioRecord.split(n.asText());
        }
        if (n.isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonNode v : n) {
                if (!v.isTextual() && !v.isNumber()) {
                    throw new IllegalArgumentException(field + ": expected strings in the array");
                }
                out.add(v.asText());
            }
            return out;
        }
        throw new IllegalArgumentException(field + ": expected a string or an array of strings");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
