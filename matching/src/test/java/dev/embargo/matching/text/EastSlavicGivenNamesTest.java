package dev.embargo.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ukrainian and Belarusian given names and patronymics put as the Russian ones, written as the lists write them. */
class EastSlavicGivenNamesTest {
    private final EastSlavicGivenNames names = EastSlavicGivenNames.instance();

    @Test
    void givenNamesAndPatronymicsOfBothLanguagesTakeTheirRussianForm() {
        // Belarusian, as EU and UK list Belarusian officials.
        assertThat(names.inRussianForms("Сяргей Аляксандравіч ГУСАЧЭНКА")).isEqualTo("Сергей Александрович ГУСАЧЭНКА");
        assertThat(names.inRussianForms("Белякоў, Алег Мікалаевіч")).isEqualTo("Белякоў, Олег Николаевич");
        assertThat(names.inRussianForms("ВОЛЬГА ІВАНАЎНА")).isEqualTo("ОЛЬГА ИВАНОВНА");
        // Ukrainian.
        assertThat(names.inRussianForms("Олексій Володимирович Шатохін")).isEqualTo("Алексей Владимирович Шатохін");
        assertThat(names.inRussianForms("Олена Сергіївна")).isEqualTo("Елена Сергеевна");
        assertThat(names.inRussianForms("Наталія Василівна")).isEqualTo("Наталья Васильевна");
        assertThat(names.inRussianForms("Юр’євич")).isEqualTo("Юр’євич");
    }

    @Test
    void russianNamesAndFamilyNamesStayAsWritten() {
        for (String name : new String[] {"Сергей Александрович Иванов", "Олег Павлович", "Петренко", "Sergei"}) {
            assertThat(names.inRussianForms(name)).isEqualTo(name);
        }
    }
}
