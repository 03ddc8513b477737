package dev.embargo.lists.australia;

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
import dev.embargo.lists.model.ListedAsNote;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameCell;
import dev.embargo.lists.model.NameType;
import dev.embargo.lists.model.Source;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real DFAT list (../shared/data/lists/australia-dfat/regulation8_consolidated.xlsx). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AustraliaDfatXlsxReaderTest {
    private Path file;
    private LoadedList list;
    private Map<String, Entity> byId;

    @BeforeAll
    void readRealList() throws ListFormatException {
        file = SharedData.require("data/lists/australia-dfat/regulation8_consolidated.xlsx");
        list = new AustraliaDfatXlsxReader().read(ListFiles.single(ListFormat.AUSTRALIA_DFAT_XLSX, file));
        byId = list.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }

    private Entity entity(String reference) {
        Entity e = byId.get(Source.AU_DFAT.entityId(reference));
        assertThat(e).as(reference).isNotNull();
        return e;
    }

    @Test
    void onePartyPerPrimaryNameWithoutWarnings() {
        assertThat(list.entities()).hasSize(3_062);
        assertThat(byId).hasSize(3_062);
        assertThat(list.warnings()).isEmpty();
        assertThat(list.countByKind())
                .containsExactlyInAnyOrderEntriesOf(Map.of(EntityKind.PERSON, 2_316, EntityKind.ORGANIZATION, 746));
        assertThat(list.entities())
                .allSatisfy(e -> assertThat(e.primaryName().type()).isEqualTo(NameType.PRIMARY));
    }

    /** Read independently of the reader: every name row lands, by its reference, in its party's names. */
    @Test
    void everyNameRowIsAccountedFor() throws Exception {
        int rows = 0;
        List<String> missing = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook wb = new ReadableWorkbook(in);
                Stream<Row> sheet = wb.getFirstSheet().openStream()) {
            Iterator<Row> it = sheet.iterator();
            it.next(); // header
            while (it.hasNext()) {
                Row r = it.next();
                String reference =
                        AustraliaDfatXlsxReader.text(r.getOptionalCell(0).orElse(null));
                String name = AustraliaDfatXlsxReader.text(r.getOptionalCell(1).orElse(null))
                        .replaceAll("\\s+", " ");
                if (reference.isEmpty() && name.isEmpty()) {
                    continue;
                }
                rows++;
                Entity party = byId.get(Source.AU_DFAT.entityId(reference.replaceAll("^(\\d+).*", "$1")));
                // A cell with the UN's "previously listed as" note is filed under the name before it.
                // Any other bracket that says something of the name is read off it (NameCell).
                String noted = ListedAsNote.of(name).map(ListedAsNote::name).orElse(name);
                String filed = party == null
                        ? noted
                        : NameCell.read(Name.alias(noted), party.kind())
                                .map(c -> c.names().getFirst().full())
                                .orElse(noted);
                if (party == null
                        || party.names().stream().noneMatch(n -> n.full().equals(filed))) {
                    missing.add("row " + r.getRowNum() + " " + reference + " " + name);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(rows).isEqualTo(9_553);
        // 20 rows repeat a name (and its type) already given for their party; 3 "previously listed as" notes
        // give the name in Arabic too; two brackets give another name ("Lom-ali Butayev (Butaev)", "Jin Tiesan
        // (金铁三)").
        assertThat(list.nameCount()).isEqualTo(9_553 - 20 + 3 + 2);
    }

    @Test
    void theLoaderRecognisesTheFileAndReadsItWithThisReader() throws Exception {
        LoadedList loaded = dev.embargo.lists.ListLoader.loadFile(file);
        assertThat(loaded.format()).isEqualTo(ListFormat.AUSTRALIA_DFAT_XLSX);
        assertThat(loaded.entities()).hasSize(3_062);
    }

    @Test
    void publishedIsTheLatestControlDate() {
        assertThat(list.published()).isEqualTo(LocalDate.of(2024, 11, 11));
        assertThat(list.entities()).allSatisfy(e -> assertThat(e.published()).isEqualTo(LocalDate.of(2024, 11, 11)));
    }

    @Test
    void dprkPartiesByCommittee() {
        long un1718 = list.entities().stream()
                .filter(e -> e.programs().contains("1718 (DPRK)"))
                .count();
        long autonomous = list.entities().stream()
                .filter(e -> e.programs().contains("Autonomous (DPRK)"))
                .count();
        long dprk = list.entities().stream()
                .filter(e ->
                        e.programs().contains("1718 (DPRK)") || e.programs().contains("Autonomous (DPRK)"))
                .count();
        assertThat(un1718).isEqualTo(155);
        assertThat(autonomous).isEqualTo(56);
        assertThat(dprk).isEqualTo(211);
        assertThat(list.entities().stream()
                        .filter(e -> e.countries().contains("KP"))
                        .count())
                .isEqualTo(211);
    }

    @Test
    void aDprkBankOfficialWithAliasesDateOfBirthAndPassport() {
        Entity ra = entity("2563");
        assertThat(ra.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(ra.names())
                .extracting(Name::full)
                .containsExactly(
                        "RA KY'ONG-SU",
                        "Ra Kyung-Su",
                        "Chang Myong Ho",
                        "Chang Myo’ng-Ho",
                        "Chang Myong-Ho",
                        "Ra Kyong-Su");
        // A typed date cell (serial 19879).
        assertThat(ra.birthDates()).singleElement().satisfies(d -> {
            assertThat(d.precision()).isEqualTo(DatePrecision.DAY);
            assertThat(d.earliest()).isEqualTo(LocalDate.of(1954, 6, 4));
        });
        assertThat(ra.citizenships()).containsExactly("KP");
        assertThat(ra.identifiers())
                .containsExactly(new Identifier(IdentifierType.PASSPORT, "645120196", "KP", null, "Passport no"));
        assertThat(ra.programs()).containsExactly("1718 (DPRK)");
        assertThat(ra.listedOn()).isEqualTo(LocalDate.of(2013, 1, 22));
    }

    @Test
    void anOriginalScriptNameStaysAsWritten() {
        Entity e = entity("3558");
        assertThat(e.names())
                .extracting(Name::full, Name::type, Name::script)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Chang An Shipping & Technology", NameType.PRIMARY, "Latn"),
                        org.assertj.core.groups.Tuple.tuple("長安海連技術有限公司", NameType.ORIGINAL_SCRIPT, "Hani"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Chang An Shipping and Technology", NameType.ALIAS, "Latn"));
        assertThat(e.addresses())
                .singleElement()
                .satisfies(
                        a -> assertThat(a.full())
                                .isEqualTo(
                                        "Room 2105, DL1849, Trend Centre, 29-31 Cheung Lee Street, Chai Wan, Hong Kong, China"));
    }

    @Test
    void imoNumbersOfShippingCompaniesAreIdentifiers() {
        assertThat(entity("3559").identifiers())
                .containsExactly(new Identifier(IdentifierType.IMO, "5571322", null, null, "IMO number"));
        assertThat(entity("2947").identifiers()).extracting(Identifier::value).contains("1790183");
        assertThat(entity("7964").identifiers()).extracting(Identifier::value).containsExactly("6183435");
        assertThat(list.entities().stream()
                        .filter(e -> e.identifiers().stream().anyMatch(i -> i.type() == IdentifierType.IMO)))
                .hasSize(20)
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(EntityKind.ORGANIZATION));
        // This copy lists no vessel as such: every Type is Individual or Entity.
        assertThat(list.countByKind()).doesNotContainKey(EntityKind.VESSEL);
    }

    @Test
    void approximateRangesOfYearsFromALetteredCell() {
        // "a) Approximately 1955- 1958 b) Approximately 1945-1950"
        Entity akhund = entity("2");
        assertThat(akhund.birthDates())
                .extracting(ListedDate::asListed)
                .containsExactly("Approximately 1955- 1958", "Approximately 1945-1950");
        assertThat(akhund.birthDates()).allSatisfy(d -> {
            assertThat(d.circa()).isTrue();
            assertThat(d.precision()).isEqualTo(DatePrecision.RANGE);
        });
        assertThat(akhund.birthDates().getFirst().earliest()).isEqualTo(LocalDate.of(1955, 1, 1));
        assertThat(akhund.birthDates().getFirst().latest()).isEqualTo(LocalDate.of(1958, 12, 31));
        assertThat(akhund.names()).extracting(Name::type).containsExactly(NameType.PRIMARY, NameType.ORIGINAL_SCRIPT);
        assertThat(akhund.citizenships()).containsExactly("AF");
        assertThat(akhund.listedOn()).isEqualTo(LocalDate.of(2001, 1, 25));
    }

    @Test
    void aHijriDateIsNotReadAsGregorianButKeptInTheRemarks() {
        Entity e = list.entities().stream()
                .filter(x -> x.remarks() != null && x.remarks().contains("(Hijri Calendar)"))
                .findFirst()
                .orElseThrow();
        assertThat(e.birthDates()).extracting(ListedDate::iso).containsExactly("1982-04-19", "1982-04-18");
        assertThat(e.remarks()).contains("Date of birth as listed: a) 19 Apr. 1982");
    }

    @Test
    void twoCitizenshipsInOneCell() {
        // "Russian and Ukrainian"
        Entity bezler = entity("2974");
        assertThat(bezler.primaryName().full()).isEqualTo("Igor Mykolaiovych BEZLER");
        assertThat(bezler.citizenships()).containsExactly("RU", "UA");
        assertThat(bezler.birthPlaces()).containsExactly("Simferopol, Crimea, Ukraine");
    }
}
