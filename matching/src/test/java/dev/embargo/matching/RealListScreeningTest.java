package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Screening behaviour the issue asks for, on the real lists. */
class RealListScreeningTest {
    private static List<Match> screen(String name) {
        return RealLists.screener().screen(Query.name(name), 0.5, 10);
    }

    private static double score(String name, String id) {
        return RealLists.screener().screen(Query.name(name), 0, 50).stream()
                .filter(m -> m.entity().id().equals(id))
                .mapToDouble(Match::score)
                .findFirst()
                .orElse(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Kim Jong-un",
                "KIM, Jong Un",
                "Jong Un Kim",
                "Kim Jong Un",
                "김정은",
                "Ким Чен Ын",
                "金正恩",
                "Kim Chong Un",
                "Kimjongun"
            })
    void kimJongUnInAnyScriptAndSpellingComesFirst(String name) {
        List<Match> matches = screen(name);
        assertThat(matches).as(name).isNotEmpty();
        assertThat(matches.getFirst().entity().id()).as(name).isEqualTo("us-ofac-sdn:20157");
    }

    @Test
    void kimJongUnAboveTheThresholdButKimJongIlIsNotKimJongUn() {
        assertThat(score("Kim Jong-un", "us-ofac-sdn:20157")).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
        assertThat(score("김정은", "us-ofac-sdn:20157")).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
        assertThat(score("Kim Jong Il", "us-ofac-sdn:20157")).isLessThan(Screener.DEFAULT_THRESHOLD);
    }

    @Test
    void putinInDutchSpellingFindsPutinFirst() {
        List<Match> matches = screen("Vladimir Poetin");
        // Several lists name him (OFAC, UK, ...): every copy ranks above anyone else.
        assertThat(matches.getFirst().entity().primaryName().full().toUpperCase())
                .contains("PUTIN");
        assertThat(matches.getFirst().score()).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
        assertThat(score("Vladimir Poetin", "us-ofac-sdn:35096")).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
        assertThat(matches.getFirst().explanation().pairs())
                .anyMatch(p -> p.query().equals("poetin") && p.rule().equals("romanisation variant"));
    }

    @Test
    void genericWordsAloneAreNoMatch() {
        assertThat(RealLists.screener().screen(Query.name("CORP"), Screener.DEFAULT_THRESHOLD, 10))
                .isEmpty();
        assertThat(RealLists.screener().screen(Query.name("Trading Company Limited"), Screener.DEFAULT_THRESHOLD, 10))
                .isEmpty();
    }

    @Test
    void anIdentifierDecides() {
        // A digital currency address of the Lazarus Group, as sdn.csv lists it (case matters in base58).
        Match m = RealLists.screener()
                .screen(Query.name("0x098B716B8Aaf21512996dC57EB0615e2383E2f96"), 0.85, 5)
                .getFirst();
        assertThat(m.entity().id()).isEqualTo("us-ofac-sdn:27307");
        assertThat(m.score()).isEqualTo(1.0);
        assertThat(m.explanation().identifier()).contains("0x098B716B8Aaf21512996dC57EB0615e2383E2f96");
        // IMO numbers match with or without the prefix.
        Match vessel =
                RealLists.screener().screen(Query.name("IMO 7408873"), 0.85, 5).getFirst();
        assertThat(vessel.entity().kind().code()).isEqualTo("vessel");
        assertThat(vessel.score()).isEqualTo(1.0);
    }

    @Test
    void aHeavilyAliasedPartyStillRanksFirstOnItsExactName() {
        // HAMAS has dozens of aliases; its exact name must win over every party that merely shares a word.
        List<Match> matches = screen("HAMAS");
        assertThat(matches.getFirst().entity().names().stream()
                        .anyMatch(n -> n.full().equalsIgnoreCase("HAMAS")))
                .isTrue();
        assertThat(matches.getFirst().score()).isEqualTo(1.0);
    }

