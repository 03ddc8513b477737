package dev.embargo.store;

import java.util.Arrays;

/**
 * One entry of the audit trail.
 *
 * @param seq      its place in the chain, from 1, without gaps
 * @param at       when, in milliseconds since 1970 (UTC)
 * @param actor    who: a key's holder, or "system"
 * @param action   what kind of event ("import.batch", "alert.raised", "decision", ...)
 * @param subject  what it is about ("alert:17", "record:C-0042", "run:3")
 * @param detail   the facts, a JSON object
 * @param prevHash the hash of the entry before (64 zeros for the first)
 * @param hash     SHA-256 of {@link #canonical()}
 */
public record AuditEntry(
        long seq, long at, String actor, String action, String subject, String detail, String prevHash, String hash) {

    static final String GENESIS = "0".repeat(64);

    /**
     * The form that is hashed: every field but the hash, as a JSON array in a fixed order (the detail as the
     * string it was stored as), so that changing any of them, the place in the chain or the link to the entry
     * before changes the hash.
     */
    String canonical() {
        return StoreJson.write(Arrays.asList(seq, at, actor, action, subject, detail, prevHash));
    }

    String computedHash() {
        return Sha256.hex(canonical());
    }
}
