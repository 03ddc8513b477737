package dev.embargo.lists.canada;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small hand-written SEMA files for the edge cases and error messages. */
class CanadaSemaXmlFixturesTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<data-set>\n";
    private static final String PERSON = """
            <record>
            <Country>Belarus / Bélarus</Country>
            <LastName>Lukashenko</LastName>
            <GivenName>Aleksandr Grigoryevich</GivenName>
            <DateOfBirthOrShipBuildDate>1954-08-30</DateOfBirthOrShipBuildDate>
            <Schedule>1, Part 1</Schedule>
            <Item>8</Item>
            <DateOfListing>2020-09-28</DateOfListing>
            </record>
            """;

    @TempDir
    Path dir;

    private Path write(String content) throws IOException {
        Path file = dir.resolve("sema.xml");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private LoadedList read(String content) throws Exception {
        return new CanadaSemaXmlReader().read(ListFiles.single(ListFormat.CANADA_SEMA_XML, write(content)));
    }

    @Test
    void aRecordWithoutItemIsSkippedWithAWarningNamingItsLine() throws Exception {
        LoadedList list = read(HEAD + PERSON + """
                <record>
                <Country>Russia / Russie</Country>
                <EntityOrShip>Nameless Item Ltd</EntityOrShip>
                <DateOfListing>2022-03-01</DateOfListing>
                </record>
                </data-set>
                """);
        assertThat(list.entities()).extracting(Entity::id).containsExactly("ca-sema:belarus/1-part-1/8");
        assertThat(list.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("sema.xml");
            assertThat(w.place()).isEqualTo("line 12 <record>");
            assertThat(w.message()).contains("expected <Country> and <Item>");
        });
    }

    @Test
    void aRecordWithoutAnyNameIsSkippedWithAWarning() throws Exception {
        LoadedList list = read(HEAD + PERSON + """
                <record><Country>Iran</Country><Item>3</Item><Aliases>only an alias</Aliases></record>
                </data-set>""");
        assertThat(list.entities()).hasSize(1);
        assertThat(list.warnings())
                .extracting(LoadWarning::message)
                .singleElement()
                .asString()
                .contains("expected a name");
    }

    @Test
    void aRepeatedReferenceKeepsBothEntriesAndSaysSo() throws Exception {
        LoadedList list = read(HEAD + PERSON + PERSON.replace("Aleksandr Grigoryevich", "Viktor") + "</data-set>");
        assertThat(list.entities())
                .extracting(Entity::id)
                .containsExactly("ca-sema:belarus/1-part-1/8", "ca-sema:belarus/1-part-1/8~2");
        assertThat(list.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.message())
                        .contains("belarus/1-part-1/8 is repeated, read as belarus/1-part-1/8~2"));
    }

    @Test
    void unknownElementsAreReportedOnceAndIgnored() throws Exception {
        LoadedList list = read(HEAD + PERSON.replace("<Item>", "<Remark>new field</Remark><Item>")
                + PERSON.replace("<Item>8", "<Remark>again</Remark><Item>9") + "</data-set>");
        assertThat(list.entities()).hasSize(2);
        assertThat(list.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("<Remark> is not a known SEMA field"));
    }

    @Test
    void anEntityWithoutScheduleGetsRegimeAndItemAsId() throws Exception {
        LoadedList list = read(HEAD + """
                <record><Country>Venezuela </Country><EntityOrShip>Some Agency</EntityOrShip>
                <Item>12</Item><DateOfListing>2018-05-30</DateOfListing></record></data-set>""");
        Entity e = list.entities().getFirst();
        assertThat(e.id()).isEqualTo("ca-sema:venezuela/12");
        assertThat(e.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(e.countries()).containsExactly("VE");
        assertThat(list.published()).isEqualTo(java.time.LocalDate.of(2018, 5, 30));
    }

    @Test
    void aFileThatIsNotXmlFailsNamingFileAndPlace() throws Exception {
        Path file = write("Country,LastName\nBelarus,Lukashenko\n");
        assertThatThrownBy(() -> new CanadaSemaXmlReader().read(ListFiles.single(ListFormat.CANADA_SEMA_XML, file)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("sema.xml")
                .hasMessageContaining("line 1")
                .hasMessageContaining("expected well-formed XML of the SEMA list");
    }

    @Test
    void anotherXmlRootIsNotTheSemaList() {
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>"))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("sema.xml: line 2")
                .hasMessageContaining(
                        "expected the root element <data-set> of the SEMA list, found <CONSOLIDATED_LIST>");
    }

    @Test
    void aTruncatedFileFailsWithTheLineWhereItBroke() {
        String whole = HEAD + PERSON + PERSON;
        assertThatThrownBy(() -> read(whole.substring(0, whole.length() - 60)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("sema.xml: line ")
                .hasMessageContaining("expected well-formed XML");
    }

    @Test
    void bytesThatAreNotUtf8FailNearTheirLine() throws Exception {
        byte[] good = (HEAD + PERSON + "</data-set>").getBytes(StandardCharsets.UTF_8);
        String text = new String(good, StandardCharsets.UTF_8);
        int at = text.indexOf("Lukashenko");
        byte[] bad = good.clone();
        bad[text.substring(0, at).getBytes(StandardCharsets.UTF_8).length] =
                (byte) 0xC3; // a lead byte without follower
        Path file = dir.resolve("sema.xml");
        Files.write(file, bad);
        assertThatThrownBy(() -> new CanadaSemaXmlReader().read(ListFiles.single(ListFormat.CANADA_SEMA_XML, file)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("sema.xml: near line 4")
                .hasMessageContaining("expected UTF-8 text, the encoding of the SEMA list");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        Path file = dir.resolve("sema.xml");
        byte[] body = (HEAD + PERSON + "</data-set>").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
        assertThat(new CanadaSemaXmlReader()
                        .read(ListFiles.single(ListFormat.CANADA_SEMA_XML, file))
                        .entities())
                .hasSize(1);
    }

    @Test
    void aDataSetWithoutRecordsIsAnErrorNotAnEmptyList() {
        // An empty list would silently clear every Canadian entry from screening.
        assertThatThrownBy(() -> read(HEAD + "</data-set>"))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("expected at least one <record> element");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE data-set [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<data-set>" + PERSON.replace("Lukashenko", "&x;") + "</data-set>";
        try {
            LoadedList list = read(xml);
            assertThat(list.entities()).noneMatch(e -> e.primaryName().full().contains("TOP-SECRET"));
        } catch (ListFormatException refused) {
            assertThat(refused).hasMessageContaining("sema.xml");
        }
    }
}
