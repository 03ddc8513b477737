package dev.embargo.lists;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One list to read: its main file and, for the OFAC legacy CSV set, the companion files found beside it.
 */
public record ListFiles(ListFormat format, Path main, Map<ListFormat, Path> companions) {
    public ListFiles {
        companions = Map.copyOf(companions);
    }

    public static ListFiles single(ListFormat format, Path file) {
        return new ListFiles(format, file, Map.of());
    }

    public Optional<Path> companion(ListFormat format) {
        return Optional.ofNullable(companions.get(format));
    }
}
