package dev.embargo.server.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The names a client may reach the server by (its {@code Host} header). A page on another site cannot make a
 * browser send its requests here under this server's name, but with DNS rebinding it can under its own name:
 * refusing names not on this list keeps such pages from a server that asks for no key.
 *
 * <p>By default: {@code localhost}, any {@code *.localhost}, and any IP address (a browser that reaches the
 * server by its address took that address as the page's origin, so it is no rebinding). Entries are names,
 * {@code .example.org} or {@code *.example.org} for every name under one, or {@code *} for any name.
 */
public record AllowedHosts(boolean any, List<String> names, List<String> suffixes) {
    public static final AllowedHosts LOOPBACK = new AllowedHosts(false, List.of("localhost"), List.of(".localhost"));
    public static final AllowedHosts ANY = new AllowedHosts(true, List.of(), List.of());

    public AllowedHosts {
        names = List.copyOf(names);
        suffixes = List.copyOf(suffixes);
    }

    /**
     * The loopback names and those given: each a host name, {@code .domain} or {@code *.domain}, or {@code *}.
     *
     * @throws IllegalArgumentException naming an entry that is no host name
     */
    public static AllowedHosts parse(List<String> entries) {
        List<String> names = new ArrayList<>(LOOPBACK.names);
        List<String> suffixes = new ArrayList<>(LOOPBACK.suffixes);
        for (String raw : entries) {
            String e = raw.strip().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            if (e.equals("*")) {
                return ANY;
            }
            String name = e.startsWith("*.") ? e.substring(1) : e;
            if (!name.matches("\\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*\\.?")) {
                throw new IllegalArgumentException(
                        "\"" + raw + "\": expected a host name (like screening.example.org), "
                                + ".domain or *.domain for every name under one, or * for any");
            }
            if (name.startsWith(".")) {
                suffixes.add(name);
            } else {
                names.add(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
            }
        }
        return new AllowedHosts(false, names, suffixes);
    }

    /**
     * Whether a request with this {@code Host} header is served; a request without one (HTTP/1.0, which no
     * browser sends) is.
     */
    public boolean allows(String hostHeader) {
        if (any || hostHeader == null || hostHeader.isEmpty()) {
            return true;
        }
        String host = hostOf(hostHeader.strip().toLowerCase(Locale.ROOT));
        if (host == null) {
            return false;
        }
        if (isIpLiteral(host)) {
            return true;
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (names.contains(host)) {
            return true;
        }
        for (String s : suffixes) {
            if (host.endsWith(s) && host.length() > s.length()) {
                return true;
            }
        }
        return false;
    }

    /** The host of a Host header without its port; {@code [::1]} for IPv6; null when it is malformed. */
    static String hostOf(String header) {
        if (header.startsWith("[")) {
            int end = header.indexOf(']');
            if (end < 0
                    || (end + 1 < header.length() && !header.substring(end + 1).matches(":[0-9]{1,5}"))) {
                return null;
            }
            return header.substring(0, end + 1);
        }
        int colon = header.indexOf(':');
        if (colon >= 0) {
            if (!header.substring(colon + 1).matches("[0-9]{1,5}")) {
                return null;
            }
            return header.substring(0, colon);
        }
        return header;
    }

    static boolean isIpLiteral(String host) {
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1).matches("[0-9a-f:.]+(%[0-9a-z]+)?");
        }
        // Dotted-quad only: "0x7f.1" or "2130706433" are names to this check, and refused unless listed.
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** As a serve option or a log line shows it. */
    public String describe() {
        if (any) {
            return "any host name";
        }
        List<String> all = new ArrayList<>(names);
        suffixes.forEach(s -> all.add("*" + s));
        all.add("IP addresses");
        return String.join(", ", all);
    }
}
