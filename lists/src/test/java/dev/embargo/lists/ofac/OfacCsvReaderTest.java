package dev.embargo.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.LoadWarning;
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
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

class OfacCsvReaderTest {
    private static final OfacCsvReader READER = new OfacCsvReader();

    private static LoadedList readSet(Path dir) throws ListFormatException {
        Map<ListFormat, Path> companions = new EnumMap<>(ListFormat.class);
        for (var c : Map.of(
                        "add.csv",
                        ListFormat.OFAC_CSV_ADDRESSES,
                        "alt.csv",
                        ListFormat.OFAC_CSV_ALIASES,
                        "sdn_comments.csv",
                        ListFormat.OFAC_CSV_COMMENTS)
                .entrySet()) {
            if (Files.exists(dir.resolve(c.getKey()))) {
                companions.put(c.getValue(), dir.resolve(c.getKey()));
            }
        }
        return READER.read(new ListFiles(ListFormat.OFAC_CSV, dir.resolve("sdn.csv"), companions));
    }

    private static Map<String, Entity> byId(LoadedList list) {
        return list.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SdnList2024 {
        private LoadedList list;
        private Map<String, Entity> entities;

        @BeforeAll
        void read() throws ListFormatException {
            list = READER.read(
                    ListFiles.single(ListFormat.OFAC_CSV, SharedData.require("data/lists/us-ofac-sdn/sdn.csv")));
            entities = byId(list);
        }

        @Test
        void countsMatchSources() {
            assertThat(list.source()).isEqualTo(Source.US_OFAC_SDN);
            assertThat(list.format()).isEqualTo(ListFormat.OFAC_CSV);
            assertThat(list.published()).isNull();
            assertThat(list.entities()).hasSize(14_965);
            assertThat(list.countByKind())
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            EntityKind.PERSON,
                            6_854,
                            EntityKind.ORGANIZATION,
                            6_884,
                            EntityKind.VESSEL,
                            851,
                            EntityKind.AIRCRAFT,
                            376));
            assertThat(list.entities().stream()
                            .filter(e -> e.programs().stream().anyMatch(p -> p.startsWith("DPRK"))))
                    .hasSize(484);
            assertThat(list.entities()).allSatisfy(e -> {
                assertThat(e.id()).startsWith("us-ofac-sdn:");
                assertThat(e.sourceFile()).isEqualTo("sdn.csv");
            });
        }

        @Test
        void kimJongUn() {
            Entity kim = entities.get("us-ofac-sdn:20157");
            assertThat(kim.kind()).isEqualTo(EntityKind.PERSON);
            assertThat(kim.primaryName()).isEqualTo(Name.primary("KIM, Jong Un"));
            assertThat(kim.birthDates()).containsExactly(ListedDate.day("08 Jan 1984", LocalDate.of(1984, 1, 8)));
            assertThat(kim.birthDates().getFirst().precision()).isEqualTo(DatePrecision.DAY);
            assertThat(kim.programs()).containsExactly("DPRK3");
            assertThat(kim.titles()).containsExactly("Chairman of the Workers' Party of Korea");
            // This copy's row gives no nationality for him; none is invented.
            assertThat(kim.nationalities()).isEmpty();
            assertThat(kim.remarks())
                    .startsWith("Secondary sanctions risk: North Korea Sanctions Regulations")
                    .doesNotContain("Chairman of the Workers' Party of Korea");
        }

