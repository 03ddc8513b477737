package dev.embargo.store;

import dev.embargo.lists.model.Entity;
import dev.embargo.matching.LookupKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records' lookup keys ({@link LookupKeys}) in the {@code record_key} table: written with every screening
 * of a record, and read after a list change to find the records the changed listings can reach.
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
    /** Key look-ups per statement. */
    private static final int CHUNK = 500;

    private RecordKeys() {}

    /**
     * Writes the keys of {@code records}, as {@code screening}'s lists weigh them, in the caller's transaction;
     * the records in {@code hadKeys} lose their old keys first (a new record has none to lose).
     */
    static void write(
            Connection c, RecordScreening screening, List<PortfolioRecord> records, Collection<String> hadKeys)
            throws SQLException {
        if (!hadKeys.isEmpty()) {
            remove(c, hadKeys);
        }
        if (records.isEmpty()) {
            return;
        }
        LookupKeys keys = LookupKeys.of(screening.lists().screener());
        List<List<LookupKeys.QueryKey>> all = records.parallelStream()
                .map(r -> distinct(keys.ofQuery(r.name(), r.kind(), r.identifiers())))
                .toList();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO record_key (key_hash, record_id, slot, share, need, crowded) VALUES (?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (int i = 0; i < records.size(); i++) {
                String id = records.get(i).id();
                for (LookupKeys.QueryKey k : all.get(i)) {
                    ps.setLong(1, k.key());
                    ps.setString(2, id);
                    ps.setInt(3, k.slot());
                    ps.setFloat(4, k.share());
                    ps.setFloat(5, k.need());
                    ps.setBoolean(6, k.crowded());
                    ps.addBatch();
                    if (++batched % 5000 == 0) {
                        ps.executeBatch();
                    }
                }
            }
            if (batched % 5000 != 0) {
                ps.executeBatch();
            }
        }
    }

    /** One row per key and slot: a name that repeats a word looks it up once. */
    private static List<LookupKeys.QueryKey> distinct(List<LookupKeys.QueryKey> keys) {
        Map<List<Object>, LookupKeys.QueryKey> out = new java.util.LinkedHashMap<>();
        for (LookupKeys.QueryKey k : keys) {
            out.putIfAbsent(List.of(k.key(), k.slot()), k);
        }
        return List.copyOf(out.values());
    }

    /** Removes the keys of these records. */
    static void remove(Connection c, Collection<String> recordIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM record_key WHERE record_id = ?")) {
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
        // record → reading → slot → share
        Map<String, Map<Integer, Map<Integer, Float>>> shares = new HashMap<>();
        Map<String, Map<Integer, Float>> needs = new HashMap<>();
        Map<String, Map<Integer, Boolean>> crowded = new HashMap<>();
        Map<String, Set<Long>> met = new HashMap<>();
        Set<String> identifier = new HashSet<>();
        List<Long> keys = new ArrayList<>(listingKeys);
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<Long> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT record_id, slot, share, need, crowded, key_hash"
                    + " FROM record_key WHERE key_hash IN (" + marks + ")")) {
                ps.setFetchSize(5000);
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String record = rs.getString(1);
                        int slot = rs.getInt(2);
                        if (slot == LookupKeys.IDENTIFIER_SLOT) {
                            identifier.add(record);
                            continue;
                        }
                        int reading = new LookupKeys.QueryKey(0, slot, 0, 0, false).reading();
                        shares.computeIfAbsent(record, k -> new HashMap<>())
                                .computeIfAbsent(reading, k -> new HashMap<>())
                                .merge(slot, rs.getFloat(3), Math::max);
                        needs.computeIfAbsent(record, k -> new HashMap<>()).put(reading, rs.getFloat(4));
                        crowded.computeIfAbsent(record, k -> new HashMap<>()).put(reading, rs.getBoolean(5));
                        met.computeIfAbsent(record, k -> new HashSet<>()).add(rs.getLong(6));
                    }
                }
            }
        }
        Map<String, Set<Long>> reached = new HashMap<>();
        Set<String> crowdedReached = new HashSet<>();
        shares.forEach((record, readings) -> readings.forEach((reading, slots) -> {
            double sum = 0;
            for (float s : slots.values()) {
                sum += s;
            }
            // A hair below the need: the shares were summed in float when written.
            if (sum >= needs.get(record).get(reading) - 1e-6) {
                reached.put(record, met.get(record));
                if (crowded.get(record).get(reading)) {
                    crowdedReached.add(record);
                }
            }
        }));
        identifier.forEach(reached::remove);
        identifier.forEach(crowdedReached::remove);
        return new Reach(identifier, reached, crowdedReached);
    }
}
