package dev.embargo.lists.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.SharedData;
import dev.embargo.lists.diff.EntityRef;
import dev.embargo.lists.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syncs against a publisher on the loopback interface serving the real lists from memory: the UN list of
 * 2024-11 (879 entities) as the previous version and that of 2026-02 (1,003) as the new one.
 */
class ListSyncTest {
    private static final String UN_PATH = "un/consolidated.xml";

    @TempDir
    Path root;

    private FixtureServer server;
    private byte[] unOld;
    private byte[] unNew;
    private final Clock clock = new SteppingClock(Instant.parse("2026-03-01T08:00:00Z"));

    @BeforeEach
    void start() throws IOException {
        unOld = Files.readAllBytes(SharedData.require("data/lists-history/un-2024-11/consolidated.xml"));
        unNew = Files.readAllBytes(SharedData.require("data/lists/un/consolidated.xml"));
        server = new FixtureServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SyncSettings settings(Source... sources) {
        return SyncSettings.defaults()
                .withSources(Arrays.asList(sources))
                .withMirrorBase(server.base())
                .withRequestTimeout(Duration.ofSeconds(5));
    }

    private SyncReport sync(SyncSettings settings) throws IOException {
        return new ListSync(new SnapshotStore(root), settings, clock).run();
    }

    /** The previous good state, made by hand (a sync would make the same): the 2024-11 UN list. */
    private String previousWithOldUn() throws IOException {
        return previousSnapshot(Map.of(UN_PATH, unOld));
    }

    private String previousSnapshot(Map<String, byte[]> files) throws IOException {
        SnapshotStore store = new SnapshotStore(root);
        String name = "20260201T000000Z";
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path path = store.snapshotFolder(name).resolve(f.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, f.getValue());
        }
        store.makeCurrent(name);
        return name;
    }

