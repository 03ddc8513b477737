package dev.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryTableTest {
    private static List<CountryTable.Row> parse(String text) {
        String name = "test/countries.tsv";
        return CountryTable.parse(
                name, ResourceLines.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name));
    }

    @Test
    void everyCodeIsAnIsoCountryOrKosovo() {
        Set<String> known = Set.of(Locale.getISOCountries());
        for (CountryTable.Use use : CountryTable.Use.values()) {
            for (CountryTable.Row row : CountryTable.rows(use)) {
                assertThat(known.contains(row.iso()) || row.iso().equals("XK"))
                        .as(row.toString())
                        .isTrue();
            }
        }
    }

    /** A scan reports a jurisdiction by its first prose name: the lists must read that name as the same code. */
    @Test
    void theNameAScanReportsIsReadBackByCountriesAsTheSameCode() {
        Map<String, List<String>> prose = CountryTable.namesByIso(CountryTable.Use.PROSE);
        assertThat(prose).containsKeys("KP", "IR", "RU", "SY", "BY", "CU");
        prose.forEach((iso, names) -> assertThat(Countries.toIso(names.getFirst()))
                .as(names.getFirst())
                .contains(iso));
        assertThat(prose.get("KP")).startsWith("North Korea").contains("Noord-Korea", "Nordkorea", "북한", "КНДР");
    }

    @Test
    void rowsKeepTheirOrderAndLaterRowsOfACodeAddNames() {
        List<CountryTable.Row> rows =
                parse("# comment\n\nKP\tlists\tDPRK\tNorth Korea\nMM\tlists\tBurma\nMM\tlists\tMyanmar\n");
        assertThat(rows).extracting(CountryTable.Row::iso).containsExactly("KP", "MM", "MM");
        assertThat(rows.getFirst().names()).containsExactly("DPRK", "North Korea");
    }

    @Test
    void aMalformedRowFailsNamingTheResourceTheLineAndWhatWasExpected() {
        assertThatThrownBy(() -> parse("# c\nKP\tlists\tDPRK\nKP lists North Korea\n"))
                .hasMessageStartingWith("test/countries.tsv:3: \"KP lists North Korea\": expected an ISO code, a use");
        assertThatThrownBy(() -> parse("kp\tlists\tDPRK\n"))
                .hasMessageStartingWith("test/countries.tsv:1: ")
                .hasMessageContaining("two-letter upper-case ISO 3166-1 code");
        assertThatThrownBy(() -> parse("KP\tnews\tDPRK\n")).hasMessageContaining("\"lists\" or \"prose\"");
        assertThatThrownBy(() -> parse("KP\tprose\tDPRK\t\tNorth Korea\n")).hasMessageContaining("blank cells");
        assertThatThrownBy(() -> parse("# only a comment\n")).hasMessage("test/countries.tsv: no rows");
    }

    @Test
    void aResourceThatIsNotUtf8OrMissingFailsNamingIt() {
        byte[] latin1 = "KP\tprose\tCor\u00e9e du Nord\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ResourceLines.read(new ByteArrayInputStream(latin1), "test/latin1.tsv"))
                .hasMessage("test/latin1.tsv: not UTF-8 text");
        assertThatThrownBy(() -> ResourceLines.read(CountryTable.class, "/dev/embargo/lists/none.tsv"))
                .hasMessage("/dev/embargo/lists/none.tsv: resource missing from the class path");
    }
}
