package dev.embargo.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicVowelsTest {
    @Test
    void spellingsOfOneArabicNameAreOne() {
        assertThat(ArabicVowels.sameName("habbo", "hebo")).isTrue();
        assertThat(ArabicVowels.sameName("zeiniye", "zayniyah")).isTrue();
        assertThat(ArabicVowels.sameName("hussein", "husayn")).isTrue();
        assertThat(ArabicVowels.sameName("mouhamad", "mohammed")).isTrue();
        assertThat(ArabicVowels.sameName("sayyid", "sayed")).isTrue();
        assertThat(ArabicVowels.sameName("fadhil", "fadil")).isTrue();
        assertThat(ArabicVowels.sameName("ibrahim", "ebrahim")).isTrue();
    }

    @Test
    void otherNamesStayApart() {
        // Arabic names of the same consonants but other vowels, or a vowel more or less.
        assertThat(ArabicVowels.sameName("mohamed", "mahmoud")).isFalse();
        assertThat(ArabicVowels.sameName("hassan", "hussein")).isFalse();
        assertThat(ArabicVowels.sameName("hasan", "husayn")).isFalse();
        assertThat(ArabicVowels.sameName("alaa", "alia")).isFalse();
        assertThat(ArabicVowels.sameName("hamid", "hamad")).isFalse();
        assertThat(ArabicVowels.sameName("said", "saad")).isFalse();
        // Names of other languages whose vowels spell other names.
        assertThat(ArabicVowels.sameName("maria", "mario")).isFalse();
        assertThat(ArabicVowels.sameName("evgenia", "evgeny")).isFalse();
        assertThat(ArabicVowels.sameName("palacios", "palaces")).isFalse();
        assertThat(ArabicVowels.sameName("brown", "braun")).isFalse();
        assertThat(ArabicVowels.sameName("howe", "howie")).isFalse();
        assertThat(ArabicVowels.sameName("fortune", "fortuna")).isFalse();
        assertThat(ArabicVowels.sameName("evan", "ivan")).isFalse();
        assertThat(ArabicVowels.sameName("ponomariov", "ponomarev")).isFalse();
    }

    @Test
    void vowelsOfOtherKindsAreOtherNames() {
        assertThat(ArabicVowels.otherVowelKinds("said", "saad")).isTrue();
        assertThat(ArabicVowels.otherVowelKinds("hamid", "hamad")).isTrue();
        assertThat(ArabicVowels.otherVowelKinds("jaber", "jabir")).isFalse();
        assertThat(ArabicVowels.otherVowelKinds("mohammed", "mohammad")).isFalse();
        assertThat(ArabicVowels.otherVowelKinds("hussein", "hussain")).isFalse();
        assertThat(ArabicVowels.otherVowelKinds("mohammad", "muhammad")).isFalse();
        assertThat(ArabicVowels.otherVowelKinds("viktar", "viktor")).isFalse();
    }

    @Test
    void assimilatedArticles() {
        assertThat(ArabicVowels.sameNameAfterArticles("elsseid", "essid")).isTrue();
        assertThat(ArabicVowels.sameNameAfterArticles("emma", "elmma")).isFalse();
        assertThat(ArabicVowels.sameNameAfterArticles("essen", "assad")).isFalse();
        assertThat(ArabicVowels.assimilatedArticleApart("essayed", "alsayed")).isTrue();
        assertThat(ArabicVowels.elidedArticle("lazher", "alazhar")).isTrue();
        assertThat(ArabicVowels.elidedArticle("lamin", "elamin")).isTrue();
        assertThat(ArabicVowels.elidedArticle("lazher", "alazmar")).isFalse();
    }
}
