package dev.embargo.matching.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Latin Ukrainian and Belarusian given names, patronymics and family names read as the Russian ones. */
class EastSlavicLatinNamesTest {
    private final EastSlavicLatinNames names = EastSlavicLatinNames.instance();
    private final NameAnalyzer analyzer = new NameAnalyzer();

    @Test
    void ukrainianAndBelarusianSpellingsOfTheTableAreReadAsTheRussianForm() {
        assertThat(names.russianForm("siarhei")).isEqualTo("sergey");
        assertThat(names.russianForm("siarhej")).isEqualTo("sergey");
        assertThat(names.russianForm("serhiy")).isEqualTo("sergey");
        assertThat(names.russianForm("serhii")).isEqualTo("sergey");
        assertThat(names.russianForm("ihar")).isEqualTo("igor");
        assertThat(names.russianForm("oleh")).isEqualTo("oleg");
        assertThat(names.russianForm("uladzimir")).isEqualTo("vladimir");
        assertThat(names.russianForm("volodymyrovych")).isEqualTo("vladimirovich");
        assertThat(names.russianForm("yakaulevich")).isEqualTo("yakovlevich");
        assertThat(names.russianForm("aliaksandrauna")).isEqualTo("aleksandrovna");
        assertThat(names.russianForm("vasylivna")).isEqualTo("vasilyevna");
        assertThat(names.russianForm("hienadz")).isEqualTo("gennadiy");
    }

    @Test
    void russianSpellingsAndOtherLanguagesWordsAreNoUkrainianOrBelarusianForms() {
        // Spellings of the Russian form need no reading and mark no language.
        for (String w : List.of("ivan", "sergey", "sergei", "roman", "pavel", "maksim", "oleg")) {
            assertThat(names.russianForm(w)).as(w).isNull();
        }
        // Words that a romanisation key would have merged with a table spelling.
        for (String w : List.of("andre", "paris", "potter", "vieira", "mikkola", "khanna")) {
            assertThat(names.russianForm(w)).as(w).isNull();
        }
    }

    @Test
    void aBelarusianShortUInAFamilyNameIsTheRussianVOnlyInAMarkedName() {
        assertThat(EastSlavicLatinNames.russianLetters("kazakou")).isEqualTo("kazakov");
        assertThat(EastSlavicLatinNames.russianLetters("burmistrau")).isEqualTo("burmistrov");
        assertThat(EastSlavicLatinNames.russianLetters("vasilieu")).isEqualTo("vasilyev");
        assertThat(EastSlavicLatinNames.russianLetters("buzouski")).isEqualTo("buzovski");
        assertThat(EastSlavicLatinNames.russianLetters("bou")).isNull();
        assertThat(familyKey("Siarhei Ivanavich KAZAKOU")).isEqualTo(RomanizationVariants.variantKey("kazakov"));
        // No Ukrainian or Belarusian given name: the word keeps its own key.
        assertThat(familyKey("Mamadou Amadou KABOU")).isEqualTo(RomanizationVariants.variantKey("kabou"));
        assertThat(familyKey("Sergei Ivanovich KAZAKOU")).isEqualTo(RomanizationVariants.variantKey("kazakou"));
    }

    private String familyKey(String name) {
        return analyzer.analyzeFirst(name).tokens().getLast().variant();
    }
}
