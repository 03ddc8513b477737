package dev.embargo.lists.canada;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.DatePrecision;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import dev.embargo.lists.model.Source;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real SEMA list as published (../shared/data/lists/canada-sema/sema-lmes.xml). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanadaSemaXmlReaderTest {
    private LoadedList list;
    private Map<String, Entity> byId;

    private Path file;

    @BeforeAll
    void readRealList() throws ListFormatException {
        file = SharedData.require("data/lists/canada-sema/sema-lmes.xml");
        list = new CanadaSemaXmlReader().read(ListFiles.single(ListFormat.CANADA_SEMA_XML, file));
        byId = list.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    private Entity entity(String idInSource) {
        Entity e = byId.get(Source.CA_SEMA.entityId(idInSource));
        assertThat(e).as(idInSource).isNotNull();
        return e;
    }

    @Test
    void everyRecordBecomesOneEntityWithAUniqueId() {
        assertThat(list.entities()).hasSize(4_759);
        assertThat(byId).hasSize(4_759);
        assertThat(list.warnings()).isEmpty();
        assertThat(list.source()).isEqualTo(Source.CA_SEMA);
        assertThat(list.file()).isEqualTo("sema-lmes.xml");
    }

    @Test
    void kindsFollowTheNameFieldsAndTheImoNumber() {
        // 3,334 records carry a LastName (3 of them no GivenName); 1,425 an EntityOrShip, 109 of which are ships.
        assertThat(list.countByKind())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(EntityKind.PERSON, 3_334, EntityKind.ORGANIZATION, 1_316, EntityKind.VESSEL, 109));
    }

    @Test
    void theLoaderRecognisesTheFileAndReadsItWithThisReader() throws Exception {
        LoadedList loaded = dev.embargo.lists.ListLoader.loadFile(file);
        assertThat(loaded.format()).isEqualTo(ListFormat.CANADA_SEMA_XML);
        assertThat(loaded.entities()).hasSize(4_759);
    }

    @Test
    void publishedIsTheLatestDateOfListing() {
        assertThat(list.published()).isEqualTo(LocalDate.of(2025, 3, 20));
        assertThat(list.entities()).allSatisfy(e -> {
            assertThat(e.published()).isEqualTo(LocalDate.of(2025, 3, 20));
            assertThat(e.sourceFile()).isEqualTo("sema-lmes.xml");
        });
    }

    @Test
    void lukashenkoWithHisFullDateOfBirthAndRegime() {
        Entity e = entity("belarus/1-part-1/8");
        assertThat(e.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(e.primaryName().full()).isEqualTo("Aleksandr Grigoryevich Lukashenko");
        assertThat(e.names()).hasSize(1);
        ListedDate dob = e.birthDates().getFirst();
        assertThat(e.birthDates()).hasSize(1);
        assertThat(dob.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(dob.earliest()).isEqualTo(LocalDate.of(1954, 8, 30));
        assertThat(e.programs()).containsExactly("Belarus");
        assertThat(e.countries()).containsExactly("BY");
        assertThat(e.listedOn()).isEqualTo(LocalDate.of(2020, 9, 28));
        assertThat(e.remarks()).isEqualTo("Schedule 1, Part 1, item 8.");
    }

    @Test
    void aShipWithItsImoNumberBuildYearAndType() {
        Entity ship = entity("russia/1.1/1");
        assertThat(ship.kind()).isEqualTo(EntityKind.VESSEL);
        assertThat(ship.primaryName().full()).isEqualTo("Balitiyskiy III");
        assertThat(ship.identifiers())
                .containsExactly(new Identifier(IdentifierType.IMO, "7612448", null, null, "Ship IMO Number"));
        assertThat(ship.birthDates()).singleElement().satisfies(d -> {
            assertThat(d.precision()).isEqualTo(DatePrecision.YEAR);
            assertThat(d.iso()).isEqualTo("1980");
        });
        assertThat(ship.titles()).isEmpty();
        assertThat(ship.remarks()).startsWith("Vessel type: General Cargo / Multi Purpose.");
        assertThat(list.entities().stream().filter(e -> e.kind() == EntityKind.VESSEL))
                .allSatisfy(v -> assertThat(v.identifiers())
                        .singleElement()
                        .satisfies(id -> assertThat(id.value()).matches("\\d{7}")));
    }

    @Test
    void aPersonsTitleIsATitle() {
        Entity general = entity("syria/part-2/60");
        assertThat(general.primaryName().full()).isEqualTo("Jumah Al-Ahmad");
        assertThat(general.titles()).containsExactly("Major General/major-général");
    }

    @Test
    void labelledAliasesBecomeSeparateNamesInTheirScripts() {
        // "Mikalay Alyaksandravich Lukashenka, Kolya Lukashenko, Belarusian: Мікалай Аляксандравіч Лукашэнка;
        //  Russian: Николай Александрович Лукашенко, Коля Лукашенко"
        Entity e = entity("belarus/1-part-1/120");
        assertThat(e.names())
                .extracting(Name::full)
                .containsExactly(
                        "Nikolai Aleksandrovich LUKASHENKO",
                        "Mikalay Alyaksandravich Lukashenka",
                        "Kolya Lukashenko",
                        "Мікалай Аляксандравіч Лукашэнка",
                        "Николай Александрович Лукашенко",
                        "Коля Лукашенко");
        assertThat(e.names().get(3).type()).isEqualTo(NameType.ORIGINAL_SCRIPT);
        assertThat(e.names().get(3).script()).isEqualTo("Cyrl");
        assertThat(e.names().get(1).type()).isEqualTo(NameType.ALIAS);
    }

    @Test
    void aLegalFormAfterACommaStaysWithItsName() {
        assertThat(entity("russia/1-part-2/426").names())
                .extracting(Name::full)
                .containsExactly("Bank Zenit PJSC", "Банк Зенит, ПАО");
    }

    @Test
    void aLoneWordAliasOfAPersonIsWeak() {
        Entity hemedti = entity("sudan/part-1/5");
        assertThat(hemedti.names()).contains(Name.of("Hemedti", NameType.ALIAS, NameQuality.WEAK));
        assertThat(hemedti.names()).contains(Name.of("Muhammad Hamdan Dagalo", NameType.ALIAS, NameQuality.STRONG));
        assertThat(hemedti.names()).anySatisfy(n -> assertThat(n.script()).isEqualTo("Arab"));
    }

    @Test
    void datesAreNeverMorePreciseThanListed() {
        assertThat(entity("iran/1-part-2.1/70").birthDates()).singleElement().satisfies(d -> {
            assertThat(d.precision()).isEqualTo(DatePrecision.RANGE);
            assertThat(d.earliest()).isEqualTo(LocalDate.of(1963, 1, 1));
            assertThat(d.latest()).isEqualTo(LocalDate.of(1964, 12, 31));
        });
        assertThat(entity("venezuela/117").birthDates())
                .extracting(ListedDate::iso)
                .containsExactly("1965-07-15", "1969-09-28");
        assertThat(entity("iran/1-part-2.1/107").birthDates())
                .extracting(ListedDate::iso)
                .containsExactly("1963", "1964");
        Entity vague = entity("sudan/part-1/1");
        assertThat(vague.birthDates()).isEmpty();
        assertThat(vague.remarks()).contains("Date of birth as listed: born in the early 1970s.");
    }

    @Test
    void thematicRegimesHaveAProgramButNoCountry() {
        Entity e = entity("jvcfor/54");
        assertThat(e.programs())
                .containsExactly("Justice for Victims of Corrupt Foreign Officials Regulations (JVCFOR)");
        assertThat(e.countries()).isEmpty();
        assertThat(entity("myanmar/part-2/24").countries()).containsExactly("MM");
    }

    @Test
    void noRegimeOfTheDprkInThisList() {
        assertThat(list.entities()).noneMatch(e -> e.countries().contains("KP"));
    }
}
