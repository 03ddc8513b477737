package dev.embargo.lists.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListFormat;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityBuilder;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import dev.embargo.lists.model.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ListDiffTest {

    /** A fully filled DPRK entity; each test changes one thing. */
    private static EntityBuilder base(String id) {
        return Entity.builder(Source.UN, id)
                .kind(EntityKind.PERSON)
                .name(Name.primary("KIM JONG UN"))
                .name(Name.alias("Kim Jong-un"))
                .name(Name.of("김정은", NameType.ORIGINAL_SCRIPT, NameQuality.STRONG))
                .birthDate(ListedDate.day("1984-01-08", LocalDate.of(1984, 1, 8)))
                .birthPlace("Pyongyang")
                .nationality("KP")
                .citizenship("KP")
                .country("KP")
                .gender("male")
                .title("Supreme Leader")
                .address(Address.ofText("Pyongyang, Democratic People's Republic of Korea", "KP"))
                .identifier(new Identifier(IdentifierType.PASSPORT, "PS381420397", "KP", null, "Passport"))
                .program("DPRK")
                .listedOn(LocalDate.of(2016, 3, 2))
                .remark("Chairman of the State Affairs Commission.")
                .link(new Link("KOREA WORKERS' PARTY", "un:KPe.001", "associated with"))
                .sourceFile("consolidated.xml", LocalDate.of(2024, 11, 30));
    }

    private static Entity entity(String id) {
        return base(id).build();
    }

    static Stream<Arguments> oneFieldChanged() {
        Map<EntityField, UnaryOperator<EntityBuilder>> changes = Map.ofEntries(
                Map.entry(EntityField.KIND, b -> b.kind(EntityKind.ORGANIZATION)),
                Map.entry(EntityField.NAMES, b -> b.name(Name.alias("Kim Chong Un"))),
                Map.entry(EntityField.BIRTH_DATES, b -> b.birthDate(ListedDate.year("1983", 1983))),
                Map.entry(EntityField.BIRTH_PLACES, b -> b.birthPlace("Wonsan")),
                Map.entry(EntityField.NATIONALITIES, b -> b.nationality("RU")),
                Map.entry(EntityField.CITIZENSHIPS, b -> b.citizenship("RU")),
                Map.entry(EntityField.COUNTRIES, b -> b.country("RU")),
                Map.entry(EntityField.GENDER, b -> b.gender("female")),
                Map.entry(EntityField.TITLES, b -> b.title("Marshal")),
                Map.entry(EntityField.ADDRESSES, b -> b.address(Address.ofText("Moscow", "RU"))),
                Map.entry(EntityField.IDENTIFIERS, b -> b.identifier(Identifier.of(IdentifierType.NATIONAL_ID, "1"))),
                Map.entry(EntityField.PROGRAMS, b -> b.program("RUSSIA-EO14024")),
                Map.entry(EntityField.LISTED_ON, b -> b.listedOn(LocalDate.of(2017, 6, 2))),
                Map.entry(EntityField.REMARKS, b -> b.remark("Also head of the party.")),
                Map.entry(
                        EntityField.LINKS, b -> b.link(new Link("MUNITIONS INDUSTRY DEPARTMENT", null, "linked to"))));
        assertThat(changes.keySet()).as("every field has a case").isEqualTo(EnumSet.allOf(EntityField.class));
        return changes.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneFieldChanged")
    void reportsExactlyTheFieldThatChanged(EntityField field, UnaryOperator<EntityBuilder> change) {
        Entity before = entity("KPi.033");
        Entity after = change.apply(base("KPi.033")).build();

        ListDiff diff = ListDiff.between(List.of(before), List.of(after));

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).containsExactly(new EntityChange("un:KPi.033", "KIM JONG UN", List.of(field)));
        assertThat(diff.unchanged()).isZero();
    }

    @Test
    void everyFactOfAnEntityIsAComparedField() {
        // A field added to Entity must be added to EntityField too, or its changes would go unreported.
        List<String> facts = Arrays.stream(Entity.class.getRecordComponents())
                .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT))
                .filter(n ->
                        !List.of("id", "source", "source_file", "published").contains(n))
                .toList();
        assertThat(Arrays.stream(EntityField.values()).map(EntityField::code)).containsExactlyElementsOf(facts);
    }

    @Test
    void anIdenticalEntityIsNotReportedButCountedUnchanged() {
        ListDiff diff = ListDiff.between(List.of(entity("KPi.033")), List.of(entity("KPi.033")));

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.unchanged()).isEqualTo(1);
        assertThat(diff.oldCount()).isEqualTo(1);
        assertThat(diff.newCount()).isEqualTo(1);
    }

    @Test
    void reorderedNamesAndAddressesAreNoChange() {
        Entity before = entity("KPi.033");
        List<Name> names = new ArrayList<>(before.names());
        names.add(1, names.remove(2));
        List<Address> addresses = new ArrayList<>(before.addresses());
        addresses.add(Address.ofText("Wonsan", "KP"));
        Entity beforeTwoAddresses = copy(before, before.names(), addresses);
        Entity after = copy(before, names, addresses.reversed());
        assertThat(after.names()).isNotEqualTo(before.names());

        ListDiff diff = ListDiff.between(List.of(beforeTwoAddresses), List.of(after));

        assertThat(diff.changed()).isEmpty();
        assertThat(diff.unchanged()).isEqualTo(1);
    }

    @Test
    void aNewPublicationDateAloneIsNoChange() {
        Entity before = entity("KPi.033");
        Entity after = base("KPi.033")
                .sourceFile("consolidated-2026.xml", LocalDate.of(2026, 2, 27))
                .build();

        assertThat(ListDiff.between(List.of(before), List.of(after)).isEmpty()).isTrue();
    }

    @Test
    void severalChangedFieldsAreListedInFieldOrder() {
        Entity before = entity("KPi.033");
        Entity after = base("KPi.033")
                .remark("More.")
                .name(Name.alias("KIM Jong Un"))
                .program("X")
                .build();

        ListDiff diff = ListDiff.between(List.of(before), List.of(after));

        assertThat(diff.changed().getFirst().fields())
                .containsExactly(EntityField.NAMES, EntityField.PROGRAMS, EntityField.REMARKS);
    }

    @Test
    void addedAndRemovedAreMatchedByIdAndSortedNaturally() {
        List<Entity> before = List.of(entity("KPi.010"), entity("KPi.2"), entity("KPi.033"));
        List<Entity> after = List.of(
                entity("KPi.033"),
                entity("KPi.100"),
                entity("KPi.9"),
                Entity.builder(Source.UN, "KPe.001")
                        .kind(EntityKind.ORGANIZATION)
                        .name(Name.primary("KOREA MINING DEVELOPMENT TRADING CORPORATION"))
                        .build());

        ListDiff diff = ListDiff.between(before, after);

        assertThat(diff.added()).extracting(EntityRef::id).containsExactly("un:KPe.001", "un:KPi.9", "un:KPi.100");
        assertThat(diff.added())
                .extracting(EntityRef::name)
                .first()
                .isEqualTo("KOREA MINING DEVELOPMENT TRADING CORPORATION");
        assertThat(diff.removed()).extracting(EntityRef::id).containsExactly("un:KPi.2", "un:KPi.010");
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.unchanged()).isEqualTo(1);
        assertThat(diff.oldCount()).isEqualTo(3);
        assertThat(diff.newCount()).isEqualTo(4);
    }

    @Test
    void changedEntityIsNamedByItsNewPrimaryName() {
        Entity before = entity("KPi.033");
        Entity after = Entity.builder(Source.UN, "KPi.033")
                .kind(EntityKind.PERSON)
                .name(Name.primary("KIM CHONG UN"))
                .build();

        ListDiff diff = ListDiff.between(List.of(before), List.of(after));

        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("KIM CHONG UN");
            assertThat(c.fields())
                    .contains(EntityField.NAMES, EntityField.BIRTH_DATES, EntityField.REMARKS)
                    .doesNotContain(EntityField.KIND);
        });
    }

    @Test
    void aRepeatedIdCountsOnceWithTheFirstOccurrence() {
        Entity first = entity("KPi.033");
        Entity second = base("KPi.033").remark("duplicate").build();

        ListDiff diff = ListDiff.between(List.of(first), List.of(first, second));

        assertThat(diff.changed()).isEmpty();
        assertThat(diff.added()).isEmpty();
        assertThat(diff.unchanged()).isEqualTo(1);
    }

    @Test
    void perSourceComparesEachSourceAndCountsOneSidedSources() {
        Entity un = entity("KPi.033");
        Entity unChanged = base("KPi.033").program("DPRK2").build();
        Entity ofac = Entity.builder(Source.US_OFAC_SDN, "20157")
                .kind(EntityKind.PERSON)
                .name(Name.primary("KIM, Jong Un"))
                .build();
        LoadedList unOld = list(Source.UN, LocalDate.of(2024, 11, 30), un);
        LoadedList unNew = list(Source.UN, LocalDate.of(2026, 2, 27), unChanged);
        LoadedList ofacNew = list(Source.US_OFAC_SDN, LocalDate.of(2024, 5, 3), ofac);

        List<SourceDiff> diffs = SourceDiff.perSource(List.of(unOld), List.of(ofacNew, unNew));

        assertThat(diffs).extracting(SourceDiff::source).containsExactly(Source.UN, Source.US_OFAC_SDN);
        SourceDiff unDiff = diffs.get(0);
        assertThat(unDiff.presence()).isEqualTo(SourceDiff.Presence.BOTH);
        assertThat(unDiff.oldPublished()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(unDiff.newPublished()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(unDiff.entities().changed())
                .extracting(EntityChange::fields)
                .containsExactly(List.of(EntityField.PROGRAMS));
        SourceDiff ofacDiff = diffs.get(1);
        assertThat(ofacDiff.presence()).isEqualTo(SourceDiff.Presence.ONLY_NEW);
        assertThat(ofacDiff.oldPublished()).isNull();
        assertThat(ofacDiff.entities().newCount()).isEqualTo(1);
        assertThat(ofacDiff.entities().added())
                .as("one-sided sources are counted, not listed")
                .isEmpty();
    }

    @Test
    void idOrderComparesDigitRunsByValue() {
        List<String> ids = new ArrayList<>(Arrays.asList(
                "us-ofac-sdn:1000", "us-ofac-sdn:999", "un:KPi.10", "un:KPi.9", "un:KPe.001", "us-ofac-sdn:0999"));
        ids.sort(IdOrder.INSTANCE);
        // Equal values ("0999", "999") fall back to text order, so sorting is still total and stable.
        assertThat(ids)
                .containsExactly(
                        "un:KPe.001",
                        "un:KPi.9",
                        "un:KPi.10",
                        "us-ofac-sdn:0999",
                        "us-ofac-sdn:999",
                        "us-ofac-sdn:1000");
    }

    private static LoadedList list(Source source, LocalDate published, Entity... entities) {
        return new LoadedList(source, ListFormat.UN_XML, "file", published, List.of(entities), List.of());
    }

    private static Entity copy(Entity e, List<Name> names, List<Address> addresses) {
        return new Entity(
                e.id(),
                e.source(),
                e.kind(),
                names,
                e.birthDates(),
                e.birthPlaces(),
                e.nationalities(),
                e.citizenships(),
                e.countries(),
                e.gender(),
                e.titles(),
                addresses,
                e.identifiers(),
                e.programs(),
                e.listedOn(),
                e.remarks(),
                e.links(),
                e.sourceFile(),
                e.published());
    }
}
