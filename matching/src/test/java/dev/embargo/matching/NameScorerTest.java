package dev.embargo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Name scoring rules on small hand-made lists, each pinning one behaviour from the design notes. */
class NameScorerTest {
    private static Entity person(String id, String name, String... aliases) {
        var b = Entity.builder(Source.US_OFAC_SDN, id).kind(EntityKind.PERSON).name(Name.primary(name));
        for (String a : aliases) {
            b.name(Name.alias(a));
        }
        return b.build();
    }

    private static Entity org(String id, String name) {
        return Entity.builder(Source.US_OFAC_SDN, id)
                .kind(EntityKind.ORGANIZATION)
                .name(Name.primary(name))
                .build();
    }

    private static final Screener INDEX = Screener.of(List.of(
            Entity.builder(Source.US_OFAC_SDN, "20157")
                    .kind(EntityKind.PERSON)
                    .name(Name.primary("KIM, Jong Un"))
                    .birthDate(ListedDate.day("08 Jan 1984", LocalDate.of(1984, 1, 8)))
                    .nationality("KP")
                    .build(),
            person("1", "KIM, Jong Sik"),
            person("2", "KIM, Sok Chol"),
            person("3", "PUTIN, Vladimir Vladimirovich"),
            person("4", "VLADIMIROV, Vladimir Vladimirovich"),
            org("5", "EMMA LLC"),
            org("6", "TACTICAL MISSILES CORPORATION JSC"),
            org("7", "SNOW STORM 1"),
            org("8", "HAMAS"),
            person("9", "AL-QADHAFI, Muammar"),
            person("10", "BIN LADIN, Usama"),
            org("11", "AL QA'IDA"),
            person("12", "NAZARBAYEV, Aliakbar"),
            person("13", "KIM TONG-HO"),
            person("14", "FAIZULLAH KHAN NOORZAI na")));

    private static double score(String query, String id) {
        return INDEX.screen(Query.name(query), 0, 50).stream()
                .filter(m -> m.entity().id().equals("us-ofac-sdn:" + id))
                .mapToDouble(Match::score)
                .findFirst()
                .orElse(0);
    }

    @Test
    void nameOrderPunctuationAndJoiningDoNotMatter() {
        assertThat(score("Kim Jong-un", "20157")).isGreaterThanOrEqualTo(0.97);
        assertThat(score("Jong Un Kim", "20157")).isGreaterThanOrEqualTo(0.97);
        assertThat(score("Kimjongun", "20157")).isGreaterThanOrEqualTo(0.9);
        assertThat(score("Al Qaida", "11")).isGreaterThanOrEqualTo(0.9);
        assertThat(score("Alqaida", "11")).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void romanisationVariantsMatchButBelowTheSameSpelling() {
        double variant = score("Kim Chong Un", "20157");
        assertThat(variant).isGreaterThanOrEqualTo(0.9).isLessThan(1.0);
        assertThat(score("Gaddafi Muammar", "9")).isGreaterThanOrEqualTo(0.85);
        assertThat(score("Osama bin Laden", "10")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void differentKoreanGivenNamesDoNotMatch() {
        assertThat(score("Kim Jong Il", "20157")).isLessThan(0.7);
        assertThat(score("Kim Sok Jin", "2")).isLessThan(0.7);
    }

    @Test
    void scriptsMeetTheLatinName() {
        assertThat(INDEX.screen(Query.name("김정은"), 0.5, 1).getFirst().entity().id())
                .isEqualTo("us-ofac-sdn:20157");
        assertThat(INDEX.screen(Query.name("Ким Чен Ын"), 0.5, 1)
                        .getFirst()
                        .entity()
                        .id())
                .isEqualTo("us-ofac-sdn:20157");
        assertThat(INDEX.screen(Query.name("金正恩"), 0.5, 1).getFirst().entity().id())
                .isEqualTo("us-ofac-sdn:20157");
    }

    @Test
    void genericAndOneWordQueriesAreNeverFullMatches() {
        assertThat(score("CORP", "6")).isZero();
        assertThat(score("Emma", "5")).isLessThan(1.0);
        assertThat(score("Emma Daniels", "5")).isLessThan(0.6);
        assertThat(score("Vladimir", "4")).isLessThan(0.85);
        assertThat(score("TACTICAL KITTENS CORP", "6")).isLessThan(0.7);
        assertThat(score("Hamas", "8")).isEqualTo(1.0);
    }

    @Test
    void numbersMustAgree() {
        assertThat(score("Snow Storm 2", "7")).isLessThanOrEqualTo(0.6);
        assertThat(score("Snow Storm 1", "7")).isEqualTo(1.0);
    }

    @Test
    void missingPatronymicStillMatchesAndInitialsCount() {
        assertThat(score("Vladimir Putin", "3")).isGreaterThanOrEqualTo(0.88);
        assertThat(score("A. Nazarbayev", "12")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void dateOfBirthIsEvidenceNotTheReason() {
        Query withDob = Query.of("Kim Jong Un", "person", "1984-01-08", "KP");
        Query wrongDob = Query.of("Kim Jong Un", "person", "1950-05-05", null);
        double agree = INDEX.screen(withDob, 0, 5).getFirst().score();
        double disagree = INDEX.screen(wrongDob, 0, 5).stream()
                .filter(m -> m.entity().id().equals("us-ofac-sdn:20157"))
                .findFirst()
                .orElseThrow()
                .score();
        assertThat(agree).isEqualTo(1.0);
        assertThat(disagree).isLessThan(0.9);
        assertThat(INDEX.screen(Query.of("Lee Sun", "person", "1984-01-08", "KP"), 0.5, 5))
                .isEmpty();
    }
}