        @Test
        void lazarusGroupKeepsItsCompleteCurrencyAddressesAndNoHalfName() {
            Entity lazarus = entities.get("us-ofac-sdn:27307");
            assertThat(lazarus.primaryName().full()).isEqualTo("LAZARUS GROUP");
            assertThat(lazarus.kind()).isEqualTo(EntityKind.ORGANIZATION);
            List<Identifier> wallets = lazarus.identifiers().stream()
                    .filter(i -> i.type() == IdentifierType.DIGITAL_CURRENCY)
                    .toList();
            assertThat(wallets).hasSize(8).allSatisfy(w -> {
                assertThat(w.currency()).isEqualTo("ETH");
                assertThat(w.value()).matches("0x[0-9a-fA-F]{40}");
            });
            assertThat(wallets.getFirst().value()).isEqualTo("0x098B716B8Aaf21512996dC57EB0615e2383E2f96");
            assertThat(lazarus.names())
                    .extracting(Name::full)
                    .containsExactly(
                            "LAZARUS GROUP",
                            "HIDDEN COBRA",
                            "OFFICE 91",
                            "GUARDIANS OF PEACE",
                            "THE NEW ROMANTIC CYBER ARMY TEAM");
            assertThat(lazarus.names().subList(1, 5))
                    .allSatisfy(n -> assertThat(n.quality()).isEqualTo(NameQuality.WEAK));
            assertThat(list.warnings())
                    .anySatisfy(w -> assertThat(w.message())
                            .contains("ent_num 27307", "1000-character limit", "a.k.a. 'WHOIS HACKIN"));
        }

        @Test
        void everyRemarkCutAtTheLimitIsReportedAndNoCurrencyAddressIsTruncated() {
            List<LoadWarning> cut = list.warnings().stream()
                    .filter(w -> w.message().contains("1000-character limit"))
                    .toList();
            assertThat(cut).hasSize(18);
            assertThat(list.warnings()).hasSize(18);
            assertThat(cut).allSatisfy(w -> assertThat(w.place()).startsWith("line "));
            // The shortest real address in the file has 29 characters; the cut ones had 1 to 12.
            assertThat(list.entities().stream()
                            .flatMap(e -> e.identifiers().stream())
                            .filter(i -> i.type() == IdentifierType.DIGITAL_CURRENCY))
                    .hasSizeGreaterThan(250)
                    .allSatisfy(i -> assertThat(i.value().length()).isGreaterThanOrEqualTo(26));
        }

        @Test
        void vesselWithImoCallSignFlagAndOwner() {
            Entity vessel = entities.get("us-ofac-sdn:37933");
            assertThat(vessel.primaryName().full()).isEqualTo("BS BRAVO");
            assertThat(vessel.kind()).isEqualTo(EntityKind.VESSEL);
            assertThat(vessel.identifiers())
                    .containsExactly(
                            new Identifier(IdentifierType.CALL_SIGN, "TRA065", null, null, "Call Sign"),
                            new Identifier(
                                    IdentifierType.IMO, "9294795", null, null, "Vessel Registration Identification"),
                            new Identifier(IdentifierType.MMSI, "626061000", null, null, "MMSI"));
            assertThat(vessel.countries()).containsExactly("GA");
            assertThat(vessel.programs()).containsExactly("IRAN-EO13846");
            assertThat(vessel.links())
                    .containsExactly(
                            new Link("Truong Phat Loc Shipping Trading", null, "Vessel Owner"),
                            new Link(
                                    "TRUONG PHAT LOC SHIPPING TRADING JOINT STOCK COMPANY",
                                    "us-ofac-sdn:37924",
                                    "Linked To"));
            assertThat(vessel.remarks()).isEqualTo("Vessel Type Chemical/Oil Tanker");
        }

        @Test
        void aircraftWithSerialTailAndOperator() {
            Entity aircraft = entities.get("us-ofac-sdn:18150");
            assertThat(aircraft.primaryName().full()).isEqualTo("MSN 391");
            assertThat(aircraft.kind()).isEqualTo(EntityKind.AIRCRAFT);
            assertThat(aircraft.programs()).containsExactly("SDGT", "NPWMD", "IFSR");
            assertThat(aircraft.identifiers())
                    .containsExactly(
                            new Identifier(
                                    IdentifierType.AIRCRAFT_SERIAL,
                                    "391",
                                    null,
                                    null,
                                    "Aircraft Manufacturer's Serial Number (MSN)"),
                            new Identifier(IdentifierType.AIRCRAFT_TAIL, "EP-MMH", null, null, "Aircraft Tail Number"));
            assertThat(aircraft.birthDates()).extracting(ListedDate::iso).containsExactly("2002");
            assertThat(aircraft.links()).containsExactly(new Link("MAHAN AIR", "us-ofac-sdn:12927", "Linked To"));
            assertThat(aircraft.remarks())
                    .isEqualTo("Aircraft Model Airbus A340-642; Additional Sanctions"
                            + " Information - Subject to Secondary Sanctions");
        }

