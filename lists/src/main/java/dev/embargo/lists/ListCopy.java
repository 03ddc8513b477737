package dev.embargo.lists;

import java.time.Instant;
import java.util.Map;

/**
 * One list as it was read and taken into service: what a later copy of the same files is checked against.
 *
 * @param key    the main file's path relative to the folder of lists, with '/' ("us-ofac-sdn/sdn.csv"): the
 *               same in every snapshot of a store, so a copy in a new snapshot meets the one it replaces
 * @param list   what was read
 * @param files  the files read for it (main file and companions) by key, as they were when read
 * @param readAt when it was read
 */
public record ListCopy(String key, LoadedList list, Map<String, FileStamp> files, Instant readAt) {
    public ListCopy {
        files = Map.copyOf(files);
    }

    /**
     * What a file looked like when read: size, modification time and identity (inode), which together
     * change when a file is rewritten or replaced.
     */
    public record FileStamp(long size, long modifiedMillis, String identity) {}
}
