package dev.embargo.scanning.read;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.embargo.lists.ParserFuzzing;
import dev.embargo.scanning.ScanException;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Damaged inputs of every kind give a Document or a ScanException naming the source, nothing else. */
class DocumentReaderFuzzTest {
    private static final List<String> FIXTURES = List.of(
            "mt103.txt",
            "mt202.txt",
            "mt-many.txt",
            "mt103-biztalk-sample.txt",
            "pacs008.xml",
            "pacs009.xml",
            "pain001.xml",
            "article.html",
            "pdf");

    @Property(tries = 30)
    void truncatedInputReadsOrFailsCleanly(
            @ForAll("fixtures") String fixture, @ForAll @DoubleRange(min = 0, max = 1) double fraction) {
        assertReadsOrFailsCleanly(ParserFuzzing.truncate(bytes(fixture), fraction));
    }

    @Property(tries = 30)
    void mutatedInputReadsOrFailsCleanly(
            @ForAll("fixtures") String fixture, @ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int mutations) {
        assertReadsOrFailsCleanly(ParserFuzzing.mutate(bytes(fixture), seed, mutations));
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of(FIXTURES);
    }

    private static byte[] bytes(String fixture) {
        return fixture.equals("pdf") ? ReadFixtures.samplePdf() : ReadFixtures.resource(fixture);
    }

    private static void assertReadsOrFailsCleanly(byte[] content) {
        DocumentReader reader = new DocumentReader();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                Document doc = reader.read("fuzzed.bin", content);
                for (Field f : doc.fields()) {
                    f.in(doc.text());
                }
            } catch (ScanException expected) {
                if (!expected.getMessage().startsWith("fuzzed.bin")) {
                    fail("error does not name the source: " + expected.getMessage());
                }
            } catch (Throwable other) {
                fail("reader threw " + other + " instead of ScanException", other);
            }
        });
    }
}
