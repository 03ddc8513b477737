package dev.embargo.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Cyrillic is read by ICU's BGN/PCGN rules alone and folded by {@link LatinFolder}, not by ICU's Latin-ASCII
 * as well: the folded words must be those of BGN/PCGN followed by Latin-ASCII, except that the hard sign no
 * longer breaks a word (Latin-ASCII writes its ʺ as a quotation mark, which folding takes for a break).
 */
class RomanizerCyrillicTest {
    private static final Transliterator BGN_THEN_ASCII = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private final Romanizer romanizer = new Romanizer();

    @Property(tries = 3000)
    void foldsAsBgnFollowedByLatinAsciiWithTheHardSignInsideItsWord(@ForAll("cyrillicNames") String name) {
        // Names with Ukrainian or Belarusian letters are read by those languages' rules (CyrillicLettersTest).
        net.jqwik.api.Assume.that(CyrillicLetters.languageOf(name) == CyrillicLetters.Language.RUSSIAN);
        String reading = romanizer.readings(name, false).getFirst().latin();
        String expected = BGN_THEN_ASCII.transliterate(name).replace("\"", "");
        assertThat(LatinFolder.fold(reading)).as(name).isEqualTo(LatinFolder.fold(expected));
    }

    @Example
    void theHardSignNoLongerSplitsAWord() {
        assertThat(folded("Объединённая")).isEqualTo("obyedinennaya");
        assertThat(folded("Леандър")).isEqualTo("leandr");
        // and the rest reads as before
        assertThat(folded("Путин Владимир Владимирович")).isEqualTo("putin vladimir vladimirovich");
        assertThat(folded("Ёлкина Елена")).isEqualTo("yelkina yelena");
        assertThat(folded("Шмелёв Дмитрий")).isEqualTo("shmelev dmitriy");
    }

    private String folded(String name) {
        return LatinFolder.fold(romanizer.readings(name, false).getFirst().latin());
    }

    /** Words of Cyrillic letters (Russian and the others of the block), joined by spaces and hyphens. */
    @Provide
    Arbitrary<String> cyrillicNames() {
        Arbitrary<Character> letter = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.chars().range('\u0400', '\u045F')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\u0460', '\u04FF')));
        Arbitrary<String> word = letter.filter(Character::isLetter)
                .list()
                .ofMinSize(1)
                .ofMaxSize(9)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
        return word.list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(words -> String.join(" ", words))
                .flatMap(n -> Arbitraries.of(n, n.replaceFirst(" ", "-")));
    }
}
