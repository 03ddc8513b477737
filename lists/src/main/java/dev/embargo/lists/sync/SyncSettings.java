package dev.embargo.lists.sync;

import dev.embargo.lists.ListCheck;
import dev.embargo.lists.model.Source;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * @param maxBytes       size limit of each file of a source, where it differs from {@link #DEFAULT_MAX_BYTES}
 * @param redirectHosts  hosts a download may be redirected to besides its own (see {@link ListDownloader})
 */
public record SyncSettings(
        List<Source> sources,
        URI mirrorBase,
        Duration requestTimeout,
        double minEntityRatio,
        double minSizeRatio,
        boolean allowShrink,
        int keepSnapshots,
        Map<Source, Long> maxBytes,
        Set<String> redirectHosts) {
    public static final double DEFAULT_MIN_ENTITY_RATIO = ListCheck.DEFAULT_MIN_ENTITY_RATIO;
    public static final double DEFAULT_MIN_SIZE_RATIO = ListCheck.DEFAULT_MIN_SIZE_RATIO;
    public static final int DEFAULT_KEEP_SNAPSHOTS = 10;
    /**
     * Size limit of each file of a source: 10 to 20 times the largest file it published in early 2026 (EU
     * about 25 MB, OFAC SDN 4 MB, UK 2.2 MB, UN 2 MB, Canada 1.5 MB, OFAC consolidated and Australia 1 MB),
     * room for years of growth, while an endless or wrong response stops long before it fills a disk.
     */
    public static final Map<Source, Long> DEFAULT_MAX_BYTES = Map.of(
            Source.UN, 32L << 20,
            Source.US_OFAC_SDN, 64L << 20,
            Source.US_OFAC_CONS, 16L << 20,
            Source.EU_FSF, 256L << 20,
            Source.UK_OFSI, 32L << 20,
            Source.CA_SEMA, 32L << 20,
            Source.AU_DFAT, 16L << 20);

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
        maxBytes = Map.copyOf(maxBytes);
        maxBytes.forEach((source, limit) -> {
            if (limit <= 0) {
                throw new IllegalArgumentException(source.code() + ": size limit must be positive");
            }
        });
        redirectHosts = redirectHosts.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The size limit of each file of {@code source}: its own setting, else its default. */
    public long maxBytes(Source source) {
        Long own = maxBytes.get(source);
        return own != null ? own : DEFAULT_MAX_BYTES.getOrDefault(source, ListDownloader.DEFAULT_MAX_BYTES);
    }

    public static SyncSettings defaults() {
        return new SyncSettings(
                Arrays.asList(Source.values()),
                null,
                ListDownloader.DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_MIN_ENTITY_RATIO,
                DEFAULT_MIN_SIZE_RATIO,
                false,
                DEFAULT_KEEP_SNAPSHOTS,
                Map.of(),
                Set.of());
    }

    public SyncSettings withSources(List<Source> sources) {
        return new SyncSettings(
                sources,
                mirrorBase,
                requestTimeout,
                minEntityRatio,
                minSizeRatio,
                allowShrink,
                keepSnapshots,
                maxBytes,
                redirectHosts);
    }

    public SyncSettings withMirrorBase(URI mirrorBase) {
        return new SyncSettings(
                sources,
                mirrorBase,
                requestTimeout,
                minEntityRatio,
                minSizeRatio,
                allowShrink,
                keepSnapshots,
                maxBytes,
                redirectHosts);
    }

    public SyncSettings withRequestTimeout(Duration requestTimeout) {
        return new SyncSettings(
                sources,
                mirrorBase,
                requestTimeout,
                minEntityRatio,
                minSizeRatio,
                allowShrink,
                keepSnapshots,
                maxBytes,
                redirectHosts);
    }

    public SyncSettings withAllowShrink(boolean allowShrink) {
        return new SyncSettings(
                sources,
                mirrorBase,
                requestTimeout,
                minEntityRatio,
                minSizeRatio,
                allowShrink,
                keepSnapshots,
                maxBytes,
                redirectHosts);
    }

    public SyncSettings withKeepSnapshots(int keepSnapshots) {
        return new SyncSettings(
                sources,
                mirrorBase,
                requestTimeout,
                minEntityRatio,
                minSizeRatio,
                allowShrink,
                keepSnapshots,
                maxBytes,
                redirectHosts);
    }

    /** Size limits per source, replacing the defaults of the sources named. */
    public SyncSettings withMaxBytes(Map<Source, Long> maxBytes) {
        return new SyncSettings(
                sources,
                mirrorBase,
                requestTimeout,
                minEntityRatio,
                minSizeRatio,
                allowShrink,
                keepSnapshots,
                maxBytes,
                redirectHosts);
    }

    public SyncSettings withRedirectHosts(Set<String> redirectHosts) {
        return new SyncSettings(
                sources,
                mirrorBase,
                requestTimeout,
                minEntityRatio,
                minSizeRatio,
                allowShrink,
                keepSnapshots,
                maxBytes,
                redirectHosts);
    }
}
