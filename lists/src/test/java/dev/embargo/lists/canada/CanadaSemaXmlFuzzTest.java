package dev.embargo.lists.canada;

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

/** Damaged copies of the real SEMA file: read, or fail with ListFormatException; never another error, never a hang. */
class CanadaSemaXmlFuzzTest {
    private static byte[] original;

    @BeforeContainer
    static void load() throws IOException {
        original = Files.readAllBytes(SharedData.require("data/lists/canada-sema/sema-lmes.xml"));
    }

    @Property(tries = 15)
    void truncated(@ForAll @DoubleRange(min = 0.0, max = 1.0) double fraction) {
        ParserFuzzing.assertReadsOrFailsCleanly(
                new CanadaSemaXmlReader(),
                ListFormat.CANADA_SEMA_XML,
                ParserFuzzing.truncate(original, fraction),
                "sema-lmes.xml");
    }

    @Property(tries = 20)
    void mutated(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int mutations) {
        ParserFuzzing.assertReadsOrFailsCleanly(
                new CanadaSemaXmlReader(),
                ListFormat.CANADA_SEMA_XML,
                ParserFuzzing.mutate(original, seed, mutations),
                "sema-lmes.xml");
    }
}
