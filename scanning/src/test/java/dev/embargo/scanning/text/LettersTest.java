package dev.embargo.scanning.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LettersTest {
    @Test
    void everyCharacterIsALetterExactlyWhenJavaSaysSo() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertThat(Letters.isLetter(ch)).as("U+%04X", c).isEqualTo(Character.isLetter(ch));
            assertThat(Letters.isLetterOrDigit(ch)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit(ch));
        }
    }
}