    @Test
    void anExactNameWinsOverTheManyNamesThatBeginTheSameWay() {
        // Dozens of IRGC units are listed as "ISLAMIC REVOLUTIONARY GUARD CORPS ..."; the corps itself ranks first.
        // The corps is listed by several publishers, one of them with its acronym ("... CORPS (IRGC)"): any of
        // its listings may come first, none of its units.
        Match first = screen("Islamic Revolutionary Guard Corps").getFirst();
        assertThat(first.matchedName().replaceAll("\\s*\\(IRGC\\)$", ""))
                .isEqualToIgnoringCase("Islamic Revolutionary Guard Corps");
        assertThat(first.score()).isEqualTo(1.0);
    }

    @Test
    void dateOfBirthRaisesAndLowersButIsNeverTheReason() {
        double agrees = RealLists.screener()
                .screen(Query.of("Kim Jong Un", "person", "1984-01-08", null), 0, 5)
                .getFirst()
                .score();
        double differs =
                RealLists.screener().screen(Query.of("Kim Jong Un", "person", "1950-01-01", null), 0, 50).stream()
                        .filter(m -> m.entity().id().equals("us-ofac-sdn:20157"))
                        .findFirst()
                        .orElseThrow()
                        .score();
        assertThat(agrees).isGreaterThan(differs);
        assertThat(RealLists.screener()
                        .screen(Query.of("John Smith", "person", "1984-01-08", "KP"), Screener.DEFAULT_THRESHOLD, 5))
                .isEmpty();
    }

    @Test
    void explanationNamesPairsRulesAndFacts() {
        Match m = RealLists.screener()
                .screen(Query.of("김정은", "person", "1984", null), 0.5, 1)
                .getFirst();
        Explanation e = m.explanation();
        assertThat(e.queryReading()).startsWith("hangul");
        assertThat(e.pairs()).extracting(Explanation.Pair::rule).contains("transliteration");
        assertThat(e.facts()).anyMatch(f -> f.fact().equals("date of birth") && f.effect() > 0);
        assertThat(e.summary()).contains("date of birth");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Muammar Gaddafi", "Moammar Gadhafi", "Muammar Kadhafi", "Muammar Qaddafi"})
    void qaddafiInTheSpellingsOfThePressFindsQadhafi(String name) {
        // OFAC lists him as QADHAFI, Muammar; Gadhafi is the spelling of the Associated Press.
        assertThat(score(name, "us-ofac-sdn:12606")).as(name).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
    }

    @Test
    void aPersonNamedWithoutMiddleNamesIsStillFound() {
        // The UN lists her as AISHA MUAMMAR MUHAMMED ABU MINYAR QADHAFI: her father's, grandfather's and
        // great-grandfather's names, which the press leaves out.
        assertThat(score("Aisha Qadhafi", "un:LYi.009")).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
        assertThat(score("Aisha Gaddafi", "un:LYi.009")).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
        // A left-out given name is not a left-out middle name: Muammar Qadhafi is not his daughter.
        assertThat(score("Muammar Qadhafi", "un:LYi.009")).isLessThan(Screener.DEFAULT_THRESHOLD);
    }

    @Test
    void russianNamesInPassportSpellingMeetTheirEnglishSpelling() {
        // Canada lists Iosif KOBZON as passports write Иосиф (ICAO: Iosif); English writes Yosif.
        List<Match> matches = screen("Yosif Kobzon");
        assertThat(matches.getFirst().entity().id()).isEqualTo("ca-sema:russia/1-part-1/82");
        assertThat(matches.getFirst().explanation().pairs())
                .extracting(Explanation.Pair::rule)
                .contains("romanisation variant");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Jevgeni Prigozjin|PRIGOZHIN",
                "Evgueni Prigojine|PRIGOZHIN",
                "Sergej Sjojgoe|SHOIGU",
                "Igor Setchine|SECHIN",
                "Igor Setschin|SECHIN",
                "Vladimir Poutine|PUTIN",
                "Roman Abramowitsch|ABRAMOVICH",
                "Joeri Kovaltsjoek|KOVALCHUK",
                "Nikolaj Patroesjev|PATRUSHEV",
                "Michail Fridman|FRIDMAN",
                "Aiman az-Zawahiri|ZAWAHIRI"
            })
    void russianAndArabicNamesAsDutchGermanAndFrenchWriteThemFindTheListedParty(String query, String surname) {
        // Dutch (Prigozjin, Sjojgoe, Kovaltsjoek), German (Setschin, Abramowitsch, Michail) and French (Prigojine,
        // Setchine, Poutine) newspapers write the names their own way; az-Zawahiri writes the article as said.
        List<Match> matches = screen(query);
        assertThat(matches).as(query).isNotEmpty();
        assertThat(matches.getFirst().matchedName().toUpperCase()).as(query).contains(surname);
        assertThat(matches.getFirst().score()).as(query).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
    }

