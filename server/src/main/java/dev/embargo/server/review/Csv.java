package dev.embargo.server.review;

import java.util.List;

/** One CSV row as RFC 4180 writes it, with cells that a spreadsheet would run as a formula made inert. */
final class Csv {
    private Csv() {}

    static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        // A name or comment starting with = + - @ would be run as a formula by a spreadsheet (CSV injection).
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+([eE]-?[0-9]+)?")) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0
                || v.indexOf('"') >= 0
                || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0
                || v.startsWith("'")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
