package dev.embargo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Reading the audit trail a page at a time, by time and place in the chain, for the audit page and API. */
public final class AuditLog {
    /** The most entries one page holds. */
    public static final int MAX_PAGE = 1000;

    private final Store store;

    public AuditLog(Store store) {
        this.store = store;
    }

    /**
     * Entries made from {@code fromMillis} (inclusive) to {@code toMillis} (exclusive), in chain order, after
     * place {@code afterSeq} (0 for the first page), at most {@code limit}.
     */
    public List<AuditEntry> entries(long fromMillis, long toMillis, long afterSeq, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        return store.inTransaction(c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, entry_at, actor, action, subject, detail,"
                    + " prev_hash, hash FROM audit_entry WHERE entry_at >= ? AND entry_at < ? AND seq > ? ORDER BY seq"
                    + " FETCH FIRST " + size + " ROWS ONLY")) {
                ps.setLong(1, fromMillis);
                ps.setLong(2, toMillis);
                ps.setLong(3, afterSeq);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEntry(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8)));
                    }
                }
            }
            return out;
        });
    }
}
