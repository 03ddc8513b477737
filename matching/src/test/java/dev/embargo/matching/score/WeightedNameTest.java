package dev.embargo.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.text.LatinFolder;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * How a name's original text tells its family words ({@link WeightedName#familyWords}), read letter by letter: the
 * same as the plain definition (split at runs of white space, each chunk folded and its words counted, the case of
 * the whole text compared with its upper- and lower-case forms) for any text, ASCII or not.
 */
class WeightedNameTest {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Provide
    Arbitrary<String> names() {
        // Letters of both cases, ones whose case forms change the length (ß) or need more than ASCII, the white
        // space \s reads, a comma, a hyphen and the dot of an initial.
        return Arbitraries.strings()
                .withChars("aAbBkKzZ ßÉéİıÖ\t\n,.-'")
                .ofMinLength(0)
                .ofMaxLength(24);
    }

    @Property(tries = 2000)
    void mixedCaseIsTheTextUnlikeBothItsCaseForms(@ForAll("names") String text) {
        boolean definition = !text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT));
        assertThat(WeightedName.mixedCase(text)).isEqualTo(definition);
    }

    @Property(tries = 2000)
    void familyWordsAreWhatTheDefinitionSays(
            @ForAll("names") String original, @ForAll @IntRange(min = 1, max = 6) int count) {
        assertThat(WeightedName.familyWords(original, count)).isEqualTo(definition(original, count));
    }

    /** The family words by regular expressions and the case forms of the whole text. */
    private static boolean[] definition(String original, int count) {
        int comma = original.indexOf(',');
        boolean mixedCase = !original.equals(original.toUpperCase(Locale.ROOT))
                && !original.equals(original.toLowerCase(Locale.ROOT));
        if (comma <= 0 && !mixedCase) {
            return null;
        }
        boolean[] family = new boolean[count];
        int at = 0;
        boolean anyFamily = false;
        boolean anyGiven = false;
        int offset = 0;
        for (String chunk : WHITESPACE.split(original)) {
            String folded = LatinFolder.fold(chunk).strip();
            int words = folded.isEmpty() ? 0 : folded.split(" ").length;
            int chunkAt = original.indexOf(chunk, offset);
            offset = chunkAt + chunk.length();
            boolean isFamily = comma > 0 ? chunkAt < comma : capitals(chunk);
            for (int k = 0; k < words; k++) {
                if (at >= count) {
                    return null;
                }
                family[at++] = isFamily;
                anyFamily |= isFamily;
                anyGiven |= !isFamily;
            }
        }
        if (at != count || !anyFamily || !anyGiven) {
            return null;
        }
        int putLast = NameAnalyzer.familyWordsPutLast(original);
        if (putLast > 0 && putLast < count) {
            for (int i = 0; i < count; i++) {
                family[i] = i >= count - putLast;
            }
        }
        return family;
    }

    private static boolean capitals(String chunk) {
        int letters = 0;
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
