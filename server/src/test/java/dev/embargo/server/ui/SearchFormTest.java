package dev.embargo.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The search form names a wrong field by its own label, taken from the field the problem names. */
class SearchFormTest {
    private static SearchForm form(String kind, String dob, String country, String min) {
        return new SearchForm("Kim Jong Un", "", kind, country, "", dob, min);
    }

    @Test
    void eachWrongFieldIsShownUnderTheFormsLabel() {
        assertThat(form("dragon", "", "", "abc").check(1000).errors())
                .containsExactly(
                        "Minimum score: expected a number from 0 to 1, got \u201cabc\u201d",
                        "Kind: expected person, organization, vessel, aircraft or any, got \"dragon\"");
        assertThat(form("", "31/31/1999", "", "").check(1000).errors())
                .singleElement()
                .asString()
                .startsWith("Date of birth: expected ")
                .endsWith(", got \"31/31/1999\"");
        assertThat(form("", "", "Atlantis", "1.5").check(1000).errors())
                .containsExactly(
                        "Minimum score: expected a number from 0 to 1, got \u201c1.5\u201d",
                        "Country: expected an ISO 3166 code or a country name, got \"Atlantis\"");
    }

    @Test
    void aRightFormHasNoErrors() {
        SearchForm.Checked c = form("person", "1984", "North Korea", "0.7").check(1000);
        assertThat(c.errors()).isEmpty();
        assertThat(c.threshold()).isEqualTo(0.7);
        assertThat(c.query().country()).isEqualTo("KP");
    }
}
