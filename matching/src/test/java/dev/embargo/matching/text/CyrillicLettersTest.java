package dev.embargo.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a Cyrillic name's letters decide its reading ({@link CyrillicLetters}); on real lists see RealListScriptAliasesTest. */
class CyrillicLettersTest {
    private final Romanizer romanizer = new Romanizer();

    private List<String> readings(String name) {
        return romanizer.readings(name).stream()
                .map(r -> LatinFolder.fold(r.latin()))
                .toList();
    }

    @Test
    void latinLookAlikesInsideCyrillicWordsAreTheCyrillicLetters() {
        assertThat(CyrillicLetters.withoutLatinLookAlikes("Cухов Геннадий")).isEqualTo("Сухов Геннадий");
        assertThat(CyrillicLetters.withoutLatinLookAlikes("МОШКIН")).isEqualTo("МОШКІН");
        // A Latin word beside Cyrillic ones is left as it is.
        assertThat(CyrillicLetters.withoutLatinLookAlikes("ООО ROSNEFT")).isEqualTo("ООО ROSNEFT");
        assertThat(readings("Cухов")).containsExactly("sukhov");
    }

    @Test
    void ukrainianAndBelarusianLettersMarkTheirLanguage() {
        assertThat(CyrillicLetters.languageOf("Сергій Курченко")).isEqualTo(CyrillicLetters.Language.UKRAINIAN);
        assertThat(CyrillicLetters.languageOf("Аляксей Аўраменка")).isEqualTo(CyrillicLetters.Language.BELARUSIAN);
        assertThat(CyrillicLetters.languageOf("Віктар Шэйман")).isEqualTo(CyrillicLetters.Language.BELARUSIAN);
        // и is not Belarusian: a Russian surname with a Ukrainian given name is read as Ukrainian.
        assertThat(CyrillicLetters.languageOf("Эвсюков Сергiй Володимирович"))
                .isEqualTo(CyrillicLetters.Language.RUSSIAN);
        assertThat(CyrillicLetters.languageOf(CyrillicLetters.withoutLatinLookAlikes("Эвсюков Сергiй Володимирович")))
                .isEqualTo(CyrillicLetters.Language.UKRAINIAN);
        assertThat(CyrillicLetters.languageOf("Владимир Путин")).isEqualTo(CyrillicLetters.Language.RUSSIAN);
    }

    @Test
    void ukrainianAndBelarusianNamesAreReadByTheirOwnSystemsAndInRussianForm() {
        assertThat(readings("Сергій Віталійович Курченко"))
                .containsExactly("serhiy vitaliyovych kurchenko", "sergey vitalyevich kurchenko");
        // The Russian form puts given names and patronymics as the Russian ones (EastSlavicGivenNames).
        assertThat(readings("Аляксей Аўраменка")).contains("alyaksyey auramyenka", "aleksey avramenka");
        assertThat(readings("Эвсюков Сергiй Володимирович").getFirst()).isEqualTo("evsyukov serhiy volodymyrovych");
        // Russian names read as before, once.
        assertThat(readings("Владимир Путин")).containsExactly("vladimir putin");
    }
}
