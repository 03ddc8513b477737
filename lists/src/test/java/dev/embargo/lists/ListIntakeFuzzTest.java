package dev.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever a list file is turned into (cut anywhere, bytes changed, inserted or deleted), a reload of it
 * against its good copy never throws and never serves less than was good: either the new copy passes the
 * checks, holding at least the share of entities the check demands, or the good copy keeps serving.
 */
class ListIntakeFuzzTest {
    private static final String KEY = "uk-ofsi/ConList.csv";
    private static final byte[] GOOD = fixture();
    private static final ListCopy IN_SERVICE = goodCopy();

    @Property(tries = 60)
    void aCutFileNeverServesLessThanWasGood(@ForAll @DoubleRange(min = 0, max = 1) double fraction) throws IOException {
        assertNeverLess(ParserFuzzing.truncate(GOOD, fraction));
    }

    @Property(tries = 60)
    void aMutatedFileNeverServesLessThanWasGood(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int mutations)
            throws IOException {
        assertNeverLess(ParserFuzzing.mutate(GOOD, seed, mutations));
    }

    private static void assertNeverLess(byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("embargo-intake-fuzz");
        Path file = dir.resolve(KEY);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        try {
            ListIntake.Result r = ListIntake.read(dir, Map.of(KEY, IN_SERVICE), ListCheck.DEFAULT, Instant.now());
            assertThat(r.copies()).hasSize(1);
            ListCopy served = r.copies().getFirst();
            if (r.failures().isEmpty()) {
                assertThat(served.list().entities().size()).isGreaterThanOrEqualTo((int)
                        Math.ceil(0.8 * IN_SERVICE.list().entities().size()));
            } else {
                assertThat(served).isSameAs(IN_SERVICE);
                assertThat(r.failures().getFirst().message()).contains("ConList.csv");
            }
        } finally {
            Files.delete(file);
            Files.delete(file.getParent());
            Files.delete(dir);
        }
    }

    private static byte[] fixture() {
        try (InputStream in =
                ListIntakeFuzzTest.class.getResourceAsStream("/dev/embargo/lists/uk/conlist-fixture.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ListCopy goodCopy() {
        try {
            Path dir = Files.createTempDirectory("embargo-intake-good");
            Path file = dir.resolve(KEY);
            Files.createDirectories(file.getParent());
            Files.write(file, GOOD);
            ListIntake.Result r = ListIntake.read(dir, Map.of(), ListCheck.DEFAULT, Instant.now());
            assertThat(r.failures()).isEmpty();
            return r.copies().getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
