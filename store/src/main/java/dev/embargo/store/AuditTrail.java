package dev.embargo.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only, hash-chained audit trail. An entry is appended in the transaction of what it records, so the
 * two are committed together or not at all; appends are serialised by locking the head row, which also records
 * where the chain ends (an entry added after it by hand, or the last ones deleted, show).
 */
public final class AuditTrail {
    private final Store store;

    AuditTrail(Store store) {
        this.store = store;
    }

    /** An entry to append: the chain fields are filled in when it is. */
    public record Draft(String actor, String action, String subject, Map<String, ?> detail) {}

    /** Appends {@code drafts} in order within the caller's transaction. */
    void append(Connection c, List<Draft> drafts) throws SQLException {
        if (drafts.isEmpty()) {
            return;
        }
        long seq;
        String prev;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new StoreException("audit_head: the chain's head row is missing");
            }
            seq = rs.getLong(1);
            prev = rs.getString(2);
        }
        long at = store.now();
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO audit_entry"
                        + " (seq, entry_at, actor, action, subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Draft d : drafts) {
                seq++;
                AuditEntry e = new AuditEntry(
                        seq, at, d.actor(), d.action(), d.subject(), StoreJson.write(d.detail()), prev, null);
                String hash = e.computedHash();
                ins.setLong(1, seq);
                ins.setLong(2, at);
                ins.setString(3, e.actor());
                ins.setString(4, e.action());
                ins.setString(5, e.subject());
                ins.setString(6, e.detail());
                ins.setString(7, prev);
                ins.setString(8, hash);
                ins.addBatch();
                prev = hash;
            }
            ins.executeBatch();
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
            up.setLong(1, seq);
            up.setString(2, prev);
            up.executeUpdate();
        }
    }

    /** Appends one entry in a transaction of its own. */
    public void append(String actor, String action, String subject, Map<String, ?> detail) {
        store.inTransaction(c -> {
            append(c, List.of(new Draft(actor, action, subject, detail)));
            return null;
        });
    }

    /** The chain's head as the store recorded it: the last entry's place and hash. */
    public record Head(long seq, String hash) {}

    public Head head() {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, AuditEntry.GENESIS);
            }
        });
    }

    /**
     * The outcome of walking the chain: valid with the number of entries, or the first entry found changed,
     * removed, inserted or reordered, in words.
     */
    public record Verification(boolean valid, long entries, Head head, String problem, long problemSeq) {}

    /**
     * Walks the whole chain in order and checks each entry's hash and its link to the entry before, the places
     * without gaps, and the end against the recorded head. Reads entry by entry: any length fits in memory.
     */
    public Verification verify() {
        return store.inTransaction(c -> {
            Head head;
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                head = rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : null;
            }
            if (head == null) {
                return new Verification(
                        false, 0, new Head(0, AuditEntry.GENESIS), "the chain's head row was removed", 0);
            }
            long expected = 1;
            String prev = AuditEntry.GENESIS;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, entry_at, actor, action, subject, detail, prev_hash, hash FROM audit_entry ORDER BY seq")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry e = read(rs);
                        if (e.seq() > head.seq()) {
                            return broken(
                                    head,
                                    expected - 1,
                                    e.seq(),
                                    "entry " + e.seq() + " was inserted: the chain's" + " recorded head is entry "
                                            + head.seq());
                        }
                        if (e.seq() != expected) {
                            return broken(
                                    head,
                                    expected - 1,
                                    expected,
                                    "entry " + expected + " was removed (the next" + " entry is " + e.seq() + ")");
                        }
                        boolean contentIntact = e.computedHash().equals(e.hash());
                        boolean linked = e.prevHash().equals(prev);
                        if (!contentIntact || !linked) {
                            Optional<Long> original = seqWithHash(c, e.prevHash());
                            if (original.isPresent() && original.get() + 1 != e.seq()) {
                                return broken(
                                        head,
                                        expected - 1,
                                        e.seq(),
                                        "entry " + e.seq() + " was reordered: it"
                                                + " holds the entry that followed entry " + original.get());
                            }
                            if (!contentIntact) {
                                return broken(
                                        head,
                                        expected - 1,
                                        e.seq(),
                                        "entry " + e.seq() + " was changed: its" + " content no longer gives its hash");
                            }
                            return broken(
                                    head,
                                    expected - 1,
                                    e.seq(),
                                    "entry " + e.seq() + " was inserted or the one"
                                            + " before it replaced: it does not follow from entry " + (e.seq() - 1));
                        }
                        prev = e.hash();
                        expected++;
                    }
                }
            }
            long last = expected - 1;
            if (last < head.seq()) {
                return broken(
                        head,
                        last,
                        last + 1,
                        "entries " + (last + 1) + " to " + head.seq() + " were removed" + " (the chain ends at " + last
                                + ")");
            }
            if (!prev.equals(head.hash())) {
                return broken(head, last, last, "entry " + last + " does not match the chain's recorded head");
            }
            return new Verification(true, last, head, null, 0);
        });
    }

    private static Verification broken(Head head, long validUpTo, long seq, String problem) {
        return new Verification(false, validUpTo, head, problem, seq);
    }

    private static Optional<Long> seqWithHash(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(seq) FROM audit_entry WHERE hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long seq = rs.getLong(1);
                    return rs.wasNull() ? Optional.empty() : Optional.of(seq);
                }
                return Optional.empty();
            }
        }
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8));
    }

    /**
     * Writes the entries made from {@code fromMillis} (inclusive) to {@code toMillis} (exclusive) as JSON lines,
     * with every chain field, so a reader can check them against the chain; returns how many.
     */
    public long export(long fromMillis, long toMillis, Writer out) {
        return store.inTransaction(c -> {
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, entry_at, actor, action, subject, detail, prev_hash, hash FROM audit_entry"
                            + " WHERE entry_at >= ? AND entry_at < ? ORDER BY seq")) {
                ps.setLong(1, fromMillis);
                ps.setLong(2, toMillis);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry e = read(rs);
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("seq", e.seq());
                        line.put("at", java.time.Instant.ofEpochMilli(e.at()).toString());
                        line.put("at_ms", e.at());
                        line.put("actor", e.actor());
                        line.put("action", e.action());
                        line.put("subject", e.subject());
                        line.put("detail", StoreJson.MAPPER.readTree(e.detail()));
                        line.put("detail_text", e.detail());
                        line.put("prev_hash", e.prevHash());
                        line.put("hash", e.hash());
                        try (JsonGenerator g = StoreJson.MAPPER.createGenerator(new NonClosing(out))) {
                            StoreJson.MAPPER.writeValue(g, line);
                        }
                        out.write('\n');
                        n++;
                    }
                }
            } catch (IOException e) {
                throw new StoreException("audit export: " + e.getMessage(), e);
            }
            return n;
        });
    }

    /** The hash of entry {@code seq}, when there is one. */
    public Optional<String> hashAt(long seq) {
        return store.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT hash FROM audit_entry WHERE seq = ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Appends the chain's head to {@code file} as a line "SEQ HASH TIME" and forces it to disk: a copy outside the
     * database (another machine's disk, a write-once bucket) that a rewrite of the chain cannot follow. Returns
     * the head written.
     */
    public Head writeHead(java.nio.file.Path file, java.time.Instant at) throws IOException {
        Head h = head();
        byte[] line = (h.seq() + " " + h.hash() + " " + at + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.APPEND)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(line);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
        return h;
    }

    /**
     * Checks every head written to {@code file} ("SEQ HASH [TIME]" a line) against the chain: each entry must
     * still hold the hash written. Empty when all agree; otherwise what is wrong, naming the file and line.
     *
     * @throws IllegalArgumentException when a line is not of that form (naming file and line)
     */
    public Optional<String> checkHeads(java.nio.file.Path file) throws IOException {
        List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] parts = lines.get(i).strip().split("\\s+");
            if (parts.length < 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException(
                        file + ": line " + (i + 1) + ": expected \"SEQ HASH [TIME]\" (a 64-digit hex hash)");
            }
            long seq = Long.parseLong(parts[0]);
            if (seq == 0) {
                continue;
            }
            String hash = hashAt(seq).orElse(null);
            if (!parts[1].equals(hash)) {
                return Optional.of("entry " + seq + (hash == null ? " is missing" : " no longer has the hash")
                        + " written in " + file + " line " + (i + 1) + " (the chain was rewritten from there or"
                        + " before)");
            }
        }
        return Optional.empty();
    }

    /** Entries of one subject, oldest first (an alert's history). */
    public List<AuditEntry> about(String subject) {
        return store.inTransaction(c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT seq, entry_at, actor, action, subject, detail, prev_hash, hash FROM audit_entry"
                            + " WHERE subject = ? ORDER BY seq")) {
                ps.setString(1, subject);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
            return out;
        });
    }

    /** Lets Jackson write one value to a writer it must not close. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
