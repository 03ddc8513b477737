package dev.embargo.server.ui;

/** {@code /login}: where an analyst gives the API key once, for the browser to keep in a cookie. */
final class LoginPage {
    private LoginPage() {}

    /**
     * @param next  where to go once signed in, already checked to be a path of this server
     * @param keys  whether this server asks for keys at all
     * @param error what went wrong with the last attempt, or null
     */
    static Reply form(String next, boolean keys, Layout layout, int status, String error) {
        return new Reply(
                status, PageOutput.render(4096, out -> JteloginGenerated.render(out, null, layout, next, keys, error)));
    }

    /** Whether a browser can keep {@code key} as a cookie value unquoted (RFC 6265 cookie-octets only). */
    static boolean fitsInCookie(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e || c == '"' || c == ',' || c == ';' || c == '\\') {
                return false;
            }
        }
        return !key.isEmpty();
    }
}