        @Test
        void linksResolveToTheEntriesTheyName() {
            long links =
                    list.entities().stream().mapToLong(e -> e.links().size()).sum();
            long resolved = list.entities().stream()
                    .flatMap(e -> e.links().stream())
                    .filter(l -> l.targetId() != null)
                    .count();
            assertThat(resolved).isGreaterThan(links * 9 / 10);
            assertThat(list.entities().stream().flatMap(e -> e.links().stream()).filter(l -> l.targetId() != null))
                    .allSatisfy(l -> assertThat(
                                    entities.get(l.targetId()).primaryName().full())
                            .isEqualTo(l.targetName()));
        }

        @Test
        void parsesWellUnderHalfASecondWhenWarm() throws ListFormatException {
            Path file = SharedData.require("data/lists/us-ofac-sdn/sdn.csv");
            // CPU time of this thread, not wall time: other builds on a shared machine must not fail the test.
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 6; i++) {
                long start = threads.getCurrentThreadCpuTime();
                READER.read(ListFiles.single(ListFormat.OFAC_CSV, file));
                best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
            }
            assertThat(best / 1_000_000).as("best of 6 reads, ms of CPU").isLessThan(500);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class HistorySet2021WithCompanions {
        private LoadedList list;
        private Map<String, Entity> entities;

        @BeforeAll
        void read() throws ListFormatException {
            list = readSet(SharedData.require("data/lists-history/us-ofac-sdn-2021-07"));
            entities = byId(list);
        }

        @Test
        void countsMatchSourcesAndEveryCompanionRowFindsItsEntry() {
            assertThat(list.entities()).hasSize(8_976);
            assertThat(list.source()).isEqualTo(Source.US_OFAC_SDN);
            // alt.csv has 11,910 rows, two of which repeat an alias of the same entry word for word; four
            // name cells give another spelling in brackets ("KANAAN, Maustaf Fawzi (Faouzi)"), read as a name
            // of its own by NameCell.
            assertThat(list.entities().stream()
                            .flatMap(e -> e.names().stream())
                            .filter(n -> n.quality() == NameQuality.STRONG && n.type() != NameType.PRIMARY))
                    .hasSize(11_912);
            // 13,837 add.csv rows, 2,397 of which give no address at all (every field -0-).
            assertThat(list.entities().stream()
                            .mapToInt(e -> e.addresses().size())
                            .sum())
                    .isEqualTo(11_440);
            // All five long remarks are continued in sdn_comments.csv, so none is reported cut.
            assertThat(list.warnings()).isEmpty();
        }

        @Test
        void theLoaderFindsTheCompanionsBesideTheMainFile() throws ListFormatException {
            LoadedList loaded =
                    ListLoader.loadFile(SharedData.require("data/lists-history/us-ofac-sdn-2021-07/sdn.csv"));
            assertThat(loaded.entities()).isEqualTo(list.entities());
            assertThat(loaded.warnings()).isEmpty();
        }

        @Test
        void aliasesComeFromAltCsvAsStrongNamesBesideTheWeakOnesOfTheRemarks() {
            Entity bank = entities.get("us-ofac-sdn:306");
            assertThat(bank.names())
                    .containsExactly(
                            Name.primary("BANCO NACIONAL DE CUBA"),
                            Name.of("BNC", NameType.ALIAS, NameQuality.WEAK),
                            Name.of("NATIONAL BANK OF CUBA", NameType.ALIAS, NameQuality.STRONG));
        }

        @Test
        void addressesComeFromAddCsv() {
            Entity bank = entities.get("us-ofac-sdn:306");
            assertThat(bank.addresses()).hasSize(4);
            assertThat(bank.addresses().getFirst())
                    .isEqualTo(new Address(
                            "Zweierstrasse 35, Zurich CH-8022, Switzerland",
                            "Zweierstrasse 35",
                            null,
                            null,
                            null,
                            "CH"));
            assertThat(bank.addresses()).extracting(Address::country).containsExactly("CH", "ES", "JP", "PA");
        }

        @Test
        void commentsContinueRemarksMidWord() {
            // sdn.csv stops at "Linked To: PROMO RAI", sdn_comments.csv goes on with "Z S.A.S.; ...".
            assertThat(entities.get("us-ofac-sdn:12300").links())
                    .extracting(Link::targetName)
                    .contains("PROMO RAIZ S.A.S.", "R D I S.A.")
                    .doesNotContain("PROMO RAI");
            // "Digital Currency Addres" + "s - ETH 0x8576...".
            assertThat(entities.get("us-ofac-sdn:29703").identifiers())
                    .contains(
                            new Identifier(
                                    IdentifierType.DIGITAL_CURRENCY,
                                    "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c",
                                    null,
                                    "ETH",
                                    "Digital Currency Address - ETH"),
                            new Identifier(IdentifierType.PASSPORT, "4005504207", "RU", null, "Passport"));
            // "P" + "hone Number 8613314257947".
            assertThat(entities.get("us-ofac-sdn:28264").identifiers())
                    .contains(new Identifier(IdentifierType.PHONE, "8613314257947", null, null, "Phone Number"));
            // "a.k.a. 'snowsjo" + "hn'; Linked To: LAZARUS GROUP."
            Entity tian = entities.get("us-ofac-sdn:28263");
            assertThat(tian.names()).contains(Name.of("snowsjohn", NameType.ALIAS, NameQuality.WEAK));
            assertThat(tian.links()).containsExactly(new Link("LAZARUS GROUP", "us-ofac-sdn:27307", "Linked To"));
        }
    }

