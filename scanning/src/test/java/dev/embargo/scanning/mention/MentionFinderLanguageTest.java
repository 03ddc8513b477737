package dev.embargo.scanning.mention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.scanning.language.Language;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which function words keep a capitalised word from opening a name depends on the text's language. */
class MentionFinderLanguageTest {
    private static List<String> queries(String text, Set<Language> languages) {
        return MentionFinder.candidates(text, languages).stream()
                .map(Mention::query)
                .toList();
    }

    @Test
    void inEnglishForeignArticlesAndParticlesOpenNames() {
        String text = "Shares of De Beers fell after Le Monde and Die Zeit reported that Van Dijk Shipping was fined.";
        List<String> english = queries(text, EnumSet.of(Language.EN));
        assertThat(english).contains("De Beers", "Le Monde", "Die Zeit", "Van Dijk Shipping");
        // with every language's function words, the article is cut off and only the rest is screened
        List<String> all = queries(text, EnumSet.allOf(Language.class));
        assertThat(all).contains("Beers", "Monde", "Zeit").doesNotContain("De Beers", "Le Monde", "Die Zeit");
        assertThat(MentionFinder.candidates(text))
                .isEqualTo(MentionFinder.candidates(text, EnumSet.allOf(Language.class)));
    }

    @Test
    void eachLanguageKeepsItsOwnSentenceStartsFromOpeningNames() {
        assertThat(queries("Het Parool meldde het. De Telegraaf ook.", EnumSet.of(Language.NL)))
                .doesNotContain("Het Parool", "De Telegraaf")
                .contains("Parool", "Telegraaf");
        assertThat(queries("Die Regierung schwieg. Laut Reuters nicht.", EnumSet.of(Language.DE)))
                .doesNotContain("Die Regierung", "Laut Reuters")
                .contains("Regierung", "Reuters");
        assertThat(queries("Les douanes ont saisi le navire. Selon Reuters, oui.", EnumSet.of(Language.FR)))
                .doesNotContain("Les", "Selon Reuters")
                .contains("Reuters");
        assertThat(queries("The ship left. According to Reuters, it sank.", EnumSet.of(Language.EN)))
                .doesNotContain("The", "According to Reuters", "According")
                .contains("Reuters");
    }

    @Test
    void titlesOpenNoNameInAnyLanguage() {
        for (Language l : Language.values()) {
            assertThat(queries("Minister Jan Smit met President Anna Berg in Oslo.", EnumSet.of(l)))
                    .doesNotContain("Minister Jan Smit", "President Anna Berg")
                    .contains("Jan Smit", "Anna Berg");
        }
    }
}
