package dev.embargo.store;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.LookupKeys;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records' lookup keys ({@link LookupKeys}), one row per record in the {@code record_lookup_keys} table with
 * its keys packed ({@link #pack}): written with every screening of a record, and read after a list change to
 * find the records the changed listings can reach.
 *
 * <p>Why one packed row per record and a scan rather than a row per key with an index on the key: an import
 * writes records in file order, so a record's row lands at the end of its table, but its keys are hashes spread
 * over the whole key space, so an index on them takes each batch's nine or ten keys per record in every part of
 * its tree. H2 writes a changed page anew and keeps the old copy for a while, so every batch rewrote most of
 * that index and the file grew far beyond its data. Packed, the keys add about 150 bytes to a record, written
 * where the record is; a list change reads them all once, which at a million records is a few hundred megabytes
 * read in a few seconds, and tests each key against the changed listings' keys in memory.
 *
 * <p>Why the records a list change selects are all it can affect. A record's result is the parties it meets at
 * the threshold among the candidates its name's readings find. A listing the change added, changed or removed
 * enters or leaves those candidates only through a key both hold; it matters only if the words it shares weigh
 * at least the policy's share of the record's name (below that it is dropped before scoring, and ranks below
 * every candidate that reaches it, so it pushes none of them out of the best few). So the records selected are
 * those whose stored keys meet the keys of the added listings, of both versions of the changed ones and of the
 * removed ones with a summed share reaching the reading's need (or that share an identifier), plus those
 * whose current alert is on a party one of whose listings changed or went. What this leaves out: a record whose
 * scores against unchanged listings move only because the change made some word more or less common (a word's
 * weight follows how many listings use it); such moves are a fraction of a word's weight, and the full
 * re-screen comparison on real list history (RescreeningTest) checks that none of them crossed the threshold.
 */
final class RecordKeys {
    /** The packing's version, its first byte: a store written by another packing is refused, not misread. */
    private static final byte PACKING = 1;

    private RecordKeys() {}

    /**
     * Packs a record's keys for its row: one key and slot once (a name that repeats a word looks it up once),
     * grouped by reading, each group with the need and crowding its keys share, then each key with its word
     * and share. Returns null for a record with no key.
     */
    static byte[] pack(List<LookupKeys.QueryKey> keys) {
        Map<List<Object>, LookupKeys.QueryKey> distinct = new LinkedHashMap<>();
        for (LookupKeys.QueryKey k : keys) {
            distinct.putIfAbsent(List.of(k.key(), k.slot()), k);
        }
        List<LookupKeys.QueryKey> all = List.copyOf(distinct.values());
        ByteBuffer out = ByteBuffer.allocate(1 + all.size() * (GROUP + KEY));
        out.put(PACKING);
        int from = 0;
        while (from < all.size()) {
            LookupKeys.QueryKey first = all.get(from);
            int to = from + 1;
            while (to < all.size() && to - from < Short.MAX_VALUE && sameGroup(first, all.get(to))) {
                to++;
            }
            out.putInt(first.reading());
            out.putFloat(first.need());
            out.put((byte) (first.crowded() ? 1 : 0));
            out.putShort((short) (to - from));
            for (int i = from; i < to; i++) {
                LookupKeys.QueryKey k = all.get(i);
                out.putLong(k.key());
                out.putInt(k.slot());
                out.putFloat(k.share());
            }
            from = to;
        }
        return all.isEmpty() ? null : Arrays.copyOf(out.array(), out.position());
    }

    private static final int GROUP = 4 + 4 + 1 + 2;
    private static final int KEY = 8 + 4 + 4;

    private static boolean sameGroup(LookupKeys.QueryKey a, LookupKeys.QueryKey b) {
        return a.reading() == b.reading() && a.need() == b.need() && a.crowded() == b.crowded();
    }

    /** The keys {@link #pack} packed, in their order. */
    static List<LookupKeys.QueryKey> unpack(byte[] packed) {
        List<LookupKeys.QueryKey> out = new ArrayList<>();
        ByteBuffer in = packedBuffer(packed);
        while (in.hasRemaining()) {
            in.getInt();
            float need = in.getFloat();
            boolean crowded = in.get() != 0;
            int n = in.getShort();
            for (int i = 0; i < n; i++) {
                out.add(new LookupKeys.QueryKey(in.getLong(), in.getInt(), in.getFloat(), need, crowded));
            }
        }
        return out;
    }

    private static ByteBuffer packedBuffer(byte[] packed) {
        if (packed.length == 0 || packed[0] != PACKING) {
            throw new StoreException("record_lookup_keys: expected keys packed as version " + PACKING + ", got "
                    + (packed.length == 0 ? "nothing" : "version " + packed[0]));
        }
        return ByteBuffer.wrap(packed, 1, packed.length - 1);
    }

    /**
     * Writes the keys of the {@code screened} records in the caller's transaction; the records in {@code hadKeys}
     * lose their old keys first (a new record has none to lose).
     */
    static void write(Connection c, List<ScreenedRecord> screened, Collection<String> hadKeys) throws SQLException {
        if (!hadKeys.isEmpty()) {
            remove(c, hadKeys);
        }
        if (screened.isEmpty()) {
            return;
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO record_lookup_keys (record_id, lookup_keys) VALUES (?, ?)")) {
            int batched = 0;
            for (ScreenedRecord s : screened) {
                if (s.keys() == null) {
                    continue;
                }
                ps.setString(1, s.record().id());
                ps.setBytes(2, s.keys());
                ps.addBatch();
                batched++;
            }
            if (batched > 0) {
                ps.executeBatch();
            }
        }
    }

    /** Removes the keys of these records. */
    static void remove(Connection c, Collection<String> recordIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM record_lookup_keys WHERE record_id = ?")) {
            for (String id : recordIds) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Each key of these listings, with the listings that hold it. */
    static Map<Long, List<Entity>> ofListings(LookupKeys keys, Collection<Entity> listings) {
        Map<Long, List<Entity>> out = new HashMap<>();
        List<Entity> all = List.copyOf(listings);
        List<long[]> each = all.parallelStream().map(keys::ofListing).toList();
        for (int i = 0; i < all.size(); i++) {
            for (long key : each.get(i)) {
                out.computeIfAbsent(key, k -> new ArrayList<>(1)).add(all.get(i));
            }
        }
        return out;
    }

    /**
     * The records a list change's keys reach.
     *
     * @param identifier records sharing an identifier key with a changed listing: screened again
     * @param met        the other records meeting a reading's need, with the keys they share
     * @param crowded    those of {@code met} for which a reading whose best few candidates were full meets its
     *                   need: there a listing may push a candidate out, or, gone, let one in
     */
    record Reach(Set<String> identifier, Map<String, Set<Long>> met, Set<String> crowded) {}

    /**
     * The records whose stored keys meet {@code listingKeys} so that a listing holding them can matter: an
     * identifier, or, in one reading of the record's name, slots whose shares reach that reading's need.
     */
    static Reach reached(Connection c, Set<Long> listingKeys) throws SQLException {
        long[] wanted = listingKeys.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<String, Set<Long>> reached = new HashMap<>();
        Set<String> crowdedReached = new HashSet<>();
        Set<String> identifier = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT record_id, lookup_keys FROM record_lookup_keys")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] packed = rs.getBytes(2);
                    Met m = met(packed, wanted);
                    if (m == null) {
                        continue;
                    }
                    String record = rs.getString(1);
                    if (m.identifier()) {
                        identifier.add(record);
                    } else if (m.reaches()) {
                        reached.put(record, m.keys());
                        if (m.crowded()) {
                            crowdedReached.add(record);
                        }
                    }
                }
            }
        }
        return new Reach(identifier, reached, crowdedReached);
    }

    /**
     * What one record's keys share with the listings' keys: whether an identifier, whether some reading's shared
     * slots reach its need (and whether such a reading was crowded), and every key shared.
     */
    private record Met(boolean identifier, boolean reaches, boolean crowded, Set<Long> keys) {}

    /** {@link Met} of a record's packed keys, or null when they share none with {@code wanted} (sorted). */
    static Met met(byte[] packed, long[] wanted) {
        ByteBuffer in = packedBuffer(packed);
        Set<Long> keys = null;
        boolean identifier = false;
        // reading → slot → share, and each reading's need and crowding, of the slots shared
        Map<Integer, Map<Integer, Float>> shares = null;
        Map<Integer, Float> needs = null;
        Map<Integer, Boolean> crowded = null;
        while (in.hasRemaining()) {
            int reading = in.getInt();
            float need = in.getFloat();
            boolean crowdedReading = in.get() != 0;
            int n = in.getShort();
            for (int i = 0; i < n; i++) {
                long key = in.getLong();
                int slot = in.getInt();
                float share = in.getFloat();
                if (Arrays.binarySearch(wanted, key) < 0) {
                    continue;
                }
                if (keys == null) {
                    keys = new HashSet<>();
                    shares = new HashMap<>();
                    needs = new HashMap<>();
                    crowded = new HashMap<>();
                }
                if (slot == LookupKeys.IDENTIFIER_SLOT) {
                    identifier = true;
                    continue;
                }
                shares.computeIfAbsent(reading, k -> new HashMap<>()).merge(slot, share, Math::max);
                needs.put(reading, need);
                crowded.put(reading, crowdedReading);
                keys.add(key);
            }
        }
        if (keys == null) {
            return null;
        }
        boolean reaches = false;
        boolean crowdedReach = false;
        for (Map.Entry<Integer, Map<Integer, Float>> r : shares.entrySet()) {
            double sum = 0;
            for (float s : r.getValue().values()) {
                sum += s;
            }
            // A hair below the need: the shares were summed in float when written.
            if (sum >= needs.get(r.getKey()) - 1e-6) {
                reaches = true;
                crowdedReach |= crowded.get(r.getKey());
            }
        }
        return new Met(identifier, reaches, crowdedReach, keys);
    }
}
