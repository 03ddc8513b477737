package dev.embargo.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The BGN/PCGN 1972 romanization of Khmer on the standard's own examples, and its reading of any Khmer text.
 *
 * <p>Origin of the examples: "kdei" and "kânthéay" are the examples of the consonant notes of "Romanization of
 * Khmer (Cambodian), BGN/PCGN 1972 Agreement"; Kâmpŭchéa, Phnum Pénh and Preăh Réachéanachâkr Kâmpŭchéa are the
 * romanized forms of PCGN's "Toponymic Factfile: Cambodia"; the province names are the BGN/PCGN forms that the
 * ISO 3166-2:KH subdivision list and the GNS gazetteer use (Bătdâmbâng, Kâmpóng Cham, Siĕm Réab). Words are
 * written with a space between them as their romanized forms are; the standard's document gives no personal
 * names (listed people's names are tested in {@code RealListKhmerTest}).
 */
class KhmerRomanizerTest {
    @ParameterizedTest
    @CsvSource({
        "ក្ដី, kdei",
        "កន្ធាយ, kânthéay",
        "កម្ពុជា, kâmpŭchéa",
        "ភ្នំ ពេញ, phnum pénh",
        "ព្រះ រាជាណាចក្រ កម្ពុជា, preăh réachéanachâkr kâmpŭchéa",
        "បាត់ដំបង, bătdâmbâng",
        "កំពង់ ចាម, kâmpóng cham",
        "កំពង់ ឆ្នាំង, kâmpóng chhnăng",
        "កំពង់ ធំ, kâmpóng thum",
        "កំពង់ ស្ពឺ, kâmpóng spœ",
        "កំពត, kâmpôt",
        "កណ្ដាល, kândal",
        "កោះ កុង, kaôh kŏng",
        "ក្រចេះ, krâchéh",
        "ពោធិ៍សាត់, poŭthĭsăt",
        "ព្រៃ វែង, prey vêng",
        "សៀម រាប, siĕm réab",
        "ស្ទឹង ត្រែង, stœ̆ng trêng",
        "ស្វាយ រៀង, svay riĕng",
        "តាកែវ, takêv",
        "កែប, kêb",
        "ប៉ៃលិន, pailĭn",
        "បន្ទាយ មានជ័យ, bântéay méanchey",
        "ឧត្ដរ មានជ័យ, ŏtdâr méanchey"
    })
    void readsTheStandardsExamples(String khmer, String latin) {
        assertThat(KhmerRomanizer.romanize(khmer)).isEqualTo(latin);
    }

    @Test
    void seriesDecideTheVowelAndTheDiacriticsSwitchIt() {
        // ា after a first-series consonant (ក) and a second-series one (គ); the triisap moves ស to the second
        // series, the muusikatoan ម to the first.
        assertThat(KhmerRomanizer.romanize("កា គា")).isEqualTo("ka kéa");
        assertThat(KhmerRomanizer.romanize("សី ស៊ី")).isEqualTo("sei si");
        assertThat(KhmerRomanizer.romanize("មា ម៉ា")).isEqualTo("méa ma");
        // In a cluster, the consonant that is not a sonorant decides: ស្ព is second series, ស្រ first.
        assertThat(KhmerRomanizer.romanize("ស្ពាន ស្រី")).isEqualTo("spéan srei");
    }

    @Test
    void otherScriptsDigitsAndPunctuationPassThrough() {
        assertThat(KhmerRomanizer.romanize("ហ៊ុន Sen ១៩៥២។")).isEqualTo("hŭn Sen 1952 ");
        assertThat(KhmerRomanizer.romanize("ហ៊ុន\u200Bសែន")).isEqualTo("hŭn sên");
    }

    @Test
    void theKeysReadingHearsLoanSoundsAndAFinalV() {
        // ហ្វ, ហ្គ, ហ្ស write f, g and z; a final វ is heard as a vowel (Khieu, Teav).
        assertThat(KhmerRomanizer.romanizeForKey("ហ្វា ហ្គា ហ្សា")).isEqualTo("fa ga za");
        assertThat(KhmerRomanizer.romanizeForKey("ខៀវ")).isEqualTo("khiĕw");
        // ញ is one consonant: ny, whose y the key leaves out, not n and h.
        assertThat(KhmerRomanizer.romanizeForKey("ញុន")).isEqualTo("nyŭn");
        assertThat(KhmerRomanizer.romanize("ញុន")).isEqualTo("nhŭn");
        assertThat(KhmerRomanizer.romanize("ហ្វា ខៀវ")).isEqualTo("hva khiĕv");
    }

    @Test
    void aKhmerNameGetsLatinReadingsAndAConsonantReading() {
        List<Romanizer.Reading> readings = new Romanizer().readings("សម រង្ស៊ី");
        assertThat(readings).extracting(Romanizer.Reading::how).contains("khmer", Transcriptions.KHMER);
        assertThat(readings)
                .filteredOn(r -> r.how().equals(Transcriptions.KHMER))
                .singleElement()
                .extracting(Romanizer.Reading::latin)
                .isEqualTo("sam rongsi");
        // A word of one consonant class (ជា, chéa; ខៀវ, khiĕv) is no evidence through its key: no consonant
        // reading, the name is compared through its Latin readings.
        assertThat(new Romanizer().readings("ខៀវ សំផន"))
                .extracting(Romanizer.Reading::how)
                .containsExactly("khmer", "khmer (loan sounds)");
        assertThat(new Romanizer().readings("នួន ជា"))
                .extracting(Romanizer.Reading::how)
                .doesNotContain(Transcriptions.KHMER);
    }

    /**
     * Any string of the Khmer blocks, with spaces and zero-width spaces: read without error, each character adding
     * a bounded number of letters, and each word read on its own (the reader looks one cluster ahead and never
     * back across a space), which is what makes the reading linear in the text's length.
     */
    @Property(tries = 2000)
    void anyKhmerTextIsReadWordByWordInBoundedSpace(@ForAll("khmerText") String text) {
        String latin = KhmerRomanizer.romanize(text);
        assertThat(latin.length()).isLessThanOrEqualTo(6 * text.length());
        assertThat(KhmerRomanizer.romanizeForKey(text).length()).isLessThanOrEqualTo(6 * text.length());
        int space = text.indexOf(' ');
        if (space > 0) {
            assertThat(latin)
                    .isEqualTo(KhmerRomanizer.romanize(text.substring(0, space)) + " "
                            + KhmerRomanizer.romanize(text.substring(space + 1)));
        }
        assertThat(latin.toLowerCase(Locale.ROOT)).doesNotContainPattern("[\\u1780-\\u17FF]");
    }

    @Provide
    Arbitrary<String> khmerText() {
        return Arbitraries.strings()
                .withCharRange('\u1780', '\u17FF')
                .withCharRange('\u19E0', '\u19FF')
                .withChars(' ', '\u200B')
                .ofMaxLength(400);
    }
}
