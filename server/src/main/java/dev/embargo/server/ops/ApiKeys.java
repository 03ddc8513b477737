package dev.embargo.server.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The API keys a server accepts, kept only as SHA-256 hashes. A presented key is hashed and compared with
 * every stored hash in constant time, so neither the keys nor the time a comparison takes give one away.
 */
public final class ApiKeys {
    private static final String HASH_PREFIX = "sha256:";
    private final List<byte[]> hashes;

    private ApiKeys(List<byte[]> hashes) {
        this.hashes = List.copyOf(hashes);
    }

    public static ApiKeys none() {
        return new ApiKeys(List.of());
    }

    /**
     * Keys as configured: each line a key, or {@code sha256:<64 hex digits>} for a key given by its hash
     * (so a key file need not hold the keys themselves). Blank lines and lines starting with # are skipped.
     *
     * @throws IllegalArgumentException naming the line when a hash is malformed or a key is too short
     */
    public static ApiKeys parse(List<String> lines) {
        List<byte[]> hashes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.toLowerCase(Locale.ROOT).startsWith(HASH_PREFIX)) {
                String hex = line.substring(HASH_PREFIX.length());
                if (!hex.matches("[0-9a-fA-F]{64}")) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": expected sha256: and 64 hex digits");
                }
                hashes.add(HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT)));
            } else {
                if (line.length() < 16) {
                    throw new IllegalArgumentException(
                            "line " + (i + 1) + ": an API key must have at least 16 characters");
                }
                hashes.add(sha256(line));
            }
        }
        return new ApiKeys(hashes);
    }

    public boolean configured() {
        return !hashes.isEmpty();
    }

    public int count() {
        return hashes.size();
    }

    /** True when {@code presented} is one of the keys; every stored hash is compared, whatever the outcome. */
    public boolean accepts(String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] h = sha256(presented);
        boolean ok = false;
        for (byte[] stored : hashes) {
            ok |= MessageDigest.isEqual(stored, h);
        }
        return ok;
    }

    /** The line to put in a key file for {@code key}, so the file holds no key in clear. */
    public static String hashLine(String key) {
        return HASH_PREFIX + HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
