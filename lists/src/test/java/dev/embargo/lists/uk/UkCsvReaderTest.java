package dev.embargo.lists.uk;

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
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV form of the UK list, on a hand-written fixture and on CSV derived from the real spreadsheet. */
class UkCsvReaderTest {
    private static final String DPRK = "Democratic People's Republic of Korea";
    private static final String HEADER = "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,Name Non-Latin Script,"
            + "Non-Latin Script Type,Non-Latin Script Language,DOB,Town of Birth,Country of Birth,Nationality,"
            + "Passport Number,Passport Details,National Identification Number,National Identification Details,"
            + "Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,Post/Zip Code,Country,"
            + "Other Information,Group Type,Alias Type,Alias Quality,Regime,Listed On,"
            + "UK Sanctions List Date Designated,Last Updated,Group ID";

    @TempDir
    Path dir;

    static byte[] fixture() throws IOException {
        try (InputStream in = UkCsvReaderTest.class.getResourceAsStream("conlist-fixture.csv")) {
            return in.readAllBytes();
        }
    }

    private LoadedList read(String fileName, byte[] content) throws Exception {
        Path file = dir.resolve(fileName);
        Files.write(file, content);
        return new UkCsvReader().read(ListFiles.single(ListFormat.UK_CSV, file));
    }

