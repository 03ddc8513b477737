package dev.embargo.scanning.payment;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import dev.embargo.lists.ParserFuzzing;
import dev.embargo.lists.model.Entity;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.Deadline;
import dev.embargo.scanning.ScanException;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.read.Document;
import dev.embargo.scanning.read.DocumentReader;
import dev.embargo.scanning.read.ReadFixturesAccess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Damaged and random payment messages, read and scanned by field: a report or a ScanException naming the
 * source, within bounded time, and nothing else.
 */
class PaymentFuzzTest {
    private static final Scanner SCANNER = new Scanner(Screener.of(List.<Entity>of()));
    private static final List<String> FIXTURES =
            List.of("mt103.txt", "mt202.txt", "mt-many.txt", "mt103-biztalk-sample.txt", "pacs008.xml", "pacs009.xml");
    private static final List<String> TAGS = List.of(
            "50K", "50F", "50A", "52A", "52D", "53B", "56C", "57A", "58D", "59", "59F", "59A", "70", "72", "20");

    @Property(tries = 60)
    void mutatedPaymentMessagesScanOrFailCleanly(
            @ForAll("fixtures") String fixture, @ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int mutations) {
        assertScansOrFailsCleanly(ParserFuzzing.mutate(ReadFixturesAccess.resource(fixture), seed, mutations));
    }

    /** Well-framed messages whose party fields hold any lines of SWIFT's characters, slashes and digits first. */
    @Property(tries = 100)
    void anyPartyFieldLinesScanOrFailCleanly(@ForAll("fields") List<String> fields) {
        StringBuilder mt = new StringBuilder("{1:F01BANKBEBBAXXX0000000000}{2:I103BANKDEFFXXXXN}{4:\r\n:20:X\r\n");
        fields.forEach(mt::append);
        mt.append("-}");
        assertScansOrFailsCleanly(mt.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of(FIXTURES);
    }

    @Provide
    Arbitrary<List<String>> fields() {
        Arbitrary<String> line = Arbitraries.strings()
                .withChars("ABCXYZ0189/-?:().,'+ 123\u00E9")
                .ofMaxLength(40);
        return Arbitraries.of(TAGS)
                .flatMap(tag -> line.list().ofMinSize(1).ofMaxSize(6).map(lines -> {
                    StringBuilder b = new StringBuilder(":" + tag + ":");
                    lines.forEach(l -> b.append(l).append("\r\n"));
                    return b.toString();
                }))
                .list()
                .ofMinSize(1)
                .ofMaxSize(12);
    }

    private static void assertScansOrFailsCleanly(byte[] content) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                Document doc = new DocumentReader().read("fuzzed.fin", content);
                Scanner.Report r = SCANNER.scan(doc, Screener.DEFAULT_THRESHOLD, "auto", Deadline.NONE);
                r.mentions().forEach(h -> r.fieldAt(h.mention().start()));
            } catch (ScanException expected) {
                if (!expected.getMessage().startsWith("fuzzed.fin")) {
                    fail("error does not name the source: " + expected.getMessage());
                }
            } catch (Throwable other) {
                fail("threw " + other + " instead of ScanException", other);
            }
        });
    }
}
