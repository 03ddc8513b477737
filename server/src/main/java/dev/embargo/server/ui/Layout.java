package dev.embargo.server.ui;

import dev.embargo.server.lists.ServedLists;

/**
 * The frame of every page ({@code layout.jte}): head (viewport, the one stylesheet and script, both files of
 * this origin, so the server's Content-Security-Policy holds), a skip link, the navigation, the page's own
 * content and a footer that says which lists answered.
 *
 * @param signOut      whether API keys are asked for and given, so that a sign-out button makes sense
 * @param anonymous    whether keys are asked for and none was given: the footer then tells nothing of the lists
 * @param served       the lists in service, or null while none are
 * @param reloadFailed whether the latest reload failed
 */
record Layout(boolean signOut, boolean anonymous, ServedLists served, boolean reloadFailed) {
    /** The frame for a visitor who has not given a key to a server that asks for one. */
    static Layout forAnonymous() {
        return new Layout(false, true, null, false);
    }

    /** Where a page belongs in the navigation. */
    enum Nav {
        SEARCH("/", "Search"),
        SCAN("/scan", "Scan a document"),
        LISTS("/lists", "Lists"),
        ALERTS("/alerts", "Alerts"),
        AUDIT("/audit", "Audit"),
        NONE(null, null);

        final String href;
        final String label;

        Nav(String href, String label) {
            this.href = href;
            this.label = label;
        }
    }
}
