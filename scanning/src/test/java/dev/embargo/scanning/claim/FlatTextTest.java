package dev.embargo.scanning.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line breaks undone, and spaces told as Java and the no-break spaces tell them. */
class FlatTextTest {

    @Test
    void spacesAreJavasWhitespaceAndTheNoBreakSpacesForEveryCharacter() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean expected = Character.isWhitespace((char) c) || c == '\u00A0' || c == '\u202F' || c == '\u2007';
            assertThat(FlatText.isSpace((char) c)).as("U+%04X", c).isEqualTo(expected);
        }
    }

    @Test
    void aWordHyphenatedAcrossALineBreakIsJoinedAndOffsetsLeadBack() {
        String text = "Noord-\nKorea stuurde cyber-\n  diefstal\u00A0en  granaten.";
        FlatText flat = FlatText.of(text);
        assertThat(flat.flat).isEqualTo("Noord-Korea stuurde cyberdiefstal en granaten.");
        int at = flat.flat.indexOf("granaten");
        assertThat(text.substring(flat.start(at), flat.end(at + "granaten".length())))
                .isEqualTo("granaten");
    }
}
