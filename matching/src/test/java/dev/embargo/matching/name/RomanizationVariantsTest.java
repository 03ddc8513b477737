package dev.embargo.matching.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The spellings the class promises to bring together share a key; spellings of other names do not. */
class RomanizationVariantsTest {

    @Test
    void spellingsOfOneNameShareAVariantKey() {
        List<List<String>> sameName = List.of(
                List.of("jeong", "chong", "jong"), List.of("eun", "un"), List.of("ri", "rhee", "lee", "yi"),
                List.of("pak", "park", "bak"), List.of("choe", "choi"), List.of("kim", "gim"),
                List.of("tchaikovsky", "chaikovsky"), List.of("smirnov", "smirnoff", "smirnow"),
                List.of("yuri", "juri", "iuri", "iurii", "yuriy", "jurij"),
                List.of("yakov", "iakov"), List.of("yosif", "iosif"), List.of("zhukov", "joukov"), List.of("khalil", "halil"), List.of("zhanna", "janna"),
                List.of("mohammed", "muhammad", "mohamed", "mohamad", "mukhammad", "mukhammed", "mohammd"), List.of("al", "el"), List.of("ibn", "bin", "ben"),
                List.of("qadhafi", "qaddafi", "gaddafi", "gadhafi", "kadhafi", "khadafi"), List.of("poetin", "putin"), List.of("tsjetsjenie", "chechenie"),
                List.of("schmidt", "shmidt"), List.of("sergej", "sergei", "sergey"), List.of("aleksander", "aleksandr"),
                List.of("dmitrij", "dmitriy"), List.of("gang", "kang"), List.of("yusuf", "youssef", "joseph"));
        for (List<String> spellings : sameName) {
            String key = RomanizationVariants.variantKey(spellings.getFirst());
            for (String s : spellings) {
                assertThat(RomanizationVariants.variantKey(s)).as(s + " with " + spellings.getFirst()).isEqualTo(key);
            }
        }
        // and the names stay apart from one another
        assertThat(sameName.stream().map(s -> RomanizationVariants.variantKey(s.getFirst())).distinct().count())
                .isEqualTo(sameName.size());
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
