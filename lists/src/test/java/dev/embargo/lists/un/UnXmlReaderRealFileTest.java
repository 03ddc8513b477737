package dev.embargo.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.DatePrecision;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import dev.embargo.lists.model.Source;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The UN reader on the real current list (SOURCES.md: 730 + 273 = 1,003; KPi 80, KPe 75). */
class UnXmlReaderRealFileTest {
    private static LoadedList list;
    private static Map<String, Entity> byId;

    @BeforeAll
    static void readCurrentList() throws ListFormatException {
        list = read(SharedData.require("data/lists/un/consolidated.xml"));
        byId = list.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    static LoadedList read(Path file) throws ListFormatException {
        return new UnXmlReader().read(ListFiles.single(ListFormat.UN_XML, file));
    }

    private static Entity entity(String id) {
        assertThat(byId).as("entity %s", id).containsKey(id);
        return byId.get(id);
    }

    @Test
    void countsMatchTheSourcesTable() {
        assertThat(list.source()).isEqualTo(Source.UN);
        assertThat(list.format()).isEqualTo(ListFormat.UN_XML);
        assertThat(list.file()).isEqualTo("consolidated.xml");
        assertThat(list.published()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(list.entities()).hasSize(1003);
        assertThat(list.countByKind())
                .containsExactlyInAnyOrderEntriesOf(Map.of(EntityKind.PERSON, 730, EntityKind.ORGANIZATION, 273));
        assertThat(list.entities().stream().filter(e -> e.id().startsWith("un:KPi.")))
                .hasSize(80);
        assertThat(list.entities().stream().filter(e -> e.id().startsWith("un:KPe.")))
                .hasSize(75);
        assertThat(list.entities().stream().filter(e -> e.programs().contains("DPRK")))
                .hasSize(155);
        assertThat(new HashSet<>(list.entities().stream().map(Entity::id).toList()))
                .hasSize(1003);
    }

    @Test
    void aSoundFileLoadsWithOnlyTheUnmappableCountryWordingReported() {
        // Every element of the file is known and every record reads; the one wording without an ISO code
        // is "former Soviet Union" (a nationality), which must not be guessed.
        assertThat(list.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).contains("\"former Soviet Union\" (1)");
            assertThat(w.file()).endsWith("consolidated.xml");
        });
        assertThat(list.entities()).allSatisfy(e -> {
            assertThat(e.sourceFile()).isEqualTo("consolidated.xml");
            assertThat(e.published()).isEqualTo(LocalDate.of(2026, 2, 27));
            assertThat(e.listedOn()).isNotNull();
            assertThat(e.primaryName().type()).isEqualTo(NameType.PRIMARY);
        });
    }

