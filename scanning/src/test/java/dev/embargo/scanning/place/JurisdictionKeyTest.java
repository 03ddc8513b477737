package dev.embargo.scanning.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A jurisdiction's name as written is keyed, without patterns, as the patterns {@code -\s+} and {@code \s+}
 * keyed it: for names with white space of every kind regex {@code \s} knows (and some it does not) around
 * hyphens and between words.
 */
class JurisdictionKeyTest {
    private static String byPatterns(String written) {
        return written.replaceAll("-\\s+", "-").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Property(tries = 2000)
    void keyIsThatOfThePatterns(@ForAll("written") String written) {
        assertThat(Jurisdictions.key(written)).isEqualTo(byPatterns(written));
    }

    @Test
    void namesWrittenOverLinesAndWithHyphensFindTheirCountry() {
        assertThat(Jurisdictions.find("Noord-\nKorea en North \t Korea"))
                .extracting(Jurisdictions.Found::iso)
                .containsExactly("KP", "KP");
    }

    @Provide
    Arbitrary<String> written() {
        return Arbitraries.of(
                        "North", "Korea", "NOORD", "Ir", "İ", "-", "-", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f",
                        "\u00A0", "\u2003")
                .list()
                .ofMaxSize(10)
                .map(parts -> String.join("", parts));
    }
}
