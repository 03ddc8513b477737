package dev.embargo.server.ops;

import java.util.regex.Pattern;

/**
 * Which permission a request needs, by method and path, in one place for the API and the UI alike: reading and
 * the read-only queries need {@link Role.Permission#READ}; deciding, approving, changing the portfolio and
 * changing the configuration need theirs. Checked before any handler runs, so a handler cannot forget it.
 */
public final class Access {
    private static final Pattern DECIDE = Pattern.compile("/(v1/)?alerts/[^/]+/(decision|assignee)");
    private static final Pattern APPROVE = Pattern.compile("/(v1/)?alerts/[^/]+/approval");
    private static final Pattern PORTFOLIO = Pattern.compile("/v1/portfolio(/[^/]+)?");

    private Access() {}

    public static Role.Permission needed(String method, String path) {
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return Role.Permission.READ;
        }
        if (path.equals("/v1/lists/reload")
                || path.equals("/v1/review/settings")
                || path.equals("/v1/portfolio/rescreen")
                || path.equals("/review/settings")) {
            return Role.Permission.CONFIGURE;
        }
        if (APPROVE.matcher(path).matches()) {
            return Role.Permission.APPROVE;
        }
        if (DECIDE.matcher(path).matches()) {
            return Role.Permission.DECIDE;
        }
        if (PORTFOLIO.matcher(path).matches()) {
            return Role.Permission.MANAGE_PORTFOLIO;
        }
        return Role.Permission.READ;
    }

    /** The words of a refusal. */
    public static String refusal(Caller caller, Role.Permission needed, String method, String path) {
        return caller.holder() + " (" + caller.role().code() + ") may not " + method + " " + path + ": it needs a role"
                + " that may "
                + needed.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
