package dev.embargo.scanning.mention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.scanning.language.Language;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every set of languages has a number of its own, and the list made for all sets holds each at its number. */
class LanguageSetsTest {
    @Test
    void eachSetIsFoundAtItsIndex() {
        List<Set<Language>> sets = LanguageSets.each(Set::copyOf);
        assertThat(sets).hasSize(1 << Language.values().length);
        Set<Integer> seen = new HashSet<>();
        for (Set<Language> s : sets) {
            int index = LanguageSets.index(s);
            assertThat(seen.add(index)).isTrue();
            assertThat(sets.get(index)).isEqualTo(s);
            assertThat(LanguageSets.index(EnumSet.copyOf(s.isEmpty() ? EnumSet.noneOf(Language.class) : s)))
                    .isEqualTo(index);
        }
        assertThat(sets.get(LanguageSets.index(EnumSet.allOf(Language.class))))
                .containsExactlyInAnyOrder(Language.values());
        assertThat(sets.get(0)).isEmpty();
    }
}
