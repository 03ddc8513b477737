package dev.embargo.server.ui;

import static dev.embargo.server.ui.Markup.esc;

/** {@code /login}: where an analyst gives the API key once, for the browser to keep in a cookie. */
final class LoginPage {
    private LoginPage() {}

    /**
     * @param next  where to go once signed in, already checked to be a path of this server
     * @param keys  whether this server asks for keys at all
     * @param error what went wrong with the last attempt, or null
     */
    static Reply form(String next, boolean keys, Layout layout, int status, String error) {
        StringBuilder h = new StringBuilder(2048);
        h.append("<h1>Sign in</h1>");
        if (!keys) {
            h.append("<p>This server asks for no API key. <a href=\"")
                    .append(esc(next))
                    .append("\">Continue</a></p>");
            return new Reply(status, layout.page("Sign in", Layout.Nav.NONE, h.toString()));
        }
        if (error != null) {
            h.append("<div class=\"alert error\" role=\"alert\"><p>")
                    .append(esc(error))
                    .append("</p></div>");
        }
        h.append("<form class=\"card narrow\" method=\"post\" action=\"/login\">")
                .append("<input type=\"hidden\" name=\"next\" value=\"")
                .append(esc(next))
                .append("\">")
                .append("<label for=\"key\">API key</label>")
                .append("<input id=\"key\" name=\"key\" type=\"password\" required autocomplete=\"current-password\"")
                .append(" autofocus aria-describedby=\"key-help\"")
                .append(error != null ? " aria-invalid=\"true\"" : "")
                .append('>')
                .append("<p id=\"key-help\" class=\"help\">The key you use with the API. This browser keeps it until")
                .append(" it closes or you sign out.</p><button type=\"submit\">Sign in</button></form>");
        return new Reply(status, layout.page("Sign in", Layout.Nav.NONE, h.toString()));
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