    @Test
    void aFirstSyncMakesItsSnapshotCurrent() throws IOException {
        server.serve(UN_PATH, unOld);

        SyncReport report = sync(settings(Source.UN));

        assertThat(report.switched()).isTrue();
        assertThat(report.previousSnapshot()).isNull();
        assertThat(report.currentSnapshot()).isEqualTo("20260301T080000Z");
        SourceOutcome un = report.outcomes().getFirst();
        assertThat(un.status()).isEqualTo(SourceOutcome.Status.UPDATED);
        assertThat(un.entitiesBefore()).isNull();
        assertThat(un.entitiesAfter()).isEqualTo(879);
        assertThat(un.publishedAfter()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(un.diff()).isNull();
        Path current = SnapshotStore.resolveListsFolder(root);
        assertThat(current).isEqualTo(root.resolve("snapshots/20260301T080000Z"));
        assertThat(current.resolve(UN_PATH)).hasBinaryContent(unOld);
        assertThat(root.resolve("current")).hasContent("20260301T080000Z");
        assertThat(entriesOf(root.resolve("snapshots"))).containsExactly("20260301T080000Z");
        assertThat(entriesOf(current)).containsExactly("un");
    }

    @Test
    void aGoodSyncSwitchesCurrentAtomicallyAndReportsWhatChanged() throws Exception {
        String previous = previousWithOldUn();
        Map<String, String> before = fingerprint(root.resolve("snapshots").resolve(previous));
        server.serve(UN_PATH, unNew);
        // A reader resolving the store all through the sync must only ever see one whole list file.
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicReference<String> broken = new AtomicReference<>();
        List<Long> seen = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (running.get() && broken.get() == null) {
                try {
                    Path file = SnapshotStore.resolveListsFolder(root).resolve(UN_PATH);
                    long size = Files.size(file);
                    if (size != unOld.length && size != unNew.length) {
                        broken.set("saw " + file + " with " + size + " bytes");
                    }
                    seen.add(size);
                    Thread.sleep(1);
                } catch (IOException e) {
                    broken.set(e.toString());
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        reader.start();
        SyncReport report;
        try {
            report = sync(settings(Source.UN));
        } finally {
            running.set(false);
            reader.join();
        }

        assertThat(broken.get()).isNull();
        assertThat(seen).isNotEmpty();
        assertThat(report.switched()).isTrue();
        assertThat(report.previousSnapshot()).isEqualTo(previous);
        assertThat(report.currentSnapshot()).isEqualTo("20260301T080000Z");
        assertThat(Files.readString(root.resolve("current"))).isEqualTo("20260301T080000Z\n");
        assertThat(root.resolve(".current.tmp")).doesNotExist();
        assertThat(entriesOf(root.resolve("snapshots"))).containsExactly(previous, "20260301T080000Z");
        SourceOutcome un = report.outcomes().getFirst();
        assertThat(un.status()).isEqualTo(SourceOutcome.Status.UPDATED);
        assertThat(un.entitiesBefore()).isEqualTo(879);
        assertThat(un.entitiesAfter()).isEqualTo(1003);
        assertThat(un.publishedBefore()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(un.publishedAfter()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(un.diff().added()).hasSize(130).extracting(EntityRef::id).contains("un:HTe.001", "un:IRe.001");
        assertThat(un.diff().removed()).hasSize(6).extracting(EntityRef::id).contains("un:QDi.317", "un:IQi.074");
        assertThat(SnapshotStore.resolveListsFolder(root).resolve(UN_PATH)).hasBinaryContent(unNew);
        assertThat(fingerprint(root.resolve("snapshots").resolve(previous)))
                .as("previous snapshot untouched")
                .isEqualTo(before);
    }

    @Test
    void aMissingFileKeepsThePreviousSnapshotCurrent() throws IOException {
        String previous = previousWithOldUn();
        Map<String, String> before = fingerprint(root);
        server.serve(UN_PATH, new FixtureServer.Status(404));

        SyncReport report = sync(settings(Source.UN));

        assertRefusedAndNothingChanged(report, previous, before, "HTTP status 404");
        assertThat(report.outcomes().getFirst().keptPrevious()).isTrue();
    }

    @Test
    void aBodyShorterThanItsContentLengthIsRefused() throws IOException {
        String previous = previousWithOldUn();
        Map<String, String> before = fingerprint(root);
        server.serve(UN_PATH, new FixtureServer.Truncated(Arrays.copyOf(unNew, unNew.length / 2), unNew.length));

        SyncReport report = sync(settings(Source.UN));

        assertRefusedAndNothingChanged(report, previous, before, "broke off before the whole file arrived");
    }

    @Test
    void anXmlFileCutShortIsRefusedEvenWhenItStillReads() throws IOException {
        // Cut at 95 %: the UN reader recovers the complete records before the cut (with a warning), and
        // the entity count stays above 80 %, so only the missing end tag gives the cut away.
        String previous = previousWithOldUn();
        Map<String, String> before = fingerprint(root);
        server.serve(UN_PATH, Arrays.copyOf(unNew, unNew.length * 95 / 100));

        SyncReport report = sync(settings(Source.UN));

        assertRefusedAndNothingChanged(
                report,
                previous,
                before,
                "consolidated.xml: it ends without the closing </CONSOLIDATED_LIST> (cut off)");
    }

    @Test
    void aCsvFileCutInTheMiddleOfALineIsRefused() throws IOException {
        String previous = previousWithOldUn();
        Map<String, String> before = fingerprint(root);
        String row = "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        server.serve("us-ofac-sdn/sdn.csv", (row + row.substring(0, 20)).getBytes(StandardCharsets.US_ASCII));
        server.serve(
                "us-ofac-sdn/add.csv",
                "36,25,\"-0- \",\"Havana\",\"Cuba\",-0- \r\n\u001a".getBytes(StandardCharsets.US_ASCII));
        server.serve(
                "us-ofac-sdn/alt.csv", "36,1,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n".getBytes(StandardCharsets.US_ASCII));
        server.serve("us-ofac-sdn/sdn_comments.csv", new byte[0]);

        SyncReport report = sync(settings(Source.US_OFAC_SDN));

        assertRefusedAndNothingChanged(report, previous, before, "sdn.csv: its last line has no line break (cut off)");
    }

    @Test
    void aStalledServerIsCutOffAtTheTimeout() throws IOException {
        String previous = previousWithOldUn();
        Map<String, String> before = fingerprint(root);
        server.serve(UN_PATH, new FixtureServer.Stall(5_000, unNew));
        long start = System.nanoTime();

        SyncReport report = sync(settings(Source.UN).withRequestTimeout(Duration.ofMillis(300)));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertRefusedAndNothingChanged(report, previous, before, "no complete response within 300 ms");
    }

    @Test
    void aServerStallingInTheMiddleOfTheBodyIsCutOffAtTheTimeout() throws IOException {
        String previous = previousWithOldUn();
        Map<String, String> before = fingerprint(root);
        server.serve(UN_PATH, new FixtureServer.StallMidBody(5_000, unNew));
        long start = System.nanoTime();

        SyncReport report = sync(settings(Source.UN).withRequestTimeout(Duration.ofMillis(500)));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertRefusedAndNothingChanged(report, previous, before, "no complete response within 500 ms");
    }

    @Test
    void aListWithFarFewerEntitiesIsRefusedUnlessShrinkingIsAllowed() throws IOException {
        String previous = previousSnapshot(Map.of(UN_PATH, unNew));
        Map<String, String> before = fingerprint(root);
        byte[] shrunk = keepFirstIndividuals(unNew, 100);
        server.serve(UN_PATH, shrunk);

        SyncReport refused = sync(settings(Source.UN));

        assertRefusedAndNothingChanged(
                refused, previous, before, "373 entities, fewer than 80 % of the 1,003 in the previous snapshot");
        assertThat(refused.outcomes().getFirst().entitiesAfter()).isEqualTo(373);

        SyncReport accepted = sync(settings(Source.UN).withAllowShrink(true));

        assertThat(accepted.switched()).isTrue();
        assertThat(accepted.outcomes().getFirst().diff().removed()).hasSize(630);
        assertThat(SnapshotStore.resolveListsFolder(root).resolve(UN_PATH)).hasBinaryContent(shrunk);
    }

    @Test
    void aListDamagedOnTheWayIsRefusedWhenThePreviousCopyIsClean() throws IOException {
        String previous = previousWithOldUn();
        Map<String, String> before = fingerprint(root);
        // Newer and readable (878 of 879 records), but its bytes were re-encoded on the way.
        server.serve(
                UN_PATH,
                Files.readAllBytes(SharedData.require("data/lists-damaged/un-2025-08-reencoded/consolidated.xml")));

        SyncReport report = sync(settings(Source.UN));

        assertRefusedAndNothingChanged(
                report, previous, before, "was damaged on the way, and the previous copy is clean");
        assertThat(report.failures().getFirst().problem()).contains("expected UTF-8 text as declared");
    }

    @Test
    void anErrorPageServedWithStatus200IsRefused() throws IOException {
        String previous = previousWithOldUn();
        Map<String, String> before = fingerprint(root);
        server.serve(
                UN_PATH,
                "<!DOCTYPE html><html><body>Service unavailable</body></html>".getBytes(StandardCharsets.UTF_8));

        SyncReport report = sync(settings(Source.UN));

        assertRefusedAndNothingChanged(report, previous, before, "consolidated.xml is not in any list format");
    }

    @Test
    void anIdenticalDownloadMakesNoNewSnapshot() throws IOException {
        String previous = previousWithOldUn();
        server.serve(UN_PATH, unOld);

        SyncReport report = sync(settings(Source.UN));

        assertThat(report.switched()).isFalse();
        assertThat(report.currentSnapshot()).isEqualTo(previous);
        assertThat(report.failures()).isEmpty();
        SourceOutcome un = report.outcomes().getFirst();
        assertThat(un.status()).isEqualTo(SourceOutcome.Status.UNCHANGED);
        assertThat(un.entitiesBefore()).isEqualTo(879);
        assertThat(un.entitiesAfter()).isEqualTo(879);
        assertThat(un.diff().isEmpty()).isTrue();
        assertThat(un.diff().unchanged()).isEqualTo(879);
        assertThat(entriesOf(root.resolve("snapshots"))).containsExactly(previous);
    }

    @Test
    void aFailedSourceKeepsItsPreviousFilesBesideAnUpdatedOne() throws IOException {
        // A previous snapshot made by hand: the UN list of 2024-11 and an OFAC consolidated list.
        Path previous = root.resolve("snapshots")
                .resolve(previousSnapshot(Map.of(
                        UN_PATH,
                        unOld,
                        "us-ofac-cons/consolidated.xml",
                        "<sdnList/>".getBytes(StandardCharsets.UTF_8))));
        Map<String, String> before = fingerprint(previous);
        server.serve(UN_PATH, unNew);

        SyncReport report = sync(settings(Source.UN, Source.US_OFAC_CONS));

        assertThat(report.switched()).isTrue();
        assertThat(report.outcomes())
                .extracting(SourceOutcome::status)
                .containsExactly(SourceOutcome.Status.UPDATED, SourceOutcome.Status.FAILED);
        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo(Source.US_OFAC_CONS);
            assertThat(f.problem()).contains("/us-ofac-cons/consolidated.xml: HTTP status 404");
            assertThat(f.keptPrevious()).isTrue();
        });
        Path current = SnapshotStore.resolveListsFolder(root);
        assertThat(current.resolve(UN_PATH)).hasBinaryContent(unNew);
        assertThat(Files.isSameFile(
                        current.resolve("us-ofac-cons/consolidated.xml"),
                        previous.resolve("us-ofac-cons/consolidated.xml")))
                .as("kept by hard link")
                .isTrue();
        assertThat(fingerprint(previous)).isEqualTo(before);
    }

    @Test
    void aSourceWithOneOfItsFilesMissingIsRefusedWhole() throws IOException {
        String previous = previousWithOldUn();
        Map<String, String> before = fingerprint(root);
        server.serve(
                "us-ofac-sdn/sdn.csv",
                "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                        .getBytes(StandardCharsets.US_ASCII));
        server.serve(
                "us-ofac-sdn/add.csv",
                "36,25,\"-0- \",\"Havana\",\"Cuba\",-0- \r\n".getBytes(StandardCharsets.US_ASCII));
        server.serve("us-ofac-sdn/sdn_comments.csv", new byte[0]);

        SyncReport report = sync(settings(Source.US_OFAC_SDN));

        assertRefusedAndNothingChanged(report, previous, before, "/us-ofac-sdn/alt.csv: HTTP status 404");
        assertThat(report.outcomes().getFirst().keptPrevious())
                .as("there was no SDN copy to keep")
                .isFalse();
    }

    @Test
    void aFirstSyncThatFailsLeavesNoSnapshotBehind() throws IOException {
        SyncReport report = sync(settings(Source.UN));

        assertThat(report.switched()).isFalse();
        assertThat(report.currentSnapshot()).isNull();
        assertThat(report.failures())
                .singleElement()
                .extracting(SourceOutcome::problem)
                .asString()
                .contains("HTTP status 404");
        assertThat(root.resolve("current")).doesNotExist();
        assertThat(entriesOf(root.resolve("snapshots"))).isEmpty();
        assertThat(SnapshotStore.resolveListsFolder(root)).isEqualTo(root);
    }

    private void assertRefusedAndNothingChanged(
            SyncReport report, String previous, Map<String, String> before, String problem) throws IOException {
        assertThat(report.switched()).isFalse();
        assertThat(report.currentSnapshot()).isEqualTo(previous);
        assertThat(report.failures())
                .singleElement()
                .satisfies(f -> assertThat(f.problem()).contains(problem));
        assertThat(Files.readString(root.resolve("current")).strip()).isEqualTo(previous);
        assertThat(fingerprint(root)).as("store untouched").isEqualTo(before);
    }

    /** Every file below {@code dir} (lock file aside) with its size, mtime and content hash. */
    private static Map<String, String> fingerprint(Path dir) throws IOException {
        Map<String, String> prints = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (p.getFileName().toString().equals(".sync.lock")) {
                    continue;
                }
                FileTime modified = Files.getLastModifiedTime(p);
                prints.put(
                        dir.relativize(p).toString(),
                        Files.size(p) + "/" + modified + "/" + Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return prints;
    }

    private static List<String> entriesOf(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The UN list with all but its first {@code keep} INDIVIDUAL records dropped: still a valid file. */
    private static byte[] keepFirstIndividuals(byte[] xml, int keep) {
        String text = new String(xml, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?s)<INDIVIDUAL>.*?</INDIVIDUAL>\\s*").matcher(text);
        StringBuilder out = new StringBuilder();
        int n = 0;
        while (m.find()) {
            m.appendReplacement(out, n++ < keep ? Matcher.quoteReplacement(m.group()) : "");
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One minute later at every call, so each sync gets its own snapshot name. */
    private static final class SteppingClock extends Clock {
        private Instant next;

        SteppingClock(Instant start) {
            this.next = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            Instant now = next;
            next = next.plusSeconds(60);
            return now;
        }
    }
}
