package dev.embargo.lists.uk;

import dev.embargo.lists.ListFormat;
import dev.embargo.lists.ParserFuzzing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Damaged input never makes a UK reader throw anything but ListFormatException, and never hangs: the real
 * workbook truncated and with bytes changed (its zip then breaks, which must be reported, not thrown),
 * an uncompressed workbook whose XML gets damaged, and CSV text damaged the same ways.
 */
class UkReadersFuzzTest {
    private static final Set<String> SOME_REAL_GROUPS = Set.of("12441", "13420", "16818", "13651", "13344", "10638");

    @Property(tries = 10)
    void truncatedRealWorkbook(@ForAll @DoubleRange(min = 0.0, max = 1.0) double fraction) throws Exception {
        byte[] real = Files.readAllBytes(RealUkSheet.file());
        ParserFuzzing.assertReadsOrFailsCleanly(
                new UkXlsxReader(), ListFormat.UK_XLSX, ParserFuzzing.truncate(real, fraction), "ConList.xlsx");
    }

    @Property(tries = 10)
    void mutatedRealWorkbook(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int mutations) throws Exception {
        byte[] real = Files.readAllBytes(RealUkSheet.file());
        ParserFuzzing.assertReadsOrFailsCleanly(
                new UkXlsxReader(), ListFormat.UK_XLSX, ParserFuzzing.mutate(real, seed, mutations), "ConList.xlsx");
    }

    @Property(tries = 15)
    void mutatedUncompressedWorkbook(@ForAll long seed, @ForAll @IntRange(min = 1, max = 10) int mutations) {
        ParserFuzzing.assertReadsOrFailsCleanly(
                new UkXlsxReader(),
                ListFormat.UK_XLSX,
                ParserFuzzing.mutate(smallWorkbook(), seed, mutations),
                "small.xlsx");
    }

    @Property(tries = 10)
    void truncatedCsv(@ForAll @DoubleRange(min = 0.0, max = 1.0) double fraction) throws Exception {
        ParserFuzzing.assertReadsOrFailsCleanly(
                new UkCsvReader(), ListFormat.UK_CSV, ParserFuzzing.truncate(realCsv(), fraction), "ConList.csv");
    }

    @Property(tries = 15)
    void mutatedCsv(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int mutations) throws Exception {
        byte[] csv = seed % 2 == 0 ? realCsv() : UkCsvReaderTest.fixture();
        ParserFuzzing.assertReadsOrFailsCleanly(
                new UkCsvReader(), ListFormat.UK_CSV, ParserFuzzing.mutate(csv, seed, mutations), "ConList.csv");
    }

    /** CSV of some real targets (Kony's 400 rows among them), as the CSV publication would hold them. */
    private static byte[] realCsv() throws Exception {
        RealUkSheet.file(); // skips the property, with the reason, when the real data is absent
        return RealCsv.BYTES.clone();
    }

    /** Derived once: reading the whole real sheet for every try would make the properties slow. */
    private static final class RealCsv {
        static final byte[] BYTES = derive();

        private static byte[] derive() {
            try {
                return RealUkSheet.csvOf(RealUkSheet.rows(), SOME_REAL_GROUPS).getBytes(StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static byte[] smallWorkbook() {
        List<Object> header = List.of(
                "Name 6",
                "Name 1",
                "DOB",
                "Passport Number",
                "Nationality",
                "Other Information",
                "Group Type",
                "Alias Type",
                "Alias Quality",
                "Regime",
                "Listed On",
                "Group ID");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Last Updated", new XlsxFixture.DateSerial(45757)));
        rows.add(header);
        for (int i = 0; i < 20; i++) {
            rows.add(List.of(
                    "NAME " + i,
                    "Given",
                    i % 2 == 0 ? "00/00/1962" : new XlsxFixture.DateSerial(22746 + i),
                    645120378 + i,
                    "(1) North Korea (2) Russia",
                    "(UK Sanctions List Ref):DPR0" + (100 + i) + ". (IMO number):" + (9000000 + i) + " (Gender):Male",
                    i % 3 == 0 ? "Ship" : "Individual",
                    i % 4 == 0 ? "Primary name" : "AKA",
                    "Low quality",
                    "Democratic People's Republic of Korea",
                    "09/12/2016",
                    Integer.toString(100 + i / 3)));
        }
        Collections.shuffle(rows.subList(2, rows.size()), new java.util.Random(7));
        return XlsxFixture.uncompressedWorkbook(rows);
    }
}
