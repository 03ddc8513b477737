package dev.embargo.server.ops;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the holder of a key may do. An auditor reads everything and changes nothing; an analyst also decides
 * alerts; a supervisor also approves decisions under four eyes and manages the portfolio; an admin also changes
 * the server's configuration (reloading lists, the review settings, a full re-screen).
 */
public enum Role {
    AUDITOR(EnumSet.of(Permission.READ)),
    ANALYST(EnumSet.of(Permission.READ, Permission.DECIDE)),
    SUPERVISOR(EnumSet.of(Permission.READ, Permission.DECIDE, Permission.APPROVE, Permission.MANAGE_PORTFOLIO)),
    ADMIN(EnumSet.allOf(Permission.class));

    /** What a request may need beyond reading. */
    public enum Permission {
        /** Read anything, and run read-only queries (screen, compare, scan, match, reconcile). */
        READ,
        /** Decide alerts (clear, confirm, escalate) and assign them. */
        DECIDE,
        /** Approve or reject another reviewer's decision under four eyes. */
        APPROVE,
        /** Import records into the portfolio and remove them. */
        MANAGE_PORTFOLIO,
        /** Change how the server runs: reload the lists, change the review settings, re-screen everything. */
        CONFIGURE
    }

    /**
     * The role of a key whose line in the key file names none: admin, what every key could do before keys had
     * roles, so an existing key file keeps working as it did.
     */
    public static final Role DEFAULT = ADMIN;

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission p) {
        return permissions.contains(p);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the roles there are */
    public static Role of(String code) {
        for (Role r : values()) {
            if (r.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException(
                "expected a role of analyst, supervisor, auditor or admin, got \"" + code + "\"");
    }
}
