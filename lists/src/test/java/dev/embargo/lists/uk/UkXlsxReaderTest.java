package dev.embargo.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.embargo.lists.ListFiles;
import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ListFormatDetector;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.ParserFuzzing;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.IdentifierType;
import dev.embargo.lists.model.ListedDate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spreadsheet reader on small workbooks written by the test: typed cells, damage and missing columns. */
class UkXlsxReaderTest {
    private static final List<Object> HEADER = List.of(
            "Name 6",
            "Name 1",
            "Name 2",
            "Name 3",
            "Name 4",
            "Name 5",
            "Title",
            "Name Non-Latin Script",
            "Non-Latin Script Type",
            "Non-Latin Script Language",
            "DOB",
            "Town of Birth",
            "Country of Birth",
            "Nationality",
            "Passport Number",
            "Passport Details",
            "National Identification Number",
            "National Identification Details",
            "Position",
            "Address 1",
            "Address 2",
            "Address 3",
            "Address 4",
            "Address 5",
            "Address 6",
            "Post/Zip Code",
            "Country",
            "Other Information",
            "Group Type",
            "Alias Type",
            "Alias Quality",
            "Regime",
            "Listed On",
            "UK Sanctions List Date Designated",
            "Last Updated",
            "Group ID");

    @TempDir
    Path dir;

    /** A data row: the given header cells set, the others empty. */
    private static List<Object> row(Object... headerAndValue) {
        List<Object> cells = new ArrayList<>(java.util.Collections.nCopies(HEADER.size(), null));
        for (int i = 0; i < headerAndValue.length; i += 2) {
            cells.set(HEADER.indexOf(headerAndValue[i]), headerAndValue[i + 1]);
        }
        return cells;
    }

