package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.matching.name.RomanizationVariants;
import dev.embargo.matching.text.HangulRomanizer;
import dev.embargo.matching.text.HanjaReadings;
import dev.embargo.matching.text.LatinFolder;
import dev.embargo.matching.text.Romanizer;
import org.junit.jupiter.api.Test;

class RomanizationTest {
    private final Romanizer romanizer = new Romanizer();

    @Test
    void foldingDropsDiacriticsApostrophesAndBreves() {
        assertThat(LatinFolder.fold("P'yŏngyang")).isEqualTo("pyongyang");
        assertThat(LatinFolder.fold("Tsjetsjenië")).isEqualTo("tsjetsjenie");
        assertThat(LatinFolder.fold("KIM, Jong-Un")).isEqualTo("kim jong un");
        assertThat(LatinFolder.fold("Straße Ærø Łódź")).isEqualTo("strasse aero lodz");
        assertThat(LatinFolder.fold("  ‘ABD AL-RAHMAN  ")).isEqualTo("abd al rahman");
    }

    @Test
    void hangulIsReadSyllableBySyllableInDprkSpelling() {
        assertThat(HangulRomanizer.romanize("김정은")).isEqualTo("kim jong un");
        assertThat(HangulRomanizer.romanize("최룡해")).isEqualTo("choe ryong hae");
        assertThat(HangulRomanizer.romanize("리병철")).isEqualTo("ri pyong chol");
        assertThat(HangulRomanizer.romanize("박지성")).isEqualTo("pak ji song");
    }

    @Test
    void hanjaReadInKoreanThroughIcuCollation() {
        assertThat(HanjaReadings.instance().toHangul("金正恩")).isEqualTo("김정은");
        assertThat(HanjaReadings.instance().toHangul("崔龍海")).isEqualTo("최룡해");
    }

    @Test
    void chineseCharactersGetPinyinKoreanAndJapaneseReadings() {
        assertThat(romanizer.readings("金正恩"))
                .extracting(Romanizer.Reading::latin)
                .contains("kim jong un", "jin zheng en");
        assertThat(romanizer.readings("山田太郎"))
                .extracting(r -> LatinFolder.fold(r.latin()))
                .contains("yamada taro");
    }

    @Test
    void cyrillicGreekAndArabicReadings() {
        assertThat(romanizer.readings("Владимир Путин").getFirst().latin()).isEqualTo("Vladimir Putin");
        assertThat(romanizer.readings("Νικόλαος").getFirst().latin()).isEqualTo("Nikolaos");
        Romanizer.Reading arabic = romanizer.readings("محمد علي").getFirst();
        assertThat(arabic.vowelless()).isTrue();
        assertThat(arabic.latin()).isEqualTo("mhmd ly");
    }

    @Test
    void variantKeysReconcileRomanisationSystems() {
        assertThat(RomanizationVariants.variantKey("jeong")).isEqualTo(RomanizationVariants.variantKey("jong"));
        assertThat(RomanizationVariants.variantKey("eun")).isEqualTo(RomanizationVariants.variantKey("un"));
        assertThat(RomanizationVariants.variantKey("lee")).isEqualTo(RomanizationVariants.variantKey("ri"));
        assertThat(RomanizationVariants.variantKey("park")).isEqualTo(RomanizationVariants.variantKey("pak"));
        assertThat(RomanizationVariants.variantKey("poetin")).isEqualTo(RomanizationVariants.variantKey("putin"));
        assertThat(RomanizationVariants.variantKey("smirnoff")).isEqualTo(RomanizationVariants.variantKey("smirnov"));
        assertThat(RomanizationVariants.variantKey("tchaikovsky"))
                .isEqualTo(RomanizationVariants.variantKey("chaikovsky"));
        assertThat(RomanizationVariants.variantKey("mohammed")).isEqualTo(RomanizationVariants.variantKey("muhammad"));
        assertThat(RomanizationVariants.variantKey("khaled")).isEqualTo(RomanizationVariants.variantKey("haled"));
        assertThat(RomanizationVariants.variantKey("qaddafi")).isEqualTo(RomanizationVariants.variantKey("kadafi"));
        assertThat(RomanizationVariants.variantKey("jong")).isNotEqualTo(RomanizationVariants.variantKey("jang"));
        assertThat(RomanizationVariants.variantKey("sergej")).isEqualTo(RomanizationVariants.variantKey("sergey"));
        assertThat(RomanizationVariants.variantKey("dmitrij")).isEqualTo(RomanizationVariants.variantKey("dmitriy"));
        assertThat(RomanizationVariants.variantKey("lawrow")).isEqualTo(RomanizationVariants.variantKey("lavrov"));
    }

    @Test
    void skeletonsKeepConsonantsOnly() {
        assertThat(RomanizationVariants.skeleton("mohammed")).isEqualTo("mhmt");
        assertThat(RomanizationVariants.skeleton("mhmd")).isEqualTo("mhmt");
        assertThat(RomanizationVariants.skeleton("khaled")).isEqualTo(RomanizationVariants.skeleton("khld"));
        assertThat(RomanizationVariants.skeleton("moshe")).isEqualTo(RomanizationVariants.skeleton("msh"));
    }
}
