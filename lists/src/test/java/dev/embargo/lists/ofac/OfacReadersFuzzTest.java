package dev.embargo.lists.ofac;

import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ParserFuzzing;
import dev.embargo.lists.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Damaged copies of the real OFAC files — cut anywhere, bytes changed, inserted or deleted — must read or
 * fail with a ListFormatException naming the file, never anything else and never hang. 30 tries per reader.
 */
class OfacReadersFuzzTest {

    private static byte[] bytes(String relative) {
        Path file = SharedData.require(relative);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 15)
    void truncatedSdnCsv(@ForAll @DoubleRange(min = 0.0, max = 1.0) double fraction) {
        byte[] original = bytes("data/lists/us-ofac-sdn/sdn.csv");
        ParserFuzzing.assertReadsOrFailsCleanly(
                new OfacCsvReader(), ListFormat.OFAC_CSV, ParserFuzzing.truncate(original, fraction), "sdn.csv");
    }

    @Property(tries = 15)
    void mutatedSdnCsv(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int mutations) {
        byte[] original = bytes("data/lists/us-ofac-sdn/sdn.csv");
        ParserFuzzing.assertReadsOrFailsCleanly(
                new OfacCsvReader(), ListFormat.OFAC_CSV, ParserFuzzing.mutate(original, seed, mutations), "sdn.csv");
    }

    @Property(tries = 15)
    void truncatedConsolidatedXml(@ForAll @DoubleRange(min = 0.0, max = 1.0) double fraction) {
        byte[] original = bytes("data/lists/us-ofac-cons/consolidated.xml");
        ParserFuzzing.assertReadsOrFailsCleanly(
                new OfacXmlReader(),
                ListFormat.OFAC_XML,
                ParserFuzzing.truncate(original, fraction),
                "consolidated.xml");
    }

    @Property(tries = 15)
    void mutatedConsolidatedXml(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int mutations) {
        byte[] original = bytes("data/lists/us-ofac-cons/consolidated.xml");
        ParserFuzzing.assertReadsOrFailsCleanly(
                new OfacXmlReader(),
                ListFormat.OFAC_XML,
                ParserFuzzing.mutate(original, seed, mutations),
                "consolidated.xml");
    }
}
