package dev.embargo.scanning.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimGrouperTest {

    @Test
    void nounsEndingInAnotherNounOrDifferingByPluralGoTogether() {
        assertThat(ClaimGrouper.sameThing("artilleriegranaten", "granaten")).isTrue();
        assertThat(ClaimGrouper.sameThing("granaat", "granaten")).isTrue();
        assertThat(ClaimGrouper.sameThing("shells", "shell")).isTrue();
        assertThat(ClaimGrouper.sameThing("raketten", "granaten")).isFalse();
        assertThat(ClaimGrouper.sameThing("euro", "usd")).isFalse();
        assertThat(ClaimGrouper.sameThing("ton", "tonnen")).isFalse();
    }

    @Test
    void differentSourcesOnOneTopicAreContestedAndClaimsWithoutFiguresJoinNoGroup() {
        List<Claim> claims = ClaimExtractor.extract(
                "Volgens de NIS leverde Noord-Korea een miljoen granaten. "
                        + "De Estse dienst houdt het op 350.000 artilleriegranaten. Volgens de NIS zijn er 300 raketten. "
                        + "Dat zei ook de NIS.",
                "nl");
        assertThat(claims).extracting(Claim::source).containsExactly("NIS", "De Estse dienst", "NIS", "NIS");
        List<ClaimGroup> groups = ClaimGrouper.group(claims);
        assertThat(groups).extracting(ClaimGroup::topic).containsExactly("granaten", "raketten");
        assertThat(groups.get(0).claims()).hasSize(2);
        assertThat(groups.get(0).contested()).isTrue();
        assertThat(groups.get(1).contested()).isFalse();
    }
}
