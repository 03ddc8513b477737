package dev.embargo.server.ui;

/** The plain page ({@code error.jte}) a browser gets when a request to a page of the UI fails. */
public final class ErrorPage {
    private ErrorPage() {}

    public static String render(int status, String message) {
        return PageOutput.render(512, out -> JteerrorGenerated.render(out, null, status, message));
    }
}
