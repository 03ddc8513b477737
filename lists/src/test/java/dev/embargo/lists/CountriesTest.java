package dev.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {
    @Test
    void northKoreaInEveryWordingListsUse() {
        for (String s : new String[] {
            "Korea, North",
            "Democratic People's Republic of Korea",
            "DPRK",
            "North Korea",
            "Korea, Democratic People’s Republic of",
            "KP",
            "PRK"
        }) {
            assertThat(Countries.toIso(s)).as(s).contains("KP");
        }
        assertThat(Countries.toIso("Korea, South")).contains("KR");
        assertThat(Countries.toIso("Republic of Korea")).contains("KR");
    }

    @Test
    void officialLongFormsBilingualValuesAndDemonyms() {
        assertThat(Countries.toIso("Iran (Islamic Republic of)")).contains("IR");
        assertThat(Countries.toIso("Russian Federation")).contains("RU");
        assertThat(Countries.toIso("Belarus / Bélarus")).contains("BY");
        assertThat(Countries.toIso("Syrian Arab Republic")).contains("SY");
        assertThat(Countries.toIso("Democratic Republic of the Congo")).contains("CD");
        assertThat(Countries.toIso("Russian")).contains("RU");
        assertThat(Countries.toIso("Côte d'Ivoire")).contains("CI");
    }

    @Test
    void unknownWordingsAreNotGuessed() {
        assertThat(Countries.toIso("Atlantis")).isEmpty();
        assertThat(Countries.toIso("")).isEmpty();
    }
}
