package dev.embargo.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.jsoup.parser.Parser;

class EscapingOutputTest {
    /** Escaped text holds none of the five characters raw, and reads back as the text it was. */
    @Property(tries = 500)
    void escapedTextHoldsNoMarkupAndReadsBack(@ForAll String text) {
        String escaped = EscapingOutput.escape(text);
        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(escaped.replaceAll("&(lt|gt|amp|quot|#39);", "")).doesNotContain("&");
        assertThat(Parser.unescapeEntities(escaped, true)).isEqualTo(text);
    }

    @Property(tries = 200)
    void valuesAreEscapedMarkupIsNot(@ForAll String value) {
        EscapingOutput out = new EscapingOutput(16);
        out.writeContent("<b>");
        out.writeUserContent(value);
        out.writeUserContent((String) null);
        out.writeContent("</b>");
        assertThat(out.toString()).isEqualTo("<b>" + EscapingOutput.escape(value) + "</b>");
    }
}