    @Nested
    class HistorySet2022WithoutComments {
        @Test
        void historySet2022ReportsTheOrphanAddressTheReusedEntNumAndTheCutRemarks() throws ListFormatException {
            LoadedList list = readSet(SharedData.require("data/lists-history/us-ofac-sdn-2022-01"));
            // 9,044 rows, but the last one reuses ent_num 2677 (its address in add.csv is under 34489).
            assertThat(list.entities()).hasSize(9_043);
            assertThat(list.warnings()).anySatisfy(w -> {
                assertThat(w.file()).endsWith("sdn.csv");
                assertThat(w.place()).isEqualTo("line 9044");
                assertThat(w.message()).contains("2677 is listed again");
            });
            assertThat(list.warnings()).anySatisfy(w -> {
                assertThat(w.file()).endsWith("add.csv");
                assertThat(w.place()).isEqualTo("line 13625");
                assertThat(w.message()).contains("34489 is not there");
            });
            assertThat(list.warnings())
                    .filteredOn(w -> w.message().contains("1000-character limit"))
                    .hasSize(7);
            assertThat(list.warnings()).hasSize(9);
            assertThat(list.entities().stream()
                            .mapToInt(e -> e.addresses().size())
                            .sum())
                    .isEqualTo(11_296);
        }
    }

    @Nested
    class Fixtures {
        @TempDir
        Path dir;