    @Test
    void initialsThatAgreeRaiseTheScoreAndNeverHideTheName() {
        // "R. A. Kadyrov" found nothing: the joined initials "ra" found the tail numbers RA-02791, ... first.
        assertThat(score("R. A. Kadyrov", "au-dfat:2961")).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
        // Each initial that agrees adds to the score; one that is missing leaves a listed word out.
        double twoInitials = score("S. V. Lavrov", "au-dfat:6679");
        assertThat(twoInitials).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
        assertThat(twoInitials).isGreaterThan(score("S. Lavrov", "au-dfat:6679"));
        // An initial that does not agree pairs with nothing.
        assertThat(score("K. V. Lavrov", "au-dfat:6679")).isLessThan(twoInitials);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Advanced Industrial Technologies Gesellschaft mit beschränkter Haftung",
                "African Trans International Holdings Besloten Vennootschap",
                "Rosneft Trading Société Anonyme"
            })
    void aLegalFormWrittenOutInItsLanguageIsTheLegalForm(String name) {
        // Listed as ADVANCED INDUSTRIAL TECHNOLOGIES GMBH, AFRICAN TRANS INTERNATIONAL HOLDINGS B.V. and
        // ROSNEFT TRADING S.A.
        Match first = screen(name).getFirst();
        assertThat(first.score()).as(name).isEqualTo(1.0);
        assertThat(first.explanation().pairs())
                .extracting(Explanation.Pair::rule)
                .contains("legal form");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "EP-MMH|us-ofac-sdn:18150",
                "Tail number EP-MMH|us-ofac-sdn:18150",
                "Call sign 5IM713|us-ofac-sdn:23423",
                "5IM713|us-ofac-sdn:23423"
            })
    void anAircraftOrVesselIsFoundByItsTailNumberOrCallSign(String query, String id) {
        // OFAC: aircraft MSN 391 with tail number EP-MMH (no digit, so it was never looked up as an identifier),
        // vessel PROGRES with call sign 5IM713 (not found behind its label).
        Match first = RealLists.screener()
                .screen(Query.name(query), Screener.DEFAULT_THRESHOLD, 5)
                .getFirst();
        assertThat(first.entity().id()).as(query).isEqualTo(id);
        assertThat(first.score()).isEqualTo(1.0);
    }

    @Test
    void aNameWrittenInPartsFindsTheListedNameWrittenAsOneWord() {
        // SIRAJUDDIN JALLALOUDINE HAQQANI: "Siraj ud-Din" joins to his first name, which must count as the three
        // words it joins when candidates are chosen among the many Haqqanis and names with "din".
        // His alias "Siraj Haqqani" (the same listing) may score as well: the party is what must come first.
        Match first = screen("Siraj ud-Din Haqqani").getFirst();
        assertThat(first.entity().names()).anyMatch(n -> n.full().equalsIgnoreCase("SIRAJUDDIN JALLALOUDINE HAQQANI"));
        assertThat(first.score()).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
    }
}
