package dev.embargo.matching.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The spellings the class promises to bring together share a key; spellings of other names do not. */
class RomanizationVariantsTest {

    @Test
    void spellingsOfOneNameShareAVariantKey() {
        List<List<String>> sameName = List.of(
                List.of("jeong", "chong", "jong"),
                List.of("eun", "un"),
                List.of("ri", "rhee", "lee", "yi"),
                List.of("pak", "park", "bak"),
                List.of("choe", "choi"),
                List.of("kim", "gim"),
                List.of("tchaikovsky", "chaikovsky"),
                List.of("smirnov", "smirnoff", "smirnow"),
                List.of("yuri", "juri", "iuri", "iurii", "yuriy", "jurij"),
                List.of("yakov", "iakov"),
                List.of("yosif", "iosif"),
                List.of("zhukov", "joukov"),
                List.of("khalil", "halil"),
                List.of("zhanna", "janna"),
                List.of("mohammed", "muhammad", "mohamed", "mohamad", "mukhammad", "mukhammed", "mohammd"),
                List.of("al", "el"),
                List.of("ibn", "bin", "ben"),
                List.of("qadhafi", "qaddafi", "gaddafi", "gadhafi", "kadhafi", "khadafi"),
                List.of("poetin", "putin", "poutine"),
                List.of("tsjetsjenie", "chechenie"),
                List.of("schmidt", "shmidt"),
                List.of("sergej", "sergei", "sergey", "serguei"),
                List.of("aleksander", "aleksandr"),
                List.of("dmitrij", "dmitriy"),
                List.of("gang", "kang"),
                List.of("yusuf", "youssef", "joseph"),
                // Russian names as German, Dutch and French write them
                List.of("abramovich", "abramowitsch", "abramovitsj"),
                List.of("sechin", "setschin", "setsjin", "setchine"),
                List.of("patrushev", "patruschew", "patroesjev"),
                List.of("prigozhin", "prigozjin", "prigojine"),
                List.of("yevgeny", "jewgeni", "jevgeni", "evgueni"),
                List.of("shoigu", "schoigu", "sjojgoe"),
                List.of("usmanov", "usmanow", "oesmanov", "ousmanov"),
                List.of("mikhail", "michail", "mihail"),
                List.of("yelena", "jelena", "elena"),
                List.of("kovalchuk", "kowaltschuk", "kovaltsjoek", "kovaltchouk"),
                List.of("amin", "amine"),
                List.of("ahmadinejad", "ahmadinedschad", "ahmadinezhad"));
        for (List<String> spellings : sameName) {
            String key = RomanizationVariants.variantKey(spellings.getFirst());
            for (String s : spellings) {
                assertThat(RomanizationVariants.variantKey(s))
                        .as(s + " with " + spellings.getFirst())
                        .isEqualTo(key);
            }
        }
        // and the names stay apart from one another
        assertThat(sameName.stream()
                        .map(s -> RomanizationVariants.variantKey(s.getFirst()))
                        .distinct()
                        .count())
                .isEqualTo(sameName.size());
        // Korean syllables that the rules for ye, je and oe must leave apart
        assertThat(RomanizationVariants.variantKey("yeong")).isNotEqualTo(RomanizationVariants.variantKey("jeong"));
        assertThat(RomanizationVariants.variantKey("yang")).isNotEqualTo(RomanizationVariants.variantKey("jang"));
        assertThat(RomanizationVariants.variantKey("yeong")).isEqualTo(RomanizationVariants.variantKey("yong"));
    }

    @Test
    void anArticleSaidBeforeASunLetterIsTheArticle() {
        NameAnalyzer analyzer = new NameAnalyzer();
        List<Token> zawahiri = analyzer.analyzeFirst("Ayman az-Zawahiri").tokens();
        assertThat(zawahiri.get(1).kind()).isEqualTo(TokenKind.PARTICLE);
        assertThat(zawahiri.get(1).variant())
                .isEqualTo(analyzer.analyzeFirst("al").tokens().getFirst().variant());
        assertThat(analyzer.analyzeFirst("Salah ad-Din").tokens().get(1).kind()).isEqualTo(TokenKind.PARTICLE);
        // before a word of another letter, the same letters are a word
        assertThat(analyzer.analyzeFirst("Az Good").tokens().getFirst().kind()).isEqualTo(TokenKind.WORD);
    }

    @Test
    void theSkeletonKeepsConsonantsWithVoicingMergedAndDigraphsAsOne() {
        assertThat(RomanizationVariants.skeleton("mohammed")).isEqualTo("mhmt");
        assertThat(RomanizationVariants.skeleton("ahmed")).isEqualTo("hmt");
        assertThat(RomanizationVariants.skeleton("khalid")).isEqualTo("klt");
        assertThat(RomanizationVariants.skeleton("bashar")).isEqualTo(RomanizationVariants.skeleton("bsr"));
        assertThat(RomanizationVariants.skeleton("")).isEmpty();
    }
}
