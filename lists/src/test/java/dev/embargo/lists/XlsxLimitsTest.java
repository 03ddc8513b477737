package dev.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.embargo.lists.australia.AustraliaDfatXlsxReader;
import dev.embargo.lists.uk.UkXlsxReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile workbooks, generated here: a sheet holding one 1 GB inline string packs into about a megabyte
 * and used to take gigabytes of memory to read. Both XLSX readers must refuse it, and other oversized
 * parts, within a small memory budget and name the file, the part and what was expected.
 */
class XlsxLimitsTest {
    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void aSheetWithA1GbInlineStringIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path uk = dir.resolve("ConList.xlsx");
        HostileWorkbooks.write(
                uk,
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Last Updated</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Name 6</t></is></c>"
                        + "<c r=\"B2\" t=\"inlineStr\"><is><t>Group ID</t></is></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>",
                GIB,
                "</t></is></c></row>");
        assertThat(Files.size(uk)).isLessThan(16L * 1024 * 1024);
        // The zip's directory says the sheet unpacks to 1,000 bytes: the check must count, not believe.
        declareSize(uk, "xl/worksheets/sheet1.xml", 1000);
        long heapBefore = usedHeap();

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThatThrownBy(() -> new UkXlsxReader().read(ListFiles.single(ListFormat.UK_XLSX, uk)))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining("ConList.xlsx: xl/worksheets/sheet1.xml, byte ")
                    .hasMessageContaining("expected no text or attribute longer than 1.0 MiB");
            assertThatThrownBy(() ->
                            new AustraliaDfatXlsxReader().read(ListFiles.single(ListFormat.AUSTRALIA_DFAT_XLSX, uk)))
                    .isInstanceOf(ListFormatException.class)
                    .hasMessageContaining("expected no text or attribute longer than 1.0 MiB");
        });
        // The check streams: it holds a buffer, not the string (generous slack for the test's own garbage).
        assertThat(usedHeap() - heapBefore).isLessThan(256L * 1024 * 1024);
    }

    @Test
    void aPartThatUnpacksBeyondTheLimitIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        // Many small cells: no long text, but far more sheet than the limit allows.
        String cell = "<c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c>";
        HostileWorkbooks.write(file, "<row r=\"1\">", 0, cell.repeat(200_000) + "</row>");
        XlsxLimits small =
                new XlsxLimits(XlsxLimits.DEFAULT.maxFileBytes(), 100, 4L * 1024 * 1024, 8L * 1024 * 1024, 1024);

        assertThatThrownBy(() -> small.check(file))
                .isInstanceOf(ListFormatException.class)
                .hasMessageContaining(
                        "bomb.xlsx: xl/worksheets/sheet1.xml: expected a part of at most 4.0 MiB unpacked");
        XlsxLimits fewEntries = new XlsxLimits(
                XlsxLimits.DEFAULT.maxFileBytes(),
                3,
                XlsxLimits.DEFAULT.maxPartBytes(),
                XlsxLimits.DEFAULT.maxTotalBytes(),
                XlsxLimits.DEFAULT.maxTextRun());
        assertThatThrownBy(() -> fewEntries.check(file))
                .hasMessageContaining(
                        "bomb.xlsx: zip container: expected an XLSX workbook of at most 3 parts, found 5");
    }

    @Test
    void theRealWorkbooksKeepTheDefaultLimits() throws Exception {
        XlsxLimits.DEFAULT.check(SharedData.require("data/lists/uk-ofsi/ConList.xlsx"));
        XlsxLimits.DEFAULT.check(SharedData.require("data/lists/australia-dfat/regulation8_consolidated.xlsx"));
    }

    @Test
    void aLoadOfAFolderWithAHostileWorkbookReportsItAndReadsTheRest(@TempDir Path dir) throws Exception {
        HostileWorkbooks.write(
                dir.resolve("ConList.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Group ID</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>Name 6</t></is></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"><is><t>",
                64L * 1024 * 1024,
                "</t></is></c></row>");
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), dir.resolve("un.xml"));

        ListLoader.Report report = ListLoader.loadDirectory(dir);

        assertThat(report.lists()).extracting(l -> l.source().code()).containsExactly("un");
        assertThat(report.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.getMessage())
                        .contains("ConList.xlsx: xl/worksheets/sheet1.xml, byte")
                        .contains("a spreadsheet cell holds at most 32,767 characters"));
    }

    /** Overwrites the unpacked size the zip's central directory gives for {@code entry}. */
    private static void declareSize(Path zip, String entry, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = bytes.length - 46; i >= 0; i--) {
            if (bytes[i] == 0x50
                    && bytes[i + 1] == 0x4b
                    && bytes[i + 2] == 1
                    && bytes[i + 3] == 2
                    && (bytes[i + 28] & 0xff | (bytes[i + 29] & 0xff) << 8) == name.length
                    && Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
                for (int b = 0; b < 4; b++) {
                    bytes[i + 24 + b] = (byte) (size >>> (8 * b));
                }
                Files.write(zip, bytes);
                return;
            }
        }
        throw new IllegalStateException(entry + " not found in the central directory of " + zip);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
