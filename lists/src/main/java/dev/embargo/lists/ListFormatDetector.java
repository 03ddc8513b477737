package dev.embargo.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Recognises a list file's format from its content, never its name: the root element of an XML file,
 * the header of a spreadsheet or CSV file, the shape of an OFAC legacy CSV row.
 */
public final class ListFormatDetector {
    private static final int SNIFF_BYTES = 16 * 1024;
    private static final Pattern XML_ROOT = Pattern.compile("<([A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)[\\s>/]");
    private static final Pattern OFAC_ROW_START = Pattern.compile("^\\d+,");

    private ListFormatDetector() {}

    public static Optional<ListFormat> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return detectSpreadsheet(file);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("<")) {
            return detectXml(trimmed);
        }
        return detectCsv(text);
    }

    private static Optional<ListFormat> detectXml(String text) {
        int pos = 0;
        // Skip the prolog, comments and processing instructions to reach the root element.
        while (pos < text.length()) {
            int lt = text.indexOf('<', pos);
            if (lt < 0 || lt + 1 >= text.length()) {
                return Optional.empty();
            }
            char next = text.charAt(lt + 1);
            if (next == '?' || next == '!') {
                int end = text.startsWith("<!--", lt) ? text.indexOf("-->", lt) : text.indexOf('>', lt);
                if (end < 0) {
                    return Optional.empty();
                }
                pos = end + 1;
                continue;
            }
            Matcher m = XML_ROOT.matcher(text);
            if (!m.find(lt) || m.start() != lt) {
                return Optional.empty();
            }
            String root = m.group(2);
            int tagEnd = text.indexOf('>', lt);
            String rootTag = tagEnd < 0 ? text.substring(lt) : text.substring(lt, tagEnd);
            return switch (root) {
                case "CONSOLIDATED_LIST" -> Optional.of(ListFormat.UN_XML);
                case "sdnList" -> Optional.of(ListFormat.OFAC_XML);
                case "data-set" ->
                    text.contains("<record") ? Optional.of(ListFormat.CANADA_SEMA_XML) : Optional.empty();
                case "export" ->
                    rootTag.contains("fsd") || text.contains("<sanctionEntity")
                            ? Optional.of(ListFormat.EU_FSF_XML)
                            : Optional.empty();
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    private static Optional<ListFormat> detectCsv(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.startsWith("Last Updated") || (firstLine.contains("Name 6") && firstLine.contains("Group ID"))) {
            return Optional.of(ListFormat.UK_CSV);
        }
        if (!OFAC_ROW_START.matcher(firstLine).find()) {
            return Optional.empty();
        }
        int fields = countCsvFields(firstLine);
        return switch (fields) {
            case 12 -> Optional.of(ListFormat.OFAC_CSV);
            case 6 -> Optional.of(ListFormat.OFAC_CSV_ADDRESSES);
            case 5 -> Optional.of(ListFormat.OFAC_CSV_ALIASES);
            default ->
                fields == 2 || (fields < 2 && firstLine.matches("^\\d+,\".*"))
                        ? Optional.of(ListFormat.OFAC_CSV_COMMENTS)
                        : Optional.empty();
        };
    }

    /** Counts the fields of one CSV line; an unclosed quote (a remark running on) counts as one field. */
    static int countCsvFields(String line) {
        int fields = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields++;
            }
        }
        return fields;
    }

    /**
     * Reads only the start of the workbook's text parts (shared strings, then the first sheet for inline
     * strings), never the whole workbook: opening it fully would parse a large list twice.
     */
    private static Optional<ListFormat> detectSpreadsheet(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (String part : new String[] {"xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"}) {
                ZipEntry entry = zip.getEntry(part);
                if (entry == null) {
                    continue;
                }
                String head;
                try (InputStream in = zip.getInputStream(entry)) {
                    head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
                }
                if (head.contains(">Group ID<") && head.contains(">Name 6<")) {
                    return Optional.of(ListFormat.UK_XLSX);
                }
                if (head.contains(">Name of Individual or Entity<")) {
                    return Optional.of(ListFormat.AUSTRALIA_DFAT_XLSX);
                }
            }
            return Optional.empty();
        } catch (ZipException | RuntimeException e) {
            // A zip that is not a workbook, or a damaged one: not a list we know.
            return Optional.empty();
        }
    }
}
