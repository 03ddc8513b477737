package dev.embargo.lists.uk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal XLSX workbook (one sheet) for tests, since no spreadsheet writer is among the project's
 * dependencies. A {@link String} cell is written as an inline string, a {@link Number} as a plain number,
 * a {@link DateSerial} as a number with a "dd/MM/yyyy" date format, and null leaves the cell out.
 */
final class XlsxFixture {
    /** A date stored the way spreadsheet programs store it: days since 1899-12-30. */
    record DateSerial(double days) {}

    private XlsxFixture() {}

    static byte[] workbook(List<List<Object>> rows) {
        return workbook(rows, UnaryOperator.identity());
    }

    /** A workbook whose sheet XML is edited after writing, to damage it on purpose. */
    static byte[] workbook(List<List<Object>> rows, UnaryOperator<String> sheetEdit) {
        return workbook(rows, sheetEdit, ZipOutputStream.DEFLATED);
    }

    /** A workbook stored without compression, so that damaging its bytes damages the XML itself. */
    static byte[] uncompressedWorkbook(List<List<Object>> rows) {
        return workbook(rows, UnaryOperator.identity(), ZipOutputStream.STORED);
    }

    private static byte[] workbook(List<List<Object>> rows, UnaryOperator<String> sheetEdit, int method) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setMethod(method);
            put(zip, method, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                    </Types>""");
            put(zip, method, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            put(zip, method, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""");
            put(zip, method, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                    </Relationships>""");
            put(zip, method, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <numFmts count="1"><numFmt numFmtId="164" formatCode="dd/MM/yyyy"/></numFmts>
                    <fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
                    <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
                    <borders count="1"><border/></borders>
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs>
                    <cellXfs count="2"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="164" applyNumberFormat="1" fontId="0" xfId="0"/></cellXfs>
                    </styleSheet>""");
            put(zip, method, "xl/worksheets/sheet1.xml", sheetEdit.apply(sheet(rows)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String sheet(List<List<Object>> rows) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (int r = 0; r < rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                String ref = column(c) + (r + 1);
                switch (value) {
                    case null -> {}
                    case String s ->
                        xml.append("<c r=\"")
                                .append(ref)
                                .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                                .append(escape(s))
                                .append("</t></is></c>");
                    case DateSerial d ->
                        xml.append("<c r=\"")
                                .append(ref)
                                .append("\" s=\"1\"><v>")
                                .append(d.days())
                                .append("</v></c>");
                    case Number n ->
                        xml.append("<c r=\"")
                                .append(ref)
                                .append("\"><v>")
                                .append(n)
                                .append("</v></c>");
                    default -> throw new IllegalArgumentException("unsupported cell " + value);
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void put(ZipOutputStream zip, int method, String name, String content) throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(name);
        if (method == ZipOutputStream.STORED) {
            // A stored entry must say its size and checksum up front.
            CRC32 crc = new CRC32();
            crc.update(data);
            entry.setSize(data.length);
            entry.setCompressedSize(data.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }
}
