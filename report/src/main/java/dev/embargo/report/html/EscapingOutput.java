package dev.embargo.report.html;

import gg.jte.html.HtmlTemplateOutput;
import gg.jte.output.StringOutput;

/**
 * Where a report template writes: its markup as it stands, and every value of a {@code ${}} escaped on the
 * way. The template engine calls {@link #writeUserContent(String)} for each such value, so no template
 * escapes by hand and none can forget to.
 *
 * <p>Why not jte's own escaping: it leaves quotes as they are in text and writes {@code "} as {@code &#34;}
 * in attributes, while the reports have always escaped {@code < > & " '} the same way everywhere (see
 * {@link #escape}); keeping that keeps every report byte for byte what it was. The same five characters are
 * safe in text and in double-quoted attribute values. Templates put no value inside {@code <script>},
 * {@code <style>} or an {@code on*} attribute, where other rules would apply.
 */
public final class EscapingOutput implements HtmlTemplateOutput {
    private final StringOutput out;

    public EscapingOutput(int expectedChars) {
        this.out = new StringOutput(expectedChars);
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        // Text and attribute values are escaped alike (see the class comment): the context changes nothing.
    }

    @Override
    public void writeContent(String value) {
        out.writeContent(value);
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        out.writeContent(value, beginIndex, endIndex);
    }

    @Override
    public void writeUserContent(String value) {
        if (value != null) {
            out.writeContent(escape(value));
        }
    }

    @Override
    public void writeUnsafeContent(String value) {
        // $unsafe{} would bypass the escaping: the reports have no markup that comes from data.
        throw new UnsupportedOperationException("a report template writes no unescaped value");
    }

    /** What was written. */
    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Text made safe to put in HTML, attribute values included: {@code < > & " '} as character references.
     * Public so that the server's page output escapes exactly as the report does; templates never call it.
     */
    public static String escape(String s) {
        StringBuilder b = null;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            String ref = switch (s.charAt(i)) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (ref != null) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16);
                }
                b.append(s, from, i).append(ref);
                from = i + 1;
            }
        }
        return b == null ? s : b.append(s, from, s.length()).toString();
    }
}
