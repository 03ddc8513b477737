package dev.embargo.server.ui;

/** A page or fragment of the UI and the status it is served with. */
record Reply(int status, String html) {
    static Reply ok(String html) {
        return new Reply(200, html);
    }
}
