package dev.embargo.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import dev.embargo.lists.SharedData;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading Chinese characters one at a time gives what ICU's Han-Latin gives for the whole name. */
class RomanizerPinyinTest {
    private final Romanizer romanizer = new Romanizer();
    private final Transliterator icu = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private String whole(String text) {
        return icu.transliterate(text).replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyNameInChineseCharactersOfTheEvaluationDataReadsAsIcuReadsIt() throws Exception {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.require("eval/negatives_global.csv"))) {
            String name = line.startsWith("\"") ? line.substring(1, line.indexOf('"', 1)) : line.substring(0, line.indexOf(','));
            if (name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                names.add(name);
            }
        }
        assertThat(names).hasSizeGreaterThan(5_000);
        for (String name : names) {
            assertThat(romanizer.pinyin(name)).as(name).isEqualTo(whole(name));
        }
    }

    @Test
    void listedNamesAndMarksThatDependOnTheirNeighbours() {
        for (String name : List.of("金正恩", "金 正恩", "習近平", "重庆", "重庆市对外贸易公司", "重 庆", "藏文", "秘鲁", "中文", "文化部", "西藏文化", "藏书文", "重要", "秘书", "鲁迅", "庆重", "佐々木", "〇〇商事", "王伟 ", "李\u3000明", "𠀋𠀍")) {
            assertThat(romanizer.pinyin(name)).as(name).isEqualTo(whole(name));
        }
        assertThat(romanizer.pinyin("金正恩")).isEqualTo("jin zheng en");
    }
}
