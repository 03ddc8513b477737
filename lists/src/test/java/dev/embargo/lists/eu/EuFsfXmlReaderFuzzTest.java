package dev.embargo.lists.eu;

import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ParserFuzzing;
import java.io.IOException;
import java.nio.file.Files;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Damaged copies of the sample fixture (no real EU file is available here): the reader must read them or
 * fail with its own ListFormatException naming the file, never crash or hang.
 */
class EuFsfXmlReaderFuzzTest {
    private static final byte[] SAMPLE = sample();

    private static byte[] sample() {
        try {
            return Files.readAllBytes(EuFsfXmlReaderTest.fixture("eu-fsf-sample.xml"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 25)
    void truncatedCopiesReadOrFailCleanly(@ForAll @DoubleRange(min = 0.0, max = 1.0) double fraction) {
        ParserFuzzing.assertReadsOrFailsCleanly(
                new EuFsfXmlReader(),
                ListFormat.EU_FSF_XML,
                ParserFuzzing.truncate(SAMPLE, fraction),
                "eu-fsf-truncated.xml");
    }

    @Property(tries = 30)
    void mutatedCopiesReadOrFailCleanly(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int mutations) {
        byte[] mutated = ParserFuzzing.mutate(SAMPLE, seed, mutations);
        ParserFuzzing.assertReadsOrFailsCleanly(
                new EuFsfXmlReader(), ListFormat.EU_FSF_XML, mutated, "eu-fsf-mutated.xml");
    }
}
