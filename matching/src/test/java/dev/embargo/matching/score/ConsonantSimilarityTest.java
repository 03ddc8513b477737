package dev.embargo.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.matching.ScoringPolicy;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.Token;
import org.junit.jupiter.api.Test;

/** Words of scripts without written vowels (Arabic, Hebrew) against Latin spellings, by their consonants. */
class ConsonantSimilarityTest {
    private static final NameAnalyzer ANALYZER = new NameAnalyzer();
    private static final ScoringPolicy.WordSimilarity POLICY = ScoringPolicy.DEFAULT.similarity();

    private static Token word(String w) {
        return ANALYZER.analyzeFirst(w).tokens().getFirst();
    }

    private static double similarity(String a, String b) {
        return TokenSimilarity.compare(word(a), word(b), true).similarity();
    }

    @Test
    void theSameConsonantsAreAStrongPair() {
        assertThat(similarity("محمد", "Mohammed")).isEqualTo(POLICY.sameConsonants());
        assertThat(similarity("שמעון", "Shimon")).isEqualTo(POLICY.sameConsonants());
    }

    @Test
    void consonantsAlikeOnlyOnceVoicingIsMergedAreAWeakerPair() {
        // د is d, not t: "Taylor" shares the skeleton of دلاور only once d and t are one.
        assertThat(similarity("دلاور", "Taylor"))
                .isEqualTo(POLICY.mergedConsonants())
                .isLessThan(POLICY.sameConsonants());
        // ز is z, not s.
        assertThat(similarity("زبير", "Sabri")).isLessThan(POLICY.sameConsonants());
    }

    @Test
    void consonantsReadDigraphsAsOneSoundAndKeepVoicing() {
        assertThat(TokenSimilarity.consonants("khalid")).isEqualTo("Kld");
        assertThat(TokenSimilarity.consonants("shams")).isEqualTo("Sms");
        assertThat(TokenSimilarity.consonants("qadir")).isEqualTo("kdr");
        assertThat(TokenSimilarity.consonants("taylor")).isEqualTo("tlr");
        assertThat(TokenSimilarity.consonants("dlawr")).isEqualTo("dlr");
        assertThat(TokenSimilarity.consonants("mohammed")).isEqualTo("mhmd");
    }

    @Test
    void wordsThatDifferOnlyInAVowelInsideAreNearlyVariants() {
        assertThat(TokenSimilarity.compare(word("Jaber"), word("Jabir"), false).similarity())
                .isEqualTo(POLICY.vowelVariant());
        assertThat(TokenSimilarity.vowelsOnlyDiffer("mohammad", "mohammed")).isTrue();
        // An end vowel tells names apart; a consonant is not a vowel; short words are too short to tell.
        assertThat(TokenSimilarity.vowelsOnlyDiffer("maria", "mario")).isFalse();
        assertThat(TokenSimilarity.vowelsOnlyDiffer("bushra", "bashar")).isFalse();
        assertThat(TokenSimilarity.vowelsOnlyDiffer("ali", "ala")).isFalse();
        assertThat(TokenSimilarity.compare(word("Maria"), word("Mario"), false).similarity())
                .isLessThan(POLICY.vowelVariant());
    }

    @Test
    void aLatinVIsAlsoTheVowelLetterWawOfPersianSpellings() {
        // خسروی is Khosravi: و is v here, a vowel letter (u, o) in محمود; the reading drops it as a vowel.
        assertThat(similarity("خسروی", "Khosravi")).isGreaterThanOrEqualTo(POLICY.mergedConsonants());
        assertThat(similarity("پرویز", "Parviz")).isGreaterThanOrEqualTo(POLICY.mergedConsonants());
        // Only where the script writes و: Hasanov is not حسن.
        assertThat(similarity("حسن", "Hasanov")).isLessThan(POLICY.mergedConsonants());
        assertThat(similarity("خسر", "Khosravi")).isLessThan(POLICY.mergedConsonants());
        // Hebrew's v of ב still meets its b as before.
        assertThat(similarity("אברהם", "Avraham")).isGreaterThanOrEqualTo(POLICY.mergedConsonants());
    }

    @Test
    void persianSoundsOfArabicLettersAreASecondReading() {
        // رضا is Reza and فضل Fazal in Persian and Urdu, Rida and Fadl in Arabic: both readings are kept.
        var romanizer = new dev.embargo.matching.text.Romanizer();
        assertThat(romanizer.readings("رضا").stream().map(r -> r.latin())).containsExactly("rda", "rza");
        // A name without ث, ذ or ض has one reading.
        assertThat(romanizer.readings("محمد").stream().map(r -> r.latin())).containsExactly("mhmd");
    }
}
