package dev.embargo.lists.australia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.NameType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made DFAT workbooks for edge cases and error messages. */
class AustraliaDfatXlsxFixturesTest {
    @TempDir
    Path dir;

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private Path workbook(List<Object>... dataRows) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(XlsxFixture.HEADER);
        rows.addAll(List.of(dataRows));
        Path file = dir.resolve("dfat.xlsx");
        XlsxFixture.write(file, rows);
        return file;
    }

    private static LoadedList read(Path file) throws ListFormatException {
        return new AustraliaDfatXlsxReader().read(ListFiles.single(ListFormat.AUSTRALIA_DFAT_XLSX, file));
    }

    @Test
    void aliasRowsJoinTheirPrimaryWhereverTheyStand() throws Exception {
        LoadedList list = read(workbook(
                row(
                        7,
                        "KIM Il",
                        "Individual",
                        "Primary Name",
                        23861,
                        null,
                        "DPRK",
                        null,
                        null,
                        null,
                        "1718 (DPRK)",
                        45607),
                row(
                        8,
                        "Other Co",
                        "Entity",
                        "Primary Name",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Autonomous (Iran)",
                        45000),
                row(
                        "7a",
                        "Kim Il-sung",
                        "Individual",
                        "aka",
                        23861,
                        null,
                        "DPRK",
                        null,
                        null,
                        null,
                        "1718 (DPRK)",
                        45607),
                row(
                        "7b",
                        "김일",
                        "Individual",
                        "Original Script",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "1718 (DPRK)",
                        45607)));
        assertThat(list.entities()).extracting(Entity::id).containsExactly("au-dfat:7", "au-dfat:8");
        Entity kim = list.entities().getFirst();
        assertThat(kim.names())
                .extracting(Name::full, Name::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("KIM Il", NameType.PRIMARY),
                        org.assertj.core.groups.Tuple.tuple("Kim Il-sung", NameType.ALIAS),
                        org.assertj.core.groups.Tuple.tuple("김일", NameType.ORIGINAL_SCRIPT));
        assertThat(kim.birthDates())
                .singleElement()
                .satisfies(d -> assertThat(d.iso()).isEqualTo("1965-04-29"));
        assertThat(kim.citizenships()).containsExactly("KP");
        assertThat(kim.countries()).containsExactly("KP");
        assertThat(list.published()).isEqualTo(LocalDate.of(2024, 11, 11));
        assertThat(list.warnings()).isEmpty();
    }

    @Test
    void aRowWithoutReferenceIsSkippedWithAWarningNamingTheRow() throws Exception {
        LoadedList list = read(workbook(
                row(
                        1,
                        "Good Entity",
                        "Entity",
                        "Primary Name",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "1373 (2001)",
                        45607),
                row(null, "Orphan Name", "Entity", "aka", null, null, null, null, null, null, "1373 (2001)", 45607)));
        assertThat(list.entities()).hasSize(1);
        assertThat(list.warnings()).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("dfat.xlsx");
            assertThat(w.place()).isEqualTo("row 3");
            assertThat(w.message())
                    .contains("expected a Reference")
                    .contains("Orphan Name")
                    .contains("row skipped");
        });
    }

    @Test
    void oddRowsBecomeWarningsAndTheRestLoads() throws Exception {
        LoadedList list = read(workbook(
                row("x12", "Bad Reference", "Entity", "Primary Name"),
                row(3, null, "Entity", "Primary Name"),
                row("4a", "Alias Without Primary", "Entity", "aka"),
                row(5, "Ship Co", "Entity", "Primary Name"),
                row("5a", "ShipCo", "Entity", "Nickname"),
                row(null, null, null, null),
                row(6, "Thing", "Widget", "Primary Name")));
        assertThat(list.entities()).extracting(Entity::id).containsExactly("au-dfat:4", "au-dfat:5", "au-dfat:6");
        assertThat(list.entities().getFirst().primaryName().full()).isEqualTo("Alias Without Primary");
        assertThat(list.entities().get(2).kind()).isEqualTo(EntityKind.OTHER);
        assertThat(list.warnings())
                .extracting(LoadWarning::place, LoadWarning::message)
                .satisfiesExactly(
                        w -> assertThat(w.toList())
                                .containsExactly(
                                        "row 2", "expected a Reference such as 12 or 12a, found \"x12\"; row skipped"),
                        w -> assertThat(w.toList())
                                .containsExactly(
                                        "row 3",
                                        "expected a Name of Individual or Entity for reference 3; row skipped"),
                        w -> assertThat(w.toList())
                                .containsExactly(
                                        "row 4",
                                        "expected a Primary Name row for reference 4; "
                                                + "its first name, \"Alias Without Primary\", is used as the primary name"),
                        w -> assertThat(w.toList())
                                .containsExactly(
                                        "row 6",
                                        "expected Name Type Primary Name, aka or Original Script, found \"Nickname\"; read as an alias"),
                        w -> assertThat(w.toList())
                                .containsExactly(
                                        "row 8",
                                        "expected Type Individual or Entity, found \"Widget\"; read as other"));
    }

    @Test
    void aDamagedZipIsOneErrorNamingTheFile() throws Exception {
        byte[] real = Files.readAllBytes(SharedData.require("data/lists/australia-dfat/regulation8_consolidated.xlsx"));
        byte[] damaged = Arrays.copyOf(real, real.length / 3);
        Path file = dir.resolve("regulation8_consolidated.xlsx");
        Files.write(file, damaged);
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("regulation8_consolidated.xlsx: zip container: "
                        + "expected an XLSX workbook (a zip of sheet XML files)");
    }

    @Test
    void aFileThatIsNoZipAtAllIsRejected() throws Exception {
        Path file = dir.resolve("dfat.xlsx");
        Files.writeString(file, "Reference,Name of Individual or Entity\n1,Someone\n");
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("dfat.xlsx: zip container: expected an XLSX workbook");
    }

    @Test
    void aWorkbookWithoutTheHeaderIsNotTheDfatList() throws Exception {
        Path file = dir.resolve("dfat.xlsx");
        XlsxFixture.write(file, List.of(row("Group ID", "Name 6"), row(1, "x")));
        assertThatThrownBy(() -> read(file))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("dfat.xlsx: rows 1-2: expected a header row with the columns Reference, "
                        + "Name of Individual or Entity, Type, Name Type");
    }

    @Test
    void aHeaderWithoutRowsIsAnErrorNotAnEmptyList() throws Exception {
        assertThatThrownBy(() -> read(workbook()))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("expected at least one name row");
    }
}
