package dev.embargo.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.embargo.lists.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading a folder list by list: a damaged file of any format the project reads (empty, random bytes, an
 * HTML error page, cut off, unreadable) fails its own list, names the file, and keeps that list's copy in
 * service, while the other lists read as usual.
 */
class ListIntakeTest {
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-01-02T00:00:00Z");

    /** One good file per format: real lists from ../shared, fixtures of the project where those have none. */
    static Stream<Arguments> goodFiles() {
        return Stream.of(
                Arguments.of("un/consolidated.xml", "shared:data/lists/un/consolidated.xml", Source.UN),
                Arguments.of(
                        "us-ofac-cons/consolidated.xml",
                        "shared:data/lists/us-ofac-cons/consolidated.xml",
                        Source.US_OFAC_CONS),
                Arguments.of("us-ofac-sdn/sdn.csv", "shared:data/lists/us-ofac-sdn/sdn.csv", Source.US_OFAC_SDN),
                Arguments.of("uk-ofsi/ConList.xlsx", "shared:data/lists/uk-ofsi/ConList.xlsx", Source.UK_OFSI),
                Arguments.of(
                        "uk-ofsi/ConList.csv", "resource:/dev/embargo/lists/uk/conlist-fixture.csv", Source.UK_OFSI),
                Arguments.of("eu-fsf/sanctions.xml", "resource:/eu/eu-fsf-sample.xml", Source.EU_FSF),
                Arguments.of("ca-sema/sema-lmes.xml", "shared:data/lists/canada-sema/sema-lmes.xml", Source.CA_SEMA),
                Arguments.of(
                        "au-dfat/regulation8_consolidated.xlsx",
                        "shared:data/lists/australia-dfat/regulation8_consolidated.xlsx",
                        Source.AU_DFAT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    void aDamagedFileOfAnyFormatFailsItsListAndTheCopyInServiceKeepsServing(
            String key, String origin, Source source, @TempDir Path tmp) throws Exception {
        Path good = materialise(origin, tmp.resolve("good"));
        Path other = SharedData.require("data/lists/un/consolidated.xml");
        Path folder = Files.createDirectories(tmp.resolve("lists"));
        Path target = folder.resolve(key);
        Files.createDirectories(target.getParent());
        Files.copy(good, target);
        String otherKey = key.startsWith("un/") ? "other/un.xml" : "un/consolidated.xml";
        Files.createDirectories(folder.resolve(otherKey).getParent());
        Files.copy(other, folder.resolve(otherKey));

        ListIntake.Result first = ListIntake.read(folder, Map.of(), ListCheck.DEFAULT, FIRST);
        assertThat(first.failures()).isEmpty();
        ListCopy inService = first.copies().stream()
                .filter(c -> c.key().equals(key))
                .findFirst()
                .orElseThrow();
        assertThat(inService.list().source()).isEqualTo(source);
        assertThat(inService.list().entities()).isNotEmpty();

        for (HostileListFiles damage : HostileListFiles.values()) {
            if (damage == HostileListFiles.UNREADABLE && !HostileListFiles.unreadableFilesPossible()) {
                continue;
            }
            damage.write(good, target);
            Map<String, ListCopy> copies = byKey(first.copies());
            ListIntake.Result again = ListIntake.read(folder, copies, ListCheck.DEFAULT, LATER);

            assertThat(again.failures()).as(damage.name()).hasSize(1);
            ListFailure failure = again.failures().getFirst();
            assertThat(failure.key()).as(damage.name()).isEqualTo(key);
            assertThat(failure.source()).as(damage.name()).isEqualTo(source);
            assertThat(failure.problem()).as(damage.name()).isEqualTo(expectedProblem(damage, key));
            assertThat(failure.message())
                    .as(damage.name())
                    .contains(target.getFileName().toString())
                    .contains("expected");
            assertThat(failure.kept()).as(damage.name()).isSameAs(inService);
            // The damaged list serves its earlier copy; the other list reads as usual (unchanged: not read again).
            assertThat(again.copies()).as(damage.name()).containsExactlyInAnyOrderElementsOf(first.copies());
            assertThat(again.report().lists().stream()
                            .mapToInt(l -> l.entities().size())
                            .sum())
                    .isEqualTo(first.report().lists().stream()
                            .mapToInt(l -> l.entities().size())
                            .sum());

            if (damage == HostileListFiles.TRUNCATED) {
                // The command line's plain load, with no copy in service, never serves a part of a cut file.
                ListLoader.Report plain = ListLoader.loadDirectory(folder);
                assertThat(plain.lists()).noneMatch(l -> l.file().equals(target.toString()));
                assertThat(plain.errors())
                        .anySatisfy(e -> assertThat(e.getMessage()).contains(target.toString()));
            }
        }

        // (That a good copy put back clears the failure is shown with the server's reloads.)
    }

    private static ListProblem expectedProblem(HostileListFiles damage, String key) {
        boolean xlsx = key.endsWith(".xlsx");
        return switch (damage) {
            case EMPTY, RANDOM_BYTES, HTML_ERROR_PAGE -> ListProblem.UNRECOGNISED;
            // A cut zip loses its directory at the end: it no longer looks like a workbook at all.
            case TRUNCATED -> xlsx ? ListProblem.UNRECOGNISED : ListProblem.CUT_OFF;
            case UNREADABLE -> ListProblem.UNREADABLE;
        };
    }

    @Test
    void onAFirstLoadADamagedFileWhereAStoreKeepsAListIsAFailureNamingTheList(@TempDir Path folder) throws Exception {
        Path sdn = Files.createDirectories(folder.resolve("us-ofac-sdn")).resolve("sdn.csv");
        Files.writeString(sdn, "");
        Files.writeString(folder.resolve("README.txt"), "notes about these lists\n");
        Path un = Files.createDirectories(folder.resolve("un")).resolve("consolidated.xml");
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), un);

        ListIntake.Result result = ListIntake.read(folder, Map.of(), ListCheck.DEFAULT, FIRST);

        assertThat(result.copies()).extracting(c -> c.list().source()).containsExactly(Source.UN);
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo(Source.US_OFAC_SDN);
            assertThat(f.problem()).isEqualTo(ListProblem.UNRECOGNISED);
            assertThat(f.kept()).isNull();
            assertThat(f.message()).contains("sdn.csv: start of file: expected a list in a format Embargo reads");
        });
        assertThat(result.ignored()).containsExactly(folder.resolve("README.txt"));
    }

    @Test
    void aCopyMuchSmallerThanTheOneInServiceIsRefusedUnlessComparisonIsOff(@TempDir Path folder) throws Exception {
        Path real = SharedData.require("data/lists/un/consolidated.xml");
        Path un = folder.resolve("un.xml");
        Files.copy(real, un);
        ListIntake.Result first = ListIntake.read(folder, Map.of(), ListCheck.DEFAULT, FIRST);
        int before = first.copies().getFirst().list().entities().size();

        // A whole, well-formed file that lost most of its records: only the comparison can tell.
        String xml = Files.readString(real, StandardCharsets.UTF_8);
        int cut = xml.indexOf("<INDIVIDUAL>", xml.indexOf("<INDIVIDUAL>") + 1);
        String shrunk = xml.substring(0, cut) + "</INDIVIDUALS><ENTITIES></ENTITIES></CONSOLIDATED_LIST>\n";
        Files.writeString(un, shrunk, StandardCharsets.UTF_8);

        ListIntake.Result checked = ListIntake.read(folder, byKey(first.copies()), ListCheck.DEFAULT, LATER);
        assertThat(checked.failures()).singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo(ListProblem.SHRUNK);
            assertThat(f.message()).contains("1 entities, fewer than 80 % of the " + String.format("%,d", before));
            assertThat(f.kept()).isSameAs(first.copies().getFirst());
        });

        ListIntake.Result accepted =
                ListIntake.read(folder, byKey(first.copies()), ListCheck.DEFAULT.withoutComparison(), LATER);
        assertThat(accepted.failures()).isEmpty();
        assertThat(accepted.copies().getFirst().list().entities()).hasSize(1);
    }

    @Test
    void aFileLargerThanAnyListFileIsRefusedBeforeItIsParsedAndTheCopyInServiceKept(@TempDir Path folder)
            throws Exception {
        Path un = folder.resolve("un.xml");
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), un);
        ListIntake.Result first = ListIntake.read(folder, Map.of(), ListCheck.DEFAULT, FIRST);
        long size = Files.size(un);

        Files.writeString(un, "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        ListIntake.Result checked =
                ListIntake.read(folder, byKey(first.copies()), ListCheck.DEFAULT.withMaxFileBytes(size), LATER);

        assertThat(checked.failures()).singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo(ListProblem.TOO_LARGE);
            assertThat(f.source()).isEqualTo(Source.UN);
            assertThat(f.message())
                    .contains("un.xml: size: expected at most " + String.format("%,d", size) + " bytes")
                    .contains("got " + String.format("%,d", size + 1));
            assertThat(f.kept()).isSameAs(first.copies().getFirst());
        });
        assertThat(ListCheck.DEFAULT.maxFileBytes()).isEqualTo(256L << 20);
    }

    @Test
    void anotherListInPlaceOfTheCopyInServiceIsRefused(@TempDir Path folder) throws Exception {
        Path un = folder.resolve("un.xml");
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), un);
        ListIntake.Result first = ListIntake.read(folder, Map.of(), ListCheck.DEFAULT, FIRST);

        HostileListFiles.restore(SharedData.require("data/lists/us-ofac-cons/consolidated.xml"), un);
        ListIntake.Result again =
                ListIntake.read(folder, byKey(first.copies()), ListCheck.DEFAULT.withoutComparison(), LATER);

        assertThat(again.failures()).singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo(ListProblem.WRONG_SOURCE);
            assertThat(f.message()).contains("expected a copy of un as before, found us-ofac-cons");
        });
        assertThat(again.copies()).extracting(c -> c.list().source()).containsExactly(Source.UN);
    }

    @Test
    void aFileThatIsGoneKeepsItsCopyUnlessAnotherFileNowHoldsItsList(@TempDir Path folder) throws Exception {
        Path real = SharedData.require("data/lists/un/consolidated.xml");
        Files.copy(real, folder.resolve("un.xml"));
        ListIntake.Result first = ListIntake.read(folder, Map.of(), ListCheck.DEFAULT, FIRST);

        Files.delete(folder.resolve("un.xml"));
        ListIntake.Result gone = ListIntake.read(folder, byKey(first.copies()), ListCheck.DEFAULT, LATER);
        assertThat(gone.failures())
                .singleElement()
                .satisfies(f -> assertThat(f.problem()).isEqualTo(ListProblem.MISSING));
        assertThat(gone.copies()).containsExactlyElementsOf(first.copies());

        Files.copy(real, folder.resolve("un-renamed.xml"));
        ListIntake.Result renamed = ListIntake.read(folder, byKey(first.copies()), ListCheck.DEFAULT, LATER);
        assertThat(renamed.failures()).isEmpty();
        assertThat(renamed.copies()).extracting(ListCopy::key).containsExactly("un-renamed.xml");
    }

    @Test
    void aCutCompanionFailsItsOfacMainFile(@TempDir Path folder) throws Exception {
        Path sdn = folder.resolve("sdn.csv");
        Files.writeString(sdn, "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");
        Path alt = folder.resolve("alt.csv");
        Files.writeString(alt, "36,11,\"a.k.a.\",\"AERO-CARIBBEAN\",-0- \n");
        ListIntake.Result first = ListIntake.read(folder, Map.of(), ListCheck.DEFAULT, FIRST);
        assertThat(first.failures()).isEmpty();
        assertThat(first.copies().getFirst().files()).containsOnlyKeys("sdn.csv", "alt.csv");

        Files.writeString(alt, "36,11,\"a.k.a.\",\"AERO-CARIBBEAN\",-0");
        ListIntake.Result again = ListIntake.read(folder, byKey(first.copies()), ListCheck.DEFAULT, LATER);
        assertThat(again.failures()).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("sdn.csv");
            assertThat(f.problem()).isEqualTo(ListProblem.CUT_OFF);
            assertThat(f.message())
                    .contains("alt.csv: end of file: expected a whole file, but its last line has no line break");
        });
    }

    @Test
    void aMainFileOverwrittenWithACompanionFileFailsItsList(@TempDir Path folder) throws Exception {
        Path sdn = folder.resolve("sdn.csv");
        Files.writeString(sdn, "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");
        ListIntake.Result first = ListIntake.read(folder, Map.of(), ListCheck.DEFAULT, FIRST);

        Files.writeString(sdn, "36,11,\"a.k.a.\",\"AERO-CARIBBEAN\",-0- \n");
        ListIntake.Result again = ListIntake.read(folder, byKey(first.copies()), ListCheck.DEFAULT, LATER);

        assertThat(again.failures()).singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo(ListProblem.UNRECOGNISED);
            assertThat(f.message())
                    .contains("sdn.csv: start of file: expected a main list file of us-ofac-sdn as before");
        });
        assertThat(again.copies()).containsExactlyElementsOf(first.copies());
    }

    @Test
    void unchangedFilesAreNotReadAgain(@TempDir Path folder) throws Exception {
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), folder.resolve("un.xml"));
        ListIntake.Result first = ListIntake.read(folder, Map.of(), ListCheck.DEFAULT, FIRST);
        ListIntake.Result again = ListIntake.read(folder, byKey(first.copies()), ListCheck.DEFAULT, LATER);
        assertThat(again.copies().getFirst()).isSameAs(first.copies().getFirst());
    }

    @Test
    void aCopyDamagedOnTheWayNeverReplacesACleanCopyButIsServedWhenThereIsNone(@TempDir Path folder) throws Exception {
        Path damaged = SharedData.require("data/lists-damaged/un-2025-08-reencoded/consolidated.xml");
        Path un = folder.resolve("un.xml");
        Files.copy(SharedData.require("data/lists/un/consolidated.xml"), un);
        ListIntake.Result clean = ListIntake.read(folder, Map.of(), ListCheck.DEFAULT, FIRST);
        assertThat(clean.copies().getFirst().list().damage()).isEmpty();

        // The re-encoded copy reads (878 of its 879 records), which is why only its damage can refuse it.
        Files.copy(damaged, un, StandardCopyOption.REPLACE_EXISTING);
        ListIntake.Result again = ListIntake.read(folder, byKey(clean.copies()), ListCheck.DEFAULT, LATER);
        assertThat(again.failures()).singleElement().satisfies(f -> {
            assertThat(f.problem()).isEqualTo(ListProblem.DAMAGED);
            assertThat(f.message())
                    .contains(un.toString())
                    .contains("lines 54, 205, 226")
                    .contains("found one damaged on the way (expected UTF-8 text as declared");
            assertThat(f.kept()).isSameAs(clean.copies().getFirst());
        });
        assertThat(again.copies()).containsExactly(clean.copies().getFirst());

        // With nothing in service, what could be recovered is served, and its warnings say what was damaged.
        ListIntake.Result first = ListIntake.read(folder, Map.of(), ListCheck.DEFAULT, LATER);
        assertThat(first.failures()).isEmpty();
        assertThat(first.copies().getFirst().list().entities()).hasSize(878);
        assertThat(first.copies().getFirst().list().damage()).isPresent();
    }

    private static Map<String, ListCopy> byKey(List<ListCopy> copies) {
        Map<String, ListCopy> m = new LinkedHashMap<>();
        copies.forEach(c -> m.put(c.key(), c));
        return m;
    }

    private static Path materialise(String origin, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        if (origin.startsWith("shared:")) {
            Files.copy(SharedData.require(origin.substring("shared:".length())), target);
        } else {
            try (InputStream in = ListIntakeTest.class.getResourceAsStream(origin.substring("resource:".length()))) {
                assumeTrue(in != null, "fixture " + origin + " is missing");
                Files.copy(in, target);
            }
        }
        return target;
    }
}