        private Path write(String name, String content) throws IOException {
            return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.ISO_8859_1));
        }

        private LoadedList read(Path main) throws ListFormatException {
            return READER.read(ListFiles.single(ListFormat.OFAC_CSV, main));
        }

        private static final String KIM = "20157,\"KIM, Jong Un\",\"individual\",\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "-0- ,-0- ,\"DOB 08 Jan 1984; nationality Korea, North.\"";
        private static final String BANK = "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA] [SDGT\",-0- ,-0- ,-0- ,-0- ,"
                + "-0- ,-0- ,-0- ,\"a.k.a. 'BNC'.\"";

        @Test
        void crlfLineEndsAndTheEndOfFileByte() throws Exception {
            LoadedList list = read(write("sdn.csv", KIM + "\r\n" + BANK + "\r\n\u001a"));
            assertThat(list.warnings()).isEmpty();
            assertThat(list.entities()).extracting(Entity::id).containsExactly("us-ofac-sdn:20157", "us-ofac-sdn:306");
            Entity kim = list.entities().getFirst();
            assertThat(kim.nationalities()).containsExactly("KP");
            assertThat(kim.remarks()).isNull();
            Entity bank = list.entities().get(1);
            assertThat(bank.kind()).isEqualTo(EntityKind.ORGANIZATION);
            assertThat(bank.programs()).containsExactly("CUBA", "SDGT");
            assertThat(bank.titles()).isEmpty();
        }

        @Test
        void endOfFileByteRightAfterTheLastFieldAndPlainLineFeeds() throws Exception {
            LoadedList list = read(write("sdn.csv", KIM + "\n" + BANK + "\u001a"));
            assertThat(list.warnings()).isEmpty();
            assertThat(list.entities()).hasSize(2);
            assertThat(list.entities().get(1).names())
                    .extracting(Name::full)
                    .containsExactly("BANCO NACIONAL DE CUBA", "BNC");
        }

        @Test
        void aRecordWithTheWrongColumnCountIsSkippedWithAWarningNamingItsLine() throws Exception {
            LoadedList list = read(write("sdn.csv", KIM + "\r\n999,\"BROKEN\",-0- \r\n" + BANK + "\r\n"));
            assertThat(list.entities()).extracting(Entity::idInSource).containsExactly("20157", "306");
            assertThat(list.warnings()).singleElement().satisfies(w -> {
                assertThat(w.file()).endsWith("sdn.csv");
                assertThat(w.place()).isEqualTo("line 2");
                assertThat(w.message()).contains("expected 12 columns", "found 3", "skipped");
            });
        }

        @Test
        void aNonNumericEntNumIsSkippedWithAWarning() throws Exception {
            LoadedList list = read(write("sdn.csv", KIM + "\r\n" + BANK.replace("306,", "X306,") + "\r\n"));
            assertThat(list.entities()).hasSize(1);
            assertThat(list.warnings()).singleElement().satisfies(w -> {
                assertThat(w.place()).isEqualTo("line 2");
                assertThat(w.message()).contains("ent_num is 'X306', not a number");
            });
        }

        @Test
        void aFileThatIsNotTheLegacyCsvIsRejectedNamingFileLineAndExpectation() throws Exception {
            Path file = write("sdn.csv", "name;country\nsomeone;somewhere\n");
            assertThatThrownBy(() -> read(file))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("line 1")
                    .hasMessageContaining("12 columns (ent_num, SDN_Name");
        }

        @Test
        void anEmptyFileIsRejected() throws Exception {
            Path file = write("sdn.csv", "\u001a");
            assertThatThrownBy(() -> read(file))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining("at least one OFAC legacy CSV record");
        }

        @Test
        void anUnclosedQuoteRejectsTheFileAtItsLine() throws Exception {
            Path file = write("sdn.csv", KIM + "\r\n" + BANK.replace("'BNC'.\"", "'BNC'.") + "\r\n" + KIM + "\r\n");
            assertThatThrownBy(() -> read(file))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining("line 2")
                    .hasMessageContaining("closing quote");
        }

        @Test
        void aRemarkThatStopsWithoutItsFullStopLosesItsLastItem() throws Exception {
            LoadedList list = read(write("sdn.csv", KIM.replace("Korea, North.", "Korea, No")));
            Entity kim = list.entities().getFirst();
            assertThat(kim.nationalities()).isEmpty();
            assertThat(kim.birthDates()).hasSize(1);
            assertThat(list.warnings())
                    .singleElement()
                    .satisfies(w -> assertThat(w.message())
                            .contains("ent_num 20157", "dropped the incomplete last item \"nationality Korea, No\"")
                            .doesNotContain("limit"));
        }

        @Test
        void companionsMergeAndOrphansAreReported() throws Exception {
            Path main = write("sdn.csv", KIM + "\r\n" + BANK + "\r\n\u001a");
            Path alt = write(
                    "alt.csv",
                    "306,220,\"aka\",\"NATIONAL BANK OF CUBA\",-0- \r\n"
                            + "20157,9,\"fka\",\"KIM, Jong-un\",-0- \r\n12,13,\"aka\",\"NOBODY\",-0- \r\n\u001a");
            Path add = write(
                    "add.csv",
                    "306,199,\"Zweierstrasse 35\",\"Zurich CH-8022\",\"Switzerland\",-0- \r\n"
                            + "306,200,-0- ,-0- ,-0- ,-0- \r\n\u001a");
            Path comments = write("sdn_comments.csv", "77,\"continued.\"\r\n");
            LoadedList list = READER.read(new ListFiles(
                    ListFormat.OFAC_CSV,
                    main,
                    Map.of(
                            ListFormat.OFAC_CSV_ALIASES,
                            alt,
                            ListFormat.OFAC_CSV_ADDRESSES,
                            add,
                            ListFormat.OFAC_CSV_COMMENTS,
                            comments)));
            Map<String, Entity> entities = byId(list);
            assertThat(entities.get("us-ofac-sdn:20157").names())
                    .contains(Name.of("KIM, Jong-un", NameType.FORMER, NameQuality.STRONG));
            assertThat(entities.get("us-ofac-sdn:306").names())
                    .contains(Name.of("NATIONAL BANK OF CUBA", NameType.ALIAS, NameQuality.STRONG));
            assertThat(entities.get("us-ofac-sdn:306").addresses())
                    .containsExactly(new Address(
                            "Zweierstrasse 35, Zurich CH-8022, Switzerland",
                            "Zweierstrasse 35",
                            null,
                            null,
                            null,
                            "CH"));
            assertThat(list.warnings()).hasSize(2);
            assertThat(list.warnings()).anySatisfy(w -> {
                assertThat(w.file()).endsWith("alt.csv");
                assertThat(w.place()).isEqualTo("line 3");
                assertThat(w.message()).contains("12 is not there", "alias ignored");
            });
            assertThat(list.warnings()).anySatisfy(w -> {
                assertThat(w.file()).endsWith("sdn_comments.csv");
                assertThat(w.message()).contains("no ent_num 77");
            });
        }

        @Test
        void aListOfNonSdnProgramsIsTheConsolidatedList() throws Exception {
            String rows = "9639,\"HANIYA, Ismail Abdul Salah\",\"individual\",\"NS-PLC\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                    + "-0- ,\"DOB 1962; POB Shati.\"\r\n"
                    + "17013,\"VTB BANK PUBLIC JOINT STOCK COMPANY\",-0- ,\"UKRAINE-EO13662] [RUSSIA-EO14024\",-0- ,"
                    + "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"SWIFT/BIC VTBRRUMM; Executive Order 13662 Directive"
                    + " Determination - Subject to Directive 1.\"\r\n"
                    + "20157,\"KIM, Jong Un\",\"individual\",\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
            LoadedList list = read(write("cons_prim.csv", rows));
            assertThat(list.source()).isEqualTo(Source.US_OFAC_CONS);
            assertThat(list.entities())
                    .extracting(Entity::id)
                    .containsExactly("us-ofac-cons:9639", "us-ofac-cons:17013", "us-ofac-cons:20157");
            assertThat(list.entities()).allSatisfy(e -> assertThat(e.source()).isEqualTo(Source.US_OFAC_CONS));
        }

        @Test
        void bytesThatAreNotUtf8AreReadAsWindows1252WithAWarning() throws Exception {
            LoadedList list = read(write("sdn.csv", BANK.replace("BANCO", "BANC\u00c9") + "\r\n"));
            assertThat(list.entities().getFirst().primaryName().full()).isEqualTo("BANC\u00c9 NACIONAL DE CUBA");
            assertThat(list.warnings())
                    .singleElement()
                    .satisfies(w -> assertThat(w.message()).contains("Windows-1252"));
        }
    }
}
