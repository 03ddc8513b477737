package dev.embargo.matching.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The keys of transcriptions as the Japanese and Chinese press write well-known foreign names, against the Latin
 * names they transcribe, and of the names a syllable away that must stay apart.
 */
class TranscriptionKeyTest {
    private static int distance(String transcription, boolean pinyin, String latin) {
        String t = TranscriptionKey.ofTranscription(transcription, pinyin);
        String l = TranscriptionKey.ofLatin(latin);
        return TranscriptionKey.distance(t, l, 8);
    }

    @Test
    void katakanaReadingsMeetTheirLatinNames() {
        String putin = Transcriptions.katakana("ウラジーミル・プーチン");
        assertThat(putin).isEqualTo("urajimiru puchin");
        // chi for ti costs nothing; the v written as a vowel costs half an edit
        assertThat(distance("puchin", false, "putin")).isZero();
        assertThat(distance("urajimiru", false, "vladimir")).isEqualTo(1);
        assertThat(distance("zerensuki", false, "zelenskiy")).isZero();
        assertThat(distance("raburofu", false, "lavrov")).isZero();
    }

    @Test
    void chineseReadingsMeetTheirLatinNames() {
        assertThat(Transcriptions.chinese("弗拉基米尔·普京")).isEqualTo("fulajimier pujing");
        assertThat(distance("fulajimier", true, "vladimir")).isLessThanOrEqualTo(1);
        assertThat(distance("pujing", true, "putin")).isEqualTo(1);
        assertThat(distance("kazhafei", true, "qadhafi")).isLessThanOrEqualTo(1);
        assertThat(distance("jilier", true, "kirill")).isZero();
    }

    @Test
    void aSyllableOfAnotherConsonantIsAnotherName() {
        assertThat(distance("puchin", false, "pupkin")).isGreaterThanOrEqualTo(2);
        assertThat(distance("puchin", false, "bukin")).isGreaterThanOrEqualTo(2);
        assertThat(distance("pujing", true, "pushkin")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyNamesAllInTheirScriptAreReadAsTranscriptions() {
        assertThat(Transcriptions.katakana("山田タロウ")).isNull();
        assertThat(Transcriptions.katakana("ア")).isNull();
        assertThat(Transcriptions.chinese("王明")).isNull();
        assertThat(Transcriptions.chinese("普")).isNull();
    }

    @Test
    void lookupKeysOfATranscriptionAndItsLatinNameMeet() {
        assertThat(TranscriptionKey.lookupKeys(TranscriptionKey.ofTranscription("puchin", false)))
                .containsAnyElementsOf(TranscriptionKey.lookupKeys(TranscriptionKey.ofLatin("putin")));
        assertThat(TranscriptionKey.lookupKeys(TranscriptionKey.ofTranscription("urajimiru", false)))
                .containsAnyElementsOf(TranscriptionKey.lookupKeys(TranscriptionKey.ofLatin("vladimir")));
        assertThat(TranscriptionKey.lookupKeys(TranscriptionKey.ofTranscription("pujing", true)))
                .containsAnyElementsOf(TranscriptionKey.lookupKeys(TranscriptionKey.ofLatin("putin")));
    }
}
