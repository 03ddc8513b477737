package dev.embargo.lists.australia;

import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ParserFuzzing;
import dev.embargo.lists.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Damaged copies of the real DFAT workbook: read, or fail with ListFormatException; never another error or a hang. */
class AustraliaDfatXlsxFuzzTest {
    private static byte[] original;

    @BeforeContainer
    static void load() throws IOException {
        original = Files.readAllBytes(SharedData.require("data/lists/australia-dfat/regulation8_consolidated.xlsx"));
    }

    @Property(tries = 10)
    void truncated(@ForAll @DoubleRange(min = 0.0, max = 1.0) double fraction) {
        ParserFuzzing.assertReadsOrFailsCleanly(
                new AustraliaDfatXlsxReader(),
                ListFormat.AUSTRALIA_DFAT_XLSX,
                ParserFuzzing.truncate(original, fraction),
                "regulation8_consolidated.xlsx");
    }

    /** Damage inside the zip, which a byte-level mutation of the zip rarely reaches: the sheet and string XML. */
    @Property(tries = 10)
    void damagedSheetXml(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int mutations, @ForAll boolean sharedStrings)
            throws IOException {
        String part = sharedStrings ? "xl/sharedStrings.xml" : "xl/worksheets/sheet1.xml";
        ParserFuzzing.assertReadsOrFailsCleanly(
                new AustraliaDfatXlsxReader(),
                ListFormat.AUSTRALIA_DFAT_XLSX,
                rezipped(part, seed, mutations),
                "regulation8_consolidated.xlsx");
    }

    private static byte[] rezipped(String damagedPart, long seed, int mutations) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(damagedPart) ? ParserFuzzing.mutate(content, seed, mutations) : content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Property(tries = 10)
    void mutated(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int mutations) {
        ParserFuzzing.assertReadsOrFailsCleanly(
                new AustraliaDfatXlsxReader(),
                ListFormat.AUSTRALIA_DFAT_XLSX,
                ParserFuzzing.mutate(original, seed, mutations),
                "regulation8_consolidated.xlsx");
    }
}
