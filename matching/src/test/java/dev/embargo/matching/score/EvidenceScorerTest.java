package dev.embargo.matching.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.Source;
import dev.embargo.matching.ScoringPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates of birth and countries as evidence, each outcome on its own, with the effects of the policy. */
class EvidenceScorerTest {
    private static final ScoringPolicy.Evidence EFFECTS = ScoringPolicy.DEFAULT.evidence();

    private static Entity bornOn(ListedDate... dates) {
        var b = Entity.builder(Source.UN, "p").kind(EntityKind.PERSON).name(Name.primary("Test Person"));
        for (ListedDate d : dates) {
            b.birthDate(d);
        }
        return b.build();
    }

    private static ListedDate day(int year, int month, int dayOfMonth) {
        return ListedDate.day(year + "-" + month + "-" + dayOfMonth, LocalDate.of(year, month, dayOfMonth));
    }

    private static FactCheck dob(ListedDate query, Entity entity) {
        return EvidenceScorer.checkDob(query, entity).orElseThrow();
    }

    @Test
    void theSameDayAgreesMost() {
        FactCheck c = dob(day(1984, 1, 8), bornOn(day(1984, 1, 8)));
        assertThat(c.outcome()).isEqualTo("agrees");
        assertThat(c.effect()).isEqualTo(EFFECTS.dobExact());
        assertThat(c.query()).isEqualTo("1984-01-08");
    }

    @Test
    void dayAndMonthSwappedAgreeLess() {
        FactCheck c = dob(day(1984, 8, 1), bornOn(day(1984, 1, 8)));
        assertThat(c.outcome()).isEqualTo("agrees with day and month swapped");
        assertThat(c.effect()).isEqualTo(EFFECTS.dobSwapped()).isLessThan(EFFECTS.dobExact());
    }

    @Test
    void aYearAgreesWithAnyDayOfIt() {
        FactCheck c = dob(ListedDate.year("1984", 1984), bornOn(day(1984, 6, 30)));
        assertThat(c.outcome()).isEqualTo("agrees (same year or range)");
        assertThat(c.effect()).isEqualTo(EFFECTS.dobSameYear());
    }

    @Test
    void anotherDayOfTheSameOrNextYearIsCloseAndNeutral() {
        assertThat(dob(day(1984, 3, 2), bornOn(day(1984, 1, 8)))).satisfies(c -> {
            assertThat(c.outcome()).isEqualTo("close");
            assertThat(c.effect()).isZero();
        });
        assertThat(dob(day(1985, 3, 2), bornOn(day(1984, 1, 8))).effect()).isZero();
    }

    @Test
    void yearsApartLowerTheScore() {
        FactCheck c = EvidenceScorer.checkDob(day(1990, 1, 8), bornOn(day(1984, 1, 8)), true)
                .orElseThrow();
        assertThat(c.outcome()).isEqualTo("disagrees");
        assertThat(c.effect()).isEqualTo(EFFECTS.dobFar()).isNegative();
    }

    @Test
    void twoFullDatesYearsApartCountMoreAgainstANameThatIsNotExact() {
        FactCheck c = dob(day(1990, 1, 8), bornOn(day(1984, 1, 8)));
        assertThat(c.outcome()).isEqualTo("disagrees (two full dates, the name not exact)");
        assertThat(c.effect()).isEqualTo(EFFECTS.dobFullDiffers()).isLessThan(EFFECTS.dobFar());
        // The best name that is not exact, a romanisation variant, then falls under the threshold; an exact name
        // with the same dates stays at it.
        assertThat(0.99 + c.effect()).isLessThan(ScoringPolicy.DEFAULT_THRESHOLD);
        assertThat(1 + EFFECTS.dobFar()).isGreaterThanOrEqualTo(ScoringPolicy.DEFAULT_THRESHOLD);
    }

    @Test
    void aYearAgainstAFullDateYearsApartCountsOnlyAsFar() {
        // A year only is a weaker record than a full date: it disagrees as far dates do, name exact or not.
        FactCheck c = dob(ListedDate.year("1990", 1990), bornOn(day(1984, 1, 8)));
        assertThat(c.outcome()).isEqualTo("disagrees");
        assertThat(c.effect()).isEqualTo(EFFECTS.dobFar());
    }

    @Test
    void theNameDecidesWhichFullDateEffectAScreeningApplies() {
        Entity e = bornOn(day(1984, 1, 8));
        assertThat(EvidenceScorer.check(Optional.of(day(1970, 2, 2)), Optional.empty(), e, true))
                .singleElement()
                .extracting(FactCheck::effect)
                .isEqualTo(EFFECTS.dobFar());
        assertThat(EvidenceScorer.check(Optional.of(day(1970, 2, 2)), Optional.empty(), e, false))
                .singleElement()
                .extracting(FactCheck::effect)
                .isEqualTo(EFFECTS.dobFullDiffers());
    }

