package dev.embargo.lists.eu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatDetector;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Address;
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
import java.io.IOException;
import java.net.URISyntaxException;
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
import org.junit.jupiter.api.io.TempDir;

class EuFsfXmlReaderTest {
    private static LoadedList sample;
    private static Map<String, Entity> byId;

    static Path fixture(String name) {
        try {
            return Path.of(EuFsfXmlReaderTest.class.getResource("/eu/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LoadedList read(Path file) throws ListFormatException {
        return new EuFsfXmlReader().read(ListFiles.single(ListFormat.EU_FSF_XML, file));
    }

    @BeforeAll
    static void readSample() throws ListFormatException {
        sample = read(fixture("eu-fsf-sample.xml"));
        byId = sample.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    private static Name name(String full, NameType type, NameQuality quality, String script) {
        return new Name(full, type, quality, script);
    }

    @Test
    void readsEveryEntryOfTheSampleWithoutWarnings() {
        assertThat(sample.source()).isEqualTo(Source.EU_FSF);
        assertThat(sample.format()).isEqualTo(ListFormat.EU_FSF_XML);
        assertThat(sample.file()).isEqualTo("eu-fsf-sample.xml");
        assertThat(sample.published()).isEqualTo(LocalDate.of(2026, 5, 8));
        assertThat(sample.warnings()).isEmpty();
        assertThat(sample.entities())
                .extracting(Entity::id)
                .containsExactly(
                        "eu-fsf:13",
                        "eu-fsf:120001",
                        "eu-fsf:140001",
                        "eu-fsf:150001",
                        "eu-fsf:160001",
                        "eu-fsf:170001",
                        "eu-fsf:180001",
                        "eu-fsf:190001");
        assertThat(sample.countByKind())
                .containsExactlyInAnyOrderEntriesOf(Map.of(EntityKind.PERSON, 5, EntityKind.ORGANIZATION, 3));
        assertThat(sample.entities()).allSatisfy(e -> {
            assertThat(e.source()).isEqualTo(Source.EU_FSF);
            assertThat(e.sourceFile()).isEqualTo("eu-fsf-sample.xml");
            assertThat(e.published()).isEqualTo(LocalDate.of(2026, 5, 8));
        });
    }

    @Test
    void theDetectorAndLoaderRecogniseTheFixturesAsEuFsf() throws IOException, ListFormatException {
        assertThat(ListFormatDetector.detect(fixture("eu-fsf-sample.xml"))).contains(ListFormat.EU_FSF_XML);
        assertThat(ListFormatDetector.detect(fixture("eu-fsf-bad-records.xml"))).contains(ListFormat.EU_FSF_XML);
        assertThat(ListFormatDetector.detect(fixture("eu-fsf-unclosed-element.xml")))
                .contains(ListFormat.EU_FSF_XML);
        LoadedList loaded = ListLoader.loadFile(fixture("eu-fsf-sample.xml"));
        assertThat(loaded.entities()).hasSize(8);
        assertThat(loaded.nameCount()).isEqualTo(sample.nameCount()).isEqualTo(22);
    }

    @Nested
    class SaddamHusseinAsPublished {
        private final Entity e = byId.get("eu-fsf:13");

        @Test
        void namesInListOrderWithTheFirstAsPrimary() {
            assertThat(e.kind()).isEqualTo(EntityKind.PERSON);
            assertThat(e.names())
                    .containsExactly(
                            name("Saddam Hussein Al-Tikriti", NameType.PRIMARY, NameQuality.STRONG, "Latn"),
                            name("Abu Ali", NameType.ALIAS, NameQuality.STRONG, "Latn"),
                            name("Abou Ali", NameType.ALIAS, NameQuality.STRONG, "Latn"));
            assertThat(e.gender()).isEqualTo("male");
        }

        @Test
        void birthCitizenshipProgrammeAndListingDate() {
            assertThat(e.birthDates()).containsExactly(ListedDate.day("1937-04-28", LocalDate.of(1937, 4, 28)));
            assertThat(e.birthPlaces()).containsExactly("al-Awja, near Tikrit, IRAQ");
            assertThat(e.citizenships()).containsExactly("IQ");
            assertThat(e.nationalities()).isEmpty();
            assertThat(e.programs()).containsExactly("IRQ");
            // Entry into force (7 July) precedes publication (8 July): the earlier date is the listing.
            assertThat(e.listedOn()).isEqualTo(LocalDate.of(2003, 7, 7));
            assertThat(e.remarks()).isEqualTo("UNSC RESOLUTION 1483");
        }

        @Test
        void euReferenceNumberIsASearchableIdentifier() {
            assertThat(e.identifiers())
                    .containsExactly(
                            new Identifier(IdentifierType.OTHER, "EU.27.28", null, null, "EU reference number"));
        }
    }

    @Nested
    class DprkPersonWithKoreanNameAndPassports {
        private final Entity e = byId.get("eu-fsf:120001");

        @Test
        void hangulNameIsOriginalScriptAndNameOnDocumentAnAlias() {
            assertThat(e.names())
                    .containsExactly(
                            name("KIM Chol Su", NameType.PRIMARY, NameQuality.STRONG, "Latn"),
                            name("김철수", NameType.ORIGINAL_SCRIPT, NameQuality.STRONG, "Hang"),
                            name("Kim Cheol-su", NameType.ALIAS, NameQuality.STRONG, "Latn"),
                            name("KIM CHOL SU", NameType.ALIAS, NameQuality.STRONG, "Latn"));
            assertThat(e.titles()).containsExactly("Representative of Example Trading Corporation");
        }

        @Test
        void passportsCarryIssuerAndFlagsAndUnAndEuReferences() {
            assertThat(e.identifiers())
                    .containsExactly(
                            new Identifier(IdentifierType.OTHER, "EU.9001.11", null, null, "EU reference number"),
                            new Identifier(IdentifierType.OTHER, "KPi.901", null, null, "UN reference number"),
                            new Identifier(IdentifierType.PASSPORT, "836110034", "KP", null, "National passport"),
                            new Identifier(
                                    IdentifierType.PASSPORT,
                                    "654310175",
                                    "KP",
                                    null,
                                    "National passport; diplomatic; Diplomatic passport"));
        }

        @Test
        void designationDateIsTheListingDateEvenWhenTheRegulationIsLater() {
            assertThat(e.listedOn()).isEqualTo(LocalDate.of(2017, 8, 5));
            assertThat(e.programs()).containsExactly("PRK");
            assertThat(e.citizenships()).containsExactly("KP");
            assertThat(e.birthDates()).extracting(ListedDate::iso).containsExactly("1965-03-17");
            assertThat(e.birthPlaces())
                    .containsExactly("Pyongyang, KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF (NORTH KOREA)");
        }
    }

    @Nested
    class RussianPersonWithCyrillicAliasAndYearOfBirth {
        private final Entity e = byId.get("eu-fsf:140001");

        @Test
        void englishFormIsPrimaryEvenWhenASwedishTransliterationIsListedFirst() {
            assertThat(e.names())
                    .containsExactly(
                            name("Ivan Petrovich SIDOROV", NameType.PRIMARY, NameQuality.STRONG, "Latn"),
                            name("Ivan Petrovitj SIDOROV", NameType.ALIAS, NameQuality.STRONG, "Latn"),
                            name("Иван Петрович СИДОРОВ", NameType.ORIGINAL_SCRIPT, NameQuality.STRONG, "Cyrl"));
            assertThat(e.titles()).containsExactly("Member of the Example Regional Duma");
        }

        @Test
        void yearOnlyBirthDateStaysAYear() {
            ListedDate born = e.birthDates().getFirst();
            assertThat(e.birthDates()).hasSize(1);
            assertThat(born.precision()).isEqualTo(DatePrecision.YEAR);
            assertThat(born.earliest()).isEqualTo(LocalDate.of(1961, 1, 1));
            assertThat(born.latest()).isEqualTo(LocalDate.of(1961, 12, 31));
            assertThat(born.circa()).isFalse();
            assertThat(e.birthPlaces()).containsExactly("Leningrad (now Saint Petersburg), RUSSIAN FEDERATION");
        }

        @Test
        void listingDateIsTheEarliestOfSeveralRegulations() {
            assertThat(e.programs()).containsExactly("UKR");
            assertThat(e.listedOn()).isEqualTo(LocalDate.of(2022, 2, 23));
            assertThat(e.citizenships()).containsExactly("RU");
        }
    }

    @Nested
    class EnterpriseWithRegistrationNumbersAndAddress {
        private final Entity e = byId.get("eu-fsf:150001");

        @Test
        void namesAndKind() {
            assertThat(e.kind()).isEqualTo(EntityKind.ORGANIZATION);
            assertThat(e.gender()).isNull();
            assertThat(e.names())
                    .containsExactly(
                            name("Northwind Logistics LLC", NameType.PRIMARY, NameQuality.STRONG, "Latn"),
                            name("ООО \"Нордвинд Логистик\"", NameType.ORIGINAL_SCRIPT, NameQuality.STRONG, "Cyrl"));
        }

        @Test
        void addressWithItsPartsAndContactDetails() {
            assertThat(e.addresses())
                    .containsExactly(new Address(
                            "Tverskaya ulitsa 1, office 5, Moscow, 125009, RUSSIAN FEDERATION",
                            "Tverskaya ulitsa 1, office 5",
                            "Moscow",
                            null,
                            "125009",
                            "RU"));
            assertThat(e.identifiers())
                    .containsExactly(
                            new Identifier(IdentifierType.OTHER, "EU.9102.33", null, null, "EU reference number"),
                            new Identifier(
                                    IdentifierType.REGISTRATION,
                                    "1027700123456",
                                    "RU",
                                    null,
                                    "Registration Number; OGRN"),
                            new Identifier(IdentifierType.TAX_ID, "7701234567", "RU", null, "Fiscal Code"),
                            new Identifier(IdentifierType.PHONE, "+7 495 000 00 00", null, null, "Phone"),
                            new Identifier(
                                    IdentifierType.EMAIL, "info@northwind-logistics.example", null, null, "Email"),
                            new Identifier(
                                    IdentifierType.EMAIL, "sales@northwind-logistics.example", null, null, "Email"),
                            new Identifier(
                                    IdentifierType.WEBSITE,
                                    "https://northwind-logistics.example",
                                    null,
                                    null,
                                    "Website"));
        }

        @Test
        void designationDetailsBecomeTheRemark() {
            assertThat(e.remarks()).isEqualTo("Fictional logistics provider supplying a fictional military customer.");
            assertThat(e.listedOn()).isEqualTo(LocalDate.of(2023, 6, 23));
            assertThat(e.programs()).containsExactly("RUS");
        }
    }

    @Nested
    class VesselLikeEnterpriseWithImoNumber {
        private final Entity e = byId.get("eu-fsf:160001");

        @Test
        void staysAnOrganizationAndKeepsTheImoNumber() {
            // The format has no vessel type; we do not guess one from an IMO number.
            assertThat(e.kind()).isEqualTo(EntityKind.ORGANIZATION);
            assertThat(e.identifiers())
                    .contains(new Identifier(IdentifierType.IMO, "9123456", null, null, "IMO number"));
        }

        @Test
        void unknownCountryAddressIsDroppedAndAliasRemarkKept() {
            assertThat(e.addresses()).isEmpty();
            assertThat(e.countries()).isEmpty();
            assertThat(e.names())
                    .extracting(Name::full, Name::type)
                    .containsExactly(
                            tuple("OCEAN PEARL", NameType.PRIMARY), tuple("PEARL OF THE OCEAN", NameType.ALIAS));
            assertThat(e.remarks()).isEqualTo("Former name");
            assertThat(e.listedOn()).isEqualTo(LocalDate.of(2024, 2, 23));
        }
    }

    @Nested
    class PersonWithCircaDatesAndWeakAliases {
        private final Entity e = byId.get("eu-fsf:170001");

        @Test
        void strongFalseAndLowQualityRemarkMakeWeakNames() {
            assertThat(e.names())
                    .containsExactly(
                            name("Abdul Rahman AL-EXAMPLE", NameType.PRIMARY, NameQuality.STRONG, "Latn"),
                            name("Abu Example", NameType.ALIAS, NameQuality.WEAK, "Latn"),
                            name("Abdul Rahman Example", NameType.ALIAS, NameQuality.WEAK, "Latn"));
            assertThat(e.titles()).containsExactly("Mullah", "Deputy Governor of Example Province");
            // The quality note is consumed as quality, not repeated in the remarks.
            assertThat(e.remarks()).isEqualTo("Fictional official of a fictional provincial administration.");
        }

        @Test
        void circaYearRangeAndCircaYear() {
            assertThat(e.birthDates())
                    .containsExactly(
                            new ListedDate(
                                    "1953/1958",
                                    LocalDate.of(1953, 1, 1),
                                    LocalDate.of(1958, 12, 31),
                                    DatePrecision.RANGE,
                                    true),
                            new ListedDate(
                                    "1960",
                                    LocalDate.of(1960, 1, 1),
                                    LocalDate.of(1960, 12, 31),
                                    DatePrecision.YEAR,
                                    true));
            assertThat(e.birthPlaces()).containsExactly("Tirin Kot District, Uruzgan Province, AFGHANISTAN");
        }

        @Test
        void knownFalsePassportIsFlaggedAndListingDateComesFromTheEarliestCitedAct() {
            assertThat(e.identifiers())
                    .containsExactly(
                            new Identifier(IdentifierType.OTHER, "EU.9304.55", null, null, "EU reference number"),
                            new Identifier(IdentifierType.OTHER, "TAi.999", null, null, "UN reference number"),
                            new Identifier(
                                    IdentifierType.PASSPORT, "OR801168", "AF", null, "National passport; known false"));
            // The regulation given is a 2011 amendment; the name was first published in 2001.
            assertThat(e.listedOn()).isEqualTo(LocalDate.of(2001, 3, 9));
            assertThat(e.programs()).containsExactly("TAQA");
        }
    }

    @Nested
    class WomanWithArabicAndGreekNamesAndMonthOfBirth {
        private final Entity e = byId.get("eu-fsf:180001");

        @Test
        void nonLatinNamesAreOriginalScriptExactlyAsListed() {
            assertThat(e.names())
                    .containsExactly(
                            name("Leila EXAMPLE", NameType.PRIMARY, NameQuality.STRONG, "Latn"),
                            name("ليلى مثال", NameType.ORIGINAL_SCRIPT, NameQuality.STRONG, "Arab"),
                            name("Λέιλα ΕΞΑΜΠΛ", NameType.ORIGINAL_SCRIPT, NameQuality.STRONG, "Grek"));
            assertThat(e.gender()).isEqualTo("female");
        }

        @Test
        void yearAndMonthGiveAMonth() {
            assertThat(e.birthDates()).containsExactly(ListedDate.month("1970-05", 1970, 5));
            assertThat(e.birthPlaces()).containsExactly("Aleppo, SYRIAN ARAB REPUBLIC");
            assertThat(e.citizenships()).containsExactly("SY");
        }

        @Test
        void numberAndLatinNumberAreBothKept() {
            assertThat(e.identifiers())
                    .containsExactly(
                            new Identifier(IdentifierType.OTHER, "EU.9405.66", null, null, "EU reference number"),
                            new Identifier(
                                    IdentifierType.NATIONAL_ID,
                                    "٠١٠٢٠٣٠٤٠٥",
                                    "SY",
                                    null,
                                    "National identification card; known expired"),
                            new Identifier(
                                    IdentifierType.NATIONAL_ID,
                                    "0102030405",
                                    "SY",
                                    null,
                                    "National identification card; known expired"));
        }
    }

    @Nested
    class BankWithSwiftCodeAndPostBox {
        private final Entity e = byId.get("eu-fsf:190001");

        @Test
        void swiftCodeAndAddressWithPostBoxAndPlace() {
            assertThat(e.identifiers())
                    .contains(new Identifier(IdentifierType.SWIFT_BIC, "EXCBIRTHXXX", "IR", null, "SWIFT BIC"));
            assertThat(e.addresses())
                    .containsExactly(new Address(
                            "11365-1234, Ferdowsi Avenue, Tehran, IRAN (ISLAMIC REPUBLIC OF)",
                            null,
                            "Tehran",
                            null,
                            null,
                            "IR"));
            assertThat(e.remarks()).isEqualTo("Head office");
        }

        @Test
        void earliestOfTwoRegulationsListedOutOfOrder() {
            assertThat(e.listedOn()).isEqualTo(LocalDate.of(2010, 10, 27));
            assertThat(e.programs()).containsExactly("IRN");
            assertThat(e.names())
                    .extracting(Name::full)
                    .containsExactly("Example Commercial Bank", "Bank Tejarat-e Nemouneh");
        }
    }

    @Nested
    class BadRecordsInAGoodFile {
        private LoadedList bad;

        private LoadedList bad() throws ListFormatException {
            if (bad == null) {
                bad = read(fixture("eu-fsf-bad-records.xml"));
            }
            return bad;
        }

        @Test
        void entriesWithoutLogicalIdOrNameAreSkippedWithAWarningNamingTheLine() throws ListFormatException {
            assertThat(bad().entities()).extracting(Entity::id).containsExactly("eu-fsf:300");
            assertThat(bad().warnings()).anySatisfy(w -> {
                assertThat(w.file()).endsWith("eu-fsf-bad-records.xml");
                assertThat(w.place()).isEqualTo("line 4, <sanctionEntity>");
                assertThat(w.message()).contains("logicalId").contains("skipped");
            });
            assertThat(bad().warnings()).anySatisfy(w -> {
                assertThat(w.place()).isEqualTo("line 8, <sanctionEntity> logicalId=200");
                assertThat(w.message()).contains("nameAlias").contains("skipped");
            });
        }

        @Test
        void unreadableValuesAreLeftOutWithWarningsAndTheRestIsKept() throws ListFormatException {
            Entity e = bad().entities().getFirst();
            assertThat(e.kind()).isEqualTo(EntityKind.OTHER);
            assertThat(e.names()).containsExactly(name("Odd VALUES", NameType.PRIMARY, NameQuality.STRONG, "Latn"));
            assertThat(e.citizenships()).isEmpty();
            assertThat(e.birthDates()).containsExactly(ListedDate.year("1971", 1971));
            assertThat(e.birthPlaces()).containsExactly("Kabul");
            assertThat(e.listedOn()).isEqualTo(LocalDate.of(2020, 1, 31));
            assertThat(e.identifiers())
                    .containsExactly(
                            new Identifier(IdentifierType.OTHER, "EU.1.3", null, null, "EU reference number"),
                            new Identifier(IdentifierType.OTHER, "X-42", null, null, "Travel card"));
            assertThat(bad().warnings())
                    .extracting(LoadWarning::message)
                    .anySatisfy(m -> assertThat(m).contains("\"group\""))
                    .anySatisfy(m -> assertThat(m).contains("designationDate").contains("someday"))
                    .anySatisfy(m -> assertThat(m).contains("1965-13-45"))
                    .anySatisfy(m -> assertThat(m).contains("only yearRangeTo=1958"))
                    .anySatisfy(m -> assertThat(m).contains("ISLAMIC"))
                    .anySatisfy(m -> assertThat(m).contains("without a year"))
                    .anySatisfy(m -> assertThat(m).contains("ATLANTIS").contains("once per file"));
            assertThat(bad().warnings())
                    .filteredOn(w -> w.message().contains("ATLANTIS"))
                    .hasSize(1);
            assertThat(bad().warnings()).hasSize(9);
        }
    }

    @Nested
    class FilesThatAreNotTheList {
        @TempDir
        Path dir;

        @Test
        void unclosedElementFailsNamingFileLineColumnAndTheElement() {
            Path file = fixture("eu-fsf-unclosed-element.xml");
            assertThatThrownBy(() -> read(file))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageStartingWith(file + ": line 10, column ")
                    .hasMessageContaining("expected well-formed XML")
                    .hasMessageContaining("nameAlias")
                    .satisfies(
                            ex -> assertThat(((ListFormatException) ex).place()).startsWith("line 10, column"));
        }

        @Test
        void wrongRootElementFailsSayingWhatWasExpected() {
            Path file = fixture("eu-fsf-wrong-root.xml");
            assertThatThrownBy(() -> read(file))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("line 2")
                    .hasMessageContaining("root element <sanctionsList>")
                    .hasMessageContaining(
                            "expected the root element <export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">");
        }

        @Test
        void anotherListsXmlIsRefused() throws IOException {
            Path file = write(
                    "un.xml",
                    "<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST dateGenerated=\"2024-01-01\">"
                            + "<INDIVIDUALS/></CONSOLIDATED_LIST>");
            assertThatThrownBy(() -> read(file))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining("un.xml")
                    .hasMessageContaining("<CONSOLIDATED_LIST>");
        }

        @Test
        void exportRootOfAnotherNamespaceIsRefused() throws IOException {
            Path file = write("other.xml", "<export xmlns=\"urn:example:other\"><row/></export>");
            assertThatThrownBy(() -> read(file))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining("root element <export>");
        }

        @Test
        void emptyAndNonXmlFilesFailCleanly() throws IOException {
            Path empty = write("empty.xml", "");
            Path text = write("notes.xml", "Name,Country\nSomeone,Somewhere\n");
            assertThatThrownBy(() -> read(empty))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining("empty.xml");
            assertThatThrownBy(() -> read(text))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining("notes.xml")
                    .hasMessageContaining("line 1");
        }

        @Test
        void truncatedFileFailsInsteadOfReturningPartOfTheList() throws IOException {
            byte[] whole = Files.readAllBytes(fixture("eu-fsf-sample.xml"));
            String half = new String(whole, 0, whole.length / 2, StandardCharsets.ISO_8859_1);
            Path file = dir.resolve("truncated.xml");
            Files.write(file, half.getBytes(StandardCharsets.ISO_8859_1));
            assertThatThrownBy(() -> read(file))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining("truncated.xml")
                    .hasMessageContaining("line ");
        }

        @Test
        void bytesThatAreNotUtf8FailNamingTheLineWithoutParserNoise() throws IOException {
            Path file = dir.resolve("bad-bytes.xml");
            byte[] head = ("<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">\n<sanctionEntity logicalId=\"1\">"
                            + "<subjectType code=\"person\"/>\n<nameAlias wholeName=\"Zo")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] tail = "\"/></sanctionEntity></export>".getBytes(StandardCharsets.UTF_8);
            Files.write(file, concat(head, new byte[] {(byte) 0xEB}, tail));
            assertThatThrownBy(() -> read(file))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessage(
                            file + ": line 3, column 25: expected UTF-8 text, found a byte sequence that is not UTF-8");
        }

        @Test
        void byteOrderMarkAndDeclaredLatin1AreRead() throws IOException, ListFormatException {
            String body = "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2020-01-02\">"
                    + "<sanctionEntity logicalId=\"1\"><subjectType code=\"person\"/><nameAlias wholeName=\"Zoë\"/>"
                    + "</sanctionEntity></export>";
            Path bom = dir.resolve("bom.xml");
            Files.write(
                    bom,
                    concat(
                            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + body).getBytes(StandardCharsets.UTF_8)));
            Path latin1 = dir.resolve("latin1.xml");
            Files.write(
                    latin1,
                    ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + body).getBytes(StandardCharsets.ISO_8859_1));
            for (Path file : new Path[] {bom, latin1}) {
                LoadedList list = read(file);
                assertThat(list.entities())
                        .singleElement()
                        .satisfies(e -> assertThat(e.primaryName().full()).isEqualTo("Zoë"));
                assertThat(list.published()).isEqualTo(LocalDate.of(2020, 1, 2));
            }
        }

        private static byte[] concat(byte[]... parts) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (byte[] p : parts) {
                out.writeBytes(p);
            }
            return out.toByteArray();
        }

        @Test
        void rootWithoutEntriesIsAnEmptyListAndAMissingDateAWarning() throws IOException, ListFormatException {
            Path file = write("no-entries.xml", "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\"/>");
            LoadedList list = read(file);
            assertThat(list.entities()).isEmpty();
            assertThat(list.published()).isNull();
            assertThat(list.warnings())
                    .singleElement()
                    .satisfies(w -> assertThat(w.message()).contains("generationDate"));
        }

        @Test
        void externalEntitiesAreNeverResolved() throws IOException {
            Path secret = write("secret.txt", "top secret");
            Path file = write(
                    "xxe.xml",
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE export [<!ENTITY x SYSTEM \""
                            + secret.toUri() + "\">]>\n<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">"
                            + "<sanctionEntity logicalId=\"1\"><subjectType code=\"person\"/>"
                            + "<nameAlias wholeName=\"A\"/><remark>&x;</remark></sanctionEntity></export>");
            try {
                LoadedList list = read(file);
                assertThat(list.entities())
                        .allSatisfy(e -> assertThat(e.remarks()).doesNotContain("top secret"));
            } catch (ListFormatException expected) {
                assertThat(expected.getMessage()).contains("xxe.xml");
            }
        }

        private Path write(String name, String content) throws IOException {
            Path file = dir.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        }
    }
}
