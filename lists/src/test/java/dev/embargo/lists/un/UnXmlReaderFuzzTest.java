package dev.embargo.lists.un;

import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ParserFuzzing;
import dev.embargo.lists.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The real UN list cut off and damaged at random: the reader loads it or fails with ListFormatException. */
class UnXmlReaderFuzzTest {
    private static byte[] realList() {
        try {
            return Files.readAllBytes(SharedData.require("data/lists/un/consolidated.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 15)
    void cutAnywhere(@ForAll @DoubleRange(min = 0.0, max = 1.0) double fraction) {
        ParserFuzzing.assertReadsOrFailsCleanly(
                new UnXmlReader(), ListFormat.UN_XML, ParserFuzzing.truncate(realList(), fraction), "consolidated.xml");
    }

    @Property(tries = 20)
    void damagedBytes(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int mutations) {
        ParserFuzzing.assertReadsOrFailsCleanly(
                new UnXmlReader(),
                ListFormat.UN_XML,
                ParserFuzzing.mutate(realList(), seed, mutations),
                "consolidated.xml");
    }
}
