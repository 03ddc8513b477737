package dev.embargo.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.scanning.claim.ClaimExtractor;
import dev.embargo.scanning.language.Language;
import dev.embargo.scanning.mention.MentionFinder;
import dev.embargo.scanning.place.IdentifierFinder;
import dev.embargo.scanning.place.Jurisdictions;
import java.util.EnumSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scanner returns an empty report for a text of white space alone without running its finders (the free
 * text of a payment message that has none is such a text). That is exact only if every finder finds nothing in
 * any such text: checked here for every white-space character there is, in any mix and length.
 */
class BlankTextTest {
    private static final String WHITE_SPACE = IntStream.rangeClosed(0, Character.MAX_VALUE)
            .filter(Character::isWhitespace)
            .mapToObj(c -> String.valueOf((char) c))
            .collect(Collectors.joining());

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(WHITE_SPACE).ofMinLength(0).ofMaxLength(400);
    }

    @Property(tries = 200)
    void noFinderFindsAnythingInWhiteSpace(@ForAll("blanks") String text) {
        assertThat(text.isBlank()).isTrue();
        assertThat(MentionFinder.find(text, EnumSet.allOf(Language.class)).all())
                .isEmpty();
        for (Language l : Language.values()) {
            assertThat(MentionFinder.find(text, EnumSet.of(l)).all()).isEmpty();
            assertThat(ClaimExtractor.extract(text, l)).isEmpty();
        }
        assertThat(Jurisdictions.find(text)).isEmpty();
        assertThat(IdentifierFinder.find(text)).isEmpty();
    }
}
