package dev.embargo.scanning.mention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.scanning.language.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Quoted phrases are found by entering the regex only at opening quotes; that must find what a plain search
 * with the regex everywhere finds (its definition, repeated here; each match read into a phrase as the finder
 * reads it).
 */
class QuotedPhrasesTest {
    private static final Pattern DEFINITION = Pattern.compile("[\"“„«‘']([^\"”“«»‘’'\n]{2,60})[\"”“»’']");

    private static List<Mention> byDefinition(String text) {
        List<Mention> out = new ArrayList<>();
        Matcher m = DEFINITION.matcher(text);
        while (m.find()) {
            Mention phrase = MentionFinder.quotedPhrase(m);
            if (phrase != null) {
                out.add(phrase);
            }
        }
        return out;
    }

    @Provide
    Arbitrary<String> textWithQuotes() {
        return Arbitraries.strings().withChars("ab Sea Star,.\n\"“”„«»‘’'1-").ofMaxLength(300);
    }

    @Property(tries = 500)
    void theQuotedPhrasesAreThoseOfTheRegexSearch(@ForAll("textWithQuotes") String text) {
        assertThat(MentionFinder.find(text, Set.of(Language.EN)).quoted()).isEqualTo(byDefinition(text));
    }

    @Test
    void shipsAndCompaniesInQuotes() {
        String text = "The tanker “Sea Star” and 'Ocean Glory' met „Nordstern Handel” near the company's pier; "
                + "he said \"we never shipped anything to anyone at all, not once, not ever, in all those years\".";
        assertThat(MentionFinder.find(text, Set.of(Language.EN)).quoted())
                .extracting(Mention::query)
                .contains("Sea Star", "Ocean Glory", "Nordstern Handel");
        assertThat(MentionFinder.find(text, Set.of(Language.EN)).quoted()).isEqualTo(byDefinition(text));
    }
}
