package dev.embargo.lists;

import java.util.Locale;

/**
 * The checks a new copy of a list must pass before it replaces the copy in service, shared by
 * {@code embargo sync} (a download) and the server's reload (files on disk): besides reading at all, it
 * must not be much smaller than the copy it replaces, since lists grow and a list that suddenly halves is
 * far more likely a broken publication or a damaged file than a mass delisting.
 *
 * @param minEntityRatio a copy with fewer entities than this share of the copy in service is refused
 * @param minSizeRatio   a file smaller than this share of the same file of the copy in service is refused
 * @param compare        whether to compare with the copy in service at all (off after a sync that was told
 *                       to accept a shrunken list, or for a snapshot that sync has already compared)
 * @param maxFileBytes   a list file larger than this is refused before it is parsed
 */
public record ListCheck(double minEntityRatio, double minSizeRatio, boolean compare, long maxFileBytes) {
    public static final double DEFAULT_MIN_ENTITY_RATIO = 0.8;
    public static final double DEFAULT_MIN_SIZE_RATIO = 0.5;
    /**
     * The largest file a sync accepts for any list (the EU's limit, ten times its 25 MB publication): a larger
     * file on disk was not published as a list, and the XML readers would hold a giant text node whole.
     */
    public static final long DEFAULT_MAX_FILE_BYTES = 256L << 20;

    public static final ListCheck DEFAULT =
            new ListCheck(DEFAULT_MIN_ENTITY_RATIO, DEFAULT_MIN_SIZE_RATIO, true, DEFAULT_MAX_FILE_BYTES);

    public ListCheck {
        if (!(minEntityRatio >= 0 && minEntityRatio <= 1) || !(minSizeRatio >= 0 && minSizeRatio <= 1)) {
            throw new IllegalArgumentException("ratios must be between 0 and 1");
        }
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
        }
    }

    public ListCheck withoutComparison() {
        return new ListCheck(minEntityRatio, minSizeRatio, false, maxFileBytes);
    }

    public ListCheck withMaxFileBytes(long bytes) {
        return new ListCheck(minEntityRatio, minSizeRatio, compare, bytes);
    }

    /**
     * Why {@code after} entities are too few to replace {@code before}, or null when they are enough.
     *
     * @param previous what the {@code before} copy is called in the message ("the previous snapshot")
     */
    public String entityShrinkage(int before, int after, String previous) {
        if (!compare || after >= minEntityRatio * before) {
            return null;
        }
        return String.format(
                Locale.ROOT,
                "%,d entities, fewer than %.0f %% of the %,d in %s",
                after,
                minEntityRatio * 100,
                before,
                previous);
    }

    /** Why file {@code name} of {@code after} bytes is too small to replace one of {@code before}, or null. */
    public String sizeShrinkage(String name, long before, long after, String previous) {
        if (!compare || after >= minSizeRatio * before) {
            return null;
        }
        return String.format(
                Locale.ROOT,
                "%s is %,d bytes, less than %.0f %% of the %,d bytes of %s",
                name,
                after,
                minSizeRatio * 100,
                before,
                previous);
    }
}
