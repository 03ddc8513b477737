package dev.embargo.server.ui;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a signed-in analyst is sent next. Only a path of this server qualifies: anything that a browser could
 * read as another site ({@code //evil.example}, {@code /\evil.example}, {@code https://...}, {@code javascript:})
 * falls back to the search page, so the login form cannot be used to send someone elsewhere.
 */
final class LocalRedirect {
    static final String HOME = "/";

    private LocalRedirect() {}

    static String target(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000) {
            return HOME;
        }
        if (next.charAt(0) != '/' || next.startsWith("//")) {
            return HOME;
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            // Browsers read '\' as '/', and drop tabs and line breaks from URLs: "/\evil" and "/\t/evil" are "//evil".
            if (c == '\\' || c <= 0x20 || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
                return HOME;
            }
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null
                    || uri.getRawAuthority() != null
                    || uri.getRawPath() == null
                    || !uri.getRawPath().startsWith("/")) {
                return HOME;
            }
        } catch (URISyntaxException e) {
            return HOME;
        }
        // Back to the login form would only ask again.
        if (next.equals("/login") || next.startsWith("/login?") || next.startsWith("/logout")) {
            return HOME;
        }
        return asciiOnly(next);
    }

    /** A Location header is ASCII: letters beyond it are sent percent-encoded as UTF-8. */
    private static String asciiOnly(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
            } else {
                sb.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }
}