    private LoadedList read(String name, byte[] content) throws ListFormatException {
        Path file = dir.resolve(name);
        try {
            Files.write(file, content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new UkXlsxReader().read(ListFiles.single(ListFormat.UK_XLSX, file));
    }

    @Test
    void dateTypedAndNumericCellsReadAsTheTextTheListMeans() throws Exception {
        // Day serials: 45757 = 2025-04-10, 22746 = 1962-04-10, 42432.5 = 2016-03-03 noon, 42431 = 2016-03-02.
        byte[] xlsx = XlsxFixture.workbook(List.of(
                Arrays.asList("Last Updated", new XlsxFixture.DateSerial(45757)),
                HEADER,
                row(
                        "Name 6",
                        "CHOL SU",
                        "Name 1",
                        "KIM",
                        "DOB",
                        new XlsxFixture.DateSerial(22746),
                        "Passport Number",
                        645120378,
                        "Group Type",
                        "Individual",
                        "Alias Type",
                        "Primary name",
                        "Regime",
                        "Democratic People's Republic of Korea",
                        "Listed On",
                        new XlsxFixture.DateSerial(42432.5),
                        "Group ID",
                        90001),
                row(
                        "Name 6",
                        "CHOL-SU",
                        "Name 1",
                        "KIM",
                        "DOB",
                        1964,
                        "Passport Number",
                        645120378,
                        "Group Type",
                        "Individual",
                        "Alias Type",
                        "AKA",
                        "Regime",
                        "Democratic People's Republic of Korea",
                        "Listed On",
                        new XlsxFixture.DateSerial(42431),
                        "Group ID",
                        90001)));
        Path file = dir.resolve("typed.xlsx");
        Files.write(file, xlsx);
        assertThat(ListFormatDetector.detect(file)).contains(ListFormat.UK_XLSX);

        LoadedList list = read("typed.xlsx", xlsx);
        assertThat(list.warnings()).isEmpty();
        assertThat(list.published()).isEqualTo(LocalDate.of(2025, 4, 10));
        Entity kim = list.entities().getFirst();
        assertThat(kim.id()).isEqualTo("uk-ofsi:90001");
        assertThat(kim.birthDates())
                .containsExactly(
                        ListedDate.day("10/04/1962", LocalDate.of(1962, 4, 10)), ListedDate.year("1964", 1964));
        assertThat(kim.identifiers())
                .containsExactly(new Identifier(IdentifierType.PASSPORT, "645120378", null, null, "Passport Number"));
        assertThat(kim.listedOn()).isEqualTo(LocalDate.of(2016, 3, 2));
    }

    @Test
    void excelDaySerialsBecomeTheRightDays() {
        java.math.BigDecimal[] serials = {
            new java.math.BigDecimal("1"),
            new java.math.BigDecimal("59"),
            new java.math.BigDecimal("61"),
            new java.math.BigDecimal("45757.99")
        };
        assertThat(Arrays.stream(serials).map(s -> ExcelCellText.serialToDate(s, false)))
                .containsExactly("01/01/1900", "28/02/1900", "01/03/1900", "10/04/2025");
        assertThat(ExcelCellText.serialToDate(new java.math.BigDecimal("44295"), true))
                .isEqualTo("10/04/2025");
        assertThat(ExcelCellText.serialToDate(new java.math.BigDecimal("-3"), false))
                .isNull();
        assertThat(ExcelCellText.isDateFormat("dd/MM/yyyy")).isTrue();
        assertThat(ExcelCellText.isDateFormat("[$-409]mmm yy")).isTrue();
        assertThat(ExcelCellText.isDateFormat("0.00\"d\"")).isFalse();
        assertThat(ExcelCellText.isDateFormat("General")).isFalse();
    }

    @Test
    void aSheetWithoutTheGroupIdColumnIsRejectedNamingItsHeaderRow() {
        List<Object> header = new ArrayList<>(HEADER);
        header.set(header.indexOf("Group ID"), "Group");
        byte[] xlsx = XlsxFixture.workbook(List.of(
                List.of("Last Updated", "10/04/2025"), header, row("Name 6", "KONY", "Group Type", "Individual")));
        assertThatThrownBy(() -> read("no-group-id.xlsx", xlsx))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("no-group-id.xlsx")
                .hasMessageContaining("row 2 (header row)")
                .hasMessageContaining("expected a \"Group ID\" column in the header row");
    }

    @Test
    void aRowWithoutAGroupIdIsSkippedWithAWarningNamingItsRow() throws Exception {
        byte[] xlsx = XlsxFixture.workbook(List.of(
                List.of("Last Updated", "10/04/2025"),
                HEADER,
                row(
                        "Name 6",
                        "KONY",
                        "Name 1",
                        "Joseph",
                        "Group Type",
                        "Individual",
                        "Alias Type",
                        "Primary name",
                        "Regime",
                        "Central African Republic",
                        "Listed On",
                        "12/03/2016",
                        "Group ID",
                        "13344"),
                row("Name 6", "NOBODY", "Group Type", "Individual", "Alias Type", "Primary name"),
                row(
                        "Name 6",
                        "LE MESSIE SANGLANT",
                        "Group Type",
                        "Individual",
                        "Alias Type",
                        "AKA",
                        "Alias Quality",
                        "Low quality",
                        "Regime",
                        "Central African Republic",
                        "Listed On",
                        "12/03/2016",
                        "Group ID",
                        "13344")));
        LoadedList list = read("orphan.xlsx", xlsx);
        assertThat(list.entities()).hasSize(1);
        assertThat(list.entities().getFirst().names()).hasSize(2);
        assertThat(list.warnings())
                .containsExactly(new LoadWarning(
                        "orphan.xlsx", "row 4", "expected a Group ID; the row (name \"NOBODY\") was skipped"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsRejectedNamingTheFile() {
        assertThatThrownBy(() -> read("ConList.xlsx", "Last Updated,10/04/2025\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("ConList.xlsx: start of file: expected an XLSX workbook");
    }

    @Test
    void aTruncatedRealWorkbookIsRejectedNamingTheFile() throws Exception {
        byte[] real = Files.readAllBytes(RealUkSheet.file());
        for (double fraction : new double[] {0.001, 0.5, 0.999}) {
            assertThatThrownBy(() -> read("cut.xlsx", ParserFuzzing.truncate(real, fraction)))
                    .as("first %s of the file", fraction)
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining("cut.xlsx")
                    .hasMessageContaining("expected an XLSX workbook");
        }
    }

    @Test
    void aWorkbookWhoseSheetXmlIsBrokenIsRejectedNamingTheRowItGotTo() {
        // The "<" is left unescaped, so the sheet's XML breaks inside row 4.
        byte[] broken = XlsxFixture.workbook(
                List.of(
                        List.of("Last Updated", "10/04/2025"),
                        HEADER,
                        row(
                                "Name 6",
                                "KONY",
                                "Group Type",
                                "Individual",
                                "Alias Type",
                                "Primary name",
                                "Group ID",
                                "1"),
                        row(
                                "Name 6",
                                "<BROKEN",
                                "Group Type",
                                "Individual",
                                "Alias Type",
                                "Primary name",
                                "Group ID",
                                "2")),
                xml -> xml.replace("&lt;BROKEN", "<BROKEN"));
        assertThatThrownBy(() -> read("broken.xlsx", broken))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining("broken.xlsx: first sheet, after row 3: expected a well-formed worksheet");
    }
}
