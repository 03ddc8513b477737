package dev.embargo.lists.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.DatePrecision;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameQuality;
import dev.embargo.lists.model.NameType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written UN list files for the edge cases the real files have once or not at all. */
class UnXmlReaderFixtureTest {
    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <CONSOLIDATED_LIST dateGenerated="2025-01-02T23:59:00.000Z">
            """;
    private static final String TAIL = "</CONSOLIDATED_LIST>\n";

    @TempDir
    Path dir;

    private LoadedList read(String xml) throws IOException, ListFormatException {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private LoadedList read(byte[] bytes) throws IOException, ListFormatException {
        Path file = dir.resolve("consolidated.xml");
        Files.write(file, bytes);
        return new UnXmlReader().read(ListFiles.single(ListFormat.UN_XML, file));
    }

    private static String individuals(String... records) {
        return HEAD + "<INDIVIDUALS>\n" + String.join("", records) + "</INDIVIDUALS>\n" + TAIL;
    }

    private static String person(String reference, String first, String inner) {
        return "<INDIVIDUAL>\n<FIRST_NAME>" + first + "</FIRST_NAME>\n<UN_LIST_TYPE>DPRK</UN_LIST_TYPE>\n"
                + (reference == null ? "" : "<REFERENCE_NUMBER>" + reference + "</REFERENCE_NUMBER>\n")
                + "<LISTED_ON>2017-08-05</LISTED_ON>\n" + inner + "</INDIVIDUAL>\n";
    }

    private static Entity only(LoadedList list) {
        assertThat(list.entities()).hasSize(1);
        return list.entities().getFirst();
    }

    private static List<String> messages(LoadedList list) {
        return list.warnings().stream().map(LoadWarning::toString).toList();
    }

    @Test
    void emptyAliasesAreSkippedAndQualitiesMapToStrongWeakAndFormer() throws Exception {
        Entity e = only(read(individuals(person("KPi.900", "KIM", """
                <SECOND_NAME>CHOL</SECOND_NAME><THIRD_NAME> SU  </THIRD_NAME>
                <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Kim Chol-su</ALIAS_NAME></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Uncle</ALIAS_NAME></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>Old Kim</ALIAS_NAME></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>   </ALIAS_NAME></INDIVIDUAL_ALIAS>
                <NAME_ORIGINAL_SCRIPT>김철수</NAME_ORIGINAL_SCRIPT>
                """))));
        assertThat(e.names())
                .containsExactly(
                        Name.primary("KIM CHOL SU"),
                        new Name("김철수", NameType.ORIGINAL_SCRIPT, NameQuality.STRONG, "Hang"),
                        Name.of("Kim Chol-su", NameType.ALIAS, NameQuality.STRONG),
                        Name.of("Uncle", NameType.ALIAS, NameQuality.WEAK),
                        Name.of("Old Kim", NameType.FORMER, NameQuality.STRONG));
        assertThat(e.id()).isEqualTo("un:KPi.900");
    }

    @Test
    void anAliasQualityNotKnownIsReadAsStrongAndReported() throws Exception {
        LoadedList list = read(individuals(person("KPi.901", "PAK", """
                <INDIVIDUAL_ALIAS><QUALITY>Medium</QUALITY><ALIAS_NAME>Park</ALIAS_NAME></INDIVIDUAL_ALIAS>
                """)));
        assertThat(only(list).names()).contains(Name.alias("Park"));
        assertThat(messages(list)).anySatisfy(m -> assertThat(m).contains("\"Medium\" (1)"));
    }

    @Test
    void datesOfBirthOfEveryType() throws Exception {
        Entity e = only(read(individuals(person("KPi.902", "RI", """
                <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1960</FROM_YEAR>
                  <TO_YEAR>1962</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
                <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><YEAR>1955</YEAR>
                  </INDIVIDUAL_DATE_OF_BIRTH>
                <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1958-02-22</DATE>
                  </INDIVIDUAL_DATE_OF_BIRTH>
                <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>1970</YEAR></INDIVIDUAL_DATE_OF_BIRTH>
                <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE/></INDIVIDUAL_DATE_OF_BIRTH>
                <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1990</FROM_YEAR>
                  <TO_YEAR>1980</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
                <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><NOTE>30-35 years old</NOTE>
                  </INDIVIDUAL_DATE_OF_BIRTH>
                """))));
        assertThat(e.birthDates())
                .containsExactly(
                        new ListedDate(
                                "between 1960 and 1962",
                                LocalDate.of(1960, 1, 1),
                                LocalDate.of(1962, 12, 31),
                                DatePrecision.RANGE,
                                false),
                        ListedDate.year("approximately 1955", 1955).withCirca(true),
                        ListedDate.day("1958-02-22", LocalDate.of(1958, 2, 22)),
                        ListedDate.year("1970", 1970));
        // A range that ends before it starts and a note that is no date are kept as words, not dropped.
        assertThat(e.remarks()).isEqualTo("Date of birth as listed: 1990 to 1980. Date of birth: 30-35 years old.");
    }

    @Test
    void aRecordWithoutReferenceNumberIsSkippedWithItsLineAndTheOthersLoad() throws Exception {
        LoadedList list = read(individuals(
                person("KPi.903", "ONE", ""), person(null, "NAMELESS ONE", ""), person("KPi.904", "THREE", "")));
        assertThat(UnXmlReaderRealFileTest.ids(list)).containsExactly("un:KPi.903", "un:KPi.904");
        assertThat(list.warnings()).first().satisfies(w -> {
            assertThat(w.file()).endsWith("consolidated.xml");
            assertThat(w.place()).isEqualTo("line 10, INDIVIDUAL");
            assertThat(w.message())
                    .isEqualTo("expected a REFERENCE_NUMBER, the id every UN entry is known by;"
                            + " this record (NAMELESS ONE) has none and is skipped");
        });
        assertThat(messages(list)).anySatisfy(m -> assertThat(m).contains("1 of 3 records could not be read"));
    }

    @Test
    void anEmptyRecordAndOneWithoutAnyNameAreSkippedWithTheReason() throws Exception {
        LoadedList list = read(individuals(
                "<INDIVIDUAL/>\n",
                "<INDIVIDUAL><REFERENCE_NUMBER>KPi.921</REFERENCE_NUMBER></INDIVIDUAL>\n",
                person("KPi.922", "X", "")));
        assertThat(UnXmlReaderRealFileTest.ids(list)).containsExactly("un:KPi.922");
        assertThat(list.warnings())
                .extracting(LoadWarning::place, LoadWarning::message)
                .startsWith(
                        tuple(
                                "line 4, INDIVIDUAL",
                                "expected a REFERENCE_NUMBER, the id every UN entry is known by; this"
                                        + " record has none and is skipped"),
                        tuple(
                                "line 5, INDIVIDUAL",
                                "expected a name in FIRST_NAME .. FOURTH_NAME, NAME_ORIGINAL_SCRIPT or"
                                        + " an alias; this record has none and is skipped"));
    }

    @Test
    void theLastRecordMissingItsEndTagIsSkippedWithoutCallingTheFileCutOff() throws Exception {
        String xml = individuals(
                person("KPi.923", "KEPT", ""), person("KPi.924", "LOST", "").replace("</INDIVIDUAL>", ""));
        LoadedList list = read(xml);
        assertThat(UnXmlReaderRealFileTest.ids(list)).containsExactly("un:KPi.923");
        assertThat(messages(list))
                .anySatisfy(
                        m -> assertThat(m)
                                .contains(
                                        "line 10, INDIVIDUAL KPi.924: no </INDIVIDUAL> before the end of the list; record skipped"));
        assertThat(messages(list)).noneSatisfy(m -> assertThat(m).contains("cut off"));
    }

    @Test
    void aFileCutOffInsideItsLastRecordSaysSo() throws Exception {
        String xml = individuals(person("KPi.925", "KEPT", ""), person("KPi.926", "CUT", ""));
        LoadedList list = read(xml.substring(0, xml.indexOf("CUT")));
        assertThat(UnXmlReaderRealFileTest.ids(list)).containsExactly("un:KPi.925");
        assertThat(list.warnings())
                .extracting(LoadWarning::place, LoadWarning::message)
                .contains(
                        tuple(
                                "line 10, INDIVIDUAL",
                                "the file ends inside this record (it is cut off); record dropped"),
                        tuple(
                                "line 11 (end of file)",
                                "expected </CONSOLIDATED_LIST> at the end: the file is cut off;"
                                        + " the 1 complete records before the cut were loaded"));
    }

    @Test
    void aFileWhoseOnlyRecordsAreBrokenIsRejected() {
        assertThatThrownBy(() -> read(individuals(person("KPi.927", "A", "<X>a<B@</X>\n"))))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("consolidated.xml: line 9, column")
                .hasMessageContaining("expected INDIVIDUAL or ENTITY records of the UN consolidated list, but none"
                        + " could be read");
    }

    @Test
    void elementsOutsideRecordsAreReportedToo() throws Exception {
        LoadedList list = read(individuals(person("KPi.928", "X", ""))
                .replace("<INDIVIDUALS>", "<NOTICE>list under review</NOTICE>\n<INDIVIDUALS>"));
        assertThat(list.entities()).hasSize(1);
        assertThat(messages(list))
                .singleElement()
                .asString()
                .contains("line 3: element NOTICE (outside any record)"
                        + " is not part of the UN list format as known; its content (1×) was not read");
    }

    @Test
    void aReferenceNumberRepeatedIsReportedAndTheLaterRecordSkipped() throws Exception {
        LoadedList list = read(individuals(person("KPi.905", "FIRST", ""), person(" KPi.905\n", "SECOND", "")));
        assertThat(only(list).primaryName().full()).isEqualTo("FIRST");
        assertThat(list.warnings()).first().satisfies(w -> {
            assertThat(w.place()).isEqualTo("line 10, INDIVIDUAL KPi.905");
            assertThat(w.message()).contains("expected a unique REFERENCE_NUMBER");
        });
    }

    @Test
    void referenceNumbersLoseSurroundingWhitespaceOnly() throws Exception {
        Entity e = only(read(individuals(person("  QDi.001.  ", "X", ""))));
        assertThat(e.id()).isEqualTo("un:QDi.001.");
    }

    @Test
    void aFileOfAnotherListIsRejectedNamingFileLineAndRootElement() throws IOException {
        Path file = dir.resolve("sdn.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<sdnList><publshInformation/></sdnList>\n");
        assertThatThrownBy(() -> new UnXmlReader().read(ListFiles.single(ListFormat.UN_XML, file)))
                .isInstanceOf(ListFormatException.class)
                .hasMessage(file + ": line 2: expected root element CONSOLIDATED_LIST (the UN Security Council"
                        + " Consolidated List), found <sdnList>");
    }

    @Test
    void textThatIsNoXmlAndAnEmptyFileAreRejected() {
        assertThatThrownBy(() -> read("ent_num,SDN_Name\n1,\"X\"\n"))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("consolidated.xml: line 1, column 1: expected an XML document whose root"
                        + " element is CONSOLIDATED_LIST");
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("consolidated.xml")
                .hasMessageContaining("CONSOLIDATED_LIST");
    }

    @Test
    void aBrokenRecordIsSkippedNamingLineAndReferenceAndItsNeighboursLoad() throws Exception {
        LoadedList list = read(individuals(
                person("KPi.906", "BEFORE", ""),
                person("KPi.907", "BROKEN", "<INDIVIDUAL_ALIAS><ALIAS_NAME>x<CEB0@)</ALIAS_NAME></INDIVIDUAL_ALIAS>\n"),
                person("KPi.908", "AFTER", "")));
        assertThat(UnXmlReaderRealFileTest.ids(list)).containsExactly("un:KPi.906", "un:KPi.908");
        assertThat(messages(list))
                .anySatisfy(m -> assertThat(m)
                        .contains(
                                "consolidated.xml: line 10, INDIVIDUAL KPi.907: not well-formed XML at line 15, column 37")
                        .endsWith("record skipped"));
    }

    @Test
    void aRecordWhoseEndTagIsLostIsSkippedAndTheNextOneStillLoads() throws Exception {
        String lost = person("KPi.909", "LOST", "").replace("</INDIVIDUAL>", "");
        LoadedList list = read(individuals(person("KPi.910", "BEFORE", ""), lost, person("KPi.911", "AFTER", "")));
        assertThat(UnXmlReaderRealFileTest.ids(list)).containsExactly("un:KPi.910", "un:KPi.911");
        assertThat(messages(list))
                .anySatisfy(
                        m -> assertThat(m)
                                .contains(
                                        "line 10, INDIVIDUAL KPi.909: no </INDIVIDUAL> before the next record starts at line 16"));
    }

    @Test
    void bytesThatAreNotUtf8AndForbiddenControlCharactersAreRepairedAndReported() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String xml = individuals(person("KPi.912", "J@R@ME", "<COMMENTS1>Lord\u0019s army</COMMENTS1>\n"));
        byte[] utf8 = xml.getBytes(StandardCharsets.UTF_8);
        for (byte b : utf8) {
            // Latin-1 é where UTF-8 was declared.
            bytes.write(b == '@' ? 0xE9 : b);
        }
        LoadedList list = read(bytes.toByteArray());
        Entity e = only(list);
        assertThat(e.primaryName().full()).isEqualTo("J\uFFFDR\uFFFDME");
        assertThat(e.remarks()).isEqualTo("Lords army");
        assertThat(messages(list))
                .containsExactly(
                        list.warnings().getFirst().file()
                                + ": line 5: expected UTF-8 text as declared; 2 byte sequences"
                                + " are not, each was replaced by U+FFFD, so names and remarks on those lines are damaged",
                        list.warnings().getFirst().file() + ": line 9: 1 control characters that XML 1.0 forbids were"
                                + " dropped");
    }

    @Test
    void aDeclaredSingleByteEncodingIsHonoured() throws Exception {
        String xml = individuals(person("KPi.913", "J@R@ME", "")).replace("UTF-8", "windows-1252");
        byte[] bytes = xml.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '@') {
                bytes[i] = (byte) 0xC9;
            }
        }
        LoadedList list = read(bytes);
        assertThat(only(list).primaryName().full()).isEqualTo("JÉRÉME");
        assertThat(list.warnings()).isEmpty();
    }

    @Test
    void strayLessThanAndAmpersandInTextAreReadAsTheTextTheyAre() throws Exception {
        LoadedList list = read(individuals(person("KPi.914", "A<1 &amp; B & C", "")));
        assertThat(only(list).primaryName().full()).isEqualTo("A<1 & B & C");
        assertThat(messages(list))
                .singleElement()
                .asString()
                .endsWith("line 5: 2 '<' or '&' characters that start no tag or reference were read as text");
    }

    @Test
    void elementsNotInTheFormatAreReportedNotSilentlyDropped() throws Exception {
        LoadedList list = read(individuals(person("KPi.915", "X", """
                <COMMENTS2>second comment</COMMENTS2>
                <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Y</ALIAS_NAME><SCRIPT>Latin</SCRIPT>
                </INDIVIDUAL_ALIAS>
                <SORT_KEY/>
                """)));
        assertThat(list.warnings())
                .extracting(LoadWarning::place, LoadWarning::message)
                .containsExactly(
                        tuple(
                                "line 9",
                                "element INDIVIDUAL/COMMENTS2 is not part of the UN list format as known; its"
                                        + " content (1×) was not read"),
                        tuple(
                                "line 10",
                                "element INDIVIDUAL/INDIVIDUAL_ALIAS/SCRIPT is not part of the UN list format as"
                                        + " known; its content (1×) was not read"));
    }

    @Test
    void entitiesWithIdentifiersInRemarksAndLinksToRecordsTheyName() throws Exception {
        String xml = HEAD + """
                <INDIVIDUALS>
                <INDIVIDUAL><FIRST_NAME>KANG</FIRST_NAME><SECOND_NAME>MYONG CHOL</SECOND_NAME>
                <REFERENCE_NUMBER>KPi.916</REFERENCE_NUMBER>
                <COMMENTS1>Works for Ocean Shipping (KPe.917) and for KPe.999, which is not listed.</COMMENTS1>
                </INDIVIDUAL>
                </INDIVIDUALS>
                <ENTITIES>
                <ENTITY><FIRST_NAME>OCEAN SHIPPING CO</FIRST_NAME><REFERENCE_NUMBER>KPe.917 </REFERENCE_NUMBER>
                <UN_LIST_TYPE>DPRK</UN_LIST_TYPE><LISTED_ON>2015-04-07-04:00</LISTED_ON>
                <COMMENTS1>Owner of a tanker. IMO number: 5571322. SWIFT/BIC: KDBKKPPY. Email: a.b@star-co.net.kp.
                  Managed by KANG MYONG CHOL (KPi.916).</COMMENTS1>
                <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>OSC</ALIAS_NAME>
                  <NOTE>in Arabic script: شركة</NOTE></ENTITY_ALIAS>
                <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME/><NOTE>vessel IMO 9123456</NOTE></ENTITY_ALIAS>
                <ENTITY_ADDRESS><STREET>Sosong Street</STREET><CITY>Pyongyang</CITY><ZIP_CODE>123</ZIP_CODE>
                  <COUNTRY>Democratic People's Republic of Korea</COUNTRY><NOTE>as of 2018</NOTE></ENTITY_ADDRESS>
                <ENTITY_ADDRESS><COUNTRY>Atlantis</COUNTRY></ENTITY_ADDRESS>
                <ENTITY_ADDRESS><COUNTRY/></ENTITY_ADDRESS>
                </ENTITY>
                </ENTITIES>
                """ + TAIL;
        LoadedList list = read(xml);
        assertThat(list.published()).isEqualTo(LocalDate.of(2025, 1, 2));
        Entity person = list.entities().get(0);
        Entity company = list.entities().get(1);
        assertThat(person.links())
                .containsExactly(new Link("OCEAN SHIPPING CO", "un:KPe.917", "named in the list's comments"));
        assertThat(company.links())
                .containsExactly(new Link("KANG MYONG CHOL", "un:KPi.916", "named in the list's comments"));
        assertThat(company.id()).isEqualTo("un:KPe.917");
        assertThat(company.listedOn()).isEqualTo(LocalDate.of(2015, 4, 7));
        assertThat(company.countries()).containsExactly("KP");
        assertThat(company.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.IMO, "9123456", null, null, "IMO number"),
                        new Identifier(IdentifierType.IMO, "5571322", null, null, "IMO number"),
                        new Identifier(IdentifierType.SWIFT_BIC, "KDBKKPPY", null, null, "SWIFT/BIC"),
                        new Identifier(IdentifierType.EMAIL, "a.b@star-co.net.kp", null, null, "Email"));
        assertThat(company.names())
                .containsExactly(
                        Name.primary("OCEAN SHIPPING CO"),
                        Name.alias("OSC"),
                        Name.of("شركة", NameType.ORIGINAL_SCRIPT, NameQuality.STRONG));
        assertThat(company.addresses())
                .containsExactly(
                        new Address(
                                "Sosong Street, Pyongyang, 123, Democratic People's Republic of Korea (as of 2018)",
                                "Sosong Street",
                                "Pyongyang",
                                null,
                                "123",
                                "KP"),
                        new Address("Atlantis", null, null, null, null, null));
        assertThat(company.remarks()).endsWith("Alias OSC: in Arabic script: شركة. Alias note: vessel IMO 9123456.");
        assertThat(messages(list)).singleElement().asString().contains("\"Atlantis\" (1)");
    }

    @Test
    void documentsOfEveryKind() throws Exception {
        Entity e = only(read(individuals(person("KPi.918", "X", """
                <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER> 654160083 </NUMBER>
                  <ISSUING_COUNTRY>Democratic People's Republic of Korea</ISSUING_COUNTRY>
                  <DATE_OF_ISSUE>2011-02-04</DATE_OF_ISSUE><CITY_OF_ISSUE>Pyongyang</CITY_OF_ISSUE>
                  <NOTE>expires 2016</NOTE></INDIVIDUAL_DOCUMENT>
                <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification Number</TYPE_OF_DOCUMENT>
                  <TYPE_OF_DOCUMENT2>Ration card number:</TYPE_OF_DOCUMENT2><NUMBER>0094195</NUMBER>
                  <COUNTRY_OF_ISSUE>Iraq</COUNTRY_OF_ISSUE></INDIVIDUAL_DOCUMENT>
                <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Número de pasaporte</TYPE_OF_DOCUMENT><NUMBER>A1</NUMBER>
                  </INDIVIDUAL_DOCUMENT>
                <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification
                  </TYPE_OF_DOCUMENT><NUMBER>77</NUMBER></INDIVIDUAL_DOCUMENT>
                <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT>
                  <NOTE>Libyan passport number 347834</NOTE></INDIVIDUAL_DOCUMENT>
                <INDIVIDUAL_DOCUMENT/>
                """))));
        assertThat(e.identifiers())
                .containsExactly(
                        new Identifier(IdentifierType.PASSPORT, "654160083", "KP", null, "Passport"),
                        new Identifier(IdentifierType.OTHER, "0094195", "IQ", null, "Ration card number"),
                        new Identifier(IdentifierType.PASSPORT, "A1", null, null, "Número de pasaporte"),
                        new Identifier(IdentifierType.NATIONAL_ID, "77", null, null, "National Identification"));
        // What has no field of its own stays readable in the remarks; a document without NUMBER too.
        assertThat(e.remarks())
                .isEqualTo("Passport 654160083: issued 2011-02-04 in Pyongyang; expires 2016."
                        + " Passport: Libyan passport number 347834.");
    }

    @Test
    void personalFactsNationalityGenderTitlesPlacesOfBirth() throws Exception {
        Entity e = only(read(individuals(person("KPi.919", "CHOE", """
                <GENDER>Female</GENDER>
                <TITLE><VALUE>Dr.</VALUE><VALUE/></TITLE>
                <DESIGNATION><VALUE>Director of
                   Bureau 39</VALUE></DESIGNATION>
                <NATIONALITY><VALUE>Democratic People's Republic of Korea</VALUE><VALUE>former Soviet Union</VALUE>
                  </NATIONALITY>
                <INDIVIDUAL_PLACE_OF_BIRTH><CITY>Hamhung</CITY><STATE_PROVINCE>South Hamgyong</STATE_PROVINCE>
                  <COUNTRY>Democratic People's Republic of Korea</COUNTRY></INDIVIDUAL_PLACE_OF_BIRTH>
                <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Choe Son</ALIAS_NAME>
                  <DATE_OF_BIRTH>1961-03-04</DATE_OF_BIRTH><CITY_OF_BIRTH>Kaesong</CITY_OF_BIRTH>
                  <NOTE>previously listed as</NOTE></INDIVIDUAL_ALIAS>
                <INDIVIDUAL_ADDRESS><COUNTRY/></INDIVIDUAL_ADDRESS>
                """))));
        assertThat(e.gender()).isEqualTo("female");
        assertThat(e.titles()).containsExactly("Dr.", "Director of Bureau 39");
        assertThat(e.nationalities()).containsExactly("KP");
        assertThat(e.birthPlaces())
                .containsExactly("Hamhung, South Hamgyong, Democratic People's Republic of Korea", "Kaesong");
        assertThat(e.birthDates()).containsExactly(ListedDate.day("1961-03-04", LocalDate.of(1961, 3, 4)));
        assertThat(e.addresses()).isEmpty();
        assertThat(e.programs()).containsExactly("DPRK");
        assertThat(e.remarks()).isEqualTo("Alias Choe Son: previously listed as.");
    }

    @Test
    void aDamagedNamespaceDeclarationDoesNotMatterToAFormatWithoutNamespaces() throws Exception {
        LoadedList list = read(individuals(person("KPi.929", "X", ""))
                .replace(
                        "<CONSOLIDATED_LIST ",
                        "<CONSOLIDATED_LIST xmlns:xs=\"http://www.w3.org/2001/XMLSchema-instance\""
                                + " xsi:noNamespaceSchemaLocation=\"sc-sanctions.xsd\" "));
        assertThat(only(list).id()).isEqualTo("un:KPi.929");
        assertThat(list.published()).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void aMissingPublicationDateIsReportedAndTheListStillLoads() throws Exception {
        LoadedList list = read(
                individuals(person("KPi.920", "X", "")).replace(" dateGenerated=\"2025-01-02T23:59:00.000Z\"", ""));
        assertThat(list.published()).isNull();
        assertThat(list.entities()).hasSize(1);
        assertThat(list.warnings()).singleElement().satisfies(w -> {
            assertThat(w.place()).isEqualTo("line 2");
            assertThat(w.message()).startsWith("expected the publication date in CONSOLIDATED_LIST/@dateGenerated");
        });
    }
}
