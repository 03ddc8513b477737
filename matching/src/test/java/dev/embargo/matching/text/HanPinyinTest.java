package dev.embargo.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The table of single-character readings is what the ICU on the class path gives. */
class HanPinyinTest {
    private final Transliterator icu = Transliterator.getInstance(HanPinyin.ICU_RULES);

    @Test
    void theTableIsWhatIcuGives() throws Exception {
        String shipped;
        try (InputStream in = HanPinyin.class.getResourceAsStream(HanPinyin.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped)
                .as(
                        "han-pinyin.tsv differs from ICU's readings; regenerate it: java -cp <matching classes>:<icu4j jar> "
                                + "dev.embargo.matching.text.HanPinyin matching/src/main/resources/dev/embargo/matching/text/han-pinyin.tsv")
                .isEqualTo(HanPinyin.generate(icu));
    }

    @Test
    void readingsAndContextRulesAsIcu() {
        HanPinyin table = HanPinyin.instance();
        for (String c : new String[] {"金", "正", "恩", "重", "庆", "文", "藏"}) {
            assertThat(table.readingOrNull(c.codePointAt(0)))
                    .as(c)
                    .isEqualTo(icu.transliterate(c).strip());
        }
        // Not in the table, so read by ICU: 〇 lies outside the ideograph blocks the table covers (ICU reads it
        // ling), and ICU leaves 𠀋 as it is.
        assertThat(table.readingOrNull('〇')).isNull();
        assertThat(table.readingOrNull("𠀋".codePointAt(0))).isNull();
        assertThat(icu.transliterate("𠀋")).isEqualTo("𠀋");
        assertThat(table.readByNeighbour("重".codePointAt(0), "重庆市")).isTrue();
        assertThat(table.readByNeighbour("重".codePointAt(0), "重要")).isFalse();
        assertThat(table.readByNeighbour("文".codePointAt(0), "中文")).isFalse();
        assertThat(table.readByNeighbour("文".codePointAt(0), "藏 文")).isTrue();
    }

    @Test
    void aMalformedLineIsNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HanPinyin.parse("# head\nzhong\n"))
                .hasMessageContaining("han-pinyin.tsv")
                .hasMessageContaining("\"zhong\"");
    }
}
