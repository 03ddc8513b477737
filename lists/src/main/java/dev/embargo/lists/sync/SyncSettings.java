package dev.embargo.lists.sync;

import dev.embargo.lists.ListCheck;
import dev.embargo.lists.model.Source;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How one sync runs.
 *
 * @param sources        the sources to download
 * @param mirrorBase     fetch {@code <base>/<source code>/<file>} instead of the official URLs, or null
 * @param requestTimeout time allowed for one whole file, headers and body
 * @param minEntityRatio a download with fewer entities than this share of the previous version is refused
 *                       (lists grow; a list that suddenly halves is far more likely a broken publication)
 * @param minSizeRatio   a file smaller than this share of the previous file of the same name is refused
 * @param allowShrink    accept shrunken lists anyway (after a real mass delisting)
 * @param keepSnapshots  how many snapshots to keep, the current one always among them
 */
public record SyncSettings(List<Source> sources, URI mirrorBase, Duration requestTimeout, double minEntityRatio,
                           double minSizeRatio, boolean allowShrink, int keepSnapshots) {
    public static final double DEFAULT_MIN_ENTITY_RATIO = ListCheck.DEFAULT_MIN_ENTITY_RATIO;
    public static final double DEFAULT_MIN_SIZE_RATIO = ListCheck.DEFAULT_MIN_SIZE_RATIO;
    public static final int DEFAULT_KEEP_SNAPSHOTS = 10;

    public SyncSettings {
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no sources to sync");
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("request timeout must be positive");
        }
        if (keepSnapshots < 1) {
            throw new IllegalArgumentException("must keep at least the current snapshot");
        }
    }

    public static SyncSettings defaults() {
        return new SyncSettings(Arrays.asList(Source.values()), null, ListDownloader.DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_MIN_ENTITY_RATIO, DEFAULT_MIN_SIZE_RATIO, false, DEFAULT_KEEP_SNAPSHOTS);
    }

    public SyncSettings withSources(List<Source> sources) {
        return new SyncSettings(sources, mirrorBase, requestTimeout, minEntityRatio, minSizeRatio, allowShrink,
                keepSnapshots);
    }

    public SyncSettings withMirrorBase(URI mirrorBase) {
        return new SyncSettings(sources, mirrorBase, requestTimeout, minEntityRatio, minSizeRatio, allowShrink,
                keepSnapshots);
    }

    public SyncSettings withRequestTimeout(Duration requestTimeout) {
        return new SyncSettings(sources, mirrorBase, requestTimeout, minEntityRatio, minSizeRatio, allowShrink,
                keepSnapshots);
    }

    public SyncSettings withAllowShrink(boolean allowShrink) {
        return new SyncSettings(sources, mirrorBase, requestTimeout, minEntityRatio, minSizeRatio, allowShrink,
                keepSnapshots);
    }

    public SyncSettings withKeepSnapshots(int keepSnapshots) {
        return new SyncSettings(sources, mirrorBase, requestTimeout, minEntityRatio, minSizeRatio, allowShrink,
                keepSnapshots);
    }
}
