package dev.embargo.lists.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotStoreTest {
    @TempDir
    Path root;

    @Test
    void aFolderWithoutMarkerIsAPlainTreeOfListFiles() throws IOException {
        Files.createDirectories(root.resolve("un"));

        assertThat(SnapshotStore.resolveListsFolder(root)).isEqualTo(root);
    }

    @Test
    void aFolderWithMarkerStandsForItsCurrentSnapshot() throws IOException {
        SnapshotStore store = new SnapshotStore(root);
        Files.createDirectories(store.snapshotFolder("20260301T120000Z").resolve("un"));
        store.makeCurrent("20260301T120000Z");

        assertThat(Files.readString(root.resolve("current"))).isEqualTo("20260301T120000Z\n");
        assertThat(SnapshotStore.resolveListsFolder(root)).isEqualTo(root.resolve("snapshots/20260301T120000Z"));
        assertThat(root.resolve(".current.tmp")).doesNotExist();
    }

    @Test
    void aMarkerNamingAMissingSnapshotIsAnErrorNotAnEmptyList() throws IOException {
        Files.writeString(root.resolve("current"), "20260301T120000Z\n");

        assertThatThrownBy(() -> SnapshotStore.resolveListsFolder(root))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("names snapshot 20260301T120000Z")
                .hasMessageContaining("missing");
    }

    @Test
    void aMarkerThatIsNotASnapshotNameIsRejected() throws IOException {
        Files.writeString(root.resolve("current"), "../../etc\n");

        assertThatThrownBy(() -> SnapshotStore.resolveListsFolder(root))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("expected the name of a folder")
                .hasMessageContaining("../../etc");
    }

    @Test
    void makeCurrentRefusesASnapshotThatDoesNotExist() {
        assertThatThrownBy(() -> new SnapshotStore(root).makeCurrent("20260301T120000Z"))
                .hasMessageContaining("no snapshot named 20260301T120000Z");
        assertThat(root.resolve("current")).doesNotExist();
    }

    @Test
    void snapshotNamesAreUtcTimestampsMadeUniqueWithinOneSecond() throws IOException {
        SnapshotStore store = new SnapshotStore(root);
        Instant when = Instant.parse("2026-03-01T12:00:00.750Z");
        String first = store.newSnapshotName(when);
        Files.createDirectories(store.snapshotFolder(first));
        String second = store.newSnapshotName(when);

        assertThat(first).isEqualTo("20260301T120000Z");
        assertThat(second).isEqualTo("20260301T120000Z-2");
        assertThat(first.compareTo(second)).isNegative();
    }

    @Test
    void pruneKeepsTheNewestAndNeverTheCurrent() throws IOException {
        SnapshotStore store = new SnapshotStore(root);
        for (String n : new String[] {"20260101T000000Z", "20260102T000000Z", "20260103T000000Z", "20260104T000000Z"}) {
            Files.createDirectories(store.snapshotFolder(n).resolve("un"));
            Files.writeString(store.snapshotFolder(n).resolve("un/consolidated.xml"), n);
        }
        store.makeCurrent("20260101T000000Z");

        assertThat(store.prune(2)).containsExactly("20260102T000000Z");
        assertThat(store.snapshotNames()).containsExactly("20260101T000000Z", "20260103T000000Z", "20260104T000000Z");
    }

    @Test
    void aSecondSyncOnTheSameStoreIsRefusedWhileTheFirstHoldsIt() throws IOException {
        SnapshotStore store = new SnapshotStore(root);
        try (SnapshotStore.Lock held = store.lock()) {
            assertThatThrownBy(store::lock).hasMessageContaining("another embargo sync is running");
        }
        try (SnapshotStore.Lock again = store.lock()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void aFolderOfPlainListFilesIsNotTurnedIntoAStore() throws IOException {
        Files.createDirectories(root.resolve("un"));
        Files.writeString(root.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> new ListSync(
                                new SnapshotStore(root), SyncSettings.defaults(), java.time.Clock.systemUTC())
                        .run())
                .hasMessageContaining("is not a sync store: it holds notes.txt, un");
        assertThat(root.resolve("snapshots")).doesNotExist();
        assertThat(root.resolve("current")).doesNotExist();
    }

    @Test
    void linkTreeSharesFilesAndLeavesHiddenOnesOut() throws IOException {
        Path from = Files.createDirectories(root.resolve("a/un"));
        Files.writeString(from.resolve("consolidated.xml"), "<CONSOLIDATED_LIST/>");
        Files.writeString(from.resolve(".partial"), "x");
        Files.createDirectories(root.resolve("a/.download/un"));
        Path to = Files.createDirectories(root.resolve("b"));

        SnapshotStore.linkTree(root.resolve("a"), to);

        assertThat(to.resolve("un/consolidated.xml")).hasContent("<CONSOLIDATED_LIST/>");
        assertThat(Files.isSameFile(to.resolve("un/consolidated.xml"), from.resolve("consolidated.xml")))
                .as("hard-linked, not copied")
                .isTrue();
        assertThat(to.resolve("un/.partial")).doesNotExist();
        assertThat(to.resolve(".download")).doesNotExist();
    }
}
