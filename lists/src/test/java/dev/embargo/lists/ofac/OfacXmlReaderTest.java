package dev.embargo.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

class OfacXmlReaderTest {
    private static final OfacXmlReader READER = new OfacXmlReader();

    private static Map<String, Entity> byId(LoadedList list) {
        return list.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ConsolidatedList2025 {
        private LoadedList list;
        private Map<String, Entity> entities;

        @BeforeAll
        void read() throws ListFormatException {
            list = READER.read(ListFiles.single(
                    ListFormat.OFAC_XML, SharedData.require("data/lists/us-ofac-cons/consolidated.xml")));
            entities = byId(list);
        }

        @Test
        void isTheConsolidatedNonSdnListWithAllItsEntries() {
            assertThat(list.source()).isEqualTo(Source.US_OFAC_CONS);
            assertThat(list.format()).isEqualTo(ListFormat.OFAC_XML);
            assertThat(list.published()).isEqualTo(LocalDate.of(2025, 3, 28));
            assertThat(list.entities()).hasSize(443);
            // Record_Count is 443 too, so nothing to report.
            assertThat(list.warnings()).isEmpty();
            assertThat(list.countByKind())
                    .containsExactlyInAnyOrderEntriesOf(Map.of(EntityKind.PERSON, 80, EntityKind.ORGANIZATION, 363));
            assertThat(list.entities()).allSatisfy(e -> {
                assertThat(e.id()).startsWith("us-ofac-cons:");
                assertThat(e.published()).isEqualTo(LocalDate.of(2025, 3, 28));
                assertThat(e.sourceFile()).isEqualTo("consolidated.xml");
            });
            assertThat(list.entities().stream()
                            .flatMap(e -> e.names().stream())
                            .filter(n -> n.quality() == NameQuality.WEAK))
                    .hasSize(70);
        }

        @Test
        void anIndividualWithItsStructuredFacts() {
            Entity zahhar = entities.get("us-ofac-cons:9647");
            assertThat(zahhar.kind()).isEqualTo(EntityKind.PERSON);
            assertThat(zahhar.names())
                    .containsExactly(
                            Name.primary("ZAHHAR, Mahmoud Khaled"),
                            Name.of("AL ZAHAR, Mahmoud Khaled", NameType.ALIAS, NameQuality.STRONG),
                            Name.of("ZAHAR, Mahmoud", NameType.ALIAS, NameQuality.WEAK),
                            Name.of("AL-ZAHAR, Mahmoud", NameType.ALIAS, NameQuality.WEAK));
            assertThat(zahhar.birthDates()).containsExactly(ListedDate.year("1945", 1945));
            assertThat(zahhar.birthPlaces()).containsExactly("Gaza Strip");
            assertThat(zahhar.nationalities()).containsExactly("PS");
            assertThat(zahhar.gender()).isEqualTo("male");
            assertThat(zahhar.programs()).containsExactly("NS-PLC", "SDGT");
            assertThat(zahhar.addresses()).containsExactly(new Address("Region: Gaza", null, null, null, null, "PS"));
            // HAMAS is on the SDN list, not in this file: the link keeps its name only.
            assertThat(zahhar.links()).containsExactly(new Link("HAMAS", null, "Linked To"));
            assertThat(zahhar.remarks())
                    .isEqualTo("Secondary sanctions risk: section 1(b) of Executive Order 13224,"
                            + " as amended by Executive Order 13886");
        }

        @Test
        void aBankWithItsIdentifiersAndFormerNames() {
            Entity vtb = entities.get("us-ofac-cons:17013");
            assertThat(vtb.kind()).isEqualTo(EntityKind.ORGANIZATION);
            assertThat(vtb.primaryName().full()).isEqualTo("VTB BANK PUBLIC JOINT STOCK COMPANY");
            assertThat(vtb.names())
                    .contains(
                            Name.of("JSC VTB BANK", NameType.FORMER, NameQuality.STRONG),
                            Name.of("VTB BANK PJSC", NameType.ALIAS, NameQuality.STRONG));
            assertThat(vtb.identifiers())
                    .contains(
                            new Identifier(IdentifierType.SWIFT_BIC, "VTBRRUMM", null, null, "SWIFT/BIC"),
                            new Identifier(IdentifierType.TAX_ID, "7702070139", "RU", null, "Tax ID No."),
                            new Identifier(IdentifierType.REGISTRATION, "1027739609391", "RU", null, "Registration ID"),
                            new Identifier(IdentifierType.WEBSITE, "www.vtb.com", null, null, "Website"),
                            new Identifier(
                                    IdentifierType.REGISTRATION,
                                    "253400V1H6ART1UQ0N98",
                                    null,
                                    null,
                                    "Legal Entity Number"));
            assertThat(vtb.birthDates()).containsExactly(ListedDate.day("17 Oct 1990", LocalDate.of(1990, 10, 17)));
            assertThat(vtb.programs()).containsExactly("UKRAINE-EO13662", "RUSSIA-EO14024");
            assertThat(vtb.remarks())
                    .contains(
                            "Executive Order 13662 Directive Determination - Subject to Directive 1",
                            "Target Type Financial Institution");
        }
    }

    @Nested
    class Fixtures {
        @TempDir
        Path dir;

        private static final String SDN_XML = """
                <?xml version="1.0" standalone="yes"?>
                <sdnList xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://tempuri.org/sdnList.xsd">
                  <publshInformation>
                    <Publish_Date>05/03/2024</Publish_Date>
                    <Record_Count>%d</Record_Count>
                  </publshInformation>
                  <sdnEntry>
                    <uid>20157</uid>
                    <firstName>Jong Un</firstName>
                    <lastName>KIM</lastName>
                    <title>Chairman of the Workers' Party of Korea</title>
                    <sdnType>Individual</sdnType>
                    <programList><program>DPRK3</program></programList>
                    <idList>
                      <id><uid>1</uid><idType>Gender</idType><idNumber>Male</idNumber></id>
                      <id><uid>2</uid><idType>Passport</idType><idNumber>745310010</idNumber>
                        <idCountry>Korea, North</idCountry><expirationDate>01 Jan 2030</expirationDate></id>
                    </idList>
                    <akaList>
                      <aka><uid>3</uid><type>a.k.a.</type><category>strong</category>
                        <lastName>KIM</lastName><firstName>Jong-un</firstName></aka>
                    </akaList>
                    <nationalityList><nationality><uid>4</uid><country>Korea, North</country>
                      <mainEntry>true</mainEntry></nationality></nationalityList>
                    <dateOfBirthList>
                      <dateOfBirthItem><uid>5</uid><dateOfBirth>08 Jan 1984</dateOfBirth></dateOfBirthItem>
                      <dateOfBirthItem><uid>6</uid><dateOfBirth>circa 1983</dateOfBirth></dateOfBirthItem>
                      <dateOfBirthItem><uid>7</uid><dateOfBirth>Jan 1982</dateOfBirth></dateOfBirthItem>
                    </dateOfBirthList>
                  </sdnEntry>
                  <sdnEntry>
                    <uid>27307</uid>
                    <lastName>LAZARUS GROUP</lastName>
                    <sdnType>Entity</sdnType>
                    <programList><program>DPRK3</program></programList>
                    <idList>
                      <id><uid>8</uid><idType>Digital Currency Address - ETH</idType>
                        <idNumber>0x098B716B8Aaf21512996dC57EB0615e2383E2f96</idNumber></id>
                    </idList>
                    <akaList>
                      <aka><uid>9</uid><type>a.k.a.</type><category>weak</category><lastName>HIDDEN COBRA</lastName></aka>
                    </akaList>
                    <addressList>
                      <address><uid>10</uid><address1>Potonggang District</address1><city>Pyongyang</city>
                        <country>Korea, North</country></address>
                    </addressList>
                  </sdnEntry>
                  <sdnEntry>
                    <uid>37933</uid>
                    <lastName>BS BRAVO</lastName>
                    <sdnType>Vessel</sdnType>
                    <remarks>(Linked To: TRUONG PHAT LOC SHIPPING TRADING JOINT STOCK COMPANY)</remarks>
                    <programList><program>IRAN-EO13846</program></programList>
                    <idList>
                      <id><uid>11</uid><idType>Vessel Registration Identification</idType><idNumber>IMO 9294795</idNumber></id>
                      <id><uid>12</uid><idType>MMSI</idType><idNumber>626061000</idNumber></id>
                    </idList>
                    <vesselInfo>
                      <callSign>TRA065</callSign>
                      <vesselType>Chemical/Oil Tanker</vesselType>
                      <vesselFlag>Gabon</vesselFlag>
                      <vesselOwner>Truong Phat Loc Shipping Trading</vesselOwner>
                    </vesselInfo>
                  </sdnEntry>
                  <sdnEntry>
                    <uid>37924</uid>
                    <lastName>TRUONG PHAT LOC SHIPPING TRADING JOINT STOCK COMPANY</lastName>
                    <sdnType>Entity</sdnType>
                    <programList><program>IRAN-EO13846</program></programList>
                  </sdnEntry>
                  <sdnEntry>
                    <uid>18150</uid>
                    <lastName>MSN 391</lastName>
                    <sdnType>Aircraft</sdnType>
                    <programList><program>SDGT</program><program>IFSR</program></programList>
                    <idList>
                      <id><uid>13</uid><idType>Aircraft Tail Number</idType><idNumber>EP-MMH</idNumber></id>
                      <id><uid>14</uid><idType>Aircraft Manufacturer's Serial Number (MSN)</idType><idNumber>391</idNumber></id>
                    </idList>
                  </sdnEntry>
                </sdnList>
                """;

        private Path write(String name, String content) throws IOException {
            return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
        }

        private LoadedList read(Path file) throws ListFormatException {
            return READER.read(ListFiles.single(ListFormat.OFAC_XML, file));
        }

        @Test
        void anSdnXmlWithSdnProgramsIsTheSdnList() throws Exception {
            LoadedList list = read(write("SDN.XML", SDN_XML.formatted(5)));
            assertThat(list.source()).isEqualTo(Source.US_OFAC_SDN);
            assertThat(list.published()).isEqualTo(LocalDate.of(2024, 5, 3));
            assertThat(list.warnings()).isEmpty();
            assertThat(list.entities())
                    .extracting(Entity::id)
                    .containsExactly(
                            "us-ofac-sdn:20157",
                            "us-ofac-sdn:27307",
                            "us-ofac-sdn:37933",
                            "us-ofac-sdn:37924",
                            "us-ofac-sdn:18150");
        }

        @Test
        void individualsAreNamedLastCommaFirstLikeTheCsv() throws Exception {
            Entity kim = byId(read(write("SDN.XML", SDN_XML.formatted(5)))).get("us-ofac-sdn:20157");
            assertThat(kim.kind()).isEqualTo(EntityKind.PERSON);
            assertThat(kim.names())
                    .containsExactly(
                            Name.primary("KIM, Jong Un"), Name.of("KIM, Jong-un", NameType.ALIAS, NameQuality.STRONG));
            assertThat(kim.titles()).containsExactly("Chairman of the Workers' Party of Korea");
            assertThat(kim.gender()).isEqualTo("male");
            assertThat(kim.nationalities()).containsExactly("KP");
            assertThat(kim.birthDates())
                    .extracting(ListedDate::precision)
                    .containsExactly(DatePrecision.DAY, DatePrecision.YEAR, DatePrecision.MONTH);
            assertThat(kim.birthDates().get(0).earliest()).isEqualTo(LocalDate.of(1984, 1, 8));
            assertThat(kim.birthDates().get(1).circa()).isTrue();
            assertThat(kim.identifiers())
                    .containsExactly(new Identifier(IdentifierType.PASSPORT, "745310010", "KP", null, "Passport"));
            assertThat(kim.remarks()).isEqualTo("Passport 745310010 (Korea, North) expires 01 Jan 2030");
        }

        @Test
        void digitalCurrencyAddressTakesItsCurrencyFromTheIdType() throws Exception {
            Entity lazarus = byId(read(write("SDN.XML", SDN_XML.formatted(5)))).get("us-ofac-sdn:27307");
            assertThat(lazarus.identifiers())
                    .containsExactly(new Identifier(
                            IdentifierType.DIGITAL_CURRENCY,
                            "0x098B716B8Aaf21512996dC57EB0615e2383E2f96",
                            null,
                            "ETH",
                            "Digital Currency Address - ETH"));
            assertThat(lazarus.names())
                    .containsExactly(
                            Name.primary("LAZARUS GROUP"), Name.of("HIDDEN COBRA", NameType.ALIAS, NameQuality.WEAK));
            assertThat(lazarus.addresses())
                    .containsExactly(new Address(
                            "Potonggang District, Pyongyang, Korea, North",
                            "Potonggang District",
                            "Pyongyang",
                            null,
                            null,
                            "KP"));
        }

        @Test
        void vesselInfoGivesCallSignFlagAndOwner() throws Exception {
            Entity vessel = byId(read(write("SDN.XML", SDN_XML.formatted(5)))).get("us-ofac-sdn:37933");
            assertThat(vessel.kind()).isEqualTo(EntityKind.VESSEL);
            assertThat(vessel.identifiers())
                    .containsExactlyInAnyOrder(
                            new Identifier(
                                    IdentifierType.IMO, "9294795", null, null, "Vessel Registration Identification"),
                            new Identifier(IdentifierType.MMSI, "626061000", null, null, "MMSI"),
                            new Identifier(IdentifierType.CALL_SIGN, "TRA065", null, null, "Call Sign"));
            assertThat(vessel.countries()).containsExactly("GA");
            assertThat(vessel.links())
                    .containsExactlyInAnyOrder(
                            new Link("Truong Phat Loc Shipping Trading", null, "Vessel Owner"),
                            new Link(
                                    "TRUONG PHAT LOC SHIPPING TRADING JOINT STOCK COMPANY",
                                    "us-ofac-sdn:37924",
                                    "Linked To"));
            assertThat(vessel.remarks()).isEqualTo("Vessel Type Chemical/Oil Tanker");
        }

        @Test
        void aircraftIdentifiers() throws Exception {
            Entity aircraft = byId(read(write("SDN.XML", SDN_XML.formatted(5)))).get("us-ofac-sdn:18150");
            assertThat(aircraft.kind()).isEqualTo(EntityKind.AIRCRAFT);
            assertThat(aircraft.identifiers())
                    .extracting(Identifier::type)
                    .containsExactly(IdentifierType.AIRCRAFT_TAIL, IdentifierType.AIRCRAFT_SERIAL);
        }

        @Test
        void aRecordCountThatDisagreesIsReported() throws Exception {
            LoadedList list = read(write("SDN.XML", SDN_XML.formatted(7)));
            assertThat(list.entities()).hasSize(5);
            assertThat(list.warnings()).singleElement().satisfies(w -> {
                assertThat(w.file()).endsWith("SDN.XML");
                assertThat(w.place()).startsWith("line 3");
                assertThat(w.message()).contains("expected 7 sdnEntry elements (Record_Count)", "holds 5");
            });
        }

        @Test
        void anEntryWithoutUidIsSkippedWithAWarning() throws Exception {
            LoadedList list = read(write("SDN.XML", SDN_XML.formatted(5).replace("<uid>27307</uid>", "")));
            assertThat(list.entities()).hasSize(4);
            assertThat(list.warnings()).singleElement().satisfies(w -> {
                assertThat(w.place()).startsWith("sdnEntry at line");
                assertThat(w.message()).contains("expected a uid", "entry skipped");
            });
        }

        @Test
        void aRepeatedUidIsSkippedWithAWarning() throws Exception {
            LoadedList list =
                    read(write("SDN.XML", SDN_XML.formatted(5).replace("<uid>37924</uid>", "<uid>18150</uid>")));
            assertThat(list.entities())
                    .extracting(Entity::idInSource)
                    .containsExactly("20157", "27307", "37933", "18150");
            assertThat(list.entities().get(3).primaryName().full())
                    .isEqualTo("TRUONG PHAT LOC SHIPPING TRADING JOINT" + " STOCK COMPANY");
            assertThat(list.warnings()).singleElement().satisfies(w -> {
                assertThat(w.place()).startsWith("sdnEntry uid 18150 at line");
                assertThat(w.message()).contains("18150 is listed again");
            });
        }

        @Test
        void mostlyNonSdnProgramsMakeTheConsolidatedList() throws Exception {
            String cons = SDN_XML.formatted(5).replaceAll("<program>[^<]*</program>", "<program>NS-PLC</program>");
            LoadedList list = read(write("consolidated.xml", cons));
            assertThat(list.source()).isEqualTo(Source.US_OFAC_CONS);
            assertThat(byId(list).get("us-ofac-cons:37933").links())
                    .contains(new Link(
                            "TRUONG PHAT LOC SHIPPING TRADING JOINT STOCK COMPANY", "us-ofac-cons:37924", "Linked To"));
        }

        @Test
        void anotherRootElementIsRejected() throws Exception {
            Path file = write(
                    "other.xml", "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>");
            assertThatThrownBy(() -> read(file))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageMatching("(?s).*line \\d+, column \\d+.*")
                    .hasMessageContaining("root element sdnList")
                    .hasMessageContaining("<CONSOLIDATED_LIST>");
        }

        @Test
        void aTruncatedFileIsRejectedWithItsPlace() throws Exception {
            String whole = SDN_XML.formatted(5);
            Path file = write("SDN.XML", whole.substring(0, whole.indexOf("<sdnType>Vessel")));
            assertThatThrownBy(() -> read(file))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageMatching("(?s).*line \\d+, column \\d+.*")
                    .hasMessageContaining("well-formed sdnList XML");
        }

        @Test
        void notXmlAtAllIsRejected() throws Exception {
            Path file = write("SDN.XML", "ent_num,name\n1,x\n");
            assertThatThrownBy(() -> read(file))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining(file.toString());
        }

        @Test
        void aDocumentTypeDeclarationIsNotFollowed() throws Exception {
            Path secret = write("secret.txt", "SECRET");
            String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE sdnList [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                    + SDN_XML.formatted(5)
                            .substring(SDN_XML.indexOf("<sdnList"))
                            .replace("<lastName>MSN 391</lastName>", "<lastName>&x;</lastName>");
            Path file = write("SDN.XML", xxe);
            try {
                LoadedList list = read(file);
                assertThat(list.entities())
                        .noneSatisfy(e -> assertThat(e.primaryName().full()).contains("SECRET"));
            } catch (ListFormatException rejected) {
                assertThat(rejected.getMessage()).contains(file.toString());
            }
        }
    }
}
