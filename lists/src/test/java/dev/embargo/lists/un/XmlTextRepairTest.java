package dev.embargo.lists.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlTextRepairTest {
    private static XmlTextRepair.Result repair(String text) {
        return XmlTextRepair.repair(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wellFormedTextIsLeftExactlyAsItIs() {
        String xml = "<?xml version=\"1.0\"?>\r\n<A b='1'>x &amp; y &#233; &#x1F600; &lt;<!-- a < b & c --></A>"
                + "<![CDATA[ 1 < 2 & 3 ]]>\t김정은";
        XmlTextRepair.Result r = repair(xml);
        assertThat(r.text()).isEqualTo(xml);
        assertThat(r.repaired()).isFalse();
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'A', '/', '>'};
        assertThat(XmlTextRepair.repair(bom).text()).isEqualTo("<A/>");
    }

    @Test
    void strayMarkupCharactersBecomeTextAndAreCountedByLine() {
        XmlTextRepair.Result r = repair("<A>\n#<0@>2 %0<0B &J &#1; &nosuch; &amp;</A>\n<B>a &</B>");
        assertThat(r.text())
                .isEqualTo("<A>\n#&lt;0@>2 %0&lt;0B &amp;J &amp;#1; &amp;nosuch; &amp;</A>\n<B>a &amp;</B>");
        assertThat(r.strayMarkup().count()).isEqualTo(6);
        assertThat(r.strayMarkup().firstLines()).containsExactly(2, 3);
        assertThat(r.strayMarkup().linesText()).isEqualTo("lines 2, 3");
    }

    @Test
    void forbiddenControlCharactersAreDroppedButLineEndsAndTabsKept() {
        XmlTextRepair.Result r = repair("<A>Lord\u0019s\r\n\u001cArmy\u001d\t\uFFFF</A>");
        assertThat(r.text()).isEqualTo("<A>Lords\r\nArmy\t</A>");
        assertThat(r.forbiddenChars().count()).isEqualTo(4);
        assertThat(r.forbiddenChars().firstLines()).containsExactly(1, 2);
    }

    @Test
    void malformedBytesBecomeReplacementCharactersAndManyLinesAreShortened() {
        StringBuilder xml = new StringBuilder("<A>");
        for (int i = 0; i < 7; i++) {
            xml.append("\nJ@R@ME");
        }
        byte[] bytes = xml.append("</A>").toString().getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '@') {
                bytes[i] = (byte) 0xE9;
            }
        }
        XmlTextRepair.Result r = XmlTextRepair.repair(bytes);
        assertThat(r.text()).contains("\nJ\uFFFDR\uFFFDME\n");
        assertThat(r.malformedBytes().count()).isEqualTo(14);
        assertThat(r.malformedBytes().linesText()).isEqualTo("lines 2, 3, 4, 5, 6, …");
    }
}
