package dev.embargo.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Random;

/**
 * Damaged copies of a good list file, as a failed download, a full disk or an operator's slip leaves them,
 * generated from the good file by the tests (never stored in the project). Shared with the server's and
 * the command line's tests.
 */
public enum HostileListFiles {
    EMPTY,
    RANDOM_BYTES,
    HTML_ERROR_PAGE,
    /** The first third of the file: a download or copy that stopped. */
    TRUNCATED,
    /** A file the process cannot read, even as root (a link to /proc/self/mem, whose reads fail with EIO). */
    UNREADABLE;

    private static final String ERROR_PAGE = """
            <!DOCTYPE html>
            <html><head><title>503 Service Unavailable</title></head>
            <body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your request.</p></body>
            </html>
            """;

    /** Replaces {@code target} with this damaged form of {@code good} (which may be {@code target} itself). */
    public void write(Path good, Path target) throws IOException {
        byte[] bytes = this == UNREADABLE ? null : Files.readAllBytes(good);
        Files.deleteIfExists(target);
        switch (this) {
            case EMPTY -> Files.write(target, new byte[0]);
            case RANDOM_BYTES -> {
                byte[] noise = new byte[Math.max(1024, bytes.length / 10)];
                new Random(bytes.length).nextBytes(noise);
                Files.write(target, noise);
            }
            case HTML_ERROR_PAGE -> Files.writeString(target, ERROR_PAGE, StandardCharsets.UTF_8);
            case TRUNCATED -> {
                int cut = bytes.length / 3;
                // Cut inside a line, not just after a line break, as an interrupted transfer mostly does.
                while (cut > 1 && (bytes[cut - 1] == '\n' || bytes[cut - 1] == '\r')) {
                    cut--;
                }
                Files.write(target, Arrays.copyOf(bytes, cut));
            }
            case UNREADABLE -> Files.createSymbolicLink(target, Path.of("/proc/self/mem"));
        }
    }

    /** Whether this machine can make a file the process cannot read (Linux); tests skip the case where not. */
    public static boolean unreadableFilesPossible() {
        Path mem = Path.of("/proc/self/mem");
        if (!Files.isRegularFile(mem)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(mem)) {
            in.read();
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** Puts a good copy back in place of a damaged one (a new file, as a copy or a download makes it). */
    public static void restore(Path good, Path target) throws IOException {
        Files.deleteIfExists(target);
        Files.copy(good, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
