package dev.embargo.lists.canada;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.canada.SemaAliasSplitter.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alias fields exactly as the SEMA list writes them. */
class SemaAliasSplitterTest {
    private static List<String> names(String aliases, boolean person) {
        return SemaAliasSplitter.split(aliases, person).stream()
                .map(Piece::name)
                .toList();
    }

    @Test
    void semicolonsAndLanguageLabelsSeparateNames() {
        assertThat(names(
                        "Gennady Ivanovich Kudlasevich, Gennadiy Ivanovich Kudlasevich, Belarusian: Генадзь Iванавiч "
                                + "Кудласевiч, Russian\u00a0: Геннадий Иванович Кудласевич ",
                        true))
                .containsExactly(
                        "Gennady Ivanovich Kudlasevich",
                        "Gennadiy Ivanovich Kudlasevich",
                        "Генадзь Iванавiч Кудласевiч",
                        "Геннадий Иванович Кудласевич");
        assertThat(names("Пётр Михайлович Фрадков; Pyotr Mikhailovich Fradkov", true))
                .containsExactly("Пётр Михайлович Фрадков", "Pyotr Mikhailovich Fradkov");
    }

    @Test
    void lineBreaksAreWrappingNotSeparators() {
        assertThat(names(
                        "Muhammad Ata-al-Mawla, Mohamed Atta Al-Mawla, Mohamed\nAtta Emoula Abbas, Arabic: محمد عطا",
                        true))
                .containsExactly(
                        "Muhammad Ata-al-Mawla", "Mohamed Atta Al-Mawla", "Mohamed Atta Emoula Abbas", "محمد عطا");
    }

    @Test
    void commasInsideQuotesAndBeforeLegalFormsDoNotSplit() {
        assertThat(names("Акционерное Общество \"Специальное Бюро По Релейной Технике,\" СКТБ РТ", false))
                .containsExactly("Акционерное Общество \"Специальное Бюро По Релейной Технике,\" СКТБ РТ");
        assertThat(names("Северсталь, ПАО; Публичное Акционерное Общество \"Северсталь\"", false))
                .containsExactly("Северсталь, ПАО", "Публичное Акционерное Общество \"Северсталь\"");
        assertThat(names("ОАО, БЭТО", false)).containsExactly("ОАО, БЭТО");
    }

    @Test
    void orAndSlashSeparateVariants() {
        assertThat(names(
                        "Черноморский банк развития и реконструкции or ЧБРР; Chernomorskiy bank, JSC Bank CHBDR",
                        false))
                .containsExactly(
                        "Черноморский банк развития и реконструкции", "ЧБРР", "Chernomorskiy bank", "JSC Bank CHBDR");
        assertThat(names("Ольга Александровна КРАВЦОВА / Ольга Олександрiвна КРАВЦОВА", true))
                .containsExactly("Ольга Александровна КРАВЦОВА", "Ольга Олександрiвна КРАВЦОВА");
        assertThat(names("Открытое акционерное общество \"ВОЛАТАВТО\"/ ОАО \"ВОЛАТАВТО\"", false))
                .containsExactly("Открытое акционерное общество \"ВОЛАТАВТО\"", "ОАО \"ВОЛАТАВТО\"");
    }

    @Test
    void andSeparatesOrganisationNamesOnlyOutsideLatinScript() {
        assertThat(names("ООО Машприборинторг-Волна and МПИ-Волна", false))
                .containsExactly("ООО Машприборинторг-Волна", "МПИ-Волна");
        assertThat(names("Myanma Investment and Commercial Bank", false))
                .containsExactly("Myanma Investment and Commercial Bank");
    }

    @Test
    void oneNameWrittenWithACommaStaysWhole() {
        assertThat(names("Баранов, Олег Анатольевич", true)).containsExactly("Баранов, Олег Анатольевич");
    }

    @Test
    void loneWordsOfPeopleAreWeakButAcronymsOfOrganisationsAreNot() {
        assertThat(SemaAliasSplitter.split("Alexei, Aleksei ", true))
                .containsExactly(new Piece("Alexei", true), new Piece("Aleksei", true));
        assertThat(SemaAliasSplitter.split("KGB, Belarusian KGB", false))
                .containsExactly(new Piece("KGB", false), new Piece("Belarusian KGB", false));
    }

    @Test
    void danglingBracketsLeftByALabelAreDropped() {
        assertThat(names(
                        "Беларускi народны банк) (Russian: Открытое акционерное общество \"Белорусский народный банк\"",
                        false))
                .containsExactly(
                        "Беларускi народны банк", "Открытое акционерное общество \"Белорусский народный банк\"");
    }

    @Test
    void nothingToSplit() {
        assertThat(SemaAliasSplitter.split(null, true)).isEmpty();
        assertThat(SemaAliasSplitter.split(" ;, ", false)).isEmpty();
    }
}
