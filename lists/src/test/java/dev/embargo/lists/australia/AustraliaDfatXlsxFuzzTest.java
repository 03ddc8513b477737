package dev.embargo.lists.australia;

import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ParserFuzzing;
import dev.embargo.lists.SharedData;
import java.io.IOException;
import java.nio.file.Files;
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

    @Property(tries = 15)
    void truncated(@ForAll @DoubleRange(min = 0.0, max = 1.0) double fraction) {
        ParserFuzzing.assertReadsOrFailsCleanly(new AustraliaDfatXlsxReader(), ListFormat.AUSTRALIA_DFAT_XLSX,
                ParserFuzzing.truncate(original, fraction), "regulation8_consolidated.xlsx");
    }

    @Property(tries = 15)
    void mutated(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int mutations) {
        ParserFuzzing.assertReadsOrFailsCleanly(new AustraliaDfatXlsxReader(), ListFormat.AUSTRALIA_DFAT_XLSX,
                ParserFuzzing.mutate(original, seed, mutations), "regulation8_consolidated.xlsx");
    }
}
