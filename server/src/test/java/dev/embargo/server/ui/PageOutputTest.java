package dev.embargo.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** What every page gets from the output its templates write to. */
class PageOutputTest {
    private static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        PageOutput.escape(s, b);
        return b.toString();
    }

    @Test
    void theFiveCharactersOfMarkupBecomeEntities() {
        assertThat(escaped("<a href=\"x\" title='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    /** Whatever a value holds, it shows as text in the element and in the attribute, never as markup. */
    @Property(tries = 500)
    void aValueNeverBecomesMarkup(@ForAll String value) {
        String option = PageOutput.render(64, out -> JteoptionGenerated.render(out, null, value, value, ""));
        assertThat(option)
                .isEqualTo("<option value=\"" + escaped(value) + "\"" + (value.isEmpty() ? " selected" : "") + ">"
                        + escaped(value) + "</option>");
        assertThat(escaped(value)).doesNotContain("<", ">", "\"", "'");
    }

    @Test
    void aTemplatesOwnLineBreaksAreLeftOutAndAValuesAreKept() {
        // option.jte ends in a line break, login.jte is indented over many lines; the value's break stays.
        String option = PageOutput.render(64, out -> JteoptionGenerated.render(out, null, "a\n  b", "c\nd", null));
        assertThat(option).isEqualTo("<option value=\"a\n  b\">c\nd</option>");
        String login = PageOutput.render(
                4096, out -> JteloginGenerated.render(out, null, Layout.forAnonymous(), "/", true, null));
        assertThat(login).startsWith("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        assertThat(login.substring("<!doctype html>\n".length(), login.length() - 1))
                .doesNotContain("\n")
                .doesNotContain("  ");
        assertThat(login).endsWith("</body></html>\n");
    }
}
