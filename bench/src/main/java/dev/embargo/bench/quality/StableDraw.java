package dev.embargo.bench.quality;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Random draws that depend on one listing alone, so that a change to the lists moves only the generated cases of
 * the listings it changes. Drawn in sequence from one seeded random, every case after the first changed listing
 * was drawn anew whenever any listing changed, and per-class figures of a few hundred cases moved by several
 * points between two editions of the lists without a rule changing.
 *
 * <p>Which listings a class samples: the ones whose hash of (class, key) is smallest ({@link #ordered}, then the
 * first that fit). A listing removed or added moves at most one other case in or out at the end of the sample.
 * What is built from a listing: a {@link Random} seeded by the hash of (class, key) ({@link #random}). Which other
 * listing a near-miss is made with: the next one along the ring of hashes ({@link Ring}), which changes only when
 * that partner or a listing between them changes.
 */
public final class StableDraw {
    private StableDraw() {}

    /** A 64-bit hash of the parts (FNV-1a over their UTF-8 bytes, parts kept apart, then a final mix). */
    public static long hash(String... parts) {
        long h = 0xcbf29ce484222325L;
        for (String part : parts) {
            for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            h = (h ^ 0x1f) * 0x100000001b3L;
        }
        // The finaliser of MurmurHash3: FNV's low bits alone are poorly mixed for short keys.
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe1a85ec5L;
        h ^= h >>> 33;
        return h;
    }

    /** A random of its own for the case one class builds from one key: the same key gives the same draws. */
    public static Random random(String... parts) {
        return new Random(hash(parts));
    }

    /**
     * The items in the order of the hash of (class, key), each key once (the first item of a key is kept): a
     * class walks them and takes the first that fit, which are the same whatever other listings there are.
     */
    public static <T> List<T> ordered(Collection<T> items, Function<T, String> key, String cls) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T item : items) {
            byKey.putIfAbsent(key.apply(item), item);
        }
        record Hashed<T>(long hash, String key, T item) {}
        List<Hashed<T>> hashed = new ArrayList<>(byKey.size());
        byKey.forEach((k, item) -> hashed.add(new Hashed<>(hash(cls, k), k, item)));
        hashed.sort(Comparator.comparingLong((Hashed<T> h) -> h.hash()).thenComparing(Hashed::key));
        List<T> out = new ArrayList<>(hashed.size());
        for (Hashed<T> h : hashed) {
            out.add(h.item());
        }
        return out;
    }

    /** Strings in the order of the hash of (class, string), each once. */
    public static List<String> ordered(Collection<String> keys, String cls) {
        return ordered(keys, Function.identity(), cls);
    }

    /**
     * The {@code limit} items of the smallest hashes of (class, key), in that order; items of one key (the same case
     * drawn from two listings of one name) stay side by side.
     */
    public static <T> List<T> smallest(Collection<T> items, Function<T, String> key, String cls, int limit) {
        record Hashed<T>(long hash, String key, T item) {}
        List<Hashed<T>> hashed = new ArrayList<>(items.size());
        for (T item : items) {
            String k = key.apply(item);
            hashed.add(new Hashed<>(hash(cls, k), k, item));
        }
        hashed.sort(Comparator.comparingLong((Hashed<T> h) -> h.hash()).thenComparing(Hashed::key));
        List<T> out = new ArrayList<>(Math.min(limit, hashed.size()));
        for (int i = 0; i < Math.min(limit, hashed.size()); i++) {
            out.add(hashed.get(i).item());
        }
        return out;
    }

    /**
     * The candidate whose hash with (parts) is smallest (rendezvous hashing): the choice changes only when that
     * candidate goes or a new one of a smaller hash comes. Null when there are none.
     */
    public static <T> T pick(Collection<T> candidates, Function<T, String> key, String... parts) {
        T best = null;
        long bestHash = 0;
        String bestKey = null;
        String[] withKey = Arrays.copyOf(parts, parts.length + 1);
        for (T c : candidates) {
            String k = key.apply(c);
            withKey[parts.length] = k;
            long h = hash(withKey);
            if (best == null || h < bestHash || h == bestHash && k.compareTo(bestKey) < 0) {
                best = c;
                bestHash = h;
                bestKey = k;
            }
        }
        return best;
    }

    /**
     * Keys on a ring by their hash under one class: the partner of a key is the next key along the ring, which
     * stays the same while neither it nor a key between them changes.
     */
    public static final class Ring {
        private final String cls;
        private final long[] hashes;
        private final String[] keys;

        public Ring(Collection<String> keys, String cls) {
            List<String> sorted = ordered(keys, cls);
            this.keys = sorted.toArray(new String[0]);
            this.hashes = new long[this.keys.length];
            for (int i = 0; i < this.keys.length; i++) {
                hashes[i] = hash(cls, this.keys[i]);
            }
            this.cls = cls;
        }

        public boolean isEmpty() {
            return keys.length == 0;
        }

        /**
         * The {@code step}-th key after the hash of (class, of) along the ring, not {@code of} itself; null when
         * the ring holds no other key.
         */
        public String next(String of, int step) {
            if (keys.length == 0 || keys.length == 1 && keys[0].equals(of)) {
                return null;
            }
            long h = hash(cls, of);
            int at = Arrays.binarySearch(hashes, h);
            int i = at >= 0 ? at : -at - 1;
            int seen = 0;
            for (int n = 0; n < 2 * keys.length; n++) {
                String k = keys[(i + n) % keys.length];
                if (k.equals(of)) {
                    continue;
                }
                if (seen++ == step) {
                    return k;
                }
            }
            return null;
        }

        /** The next key after {@code of} along the ring. */
        public String next(String of) {
            return next(of, 0);
        }
    }
}
