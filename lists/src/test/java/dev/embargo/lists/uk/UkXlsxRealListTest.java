package dev.embargo.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.DatePrecision;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameCell;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real UK consolidated list of 2025-04-10 (../shared/data/lists/uk-ofsi/ConList.xlsx). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UkXlsxRealListTest {
    private static final String DPRK = "Democratic People's Republic of Korea";

    private LoadedList list;
    private Map<String, Entity> byId;

    @BeforeAll
    void readOnce() throws ListFormatException {
        list = new UkXlsxReader().read(ListFiles.single(ListFormat.UK_XLSX, RealUkSheet.file()));
        byId = list.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    private Entity entity(String groupId) {
        assertThat(byId).containsKey("uk-ofsi:" + groupId);
        return byId.get("uk-ofsi:" + groupId);
    }

    @Test
    void readsOneEntityPerGroupIdWithThePublicationDate() {
        assertThat(list.entities()).hasSize(4_686);
        assertThat(byId).hasSize(4_686);
        assertThat(list.countByKind())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(EntityKind.PERSON, 3_662, EntityKind.ORGANIZATION, 1_009, EntityKind.VESSEL, 15));
        assertThat(list.published()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(list.file()).isEqualTo("ConList.xlsx");
        assertThat(list.warnings()).isEmpty();
        assertThat(list.entities()).allSatisfy(e -> {
            assertThat(e.id()).matches("uk-ofsi:\\d+");
            assertThat(e.sourceFile()).isEqualTo("ConList.xlsx");
            assertThat(e.published()).isEqualTo(LocalDate.of(2025, 4, 10));
            assertThat(e.programs()).isNotEmpty();
            assertThat(e.listedOn()).isNotNull();
        });
    }

    @Test
    void everyOneOfThe18796NameRowsIsInItsEntity() throws Exception {
        List<List<String>> rows = RealUkSheet.rows();
        List<String> header = rows.get(1);
        int groupId = header.indexOf("Group ID");
        int family = header.indexOf("Name 6");
        int original = header.indexOf("Name Non-Latin Script");
        List<Integer> given = List.of(
                header.indexOf("Name 1"),
                header.indexOf("Name 2"),
                header.indexOf("Name 3"),
                header.indexOf("Name 4"),
                header.indexOf("Name 5"));
        List<List<String>> nameRows = rows.subList(2, rows.size());
        assertThat(nameRows).hasSize(18_796);
        Set<String> groups = new HashSet<>();
        for (List<String> row : nameRows) {
            groups.add(row.get(groupId));
            StringBuilder full = new StringBuilder();
            for (int i : given) {
                if (!cell(row, i).isEmpty()) {
                    full.append(cell(row, i)).append(' ');
                }
            }
            full.append(cell(row, family));
            Entity entity = entity(row.get(groupId));
            Set<String> names = entity.names().stream().map(Name::full).collect(Collectors.toSet());
            // A bracket that says something of the name is read off it ("SANTOS III (THIRD)": NameCell).
            String filed = NameCell.read(Name.alias(full.toString()), entity.kind())
                    .map(c -> c.names().getFirst().full())
                    .orElse(full.toString());
            assertThat(names).contains(filed);
            if (!cell(row, original).isEmpty()) {
                assertThat(names).contains(cell(row, original));
            }
        }
        assertThat(groups).hasSize(4_686);
        // Rows repeat a name once per date of birth or address; distinct names are 12,738 Latin + 3,226 original.
        assertThat(list.nameCount()).isEqualTo(15_964);
        assertThat(list.entities().stream()
                        .flatMap(e -> e.names().stream())
                        .filter(n -> n.type() == NameType.ORIGINAL_SCRIPT))
                .hasSize(3_226);
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() && row.get(index) != null ? row.get(index).strip() : "";
    }

    @Test
    void theDprkRegimeHas239Targets() {
        List<Entity> dprk = list.entities().stream()
                .filter(e -> e.programs().contains(DPRK))
                .toList();
        assertThat(dprk).hasSize(239);
        assertThat(dprk.stream().collect(Collectors.groupingBy(Entity::kind, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(EntityKind.PERSON, 138L, EntityKind.ORGANIZATION, 86L, EntityKind.VESSEL, 15L));
    }

    @Test
    void kimTongMyongOfTanchonCommercialBankWithAYearOnlyAndAFullDateOfBirth() {
        Entity kim = entity("12441");
        assertThat(kim.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(kim.primaryName()).isEqualTo(Name.of("KIM TONG MY'ONG", NameType.PRIMARY, NameQuality.STRONG));
        assertThat(kim.names())
                .extracting(Name::full, Name::type)
                .containsExactly(
                        tuple("KIM TONG MY'ONG", NameType.PRIMARY),
                        tuple("Kim CHIN-SO'K", NameType.ALIAS),
                        tuple("Kim HYOK CHOL", NameType.ALIAS),
                        tuple("Kim HYOK-CHOL", NameType.ALIAS),
                        tuple("Kim JIN-SOK", NameType.ALIAS),
                        tuple("Kim TONG MYONG", NameType.ALIAS),
                        tuple("Kim TONG-MYO’NG", NameType.ALIAS),
                        tuple("Kim TONG-MYONG", NameType.ALIAS));
        assertThat(kim.birthDates())
                .containsExactly(
                        ListedDate.year("00/00/1964", 1964), ListedDate.day("28/08/1962", LocalDate.of(1962, 8, 28)));
        assertThat(kim.birthDates().getFirst().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(kim.nationalities()).containsExactly("KP");
        assertThat(kim.titles()).containsExactly("President of Tanchon Commercial Bank");
        assertThat(kim.identifiers())
                .containsExactly(
                        new Identifier(
                                IdentifierType.PASSPORT,
                                "290320764",
                                "KP",
                                null,
                                "Issued by the Democratic People's Republic of Korea"),
                        new Identifier(IdentifierType.OTHER, "DPR0239", null, null, "UK Sanctions List Ref"),
                        new Identifier(IdentifierType.OTHER, "KPi.023", null, null, "UN Ref"));
        assertThat(kim.programs()).containsExactly(DPRK);
        assertThat(kim.listedOn()).isEqualTo(LocalDate.of(2011, 12, 21));
        assertThat(kim.remarks()).startsWith("(UK Sanctions List Ref):DPR0239. (UN Ref):KPi.023. Kim Tong My’ong is");
    }

    @Test
    void originalScriptNamesAreKeptExactlyAsListed() {
        Entity kimCholSam = entity("13420");
        assertThat(kimCholSam.names())
                .containsExactly(
                        Name.of("KIM CHOL SAM", NameType.PRIMARY, NameQuality.STRONG),
                        Name.of("Jin TIESAN", NameType.ALIAS, NameQuality.STRONG),
                        Name.of("金铁三", NameType.ORIGINAL_SCRIPT, NameQuality.STRONG));
        assertThat(kimCholSam.names().get(2).script()).isEqualTo("Hani");
        assertThat(kimCholSam.birthDates()).containsExactly(ListedDate.day("11/03/1971", LocalDate.of(1971, 3, 11)));

        // North Korea's defence minister, listed under the Russia regime, with his name in Hangul.
        Entity no = entity("16818");
        assertThat(no.names())
                .extracting(Name::full, Name::type, Name::script)
                .containsExactly(
                        tuple("NO KWANG CHOL", NameType.PRIMARY, "Latn"),
                        tuple("노광철", NameType.ORIGINAL_SCRIPT, "Hang"),
                        tuple("NO KWANG-CHOL", NameType.ALIAS, "Latn"));
        assertThat(no.nationalities()).containsExactly("KP");
        assertThat(no.gender()).isEqualTo("male");
        assertThat(no.titles()).containsExactly("General", "Minister of National Defence");
        assertThat(no.programs()).containsExactly("Russia");
    }

    @Test
    void aShipWithItsImoNumberFlagOwnerAndYearBuilt() {
        Entity ship = entity("13651");
        assertThat(ship.kind()).isEqualTo(EntityKind.VESSEL);
        assertThat(ship.primaryName().full()).isEqualTo("SAM JONG 2");
        assertThat(ship.names()).extracting(Name::full).contains("AKTIVA", "YU_JONG_3", "RAINBOW CHASER");
        assertThat(ship.identifiers())
                .contains(
                        new Identifier(IdentifierType.IMO, "7408873", null, null, "IMO number"),
                        new Identifier(IdentifierType.OTHER, "DPR0100", null, null, "UK Sanctions List Ref"));
        assertThat(ship.countries()).containsExactly("KP");
        assertThat(ship.birthDates()).containsExactly(ListedDate.year("1975", 1975));
        assertThat(ship.links()).containsExactly(new Link("Korea Samjong Shipping", null, "Current owners"));

        List<Entity> ships = list.entities().stream()
                .filter(e -> e.kind() == EntityKind.VESSEL)
                .toList();
        assertThat(ships)
                .hasSize(15)
                .allSatisfy(s -> assertThat(s.identifiers())
                        .filteredOn(i -> i.type() == IdentifierType.IMO)
                        .hasSize(1));
    }

    @Test
    void aShippingCompanysOwnImoNumberIsTakenFromTheProseButNotTheNumbersOfItsVessels() {
        Entity omm = entity("13143");
        assertThat(omm.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(omm.identifiers())
                .filteredOn(i -> i.type() == IdentifierType.IMO)
                .containsExactly(new Identifier(IdentifierType.IMO, "1790183", null, null, "IMO number"));
        assertThat(omm.remarks()).contains("Chol Ryong (Ryong Gun Bong) 8606173");
    }

    @Test
    void aTargetUnderThreeRegimesIsFirstListedOnTheEarliestDate() {
        Entity jafari = entity("10638");
        assertThat(jafari.programs()).containsExactlyInAnyOrder("Iran (Nuclear)", "Syria", "Iran");
        assertThat(jafari.listedOn()).isEqualTo(LocalDate.of(2008, 6, 24));
        assertThat(jafari.primaryName().full()).isEqualTo("Mohammad Ali JAFARI");
        assertThat(jafari.names()).filteredOn(n -> n.type() == NameType.PRIMARY).hasSize(1);
        assertThat(jafari.gender()).isEqualTo("male");
    }

    @Test
    void aTargetWithOnlyPrimaryNameVariationsGetsTheFirstAsItsPrimaryName() {
        Entity institute = entity("16601");
        assertThat(institute.names())
                .extracting(Name::full, Name::type)
                .containsExactly(
                        tuple("33RD SCIENTIFIC RESEARCH AND TESTING INSTITUTE", NameType.PRIMARY),
                        tuple("33RD TSNIII", NameType.ALIAS),
                        tuple(
                                "FEDERAL STATE BUDGETARY ESTABLISHMENT 27 SCIENTIFIC CENTRE OF THE MINISTRY OF DEFENCE OF THE"
                                        + " RUSSIAN FEDERATION",
                                NameType.ALIAS));
        assertThat(institute.identifiers())
                .contains(
                        new Identifier(IdentifierType.EMAIL, "33cnii-zakupki@mil.ru", null, null, "Email address"),
                        new Identifier(IdentifierType.PHONE, "+7 343 2559988", null, null, "Phone number"));
        assertThat(institute.addresses())
                .extracting(a -> a.postalCode(), a -> a.country())
                .containsExactly(tuple("412918", "RU"));
    }

    @Test
    void konysTenDatesOfBirthKeepTheirPrecisionAndHisBirthPlacesPairTownWithCountry() {
        Entity kony = entity("13344");
        assertThat(kony.primaryName().full()).isEqualTo("JOSEPH KONY");
        assertThat(kony.names())
                .filteredOn(n -> n.quality() == NameQuality.WEAK)
                .extracting(Name::full)
                .containsExactly("LE MESSIE SANGLANT");
        assertThat(kony.birthDates())
                .hasSize(10)
                .contains(
                        ListedDate.year("00/00/1959", 1959),
                        ListedDate.month("00/08/1961", 1961, 8),
                        ListedDate.day("18/09/1964", LocalDate.of(1964, 9, 18)));
        assertThat(kony.birthPlaces())
                .containsExactly(
                        "Palaro Village, Palaro Parish, Omoro County, Gulu District, Uganda",
                        "Odek, Omoro, Gulu, Uganda",
                        "Atyak, Uganda");
        assertThat(kony.countries()).containsExactly("UG");
        assertThat(kony.addresses())
                .hasSize(8)
                .extracting(a -> a.full(), a -> a.country())
                .contains(
                        tuple("Bas-Uolo, Congo (Democratic Republic)", "CD"),
                        tuple("Vakaga, Central African Republic", "CF"),
                        tuple("Kafia Kingi", null));
    }

    @Test
    void parsesTheRealListInUnderASecondOfCpuTimeOnAWarmJvm() throws ListFormatException {
        UkXlsxReader reader = new UkXlsxReader();
        ListFiles files = ListFiles.single(ListFormat.UK_XLSX, RealUkSheet.file());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long bestCpu = Long.MAX_VALUE;
        long bestWall = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            reader.read(files);
            bestWall = Math.min(bestWall, System.nanoTime() - wall);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - cpu);
        }
        System.out.printf(
                "UK ConList.xlsx, best of 4 warm parses: %d ms CPU, %d ms wall%n",
                bestCpu / 1_000_000, bestWall / 1_000_000);
        // CPU time, not wall time: the test machine is shared with other builds, which stretch wall time.
        assertThat(bestCpu / 1_000_000).isLessThan(1_000);
    }
}
