package dev.embargo.server.ui;

import static dev.embargo.server.ui.Markup.esc;

/**
 * The frame of every page: head (viewport, the one stylesheet and script, both files of this origin, so the
 * server's Content-Security-Policy holds), a skip link, the navigation, the page's own content and a footer
 * that says which lists answered.
 *
 * @param footer  what the footer says about the lists in service (already markup)
 * @param signOut whether API keys are asked for, so that a sign-out button makes sense
 */
record Layout(String footer, boolean signOut) {
    /** Where a page belongs in the navigation. */
    enum Nav {
        SEARCH("/", "Search"),
        SCAN("/scan", "Scan a document"),
        LISTS("/lists", "Lists"),
        NONE(null, null);

        final String href;
        final String label;

        Nav(String href, String label) {
            this.href = href;
            this.label = label;
        }
    }

    String page(String title, Nav current, String content) {
        StringBuilder h = new StringBuilder(content.length() + 2048);
        h.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(esc(title))
                .append(" \u00b7 Embargo</title>")
                .append("<link rel=\"stylesheet\" href=\"/assets/ui.css\">")
                .append("<link rel=\"icon\" href=\"/assets/icon.svg\" type=\"image/svg+xml\">")
                .append("<script src=\"/assets/ui.js\" defer></script></head><body>")
                .append("<a class=\"skip\" href=\"#main\">Skip to content</a>")
                .append("<header class=\"top\"><nav aria-label=\"Main\"><a class=\"brand\" href=\"/\">Embargo</a><ul>");
        for (Nav n : Nav.values()) {
            if (n.href == null) {
                continue;
            }
            h.append("<li><a href=\"")
                    .append(n.href)
                    .append('"')
                    .append(n == current ? " aria-current=\"page\"" : "")
                    .append('>')
                    .append(esc(n.label))
                    .append("</a></li>");
        }
        h.append("</ul>");
        if (signOut) {
            h.append(
                    "<form class=\"signout\" method=\"post\" action=\"/logout\"><button type=\"submit\">Sign out</button></form>");
        }
        h.append("</nav></header><main id=\"main\" tabindex=\"-1\">")
                .append(content)
                .append("</main>")
                .append("<footer class=\"foot\">")
                .append(footer)
                .append("</footer></body></html>\n");
        return h.toString();
    }
}