    @Test
    void circaWidensTheListedYearsByTwo() {
        ListedDate listed = ListedDate.year("1980", 1980);
        assertThat(dob(ListedDate.year("1983", 1983), bornOn(listed)).outcome()).isEqualTo("disagrees");
        assertThat(dob(ListedDate.year("1983", 1983), bornOn(listed.withCirca(true)))
                        .outcome())
                .isEqualTo("close");
        assertThat(dob(ListedDate.year("1984", 1984), bornOn(listed.withCirca(true)))
                        .outcome())
                .isEqualTo("disagrees");
    }

    @Test
    void theBestOfSeveralListedDatesCounts() {
        FactCheck c = dob(day(1984, 1, 8), bornOn(day(1970, 5, 5), day(1984, 1, 8), ListedDate.year("1984", 1984)));
        assertThat(c.outcome()).isEqualTo("agrees");
        assertThat(c.listed()).isEqualTo("1984-01-08");
    }

    @Test
    void noListedDateIsNoEvidence() {
        assertThat(EvidenceScorer.checkDob(day(1984, 1, 8), bornOn())).isEmpty();
    }

    private static EntityBuilder person() {
        return Entity.builder(Source.UN, "p").kind(EntityKind.PERSON).name(Name.primary("Test Person"));
    }

    @Test
    void aListedNationalityCitizenshipOrCountryAgrees() {
        assertThat(EvidenceScorer.checkCountry("kp", person().nationality("KP").build())
                        .orElseThrow())
                .isEqualTo(new FactCheck("country", "KP", "KP", "agrees", EFFECTS.countryAgrees()));
        assertThat(EvidenceScorer.checkCountry("KP", person().citizenship("KP").build())
                        .orElseThrow()
                        .outcome())
                .isEqualTo("agrees");
        assertThat(EvidenceScorer.checkCountry("KP", person().country("KP").build())
                        .orElseThrow()
                        .outcome())
                .isEqualTo("agrees");
        assertThat(EvidenceScorer.checkCountry(
                                "KP",
                                person().address(Address.ofText("Pyongyang", "KP"))
                                        .build())
                        .orElseThrow()
                        .outcome())
                .isEqualTo("agrees");
    }

    @Test
    void anotherNationalityDisagreesAndNamesTheListedOnes() {
        FactCheck c = EvidenceScorer.checkCountry(
                        "FR",
                        person().nationality("KP")
                                .citizenship("RU")
                                .address(Address.ofText("Moscow", "RU"))
                                .country("CN")
                                .build())
                .orElseThrow();
        assertThat(c.outcome()).isEqualTo("disagrees");
        assertThat(c.effect()).isEqualTo(EFFECTS.countryDiffers()).isNegative();
        assertThat(c.listed()).isEqualTo("KP, RU, CN");
    }

    @Test
    void onlyOtherAddressesOrCountriesIsNeutral() {
        FactCheck c = EvidenceScorer.checkCountry(
                        "FR", person().address(Address.ofText("Dubai", "AE")).build())
                .orElseThrow();
        assertThat(c.outcome()).isEqualTo("not among the listed countries");
        assertThat(c.effect()).isZero();
    }

    @Test
    void noListedCountryIsNoEvidence() {
        assertThat(EvidenceScorer.checkCountry("FR", person().build())).isEmpty();
    }

    @Test
    void checkGivesTheDateThenTheCountryAndNothingWithoutThem() {
        Entity e = person().birthDate(day(1984, 1, 8)).nationality("KP").build();
        List<FactCheck> both = EvidenceScorer.check(Optional.of(day(1984, 1, 8)), Optional.of("KP"), e);
        assertThat(both).extracting(FactCheck::fact).containsExactly("date of birth", "country");
        assertThat(EvidenceScorer.check(Optional.empty(), Optional.empty(), e)).isEmpty();
    }

    @Test
    void mostRaisedIsTheMostAnyFactsAdd() {
        Entity e = person().birthDate(day(1984, 1, 8)).nationality("KP").build();
        double name = 0.8;
        double raw = name;
        for (FactCheck f : EvidenceScorer.check(Optional.of(day(1984, 1, 8)), Optional.of("KP"), e)) {
            raw += f.effect();
        }
        assertThat(EvidenceScorer.mostRaised(name, true, true)).isEqualTo(raw);
        assertThat(EvidenceScorer.mostRaised(name, false, false)).isEqualTo(name);
        assertThat(EvidenceScorer.mostRaised(name, true, false)).isEqualTo(name + EFFECTS.dobExact());
    }

    @Test
    void evidenceAloneNeverMakesAHit() {
        assertThat(EFFECTS.dobExact() + EFFECTS.countryAgrees()).isLessThan(ScoringPolicy.DEFAULT.threshold() / 2);
    }
}
