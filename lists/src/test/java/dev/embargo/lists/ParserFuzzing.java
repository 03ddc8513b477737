package dev.embargo.lists;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

/**
 * Shared harness for the jqwik fuzz tests of every parser: damages a real list file (truncation, byte
 * mutation) and checks that the parser either reads it or fails with its own {@link ListFormatException}
 * — never another exception, never a hang.
 */
public final class ParserFuzzing {
    private static final Duration NO_HANG = Duration.ofSeconds(30);

    private ParserFuzzing() {}

    /** The first {@code fraction} of the bytes (0..1). */
    public static byte[] truncate(byte[] original, double fraction) {
        int cut = (int) Math.max(0, Math.min(original.length, Math.round(original.length * fraction)));
        byte[] out = new byte[cut];
        System.arraycopy(original, 0, out, 0, cut);
        return out;
    }

    /** A copy with {@code mutations} random bytes overwritten, inserted or deleted, reproducible by seed. */
    public static byte[] mutate(byte[] original, long seed, int mutations) {
        Random random = new Random(seed);
        byte[] data = original.clone();
        for (int i = 0; i < mutations && data.length > 0; i++) {
            int pos = random.nextInt(data.length);
            switch (random.nextInt(3)) {
                case 0 -> data[pos] = (byte) random.nextInt(256);
                case 1 -> {
                    byte[] longer = new byte[data.length + 1];
                    System.arraycopy(data, 0, longer, 0, pos);
                    String noise = "<>\"&,;\n\r\u001a\0x";
                    longer[pos] = (byte) noise.charAt(random.nextInt(noise.length()));
                    System.arraycopy(data, pos, longer, pos + 1, data.length - pos);
                    data = longer;
                }
                default -> {
                    byte[] shorter = new byte[data.length - 1];
                    System.arraycopy(data, 0, shorter, 0, pos);
                    System.arraycopy(data, pos + 1, shorter, pos, data.length - pos - 1);
                    data = shorter;
                }
            }
        }
        return data;
    }

    /**
     * Writes {@code content} as {@code fileName} in a fresh temporary folder and reads it with {@code reader}.
     * Passes when the reader returns or throws {@link ListFormatException}; fails on any other throwable or
     * when reading takes longer than 30 s.
     */
    public static void assertReadsOrFailsCleanly(
            ListReader reader, ListFormat format, byte[] content, String fileName) {
        Path dir;
        try {
            dir = Files.createTempDirectory("embargo-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = dir.resolve(fileName);
        try {
            Files.write(file, content);
            assertTimeoutPreemptively(NO_HANG, () -> {
                try {
                    reader.read(ListFiles.single(format, file));
                } catch (ListFormatException expected) {
                    if (!expected.getMessage().contains(fileName)) {
                        fail("error does not name the file: " + expected.getMessage());
                    }
                } catch (Throwable other) {
                    fail("parser threw " + other + " instead of ListFormatException", other);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // A leftover temporary file is harmless.
            }
        }
    }
}