    @Test
    void dprkOfficialRiWonHoWithAllHisListedFacts() {
        Entity ri = entity("un:KPi.033");
        assertThat(ri.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(ri.names()).containsExactly(Name.primary("RI WON HO"));
        assertThat(ri.birthDates()).containsExactly(ListedDate.day("1964-07-17", LocalDate.of(1964, 7, 17)));
        assertThat(ri.nationalities()).containsExactly("KP");
        assertThat(ri.countries()).containsExactly("KP");
        assertThat(ri.identifiers())
                .containsExactly(new Identifier(IdentifierType.PASSPORT, "381310014", null, null, "Passport"));
        assertThat(ri.titles()).containsExactly("DPRK Ministry of State Security Official");
        assertThat(ri.programs()).containsExactly("DPRK");
        assertThat(ri.listedOn()).isEqualTo(LocalDate.of(2016, 11, 30));
        assertThat(ri.remarks())
                .isEqualTo("Ri Won Ho is a DPRK Ministry of State Security Official stationed in"
                        + " Syria supporting KOMID.");
        assertThat(ri.addresses()).isEmpty();
        assertThat(ri.gender()).isNull();
    }

    @Test
    void dprkBankWithTrailingSpaceInItsReferenceAliasesAddressesAndSwiftCode() {
        Entity bank = entity("un:KPe.023");
        assertThat(bank.idInSource()).isEqualTo("KPe.023");
        assertThat(bank.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(bank.names())
                .extracting(Name::full)
                .containsExactly("DAEDONG CREDIT BANK (DCB)", "DCB", "Taedong Credit Bank", "Dae-Dong Credit Bank");
        assertThat(bank.names().subList(1, 4)).allSatisfy(n -> {
            assertThat(n.type()).isEqualTo(NameType.ALIAS);
            assertThat(n.quality()).isEqualTo(NameQuality.STRONG);
        });
        assertThat(bank.addresses())
                .containsExactly(
                        new Address(
                                "Suite 401, Potonggang Hotel, Ansan-Dong, Pyongchon District, Pyongyang, Democratic"
                                        + " People's Republic of Korea",
                                "Suite 401, Potonggang Hotel, Ansan-Dong, Pyongchon District",
                                "Pyongyang",
                                null,
                                null,
                                "KP"),
                        new Address(
                                "Ansan-dong, Botonggang Hotel, Pongchon, Pyongyang, Democratic People's Republic of"
                                        + " Korea",
                                "Ansan-dong, Botonggang Hotel, Pongchon",
                                "Pyongyang",
                                null,
                                null,
                                "KP"));
        assertThat(bank.identifiers())
                .containsExactly(new Identifier(IdentifierType.SWIFT_BIC, "DCBKKPPY", null, null, "SWIFT/BIC"));
        assertThat(bank.listedOn()).isEqualTo(LocalDate.of(2016, 3, 2));
    }

    @Test
    void imoNumbersOfDprkShippingCompaniesComeOutOfTheirRemarks() {
        Entity shipping = entity("un:KPe.056");
        assertThat(shipping.primaryName().full()).isEqualTo("CHONMYONG SHIPPING CO");
        assertThat(shipping.identifiers())
                .containsExactly(new Identifier(IdentifierType.IMO, "5571322", null, null, "IMO number"));
        // "International Maritime Organization (IMO) Number: 1790183" and "Company Number IMO 5434358".
        assertThat(entity("un:KPe.020").identifiers())
                .extracting(Identifier::value)
                .contains("1790183");
        assertThat(entity("un:KPe.066").identifiers())
                .extracting(Identifier::value)
                .contains("5434358");
        assertThat(list.entities().stream()
                        .flatMap(e -> e.identifiers().stream())
                        .filter(i -> i.type() == IdentifierType.IMO))
                .hasSize(16);
    }

    @Test
    void originalScriptNamesAreKeptExactlyAsGiven() {
        Entity asiri = entity("un:QDi.291");
        assertThat(asiri.names())
                .contains(new Name("إبراهيم حسن طالع العسيري", NameType.ORIGINAL_SCRIPT, NameQuality.STRONG, "Arab"));
        // The file breaks this one over two lines with indentation; the name itself is unchanged.
        assertThat(entity("un:QDi.426").names())
                .filteredOn(n -> n.type() == NameType.ORIGINAL_SCRIPT)
                .extracting(Name::full)
                .containsExactly("أمیر محمد سعید عبد الرحمن السلبي");
        Entity abdurakhmanov = entity("un:QDi.363");
        assertThat(abdurakhmanov.names())
                .filteredOn(n -> n.type() == NameType.ORIGINAL_SCRIPT)
                .extracting(Name::full, Name::script)
                .containsExactly(
                        tuple("Абдурахманов Магомед Магомедзакирович", "Cyrl"),
                        // From alias NOTEs "original script: Абу Банат".
                        tuple("Абу Банат", "Cyrl"),
                        tuple("Абу аль Банат", "Cyrl"));
        assertThat(abdurakhmanov.remarks()).contains("Alias Abu Banat: original script: Абу Банат.");
        assertThat(entity("un:KPe.016").names()).contains(Name.alias("朝鲜联合机械贸易会社"));
    }

    @Test
    void aliasQualitiesBecomeStrongWeakAndFormerNames() {
        Entity kaina = entity("un:CDi.004");
        assertThat(kaina.names())
                .contains(
                        Name.of("India Queen", NameType.ALIAS, NameQuality.WEAK),
                        Name.of("Colonel Innocent KAINA", NameType.ALIAS, NameQuality.STRONG));
        assertThat(list.entities().stream().flatMap(e -> e.names().stream()).filter(n -> n.type() == NameType.FORMER))
                .hasSize(20); // 19 of quality f.k.a., one alias with the note "(previously listed as)" in its name
        // "Azim Adhajani; Azim Agha-Jani" is two names in one field.
        assertThat(entity("un:IRi.003").names())
                .extracting(Name::full)
                .containsExactly("AZIM AGHAJANI", "Azim Adhajani", "Azim Agha-Jani");
    }

    @Test
    void datesOfBirthAreNeverMorePreciseThanListed() {
        assertThat(entity("un:TAi.002").birthDates())
                .containsExactly(
                        new ListedDate(
                                "approximately between 1955 and 1958",
                                LocalDate.of(1955, 1, 1),
                                LocalDate.of(1958, 12, 31),
                                DatePrecision.RANGE,
                                true),
                        new ListedDate(
                                "approximately between 1945 and 1950",
                                LocalDate.of(1945, 1, 1),
                                LocalDate.of(1950, 12, 31),
                                DatePrecision.RANGE,
                                true));
        // EXACT with only a NOTE "Nov. 1973", and a YEAR 1958 with the NOTE "Sep.".
        assertThat(entity("un:CDi.004").birthDates()).containsExactly(ListedDate.month("Nov. 1973", 1973, 11));
        assertThat(entity("un:QDi.395").birthDates()).containsExactly(ListedDate.month("Sep. 1958", 1958, 9));
        // A Hijri date is no Gregorian one: kept as a remark, not read as the year 1402.
        Entity asiri = entity("un:QDi.291");
        assertThat(asiri.birthDates()).extracting(ListedDate::iso).containsExactly("1982-04-19", "1982-04-18");
        assertThat(asiri.remarks()).contains("Date of birth: 24/06/1402 (Hijri Calendar).");
        assertThat(list.entities().stream()
                        .flatMap(e -> e.birthDates().stream())
                        .filter(d -> d.precision() == DatePrecision.YEAR && d.circa()))
                .hasSize(116);
    }

    @Test
    void documentsKeepTheirTypeIssuingCountryAndTheListsLabel() {
        assertThat(entity("un:QDi.068").identifiers())
                .contains(new Identifier(IdentifierType.TAX_ID, "BNSDLA70L14Z352B", null, null, "Italian Fiscal Code"));
        assertThat(entity("un:QDi.363").identifiers())
                .contains(
                        new Identifier(IdentifierType.PASSPORT, "8200203535", "RU", null, "national passport number"));
        assertThat(entity("un:QDi.291").identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.PASSPORT, "F654645", "SA", null, "Passport"),
                        new Identifier(
                                IdentifierType.NATIONAL_ID, "1028745097", "SA", null, "civil identification number"));
        assertThat(entity("un:QDi.413").identifiers())
                .extracting(Identifier::type, Identifier::label)
                .contains(tuple(IdentifierType.OTHER, "Voter ID"));
    }

    @Test
    void addressesGetIsoCountriesIncludingHongKongsUnWording() {
        Entity leader = entity("un:KPe.017");
        assertThat(leader.addresses()).extracting(Address::country).containsExactly("HK");
        assertThat(entity("un:CDi.004").addresses())
                .containsExactly(new Address("Uganda (as of early 2016)", null, null, null, null, "UG"));
    }

    @Test
    void partiesNamedByReferenceNumberInTheCommentsAreLinked() {
        assertThat(entity("un:TAi.002").links())
                .containsExactly(new Link("MOHAMMED OMAR GHULAM NABI", "un:TAi.004", "named in the list's comments"));
        assertThat(list.entities())
                .allSatisfy(e -> assertThat(e.links())
                        .allSatisfy(l -> assertThat(l.targetId())
                                .isNotEqualTo(e.id())
                                .satisfies(id -> assertThat(byId).containsKey(id))));
    }

    @Test
    void theLoaderRecognisesTheFileAndUsesThisReader() throws ListFormatException {
        LoadedList loaded = ListLoader.loadFile(SharedData.require("data/lists/un/consolidated.xml"));
        assertThat(loaded.format()).isEqualTo(ListFormat.UN_XML);
        assertThat(loaded.entities()).hasSize(1003);
    }

    @Test
    void theNovember2024CopyReadsWithItsOwnCounts() throws ListFormatException {
        LoadedList old = read(SharedData.require("data/lists-history/un-2024-11/consolidated.xml"));
        assertThat(old.published()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(old.countByKind())
                .containsExactlyInAnyOrderEntriesOf(Map.of(EntityKind.PERSON, 686, EntityKind.ORGANIZATION, 193));
        assertThat(old.entities().stream().filter(e -> e.programs().contains("DPRK")))
                .hasSize(155);
        assertThat(old.entities().stream()
                        .filter(e -> e.id().equals("un:KPi.033"))
                        .findFirst()
                        .orElseThrow()
                        .identifiers())
                .extracting(Identifier::value)
                .containsExactly("381310014");
    }

    @Test
    void readsTheRealFileWellUnderASecond() throws ListFormatException {
        Path file = SharedData.require("data/lists/un/consolidated.xml");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            // CPU time of this thread, not wall time: the build machine is shared, and wall time there
            // measures the neighbours.
            long start = threads.getCurrentThreadCpuTime();
            read(file);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        assertThat(best / 1_000_000).as("best CPU milliseconds of four reads").isLessThan(400);
    }

    static List<String> ids(LoadedList l) {
        return l.entities().stream().map(Entity::id).toList();
    }
}
