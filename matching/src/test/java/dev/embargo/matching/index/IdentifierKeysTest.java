package dev.embargo.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The keys of a value of unknown type, made without patterns, are the ones the patterns {@code [\s:.#-]} and
 * {@code \s} gave: for any text of the characters identifiers and their separators are written with, white
 * space of every kind regex {@code \s} knows and some it does not, and letters that change length in capitals.
 */
class IdentifierKeysTest {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s:.#-]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    /** The keys as the patterns made them. */
    private static String[] byPatterns(String value) {
        String v = value.strip();
        String compact = IdentifierKeys.compact(v);
        String upper = SEPARATORS.matcher(v.toUpperCase(Locale.ROOT)).replaceAll("");
        if (upper.startsWith("IMO")
                && upper.length() == 10
                && upper.substring(3).chars().allMatch(Character::isDigit)) {
            return new String[] {"IMO" + upper.substring(3)};
        }
        if (upper.startsWith("MMSI") && upper.substring(4).chars().allMatch(Character::isDigit)) {
            return new String[] {"MMSI" + upper.substring(4)};
        }
        if (v.length() == 7 && v.chars().allMatch(Character::isDigit)) {
            return new String[] {"IMO" + v, compact};
        }
        if (v.length() == 9 && v.chars().allMatch(Character::isDigit)) {
            return new String[] {"MMSI" + v, compact};
        }
        String b = WHITESPACE.matcher(v.toUpperCase(Locale.ROOT)).replaceAll("");
        if (b.length() == 11 && b.endsWith("XXX")) {
            b = b.substring(0, 8);
        }
        return new String[] {IdentifierKeys.currencyAddress(v), compact, "BIC" + b, v.toLowerCase(Locale.ROOT)};
    }

    @Property(tries = 2000)
    void candidateKeysAreThoseOfThePatterns(@ForAll("values") String value) {
        assertThat(IdentifierKeys.candidateKeys(value)).containsExactly(byPatterns(value));
    }

    @Test
    void keysOfTheShapesPaymentsAndDocumentsHold() {
        assertThat(IdentifierKeys.candidateKeys("IMO 9123456")).containsExactly("IMO9123456");
        assertThat(IdentifierKeys.candidateKeys("imo-9123456")).containsExactly("IMO9123456");
        assertThat(IdentifierKeys.candidateKeys("MMSI: 273 456 789")).containsExactly("MMSI273456789");
        assertThat(IdentifierKeys.candidateKeys(" cobadeff xxx "))
                .containsExactly("CURcobadeff xxx", "IDCOBADEFFXXX", "BICCOBADEFF", "cobadeff xxx");
        assertThat(IdentifierKeys.candidateKeys("Straße\t1")).contains("BICSTRASSE1");
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<Character> chars = Arbitraries.of(
                'I', 'M', 'O', 'S', 'X', 'a', 'm', 'o', 'ß', 'ŉ', '0', '1', '7', '9', ' ', '\t', '\n', '\u000B', '\f',
                '\r', '\u00A0', '\u2003', '\u001C', ':', '.', '#', '-', '/', '_');
        Arbitrary<String> free = chars.list().ofMaxSize(16).map(IdentifierKeysTest::join);
        Arbitrary<String> shaped = Arbitraries.of("IMO", "imo ", "MMSI", "mmsi:", "", " ")
                .flatMap(prefix -> Arbitraries.strings()
                        .withChars("0123456789 -.:#")
                        .ofMaxLength(12)
                        .map(rest -> prefix + rest));
        return Arbitraries.oneOf(free, shaped);
    }

    private static String join(java.util.List<Character> cs) {
        StringBuilder b = new StringBuilder();
        cs.forEach(b::append);
        return b.toString();
    }
}
