package dev.embargo.scanning.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A source keeps the apposition that says who it is ("zoals die van Estland", "such as those of Estonia") and
 * every name of a list ("according to Reuters, AP and the BBC"), in each language and on either side of its cue.
 */
class ClaimSourceAppositionAndListTest {

    private static Claim only(String text, String lang) {
        List<Claim> claims = ClaimExtractor.extract(text, lang);
        assertThat(claims).hasSize(1);
        return claims.getFirst();
    }

    private static void assertOffsets(String text, Claim c) {
        assertThat(text.substring(c.sourceStart(), c.sourceEnd())).isEqualTo(c.source());
    }

    @Test
    void dutchAppositionBetweenCommasBeforeTheCueIsKept() {
        String text = "Oostelijke diplomaten, zoals die van Litouwen, houden het op 12 schepen.";
        Claim c = only(text, "nl");
        assertThat(c.source()).isEqualTo("Oostelijke diplomaten, zoals die van Litouwen");
        assertThat(c.quantities()).extracting(Quantity::written).containsExactly("12 schepen");
        assertOffsets(text, c);
    }

    @Test
    void dutchAppositionWithoutCommasAndAfterVolgens() {
        assertThat(only("Europese douanediensten zoals die van Polen gaan uit van 80 vrachtwagens.", "nl")
                        .source())
                .isEqualTo("Europese douanediensten zoals die van Polen");
        assertThat(only("Volgens havenautoriteiten, waaronder die van Rotterdam, lagen er 4 tankers.", "nl")
                        .source())
                .isEqualTo("havenautoriteiten, waaronder die van Rotterdam");
    }

    @Test
    void aRelativeClauseBetweenCommasIsNotKept() {
        // it says what the source did, not who it is
        assertThat(only("De onderzoekers, die het rapport opstelden, zeggen dat 40 schepen betrokken waren.", "nl")
                        .source())
                .isEqualTo("De onderzoekers");
        assertThat(only("The auditors, who visited the port, said 12 tankers were waiting.", "en")
                        .source())
                .isEqualTo("The auditors");
    }

    @Test
    void englishSuchAsThoseOfAndIncluding() {
        String text = "Nordic customs officials, such as those of Finland, put the figure at 70 trucks.";
        Claim c = only(text, "en");
        assertThat(c.source()).isEqualTo("Nordic customs officials, such as those of Finland");
        assertThat(c.quantities()).extracting(Quantity::value).containsExactly(70.0);
        assertOffsets(text, c);
        assertThat(only("Baltic ports, including Riga, Tallinn and Klaipeda, reported 9 seizures.", "en")
                        .source())
                .isEqualTo("Baltic ports, including Riga, Tallinn and Klaipeda");
        assertThat(only("According to Asian regulators such as those of Singapore, 3 exchanges were hacked.", "en")
                        .source())
                .isEqualTo("Asian regulators such as those of Singapore");
    }

    @Test
    void germanWieDieVon() {
        String text = "Skandinavische Zollbehörden, wie die von Norwegen, gehen von 60 Lastwagen aus.";
        Claim c = only(text, "de");
        assertThat(c.source()).isEqualTo("Skandinavische Zollbehörden, wie die von Norwegen");
        assertThat(c.quantities()).extracting(Quantity::unit).containsExactly("lastwagen");
        assertOffsets(text, c);
    }

    @Test
    void frenchCommeCeluiDe() {
        Claim c =
                only("Les douanes européennes, comme celles de la Belgique, estiment à 25 le nombre de navires.", "fr");
        assertThat(c.source()).isEqualTo("Les douanes européennes, comme celles de la Belgique");
    }

    @Test
    void listsAfterTheCueAreNotCutAtTheFirstComma() {
        assertThat(only("Volgens Bloomberg, de FT en de NOS kocht de holding 3 vliegtuigen.", "nl")
                        .source())
                .isEqualTo("Bloomberg, de FT en de NOS");
        assertThat(only("Volgens Tokio en Seoel zijn er 8 raketten afgevuurd.", "nl")
                        .source())
                .isEqualTo("Tokio en Seoel");
        assertThat(only("The fund moved $40 million, according to Bloomberg, the FT and Le Monde.", "en")
                        .source())
                .isEqualTo("Bloomberg, the FT and Le Monde");
        assertThat(only("According to Bloomberg, the FT and Le Monde, the fund moved $40 million.", "en")
                        .source())
                .isEqualTo("Bloomberg, the FT and Le Monde");
        assertThat(only("Laut Spiegel, Zeit und FAZ kaufte die Holding 3 Flugzeuge.", "de")
                        .source())
                .isEqualTo("Spiegel, Zeit und FAZ");
        assertThat(only("Selon Le Monde, Libération et l'AFP, le fonds a transféré 40 millions d'euros.", "fr")
                        .source())
                .isEqualTo("Le Monde, Libération et l'AFP");
    }

    @Test
    void aCommaAfterTheSourceThatOpensTheStatementIsNoList() {
        // English and French put the subject after the comma: "Mexico and Chile" are what the sentence is about
        Claim c = only("According to Bloomberg, Mexico and Chile signed 2 contracts.", "en");
        assertThat(c.source()).isEqualTo("Bloomberg");
        assertThat(only("Selon l'AFP, le Mexique et le Chili ont signé 2 contrats.", "fr")
                        .source())
                .isEqualTo("AFP");
    }

    @Test
    void listsBeforeAReportingVerb() {
        assertThat(only("Bloomberg, the FT and Le Monde reported 12 transfers.", "en")
                        .source())
                .isEqualTo("Bloomberg, the FT and Le Monde");
        assertThat(only("Der Spiegel und die Zeit berichteten von 12 Überweisungen.", "de")
                        .source())
                .isEqualTo("Der Spiegel und die Zeit");
        // a verb phrase before "en" is no part of the list
        assertThat(only("Het bedrijf kocht tankers en de NOS meldde dat het er 5 waren.", "nl")
                        .source())
                .isEqualTo("de NOS");
        assertThat(only("The firm shipped crates to Chile and the agency said 5 were seized.", "en")
                        .source())
                .isEqualTo("the agency");
    }

    @Test
    void aCommonNounSourceEndsBeforeTheVerbOrTheNextName() {
        assertThat(only("Volgens de kustwacht vervoerde het schip 40.000 ton olie.", "nl")
                        .source())
                .isEqualTo("de kustwacht");
        assertThat(only("Volgens de experts leverde Noord-Korea 300 raketten.", "nl")
                        .source())
                .isEqualTo("de experts");
        assertThat(only("According to the coast guard Pyongyang shipped 40 tonnes.", "en")
                        .source())
                .isEqualTo("the coast guard");
    }
}
