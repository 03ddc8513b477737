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
 * <p>Why the row also holds what screening reads of its record (name, kind, dates of birth, countries,
 * identifiers; about 40 bytes): most records a change's keys reach are then scored against the changed listings'
 * names to see whether one comes near the threshold, and reading each of them again from {@code portfolio_record}
 * by its id (on H2 a look-up in the index of its string key, then in the table) cost about a third of that
 * scoring. Kept with the keys, the record is scored on the threads that decode the rows, as they are read, and a
 * record selected is screened as it was kept. The row is written with every screening of its record and removed
 * with it, so it holds the record as last screened, which is what a list change compares the new lists with.
 *
 * <p>Why the records a list change selects are all it can affect. A record's result is the parties it meets at
 * the threshold among the names its readings' rankings bring to scoring ({@link LookupKeys} says how a ranking
 * works and what a record's keys say of it). A listing the change added, changed or removed enters or leaves a
 * ranking only through a key one of its names shares with the record; each name is tested on its own, as the
 * ranking weighs it: the record's slots it shares (a slot it holds only the skeleton of at 0.8), plus the
 * record's slots left out, less 0.02 a listed word, is the most priority it can have had. Then, per class:
 * <ul>
 *   <li>an old version (a removed listing, or a changed one whose names changed) matters to the record's
 *       ranking only if it held a place in a full ranking: a priority at least the last ranked name's, on the
 *       weights the record was screened with (exact); its going then lets in a name never scored. Where the
 *       ranking was not full its going lets no name in; if it matched, the record has an alert on it, and every
 *       record with an alert on a changed or removed listing is screened again;</li>
 *   <li>a new version (an added listing, or a changed one) matters by its own score only if it can be scored (a
 *       share of at least the policy's, and in a full ranking a place), and the delta scores those records
 *       against it, each reading of a record only against the names that can be its candidates, as a screening
 *       scores a reading's candidates and no other name; and in a full ranking it may push out the last party,
 *       which matters only if that party matched: the record has an alert. These are tested on the new lists'
 *       weights, with {@link LookupKeys#DRIFT_ROOM};</li>
 *   <li>a change of a listing's dates, programs or identifiers leaves its names' keys and weights as they were:
 *       its new version stands where the old one stood, and is scored (above) or alerted on;</li>
 *   <li>a listing sharing an identifier with the record decides whatever the names say: the record is screened
 *       again;</li>
 *   <li>a name scored through a key of initials and family name or an acronym scores by how many listed parties
 *       hold the key ({@code ScoringPolicy.INITIALS}, {@code ACRONYM}): where the change moves that number, every
 *       holder is taken as changed though it did not change ({@link LookupKeys#countedKeysMoved}), its new version
 *       scored as above and the alerts on its party screened again.</li>
 * </ul>
 * What this leaves out: a record whose scores or ranking among unchanged listings move only because the change
 * made some word more or less common (a word's weight follows how many listings use it); such moves are a
 * fraction of a word's weight, and the full re-screen after a delta (RescreeningTest on real list history and
 * on generated changes of every class, and the portfolio benchmark) checks that none of them crossed the
 * threshold or changed a ranking's result.
 */
final class RecordKeys {
    /** The packing's version, its first byte: a store written by another packing is refused, not misread. */
    private static final byte PACKING = 3;

    private RecordKeys() {}

    /**
     * Packs a record's keys for its row: first what screening reads of the record (name, kind, dates of birth,
     * countries, identifiers: a list change scores the listings a record's keys reach against the record as it was
     * screened, on the threads that decode the rows, without reading the record again), then its keys, one key and
     * slot once (a name that repeats a word looks it up once), grouped by reading, each group with its reading's
     * weight, rank cut and weight left out, then each key with its slot and the slot's weight. Returns null for a
     * record with no key.
     */
    static byte[] pack(PortfolioRecord record, List<LookupKeys.QueryKey> keys) {
        Map<List<Object>, LookupKeys.QueryKey> distinct = new LinkedHashMap<>();
        for (LookupKeys.QueryKey k : keys) {
            distinct.putIfAbsent(List.of(k.key(), k.slot()), k);
        }
        List<LookupKeys.QueryKey> all = List.copyOf(distinct.values());
        if (all.isEmpty()) {
            return null;
        }
        byte[] screened = packRecord(record);
        ByteBuffer out = ByteBuffer.allocate(1 + screened.length + all.size() * (GROUP + KEY));
        out.put(PACKING);
        out.put(screened);
        int from = 0;
        while (from < all.size()) {
            LookupKeys.QueryKey first = all.get(from);
            int to = from + 1;
            while (to < all.size() && to - from < Short.MAX_VALUE && sameGroup(first, all.get(to))) {
                to++;
            }
            out.putInt(first.reading());
            out.putFloat(first.total());
            out.putFloat(first.rankCut());
            out.putFloat(first.rest());
            out.putShort((short) (to - from));
            for (int i = from; i < to; i++) {
                LookupKeys.QueryKey k = all.get(i);
                out.putLong(k.key());
                out.putInt(k.slot());
                out.putFloat(k.weight());
            }
            from = to;
        }
        return Arrays.copyOf(out.array(), out.position());
    }

    /** What screening reads of a record, each text as its length in UTF-8 bytes (a varint) and those bytes. */
    private static byte[] packRecord(PortfolioRecord r) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64);
        putText(out, r.name());
        putText(out, r.kindCode());
        for (List<String> texts : List.of(r.datesOfBirth(), r.countries(), r.identifiers())) {
            putVarInt(out, texts.size());
            for (String t : texts) {
                putText(out, t);
            }
        }
        return out.toByteArray();
    }

    private static void putText(java.io.ByteArrayOutputStream out, String text) {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        putVarInt(out, b.length);
        out.write(b, 0, b.length);
    }

    private static void putVarInt(java.io.ByteArrayOutputStream out, int v) {
        while ((v & ~0x7f) != 0) {
            out.write((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int getVarInt(ByteBuffer in) {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            v |= (b & 0x7f) << shift;
            if (b >= 0) {
                return v;
            }
        }
    }

    private static String getText(ByteBuffer in) {
        int n = getVarInt(in);
        String t = new String(in.array(), in.arrayOffset() + in.position(), n, java.nio.charset.StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return t;
    }

    private static void skipText(ByteBuffer in) {
        int n = getVarInt(in);
        in.position(in.position() + n);
    }

    private static List<String> getTexts(ByteBuffer in) {
        int n = getVarInt(in);
        if (n == 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(getText(in));
        }
        return out;
    }

    /** Moves {@code in} past the record's part of a row, to its keys. */
    private static void skipRecord(ByteBuffer in) {
        skipText(in);
        skipText(in);
        for (int list = 0; list < 3; list++) {
            int n = getVarInt(in);
            for (int i = 0; i < n; i++) {
                skipText(in);
            }
        }
    }

    /** The record as {@link #pack} packed it with its keys (its free fields are not kept: screening reads none). */
    static PortfolioRecord record(String recordId, byte[] packed) {
        ByteBuffer in = packedBuffer(packed);
        String name = getText(in);
        String kind = getText(in);
        List<String> dates = getTexts(in);
        List<String> countries = getTexts(in);
        List<String> identifiers = getTexts(in);
        return new PortfolioRecord(
                recordId, name, PortfolioRecord.kindFromCode(kind), dates, countries, identifiers, "");
    }

    private static final int GROUP = 4 + 4 + 4 + 4 + 2;
    private static final int KEY = 8 + 4 + 4;

    private static boolean sameGroup(LookupKeys.QueryKey a, LookupKeys.QueryKey b) {
        return a.reading() == b.reading()
                && a.total() == b.total()
                && a.rankCut() == b.rankCut()
                && a.rest() == b.rest();
    }

    /** The keys {@link #pack} packed, in their order. */
    static List<LookupKeys.QueryKey> unpack(byte[] packed) {
        List<LookupKeys.QueryKey> out = new ArrayList<>();
        ByteBuffer in = packedBuffer(packed);
        skipRecord(in);
        while (in.hasRemaining()) {
            in.getInt();
            float total = in.getFloat();
            float rankCut = in.getFloat();
            float rest = in.getFloat();
            int n = in.getShort();
            for (int i = 0; i < n; i++) {
                out.add(new LookupKeys.QueryKey(in.getLong(), in.getInt(), in.getFloat(), total, rankCut, rest));
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
     * may have keys already (a new record has none), which are replaced. A record screened again keeps its row and
     * has its keys updated in place: deleting the row and inserting it anew would also take its id out of the
     * primary key's index and put it back, twice the work for the same result.
     */
    static void write(Connection c, List<ScreenedRecord> screened, Collection<String> hadKeys) throws SQLException {
        write(c, screened, hadKeys, Set.of());
    }

    /**
     * {@link #write(Connection, List, Collection)}, except for the records in {@code rowExpected}, which had a row
     * when it was read: one whose row is gone (its record was removed since) gets none, and is returned.
     */
    static Set<String> write(
            Connection c, List<ScreenedRecord> screened, Collection<String> hadKeys, Set<String> rowExpected)
            throws SQLException {
        return write(c, screened, hadKeys, rowExpected, Map.of());
    }

    /**
     * {@link #write(Connection, List, Collection, Set)}, where {@code asRead} gives the rows of some records as they
     * were read (a list change's key scan): a record screened again to the same row is not written again, only
     * looked for (a row gone since is told as the others are). A change re-screens the records its listings'
     * keys reach, and where the change left the weights of their words as they were, their rows come out the same;
     * on H2 an UPDATE writes the row anew even so.
     */
    static Set<String> write(
            Connection c,
            List<ScreenedRecord> screened,
            Collection<String> hadKeys,
            Set<String> rowExpected,
            Map<String, byte[]> asRead)
            throws SQLException {
        Set<String> vanished = new HashSet<>();
        Set<String> had = hadKeys instanceof Set<String> set ? set : new HashSet<>(hadKeys);
        List<ScreenedRecord> again = new ArrayList<>();
        List<ScreenedRecord> fresh = new ArrayList<>();
        Set<String> kept = new HashSet<>();
        for (ScreenedRecord s : screened) {
            if (s.keys() == null) {
                continue;
            }
            if (had.contains(s.record().id())) {
                again.add(s);
                kept.add(s.record().id());
            } else {
                fresh.add(s);
            }
        }
        List<String> gone = new ArrayList<>();
        for (String id : had) {
            if (!kept.contains(id)) {
                gone.add(id);
            }
        }
        if (!gone.isEmpty()) {
            remove(c, gone);
        }
        if (!asRead.isEmpty()) {
            List<ScreenedRecord> same = new ArrayList<>();
            List<ScreenedRecord> changed = new ArrayList<>(again.size());
            for (ScreenedRecord s : again) {
                (Arrays.equals(s.keys(), asRead.get(s.record().id())) ? same : changed).add(s);
            }
            again = changed;
            Set<String> present = present(c, same);
            for (ScreenedRecord s : same) {
                if (!present.contains(s.record().id())) {
                    if (rowExpected.contains(s.record().id())) {
                        vanished.add(s.record().id());
                    } else {
                        fresh.add(s);
                    }
                }
            }
        }
        if (!again.isEmpty()) {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE record_lookup_keys SET lookup_keys = ? WHERE record_id = ?")) {
                for (ScreenedRecord s : again) {
                    ps.setBytes(1, s.keys());
                    ps.setString(2, s.record().id());
                    ps.addBatch();
                }
                int[] updated = ps.executeBatch();
                for (int i = 0; i < updated.length; i++) {
                    // A record that had no keys yet (screened before keys were kept, or whose name had none).
                    if (updated[i] == 0) {
                        if (rowExpected.contains(again.get(i).record().id())) {
                            vanished.add(again.get(i).record().id());
                        } else {
                            fresh.add(again.get(i));
                        }
                    }
                }
            }
        }
        if (fresh.isEmpty()) {
            return vanished;
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO record_lookup_keys (record_id, lookup_keys) VALUES (?, ?)")) {
            for (ScreenedRecord s : fresh) {
                ps.setString(1, s.record().id());
                ps.setBytes(2, s.keys());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return vanished;
    }

    /** Which of these records have a keys row. */
    private static Set<String> present(Connection c, List<ScreenedRecord> records) throws SQLException {
        Set<String> out = new HashSet<>();
        for (int from = 0; from < records.size(); from += 500) {
            List<ScreenedRecord> chunk = records.subList(from, Math.min(records.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT record_id FROM record_lookup_keys WHERE record_id IN (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i).record().id());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
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

    /**
     * The keys of a list change's listings, for the scan: {@code keys} sorted, for each the holders that hold it and
     * whether it is a consonant skeleton's. A holder is one name the index holds for a listing (what candidate
     * generation finds and ranks), or a listing's identifiers; {@code listing}, {@code words} (-1 for identifiers)
     * and {@code oldVersion} say whose, how long and of which lists; {@code names} its id in the index of those
     * lists ({@link LookupKeys.NameKeys#name}; -1 for identifiers).
     */
    record ListingKeys(
            long[] keys,
            int[][] holders,
            boolean[] skeleton,
            List<Entity> listing,
            int[] words,
            boolean[] oldVersion,
            int[] names,
            long[] filter) {
        ListingKeys(
                long[] keys,
                int[][] holders,
                boolean[] skeleton,
                List<Entity> listing,
                int[] words,
                boolean[] oldVersion,
                int[] names) {
            this(keys, holders, skeleton, listing, words, oldVersion, names, filterOf(keys));
        }

        /**
         * A bit per hash of a key ({@link #mayHold}): nearly every key of a record is none of the change's, and one
         * bit read from a table that stays in a core's cache tells most of them so without searching the keys.
         */
        private static long[] filterOf(long[] keys) {
            long[] bits = new long[FILTER_BITS >>> 6];
            for (long k : keys) {
                int b = filterBit(k);
                bits[b >>> 6] |= 1L << b;
            }
            return bits;
        }

        /** Whether {@code key} may be one of the change's keys: false only when it is not. */
        boolean mayHold(long key) {
            int b = filterBit(key);
            return (filter[b >>> 6] & (1L << b)) != 0;
        }
        /**
         * The holders of the keys of the listings of each of the lists {@code byLists} gives (their keys, as those
         * lists index them; the second are the old versions).
         */
        static ListingKeys of(Map<LookupKeys, Collection<Entity>> byLists) {
            return of(byLists, Map.of());
        }

        /**
         * {@link #of(Map)}, leaving out of each listing of the second lists (the old versions) the names {@code
         * stillHeld} gives it: names its new version holds as they were written.
         */
        static ListingKeys of(
                Map<LookupKeys, Collection<Entity>> byLists, Map<Entity, Set<dev.embargo.lists.model.Name>> stillHeld) {
            List<Entity> listing = new ArrayList<>();
            List<Integer> words = new ArrayList<>();
            List<Boolean> old = new ArrayList<>();
            List<Integer> names = new ArrayList<>();
            Map<Long, List<Integer>> byKey = new HashMap<>();
            Set<Long> skeletons = new HashSet<>();
            int lists = 0;
            for (Map.Entry<LookupKeys, Collection<Entity>> l : byLists.entrySet()) {
                boolean olderLists = lists++ > 0;
                Map<Entity, LookupKeys.ListingKeys> each = l.getKey().ofListings(l.getValue());
                for (Entity e : l.getValue()) {
                    LookupKeys.ListingKeys k = each.get(e);
                    if (k == null) {
                        continue;
                    }
                    Set<dev.embargo.lists.model.Name> kept = olderLists ? stillHeld.get(e) : null;
                    for (LookupKeys.NameKeys name : k.names()) {
                        if (kept != null && kept.contains(name.listed())) {
                            continue;
                        }
                        int holder = listing.size();
                        listing.add(e);
                        words.add(name.words());
                        old.add(olderLists);
                        names.add(name.name());
                        for (long key : name.keys()) {
                            byKey.computeIfAbsent(key, x -> new ArrayList<>(1)).add(holder);
                        }
                        for (long key : name.skeletonKeys()) {
                            skeletons.add(key);
                        }
                    }
                    int holder = listing.size();
                    listing.add(e);
                    words.add(-1);
                    old.add(olderLists);
                    names.add(-1);
                    for (long key : k.identifiers()) {
                        byKey.computeIfAbsent(key, x -> new ArrayList<>(1)).add(holder);
                    }
                }
            }
            long[] keys =
                    byKey.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            int[][] holders = new int[keys.length][];
            boolean[] skeleton = new boolean[keys.length];
            for (int i = 0; i < keys.length; i++) {
                holders[i] =
                        byKey.get(keys[i]).stream().mapToInt(Integer::intValue).toArray();
                skeleton[i] = skeletons.contains(keys[i]);
            }
            boolean[] oldVersion = new boolean[old.size()];
            for (int i = 0; i < oldVersion.length; i++) {
                oldVersion[i] = old.get(i);
            }
            return new ListingKeys(
                    keys,
                    holders,
                    skeleton,
                    List.copyOf(listing),
                    words.stream().mapToInt(Integer::intValue).toArray(),
                    oldVersion,
                    names.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /**
     * What a record's stored keys share with a list change's listings, as the record was screened: whether an
     * identifier; the listings whose old version held, or may have held, a place in a full ranking of the record
     * ({@code displaced}: its going lets another in); the new versions that may enter a full ranking
     * ({@code entering}: they push a party out) and those that may be scored ({@code scored}), with the pairs of a
     * reading of the record and an indexed name of theirs that may be scored ({@code scoredPairs}, sorted
     * {@code reading << 32 | name}: a screening scores a name only with a reading whose candidate it is); the
     * record as it was screened ({@link #record}), and its row as read.
     */
    record Met(
            String recordId,
            boolean identifier,
            Set<Entity> displaced,
            Set<Entity> entering,
            Set<Entity> scored,
            long[] scoredPairs,
            PortfolioRecord record,
            byte[] row) {}

    /**
     * The records whose stored keys meet {@code change}'s so that a listing can matter to them (see the class
     * comment) and that {@code selects} keeps, each with what it met ({@code postgres}: the store's database, else
     * H2); {@code selects} is asked of every record met, on the threads that decode the rows. The rows are read
     * in one pass, streamed rather than gathered first (H2 would copy a million rows to a temporary result before
     * handing out the first), and decoded on every core while the next are read.
     */
    static List<Met> reached(
            Connection c, boolean postgres, ListingKeys change, java.util.function.Predicate<Met> selects)
            throws SQLException {
        boolean h2 = !postgres;
        if (h2) {
            lazy(c, true);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        List<Met> out = new ArrayList<>();
        java.util.ArrayDeque<java.util.concurrent.Future<List<Met>>> decoding = new java.util.ArrayDeque<>();
        // The reader reads while every core decodes (and scores) the chunks read before.
        try (java.util.concurrent.ExecutorService decoders =
                java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "record-keys-decoder");
                    t.setDaemon(true);
                    return t;
                })) {
            try {
                List<String> ids = new ArrayList<>(CHUNK);
                List<byte[]> rows = new ArrayList<>(CHUNK);
                try (PreparedStatement ps =
                        c.prepareStatement("SELECT record_id, lookup_keys FROM record_lookup_keys")) {
                    ps.setFetchSize(5000);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getString(1));
                            rows.add(rs.getBytes(2));
                            if (ids.size() == CHUNK) {
                                List<String> theseIds = ids;
                                List<byte[]> theseRows = rows;
                                // A few chunks a core wait at most: the rows read stay within a few megabytes.
                                if (decoding.size() >= 4 * threads) {
                                    out.addAll(decoding.removeFirst().get());
                                }
                                decoding.add(decoders.submit(() -> metAll(theseIds, theseRows, change, selects)));
                                ids = new ArrayList<>(CHUNK);
                                rows = new ArrayList<>(CHUNK);
                            }
                        }
                    }
                }
                List<String> lastIds = ids;
                List<byte[]> lastRows = rows;
                decoding.add(decoders.submit(() -> metAll(lastIds, lastRows, change, selects)));
                while (!decoding.isEmpty()) {
                    out.addAll(decoding.removeFirst().get());
                }
            } catch (java.util.concurrent.ExecutionException e) {
                // A row that does not decode says so as it would have read on this thread.
                throw e.getCause() instanceof RuntimeException r ? r : new StoreException(e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("reading the records' keys interrupted", e);
            } finally {
                decoding.forEach(f -> f.cancel(false));
            }
        } finally {
            if (h2) {
                lazy(c, false);
            }
        }
        return out;
    }

    private static void lazy(Connection c, boolean on) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }

    /** Rows decoded at a time by one thread, while the next are read. */
    private static final int CHUNK = 2_000;

    private static List<Met> metAll(
            List<String> ids, List<byte[]> rows, ListingKeys change, java.util.function.Predicate<Met> selects) {
        List<Met> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Met m = met(ids.get(i), rows.get(i), change);
            if (m != null && selects.test(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Bits of {@link ListingKeys#mayHold}'s table: 128 kB, a few hundred times a large change's keys. */
    private static final int FILTER_BITS = 1 << 20;

    private static int filterBit(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 44);
    }

    /** A slot a record shares with the change: its reading's weight, rank cut and rest, its weight, the key. */
    private record Shared(int reading, float total, float rankCut, float rest, int slot, float weight, int key) {}

    private static final long[] NO_PAIRS = new long[0];

    /** Room for float sums added in another order. */
    private static final float EPSILON = 1e-4f;

    /** {@link Met} of a record's packed keys, or null when no listing of the change can matter to it. */
    static Met met(String recordId, byte[] packed, ListingKeys change) {
        ByteBuffer in = packedBuffer(packed);
        skipRecord(in);
        long[] wanted = change.keys();
        List<Shared> shared = null;
        boolean identifier = false;
        while (in.hasRemaining()) {
            int reading = in.getInt();
            float total = in.getFloat();
            float rankCut = in.getFloat();
            float rest = in.getFloat();
            int n = in.getShort();
            for (int i = 0; i < n; i++) {
                long key = in.getLong();
                int slot = in.getInt();
                float weight = in.getFloat();
                int at = change.mayHold(key) ? Arrays.binarySearch(wanted, key) : -1;
                if (at < 0) {
                    continue;
                }
                if (slot == LookupKeys.IDENTIFIER_SLOT) {
                    for (int h : change.holders()[at]) {
                        identifier |= change.words()[h] < 0;
                    }
                    continue;
                }
                if (shared == null) {
                    shared = new ArrayList<>();
                }
                shared.add(new Shared(reading, total, rankCut, rest, slot, weight, at));
            }
        }
        if (identifier) {
            return new Met(recordId, true, Set.of(), Set.of(), Set.of(), NO_PAIRS, record(recordId, packed), packed);
        }
        if (shared == null) {
            return null;
        }
        // Per reading and holder (one listed name), the weight each shared slot brings: the word's, or 0.8 of it
        // where the name holds only its skeleton.
        Map<Long, Map<Integer, Float>> slotsOf = new HashMap<>();
        Map<Long, Shared> readingOf = new HashMap<>();
        for (Shared s : shared) {
            float found = change.skeleton()[s.key()] ? s.weight() * LookupKeys.SKELETON_FACTOR : s.weight();
            for (int h : change.holders()[s.key()]) {
                if (change.words()[h] < 0) {
                    continue;
                }
                long pair = ((long) s.reading() << 32) | h;
                slotsOf.computeIfAbsent(pair, x -> new HashMap<>()).merge(s.slot(), found, Math::max);
                readingOf.put(pair, s);
            }
        }
        Set<Entity> displaced = null;
        Set<Entity> entering = null;
        Set<Entity> scored = null;
        long[] pairs = NO_PAIRS;
        int pairCount = 0;
        for (Map.Entry<Long, Map<Integer, Float>> e : slotsOf.entrySet()) {
            int h = (int) (e.getKey() & 0xffffffffL);
            Shared r = readingOf.get(e.getKey());
            // The most the name can have been found with: the slots it shares, and the slots left out.
            float found = r.rest();
            for (float w : e.getValue().values()) {
                found += w;
            }
            float priority = Math.max(0f, found - LookupKeys.PRIORITY_PER_WORD * change.words()[h]);
            Entity listing = change.listing().get(h);
            if (change.oldVersion()[h]) {
                // Exact, on the weights the record was screened with: ranked only at the last one's priority or more.
                if (r.rankCut() >= 0 && priority >= r.rankCut() - EPSILON) {
                    displaced = add(displaced, listing);
                }
                continue;
            }
            float room = (float) (LookupKeys.DRIFT_ROOM * r.total());
            boolean ranked = r.rankCut() < 0 || priority >= r.rankCut() - room;
            if (r.rankCut() >= 0 && ranked) {
                entering = add(entering, listing);
            }
            if (ranked && found >= LookupKeys.SCORED_SHARE * r.total() - room) {
                scored = add(scored, listing);
                if (pairCount == pairs.length) {
                    pairs = Arrays.copyOf(pairs, Math.max(4, 2 * pairCount));
                }
                pairs[pairCount++] = ((long) r.reading() << 32) | change.names()[h];
            }
        }
        if (displaced == null && entering == null && scored == null) {
            return null;
        }
        long[] scoredPairs = Arrays.copyOf(pairs, pairCount);
        Arrays.sort(scoredPairs);
        return new Met(
                recordId,
                false,
                orNone(displaced),
                orNone(entering),
                orNone(scored),
                scoredPairs,
                record(recordId, packed),
                packed);
    }

    private static Set<Entity> add(Set<Entity> to, Entity e) {
        Set<Entity> out = to != null ? to : java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        out.add(e);
        return out;
    }

    private static Set<Entity> orNone(Set<Entity> s) {
        return s == null ? Set.of() : s;
    }
}
