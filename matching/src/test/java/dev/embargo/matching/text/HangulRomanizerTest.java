package dev.embargo.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Hangul read in one pass gives what the reading word by word (split on whitespace) gave. */
class HangulRomanizerTest {

    /** The reading as written before the one pass (a split on whitespace, a string per syllable): the reference. */
    private static String splitOnWhitespace(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            int syllables = (int)
                    word.codePoints().filter(HangulRomanizer::isHangulSyllable).count();
            boolean personName = syllables == word.length() && syllables >= 2 && syllables <= 4;
            int index = 0;
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                i += Character.charCount(cp);
                if (!HangulRomanizer.isHangulSyllable(cp)) {
                    out.appendCodePoint(cp);
                    continue;
                }
                String syllable = new String(Character.toChars(cp));
                String roman = index == 0 && personName
                        ? HangulRomanizer.SURNAMES.getOrDefault(syllable, syllable(cp))
                        : syllable(cp);
                if (index > 0 && personName) {
                    out.append(' ');
                }
                out.append(roman);
                index++;
            }
        }
        return out.toString();
    }

    /** A syllable's reading as it was made before (string concatenation). */
    private static String syllable(int cp) {
        int s = cp - 0xAC00;
        int initial = s / (21 * 28);
        int medial = (s % (21 * 28)) / 28;
        int fin = s % 28;
        String init = HangulRomanizer.INITIAL[initial];
        if (initial == 12) {
            init = "j";
        }
        return init + HangulRomanizer.MEDIAL[medial] + HangulRomanizer.FINAL[fin];
    }

    @Property(tries = 3000)
    void onePassReadsAsTheSplitReadingDid(@ForAll("hangulText") String text) {
        assertThat(HangulRomanizer.romanize(text)).isEqualTo(splitOnWhitespace(text));
    }

    @Provide
    Arbitrary<String> hangulText() {
        // Surnames with their own spelling, other syllables, Latin, digits and every kind of space.
        List<String> pieces = new ArrayList<>(List.of(
                "김", "이", "리", "박", "최", "정", "조", "권", "은", "일", "성", "룡", "해", "힣", "가", "A", "b", "1", "-", "·", " ",
                "  ", "\t", "\n", "\u000B", "\f", "\r", "\u3000", "\u00A0", "\u2003", "ㄱ", "金", "𝐀"));
        // And any syllable at all, so that every initial, medial and final is read.
        Arbitrary<String> anySyllable =
                Arbitraries.chars().range('\uAC00', '\uD7A3').map(String::valueOf);
        return Arbitraries.oneOf(Arbitraries.of(pieces), anySyllable)
                .list()
                .ofMaxSize(12)
                .map(l -> String.join("", l));
    }

    @Test
    void namesAsTheListsWriteThem() {
        assertThat(HangulRomanizer.romanize("김정은")).isEqualTo("kim jong un");
        assertThat(HangulRomanizer.romanize("최룡해")).isEqualTo("choe ryong hae");
        assertThat(HangulRomanizer.romanize(" 조선  로동당 ")).isEqualTo(splitOnWhitespace(" 조선  로동당 "));
    }
}
