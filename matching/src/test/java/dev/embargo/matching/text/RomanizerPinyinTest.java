package dev.embargo.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Name;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Reading Chinese characters one at a time, with the spaces ICU puts around them, gives what ICU's
 * Han-Latin gives for the whole name (whitespace runs as one space, none at the ends).
 */
class RomanizerPinyinTest {
    private final Romanizer romanizer = new Romanizer();
    private final Transliterator icu = Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private String whole(String text) {
        return collapse(icu.transliterate(text));
    }

    @Test
    void everyNameInChineseCharactersOfTheEvaluationDataReadsAsIcuReadsIt() throws Exception {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.require("eval/negatives_global.csv"))) {
            String name = line.startsWith("\"")
                    ? line.substring(1, line.indexOf('"', 1))
                    : line.substring(0, line.indexOf(','));
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
    void everyListedNameInChineseCharactersIsReadFromTheTableAsIcuReadsIt() throws Exception {
        int mixed = 0;
        int checked = 0;
        for (Entity e : ListLoader.loadDirectory(SharedData.lists()).entities()) {
            for (Name n : e.names()) {
                String name = n.full();
                boolean han =
                        name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
                boolean kana = name.codePoints()
                        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
                                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA);
                if (!han || kana) {
                    // Names with kana get a Japanese reading, not this one.
                    continue;
                }
                checked++;
                if (name.codePoints()
                        .anyMatch(cp -> Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN
                                && !Character.isWhitespace(cp))) {
                    mixed++;
                }
                // Read without ICU, so that the index build never parses Han-Latin's rules, and as ICU reads it.
                assertThat(romanizer.pinyinFromTable(name)).as(name).isNotNull();
                assertThat(romanizer.pinyinFromTable(name)).as(name).isEqualTo(whole(name));
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(mixed)
                .as("names with brackets, dots or Latin letters beside the characters")
                .isGreaterThan(10);
    }

    /**
     * Characters, Latin letters, digits, ASCII and fullwidth punctuation in any order read from the table as ICU
     * reads them; text the table cannot read goes to ICU.
     */
    @Property(tries = 4000)
    void mixedTextReadsAsIcuReadsIt(@ForAll("mixedText") String text) {
        String fromTable = romanizer.pinyinFromTable(text);
        if (fromTable != null) {
            assertThat(fromTable).isEqualTo(whole(text));
        }
        assertThat(collapse(romanizer.pinyin(text))).isEqualTo(whole(text));
    }

    /** The property's texts are mostly read from the table: it tests the table's reading, not ICU against itself. */
    @Test
    void mostMixedTextIsReadFromTheTable() {
        java.util.Random random = new java.util.Random(20261130);
        List<String> pieces = readablePieces();
        int fromTable = 0;
        for (int i = 0; i < 1000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            fromTable += romanizer.pinyinFromTable(text.toString()) != null ? 1 : 0;
        }
        assertThat(fromTable).isGreaterThan(900);
    }

    @Provide
    Arbitrary<String> mixedText() {
        List<String> pieces = new ArrayList<>(readablePieces());
        // Characters read by their neighbour (重庆, 藏文, 秘鲁), marks and scripts only ICU reads, other whitespace.
        pieces.addAll(List.of("重", "庆", "藏", "文", "秘", "鲁", "〇", "カ", "ン", "Б", "é", "「", "」", "《", "\u3000", "\t"));
        // Other scripts' letters and Latin letters ICU folds by their neighbours (Æ before a small letter), which
        // send a name to be read word by word.
        pieces.addAll(List.of("수", "민", "ถ", "นั", "Ç", "ğ", "Æ", "æ", "ß", "Ø", "ʼ", "\u00A0", " ", " "));
        return Arbitraries.of(pieces).list().ofMaxSize(12).map(list -> String.join("", list));
    }

    /** What the table reads: characters (a compatibility one, one outside the BMP), ASCII, fullwidth ASCII and
     *  ideographic punctuation, the middle dot, the iteration mark as written and as ICU writes it, spaces. */
    private static List<String> readablePieces() {
        List<String> pieces = new ArrayList<>(List.of(
                "金", "正", "恩", "有", "限", "公", "司", "中", "\uF900", "𠀍", "·", "々", "⓶", " ", " ", "  ", "（", "）", "，",
                "。", "、", "Ａ", "ｂ", "１", "＆", "；", "？", "！", "：", "［", "｝"));
        for (char c = '!'; c <= '~'; c++) {
            pieces.add(String.valueOf(c));
        }
        return pieces;
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * Names of Chinese characters beside another script's word, as a portfolio holds them ("稔 Çamurcuoğlu", "수민
     * 梁"): read as ICU reads them whole, with ICU reading each word the table cannot read once, not each name.
     */
    @Test
    void namesMixingCharactersAndOtherScriptsAreReadWordByWordAsIcuReadsThem() throws Exception {
        List<String> hanNames = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.require("eval/negatives_global.csv"))) {
            String name = line.startsWith("\"")
                    ? line.substring(1, line.indexOf('"', 1))
                    : line.substring(0, line.indexOf(','));
            if (name.codePoints()
                            .allMatch(cp -> cp == ' ' || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    && romanizer.pinyinFromTable(name) != null) {
                hanNames.add(name);
            }
        }
        // Words of listed names the table cannot read: Latin letters with marks, Hangul, Thai, Cyrillic, Arabic.
        java.util.Set<String> otherWords = new java.util.LinkedHashSet<>();
        for (Entity e : ListLoader.loadDirectory(SharedData.lists()).entities()) {
            for (Name n : e.names()) {
                for (String w : n.full().split(" ")) {
                    if (!w.isEmpty()
                            && w.codePoints()
                                    .noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                            && romanizer.pinyinFromTable(w) == null
                            && otherWords.size() < 400) {
                        otherWords.add(w);
                    }
                }
            }
        }
        assertThat(hanNames).hasSizeGreaterThan(2_000);
        assertThat(otherWords).hasSize(400);
        List<String> others = new ArrayList<>(otherWords);
        Romanizer fresh = new Romanizer();
        int names = 0;
        for (int i = 0; i < hanNames.size(); i++) {
            String other = others.get(i % others.size());
            String name = i % 2 == 0 ? hanNames.get(i) + " " + other : other + "  " + hanNames.get(i);
            assertThat(fresh.pinyin(name)).as(name).isEqualTo(whole(name));
            names++;
        }
        // Each other word once (the characters are read from the table), where every name went to ICU before.
        assertThat(fresh.pinyinReadByIcu()).isLessThanOrEqualTo(others.size()).isLessThan(names / 4);
    }

    @Test
    void listedNamesAndMarksThatDependOnTheirNeighbours() {
        for (String name : List.of(
                "金正恩",
                "金 正恩",
                "習近平",
                "重庆",
                "重庆市对外贸易公司",
                "重 庆",
                "藏文",
                "秘鲁",
                "中文",
                "文化部",
                "西藏文化",
                "藏书文",
                "重要",
                "秘书",
                "鲁迅",
                "庆重",
                "佐々木",
                "〇〇商事",
                "王伟 ",
                "李\u3000明",
                "𠀋𠀍")) {
            assertThat(romanizer.pinyin(name)).as(name).isEqualTo(whole(name));
        }
        assertThat(romanizer.pinyin("金正恩")).isEqualTo("jin zheng en");
    }
}
