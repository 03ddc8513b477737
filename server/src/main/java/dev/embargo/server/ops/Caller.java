package dev.embargo.server.ops;

/**
 * Who sent a request: the holder its key names (recorded with every decision and in the audit trail) and
 * their role. Without API keys the server is reached from this machine only, and its one user is an admin.
 *
 * @param holder the key's holder, or {@link #LOCAL} on a server without keys
 * @param role   what they may do
 */
public record Caller(String holder, Role role) {
    public static final String LOCAL = "local";

    /** The user of a server that asks for no key. */
    public static final Caller LOCAL_ADMIN = new Caller(LOCAL, Role.ADMIN);

    public boolean may(Role.Permission p) {
        return role.may(p);
    }
}
