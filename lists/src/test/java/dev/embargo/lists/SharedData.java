package dev.embargo.lists;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the real lists and evaluation data live: ../shared beside the repository (set by Maven as the
 * system property {@code embargo.shared}). Tests that need them are skipped, with the reason, where the
 * folder is absent.
 */
public final class SharedData {
    private SharedData() {}

    public static Path root() {
        String configured = System.getProperty("embargo.shared");
        return Path.of(configured != null ? configured : "../shared")
                .toAbsolutePath()
                .normalize();
    }

    /** The file or folder at {@code relative} below ../shared; skips the calling test when it is absent. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(
                Files.exists(p),
                () -> "skipped: " + p + " is absent (real data lives in ../shared beside the"
                        + " repository; see README.md)");
        return p;
    }

    public static Path lists() {
        return require("data/lists");
    }
}