    private LoadedList read(String fileName, String content) throws Exception {
        return read(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Entity> byId(LoadedList list) {
        return list.entities().stream().collect(Collectors.toMap(Entity::idInSource, Function.identity()));
    }

    @Test
    void theFixtureIsRecognisedAsTheUkCsvFormatAndLoadsThroughTheLoader() throws Exception {
        Path file = dir.resolve("ConList.csv");
        Files.write(file, fixture());
        assertThat(ListFormatDetector.detect(file)).contains(ListFormat.UK_CSV);
        LoadedList loaded = ListLoader.loadFile(file);
        assertThat(loaded.format()).isEqualTo(ListFormat.UK_CSV);
        assertThat(loaded.entities()).hasSize(3);
    }

    @Test
    void groupsTheFixturesRowsIntoThreeTargetsAndWarnsAboutTheRowWithoutAGroupId() throws Exception {
        LoadedList list = read("ConList.csv", fixture());
        assertThat(list.source().code()).isEqualTo("uk-ofsi");
        assertThat(list.format()).isEqualTo(ListFormat.UK_CSV);
        assertThat(list.published()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(list.entities())
                .extracting(Entity::id, Entity::kind)
                .containsExactly(
                        tuple("uk-ofsi:90001", EntityKind.PERSON),
                        tuple("uk-ofsi:90002", EntityKind.VESSEL),
                        tuple("uk-ofsi:90003", EntityKind.ORGANIZATION));
        // Lines 8-11 hold two ship rows, each spread over two lines by a quoted line break.
        assertThat(list.warnings())
                .containsExactly(new LoadWarning(
                        "ConList.csv", "line 14", "expected a Group ID; the row (name \"ORPHAN ROW\") was skipped"));
    }

    @Test
    void aPersonsRowsBecomeOneEntityWithEveryNameAndFactOnce() throws Exception {
        Entity kim = byId(read("ConList.csv", fixture())).get("90001");
        assertThat(kim.names())
                .containsExactly(
                        Name.of("KIM CHOL SU", NameType.PRIMARY, NameQuality.STRONG),
                        Name.of("김철수", NameType.ORIGINAL_SCRIPT, NameQuality.STRONG),
                        Name.of("KIM CHOL-SU", NameType.ALIAS, NameQuality.STRONG),
                        Name.of("Chol SU", NameType.ALIAS, NameQuality.WEAK),
                        Name.of("Chol Su PAK", NameType.FORMER, NameQuality.STRONG));
        assertThat(kim.names().get(1).script()).isEqualTo("Hang");
        assertThat(kim.birthDates())
                .containsExactly(ListedDate.year("00/00/1962", 1962), ListedDate.month("00/05/1963", 1963, 5));
        assertThat(kim.birthPlaces()).containsExactly("Pyongyang, North Korea");
        assertThat(kim.nationalities()).containsExactly("KP", "RU");
        assertThat(kim.countries()).containsExactly("KP");
        assertThat(kim.gender()).isEqualTo("male");
        assertThat(kim.titles()).containsExactly("General", "Director of Example Trading Corp");
        assertThat(kim.addresses())
                .containsExactly(new Address("Sosong-guyok, Pyongyang, North Korea", null, null, null, null, "KP"));
        assertThat(kim.identifiers())
                .containsExactly(
                        new Identifier(
                                IdentifierType.PASSPORT,
                                "836110034",
                                "KP",
                                null,
                                "Issued by the Democratic People's Republic of Korea"),
                        new Identifier(IdentifierType.PASSPORT, "563120356", "RU", null, "Russia number, expires 2030"),
                        new Identifier(IdentifierType.OTHER, "DPR9001", null, null, "UK Sanctions List Ref"),
                        new Identifier(IdentifierType.OTHER, "KPi.901", null, null, "UN Ref"));
        assertThat(kim.programs()).containsExactly(DPRK);
        assertThat(kim.listedOn()).isEqualTo(LocalDate.of(2016, 3, 2));
        assertThat(kim.remarks())
                .isEqualTo("(UK Sanctions List Ref):DPR9001. (UN Ref):KPi.901. Fixture person, not a real"
                        + " one. (Gender):Male");
        assertThat(kim.sourceFile()).isEqualTo("ConList.csv");
        assertThat(kim.published()).isEqualTo(LocalDate.of(2025, 4, 10));
    }

    @Test
    void aShipKeepsItsMultiLineRemarksAndGetsItsImoNumber() throws Exception {
        Entity ship = byId(read("ConList.csv", fixture())).get("90002");
        assertThat(ship.names())
                .extracting(Name::full, Name::type)
                .containsExactly(tuple("SEA FIXTURE", NameType.PRIMARY), tuple("OCEAN FIXTURE", NameType.ALIAS));
        assertThat(ship.identifiers())
                .contains(new Identifier(IdentifierType.IMO, "9123456", null, null, "IMO number"));
        assertThat(ship.countries()).containsExactly("KP");
        assertThat(ship.birthDates()).containsExactly(ListedDate.year("1990", 1990));
        assertThat(ship.links()).containsExactly(new Link("Example Shipping Co", null, "Current owners"));
        assertThat(ship.remarks()).contains("carried coal, iron\nand \"oil\".");
    }

    @Test
    void anEntityUnderTwoRegimesHasBothAndItsContactsAndRegistrationNumbers() throws Exception {
        Entity company = byId(read("ConList.csv", fixture())).get("90003");
        assertThat(company.programs()).containsExactly("Russia", "Global Human Rights");
        assertThat(company.listedOn()).isEqualTo(LocalDate.of(2020, 7, 6));
        assertThat(company.addresses())
                .containsExactly(
                        new Address("12 Example Street, Moscow, 101000, Russia", null, null, null, "101000", "RU"));
        assertThat(company.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.OTHER, "RUS9003", null, null, "UK Sanctions List Ref"),
                        new Identifier(IdentifierType.PHONE, "+7 495 000-00-01", null, null, "Phone number"),
                        new Identifier(IdentifierType.PHONE, "+7 495 000-00-02", null, null, "Phone number"),
                        new Identifier(IdentifierType.WEBSITE, "www.example-trading.test", null, null, "Website"),
                        new Identifier(IdentifierType.EMAIL, "info@example-trading.test", null, null, "Email address"),
                        new Identifier(IdentifierType.REGISTRATION, "1027700000001", null, null, "OGRN"),
                        new Identifier(IdentifierType.TAX_ID, "7700000001", null, null, "INN"));
    }

    @Test
    void csvDerivedFromTheRealSpreadsheetGivesTheSameEntitiesAsTheSpreadsheet() throws Exception {
        // Kim Tong My'ong, Kim Chol Sam, No Kwang Chol, a ship, OMM, Kony (400 rows), a three-regime target.
        Set<String> groups = Set.of("12441", "13420", "16818", "13651", "13143", "13344", "10638", "16601");
        List<List<String>> sheet = RealUkSheet.rows();
        LoadedList fromCsv = read("ConList.csv", RealUkSheet.csvOf(sheet, groups));
        LoadedList fromXlsx = new UkXlsxReader().read(ListFiles.single(ListFormat.UK_XLSX, RealUkSheet.file()));

        assertThat(fromCsv.warnings()).isEmpty();
        assertThat(fromCsv.published()).isEqualTo(fromXlsx.published());
        List<Entity> expected = fromXlsx.entities().stream()
                .filter(e -> groups.contains(e.idInSource()))
                .map(RealUkSheet::withoutSourceFile)
                .toList();
        assertThat(expected).hasSize(groups.size());
        assertThat(fromCsv.entities().stream()
                        .map(RealUkSheet::withoutSourceFile)
                        .toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(fromCsv.entities())
                .allSatisfy(e -> assertThat(e.sourceFile()).isEqualTo("ConList.csv"));
    }

    @Test
    void aHeaderWithoutTheGroupIdColumnIsRejectedNamingTheHeaderLine() {
        String csv = "Last Updated,10/04/2025\n" + HEADER.replace(",Group ID", ",Group Identifier") + "\n"
                + "KONY,Joseph,,,,,,,,,,,,,,,,,,,,,,,,,,,Individual,Primary name,,Central African Republic,"
                + "12/03/2016,07/03/2016,01/02/2021,13344\n";
        assertThatThrownBy(() -> read("no-group-id.csv", csv))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("no-group-id.csv")
                .hasMessageContaining("line 2 (header row)")
                .hasMessageContaining("expected a \"Group ID\" column in the header row");
    }

    @Test
    void aFileWithoutAHeaderRowIsRejected() {
        assertThatThrownBy(() -> read("not-the-list.csv", "a,b,c\n1,2,3\n4,5,6\n7,8,9\n10,11,12\n13,14,15\n"))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining(
                        "not-the-list.csv: line 5: expected a header row naming the UK consolidated" + " list columns");
        assertThatThrownBy(() -> read("empty.csv", ""))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("empty.csv: end of file (line 0): expected a header row");
    }

    @Test
    void aFileCutOffAfterItsHeaderIsRejected() {
        assertThatThrownBy(() -> read("cut.csv", "Last Updated,10/04/2025\n" + HEADER + "\n"))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining(
                        "cut.csv: end of file (line 2): expected at least one row of names after the header row");
    }

    @Test
    void badDatesAndUnknownTypesBecomeWarningsNamingTheirLineAndTheRestLoads() throws Exception {
        String csv = "Last Updated,sometime\n" + HEADER + "\n"
                + "DOE,John,,,,,,,,,31/02/1970,,,,,,,,,,,,,,,,,,Alien,Nickname,,Russia,soon,,,77\n"
                + "ROE,Jane,,,,,,,,,(1) 00/00/1980 (2) 14/02/1981,,,,,,,,,,,,,,,,,,Individual,Primary name,,Russia,"
                + "01/01/2023,,,78\n";
        LoadedList list = read("odd.csv", csv);
        assertThat(list.published()).isNull();
        assertThat(list.entities())
                .extracting(Entity::idInSource, Entity::kind)
                .containsExactly(tuple("77", EntityKind.OTHER), tuple("78", EntityKind.PERSON));
        assertThat(list.entities().getFirst().names())
                .containsExactly(Name.of("John DOE", NameType.ALIAS, NameQuality.STRONG));
        assertThat(list.entities().get(1).birthDates())
                .containsExactly(
                        ListedDate.year("00/00/1980", 1980), ListedDate.day("14/02/1981", LocalDate.of(1981, 2, 14)));
        assertThat(list.warnings())
                .extracting(LoadWarning::place, LoadWarning::message)
                .containsExactly(
                        tuple(
                                "line 1",
                                "expected the publication date beside \"Last Updated\" as dd/mm/yyyy, not \"sometime\""),
                        tuple(
                                "line 3 (group 77)",
                                "expected a Group Type of Individual, Entity or Ship, not \"Alien\""),
                        tuple(
                                "line 3 (group 77)",
                                "expected an Alias Type of Primary name, Primary name variation, AKA or FKA,"
                                        + " not \"Nickname\"; read as AKA"),
                        tuple(
                                "line 3 (group 77)",
                                "expected a date of birth like dd/mm/yyyy, 00/mm/yyyy, 00/00/yyyy, mm/yyyy or"
                                        + " yyyy, not \"31/02/1970\""),
                        tuple("line 3 (group 77)", "expected a Listed On date like dd/mm/yyyy, not \"soon\""));
    }

    @Test
    void columnsAreFoundByTheirHeaderNotTheirPosition() throws Exception {
        String csv = "Group ID,Alias Type,Group Type,Name 1,Name 6,DOB,Regime,Listed On\n"
                + "501,Primary name,Individual,Anna,SMITH,05/1970,Belarus,06/11/2020\n";
        Entity e = read("reordered.csv", csv).entities().getFirst();
        assertThat(e.id()).isEqualTo("uk-ofsi:501");
        assertThat(e.primaryName().full()).isEqualTo("Anna SMITH");
        assertThat(e.birthDates()).containsExactly(ListedDate.month("05/1970", 1970, 5));
        assertThat(e.listedOn()).isEqualTo(LocalDate.of(2020, 11, 6));
    }

    @Test
    void aByteOrderMarkIsIgnoredAndWindows1252TextIsReadWithAWarning() throws Exception {
        String csv = "Last Updated,10/04/2025\n" + HEADER + "\n"
                + "KALUME,André,,,,,,,,,,,,,,,,,,,,,,,,,,,Individual,Primary name,,Democratic Republic of the Congo,"
                + "02/02/2018,01/02/2018,31/12/2020,13606\n";
        LoadedList withBom = read("bom.csv", ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
        assertThat(withBom.published()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(withBom.warnings()).isEmpty();
        assertThat(withBom.entities().getFirst().primaryName().full()).isEqualTo("André KALUME");

        LoadedList legacy = read("legacy.csv", csv.getBytes(Charset.forName("windows-1252")));
        assertThat(legacy.entities().getFirst().primaryName().full()).isEqualTo("André KALUME");
        assertThat(legacy.warnings())
                .containsExactly(new LoadWarning(
                        "legacy.csv", "line 3", "expected UTF-8 text; the file was read as Windows-1252"));
    }

    @Test
    void utf8TextWithADamagedByteKeepsItsOtherNamesAndSaysWhereTheDamageIs() throws Exception {
        String csv = "Last Updated,10/04/2025\n" + HEADER + "\n"
                + "KALUME,André,,,,,,,,,,,,,,,,,,,,,,,,,,,Individual,Primary name,,Democratic Republic of the Congo,"
                + "02/02/2018,01/02/2018,31/12/2020,13606\n"
                + "NO KWANG CHOL,,,,,,,노광철,,,,,,,,,,,,,,,,,,,,,Individual,Primary name,,Russia,"
                + "24/02/2025,24/02/2025,24/02/2025,16818\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        int e = csv.indexOf("André") + 4; // the first byte of the two-byte "é" (all before it is ASCII)
        bytes[e + 1] = (byte) 'x'; // its second byte is lost
        LoadedList list = read("damaged.csv", bytes);
        assertThat(list.entities())
                .extracting(en -> en.names().getLast().full())
                .containsExactly("Andr\uFFFDx KALUME", "노광철");
        assertThat(list.warnings())
                .containsExactly(LoadWarning.damaged(
                        "damaged.csv",
                        "line 3",
                        "expected UTF-8 text; 1 damaged byte sequence(s) were replaced by U+FFFD"));
        assertThat(list.damage()).isPresent();
    }
}
