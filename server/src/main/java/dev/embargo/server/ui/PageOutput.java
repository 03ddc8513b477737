package dev.embargo.server.ui;

import dev.embargo.report.html.EscapingOutput;
import gg.jte.Content;
import gg.jte.html.HtmlTemplateOutput;

/**
 * Where the templates under {@code server/src/main/jte} (jte, precompiled at build time) write a page. Two
 * rules hold for every page, so no template needs to think of them:
 *
 * <ul>
 *   <li>Every value a template shows ({@code ${...}}) is escaped, in text and in attributes alike: {@code <},
 *       {@code >}, {@code &}, {@code "} and {@code '} become entities, so a name, a list's remark or a
 *       document's text can never become markup. (jte's own output escapes fewer characters in text and
 *       writes {@code &#34;} in attributes; this one keeps the pages exactly as they were before templates.)
 *   <li>A line break in a template's own text, and the indentation after it, lay out the template, not the
 *       page: they are left out, so templates can be indented for reading while pages stay compact. A value's
 *       line breaks (a pasted document) are kept.
 * </ul>
 */
public final class PageOutput implements HtmlTemplateOutput {
    private final StringBuilder page;

    PageOutput(int capacity) {
        page = new StringBuilder(capacity);
    }

    /** A template's {@code render} call, given where to write. */
    @FunctionalInterface
    public interface Template {
        void writeTo(HtmlTemplateOutput out);
    }

    /** The page or fragment a template writes. */
    public static String render(int capacity, Template template) {
        PageOutput out = new PageOutput(capacity);
        template.writeTo(out);
        return out.page.toString();
    }

    /** A template as a value another template shows: a page's results, a list of facts. */
    static Content content(Template template) {
        return out -> template.writeTo((HtmlTemplateOutput) out);
    }

    /** Markup made elsewhere and already safe, shown as it is (see {@link #writeMarkup}). */
    static Content markup(String html) {
        return out -> ((PageOutput) out).writeMarkup(html);
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        // One escape serves text and quoted attributes alike; the templates put no value in a script or style.
    }

    @Override
    public void writeContent(String templateText) {
        writeContent(templateText, 0, templateText.length());
    }

    @Override
    public void writeContent(String templateText, int beginIndex, int endIndex) {
        int i = beginIndex;
        while (i < endIndex) {
            char c = templateText.charAt(i);
            if (c == '\n') {
                i++;
                while (i < endIndex && (templateText.charAt(i) == ' ' || templateText.charAt(i) == '\t')) {
                    i++;
                }
            } else {
                page.append(c);
                i++;
            }
        }
    }

    @Override
    public void writeUserContent(String value) {
        if (value != null) {
            escape(value, page);
        }
    }

    /** Text made safe in HTML text and in quoted attributes, as the scan report escapes it. */
    static void escape(String value, StringBuilder to) {
        to.append(EscapingOutput.escape(value));
    }

    /**
     * Markup made elsewhere and already safe, kept as it is: a fragment another template wrote (the search
     * results), the scanned document with its highlights, which the scan report's own code writes.
     */
    void writeMarkup(String html) {
        page.append(html);
    }
}
