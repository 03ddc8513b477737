package dev.embargo.scanning.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextLanguageTest {
    private static final String NL = "De haven van Rotterdam heeft vorig jaar minder schepen uit Rusland ontvangen. "
            + "Volgens de douane is dat een gevolg van de sancties, maar ook van de hoge prijzen. Het aantal "
            + "containers dat werd gecontroleerd, is wel gestegen.";
    private static final String EN = "The port of Hamburg has received fewer ships from Russia this year. Customs "
            + "officials said that this was a result of the sanctions, but also of the high prices. The number of "
            + "containers that were checked has risen.";
    private static final String DE = "Der Hamburger Hafen hat in diesem Jahr weniger Schiffe aus Russland empfangen. "
            + "Laut dem Zoll ist das eine Folge der Sanktionen, aber auch der hohen Preise. Die Zahl der "
            + "kontrollierten Container ist gestiegen, sagte ein Sprecher.";
    private static final String FR = "Le port du Havre a reçu moins de navires venant de Russie cette année. Selon "
            + "les douanes, c'est une conséquence des sanctions, mais aussi des prix élevés. Le nombre de "
            + "conteneurs contrôlés est en hausse.";

    @ParameterizedTest
    @CsvSource({"NL", "EN", "DE", "FR"})
    void detectsEachLanguageClearly(Language expected) {
        String text = switch (expected) {
            case NL -> NL;
            case EN -> EN;
            case DE -> DE;
            case FR -> FR;
        };
        TextLanguage detected = TextLanguage.of("auto", text);
        assertThat(detected.language()).isEqualTo(expected);
        assertThat(detected.clear()).isTrue();
        assertThat(detected.wordLanguages()).containsExactly(expected);
        assertThat(TextLanguage.of(null, text)).isEqualTo(detected);
    }

    @Test
    void aMixedTextIsUnclearAndKeepsEveryLanguagesFunctionWords() {
        TextLanguage mixed = TextLanguage.of("auto", EN + "\n\n" + NL);
        assertThat(mixed.clear()).isFalse();
        assertThat(mixed.language()).isIn(Language.EN, Language.NL);
        assertThat(mixed.wordLanguages()).isEqualTo(EnumSet.allOf(Language.class));
    }

    @Test
    void aTextTooShortToTellIsUnclear() {
        assertThat(TextLanguage.of("auto", "Kim Jong Un").clear()).isFalse();
        assertThat(TextLanguage.of("auto", "de haven").clear()).isFalse();
        assertThat(TextLanguage.of("auto", "")).isEqualTo(new TextLanguage(Language.EN, false));
        assertThat(TextLanguage.of("auto", null).clear()).isFalse();
    }

    /**
     * Whether a text may capitalise its nouns as German does: short German sentences, too short to be clear,
     * hold German words; sentences of languages the detector does not know (Portuguese, Spanish, Italian,
     * Russian) hold none and are not read as German.
     */
    @Test
    void onlyATextThatMayBeGermanIsReadAsCapitalisingNouns() {
        for (String german : new String[] {
            "Am Montag hat Eiravati Abdallah neue Sanktionen scharf kritisiert.",
            "Laut dem Bericht soll Antonio Abdurahman an den Geschäften beteiligt gewesen sein.",
            "Die Behörden werfen James Faiz vor, Gelder verschoben zu haben."
        }) {
            TextLanguage l = TextLanguage.of("auto", german);
            assertThat(l.mayCapitaliseNouns()).as(german).isTrue();
        }
        for (String other : new String[] {
            "O relatório diz que Nasiba Noor participou nas transações.",
            "Según los investigadores, Luisa Aung se reunió varias veces con representantes del gobierno.",
            "Secondo gli inquirenti, Marco Salleh ha incontrato più volte rappresentanti del governo.",
            "В понедельник Захар Гайда резко раскритиковал новые санкции.",
            "Kim Jong Un"
        }) {
            TextLanguage l = TextLanguage.of("auto", other);
            assertThat(l.clear()).as(other).isFalse();
            assertThat(l.mayCapitaliseNouns()).as(other).isFalse();
        }
        assertThat(TextLanguage.of("auto", DE).mayCapitaliseNouns()).isTrue();
        assertThat(TextLanguage.of("de", EN).mayCapitaliseNouns()).isTrue();
        assertThat(TextLanguage.of("auto", EN).mayCapitaliseNouns()).isFalse();
        assertThat(TextLanguage.of("auto", NL).mayCapitaliseNouns()).isFalse();
    }

    @Test
    void aGivenLanguageIsHonouredWhateverTheTextSays() {
        assertThat(TextLanguage.of("de", EN)).isEqualTo(new TextLanguage(Language.DE, true));
        assertThat(TextLanguage.of("NL", FR)).isEqualTo(new TextLanguage(Language.NL, true));
        assertThat(TextLanguage.of("fr", "").wordLanguages()).containsExactly(Language.FR);
    }

    @Test
    void anUnknownCodeIsAClearError() {
        assertThatThrownBy(() -> TextLanguage.of("es", EN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--lang: expected auto, nl, en, de or fr, not \"es\"");
    }
}
