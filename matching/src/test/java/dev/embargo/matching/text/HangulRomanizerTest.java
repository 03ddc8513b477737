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

    /** The reading as it was written before the one pass: the reference. */
    private static String splitOnWhitespace(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            int syllables = (int) word.codePoints().filter(HangulRomanizer::isHangulSyllable).count();
            boolean personName = syllables == word.length() && syllables >= 2 && syllables <= 4;
            int index = 0;
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                i += Character.charCount(cp);
                if (!HangulRomanizer.isHangulSyllable(cp)) {
                    out.appendCodePoint(cp);
                    continue;
                }
                String roman = HangulRomanizer.syllable(cp);
                if (index == 0 && personName) {
                    String surname = switch (new String(Character.toChars(cp))) {
                        case "김" -> "kim";
                        case "이", "리" -> "ri";
                        case "박" -> "pak";
                        case "최" -> "choe";
                        case "정" -> "jong";
                        default -> null;
                    };
                    if (surname != null) {
                        roman = surname;
                    }
                }
                if (index > 0 && personName) {
                    out.append(' ');
                }
                out.append(roman);
                index++;
            }
        }
        return out.toString();
    }

    @Property(tries = 3000)
    void onePassReadsAsTheSplitReadingDid(@ForAll("hangulText") String text) {
        assertThat(HangulRomanizer.romanize(text)).isEqualTo(splitOnWhitespace(text));
    }

    @Provide
    Arbitrary<String> hangulText() {
        // Surnames whose spelling the reference knows, other syllables, Latin, digits and every kind of space.
        List<String> pieces = new ArrayList<>(List.of("김", "이", "리", "박", "최", "정", "은", "일", "성", "룡", "해",
                "힣", "가", "A", "b", "1", "-", "·", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u3000", "\u00A0",
                "\u2003", "ㄱ", "金", "𝐀"));
        return Arbitraries.of(pieces).list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Test
    void namesAsTheListsWriteThem() {
        assertThat(HangulRomanizer.romanize("김정은")).isEqualTo("kim jong un");
        assertThat(HangulRomanizer.romanize("최룡해")).isEqualTo("choe ryong hae");
        assertThat(HangulRomanizer.romanize(" 조선  로동당 ")).isEqualTo(splitOnWhitespace(" 조선  로동당 "));
    }
}
