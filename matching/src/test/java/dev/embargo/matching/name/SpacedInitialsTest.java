package dev.embargo.matching.name;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.matching.text.LatinFolder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The spaced-initials reading (K. M. D. T. read as KMDT) rules most names out by their first word before splitting
 * them: that must give what splitting every name gives, for names of capitals, dots, words, legal forms and
 * every kind of space the split knows.
 */
class SpacedInitialsTest {
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.of(
                "K", "K.", "M", "m.", "D.", "T", ".", "..", "É.", "Ltd", "LLC", "GmbH", "Kim", "Bank", "A.B.", "", "ß");
        Arbitrary<String> space = Arbitraries.of(" ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2003", "");
        return Arbitraries.lazy(() -> word.list()
                .ofMinSize(0)
                .ofMaxSize(6)
                .flatMap(words -> space.list().ofSize(words.size() + 1).map(spaces -> {
                    StringBuilder sb = new StringBuilder(spaces.get(0));
                    for (int i = 0; i < words.size(); i++) {
                        sb.append(words.get(i)).append(spaces.get(i + 1));
                    }
                    return sb.toString();
                })));
    }

    @Property(tries = 2000)
    void ruledOutByTheFirstWordAsBySplitting(@ForAll("names") String name) {
        assertThat(NameForms.joinSpacedInitials(name)).isEqualTo(bySplitting(name));
    }

    @Example
    void spacedCapitalsAreReadAsOneWord() {
        assertThat(NameForms.joinSpacedInitials("K. M. D. T. Ltd")).isEqualTo("KMDT Ltd");
        assertThat(NameForms.joinSpacedInitials("K M D T")).isEqualTo("KMDT");
        assertThat(NameForms.joinSpacedInitials("J. P. Morgan")).isNull();
        assertThat(NameForms.joinSpacedInitials("Kim Jong Un")).isNull();
    }

    /** The reading as defined: every word split off, each a capital letter (maybe dotted) or a closing legal form. */
    private static String bySplitting(String text) {
        String[] words = text.strip().split("\\s+");
        StringBuilder letters = new StringBuilder();
        StringBuilder forms = new StringBuilder();
        for (String w : words) {
            String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (bare.length() == 1 && Character.isUpperCase(bare.charAt(0)) && forms.isEmpty()) {
                letters.append(bare);
            } else if (letters.length() > 0
                    && LegalForms.isForm(LatinFolder.fold(w).replace(" ", ""))) {
                forms.append(' ').append(w);
            } else {
                return null;
            }
        }
        return letters.length() >= Acronyms.MIN_READ_LETTERS ? letters + forms.toString() : null;
    }
}
