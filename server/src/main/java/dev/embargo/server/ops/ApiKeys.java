package dev.embargo.server.ops;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API keys a server accepts, kept only as SHA-256 hashes, each with its holder and role. A presented key is
 * hashed and compared with every stored hash in constant time, so neither the keys nor the time a comparison
 * takes give one away.
 */
public final class ApiKeys {
    private static final String HASH_PREFIX = "sha256:";
    private static final Pattern HOLDER = Pattern.compile("[\\p{L}\\p{N}._@+-]{1,100}");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?i)(holder|role)=(\\S*)");

    /** One key: its hash, who holds it and what they may do. */
    private record Key(byte[] hash, String holder, Role role) {}

    private final List<Key> keys;

    private ApiKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    public static ApiKeys none() {
        return new ApiKeys(List.of());
    }

    /**
     * Keys as configured, one a line: the key itself, or {@code sha256:<64 hex digits>} for a key given by its
     * hash (so a key file need not hold the keys themselves), optionally followed by {@code holder=NAME} (who
     * holds it; default {@code key-} and the first 8 hex digits of its hash) and {@code role=ROLE} (analyst,
     * supervisor, auditor or admin; default {@link Role#DEFAULT}), separated by spaces. Blank lines and lines
     * starting with # are skipped.
     *
     * @throws IllegalArgumentException naming the line when a hash, holder or role is malformed or a key too short
     */
    public static ApiKeys parse(List<String> lines) {
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "line " + (i + 1) + ": ";
            String holder = null;
            Role role = null;
            // Attributes are read off the end, so a key that itself holds spaces stays whole.
            while (true) {
                int space = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
                if (space < 0) {
                    break;
                }
                var m = ATTRIBUTE.matcher(line.substring(space + 1));
                if (!m.matches()) {
                    break;
                }
                String value = m.group(2);
                if (m.group(1).toLowerCase(Locale.ROOT).equals("holder")) {
                    if (holder != null || !HOLDER.matcher(value).matches()) {
                        throw new IllegalArgumentException(where
                                + "expected one holder=NAME of letters, digits and . _ @ + - (at most 100), got \""
                                + value + "\"");
                    }
                    holder = value;
                } else {
                    if (role != null) {
                        throw new IllegalArgumentException(where + "expected one role=, found two");
                    }
                    try {
                        role = Role.of(value);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(where + e.getMessage(), e);
                    }
                }
                line = line.substring(0, space).strip();
            }
            byte[] hash;
            if (line.toLowerCase(Locale.ROOT).startsWith(HASH_PREFIX)) {
                String hex = line.substring(HASH_PREFIX.length());
                if (!hex.matches("[0-9a-fA-F]{64}")) {
                    throw new IllegalArgumentException(where + "expected sha256: and 64 hex digits");
                }
                hash = HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
            } else {
                if (line.length() < 16) {
                    throw new IllegalArgumentException(where + "an API key must have at least 16 characters");
                }
                hash = sha256(line);
            }
            keys.add(new Key(
                    hash,
                    holder != null ? holder : "key-" + HexFormat.of().formatHex(hash, 0, 4),
                    role != null ? role : Role.DEFAULT));
        }
        return new ApiKeys(keys);
    }

    public boolean configured() {
        return !keys.isEmpty();
    }

    public int count() {
        return keys.size();
    }

    /** How many keys each role has, for the start-up line. */
    public Map<Role, Integer> countByRole() {
        Map<Role, Integer> out = new EnumMap<>(Role.class);
        for (Key k : keys) {
            out.merge(k.role(), 1, Integer::sum);
        }
        return out;
    }

    /** True when {@code presented} is one of the keys; every stored hash is compared, whatever the outcome. */
    public boolean accepts(String presented) {
        return caller(presented).isPresent();
    }

    /** The holder and role of {@code presented}, when it is a key; every stored hash is compared. */
    public Optional<Caller> caller(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] h = sha256(presented);
        Key found = null;
        for (Key stored : keys) {
            if (MessageDigest.isEqual(stored.hash(), h) && found == null) {
                found = stored;
            }
        }
        return found == null ? Optional.empty() : Optional.of(new Caller(found.holder(), found.role()));
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
