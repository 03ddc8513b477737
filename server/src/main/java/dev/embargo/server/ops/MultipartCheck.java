package dev.embargo.server.ops;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A look at a whole {@code multipart/form-data} body before Jetty's parser sees it: the parser fails on a
 * body without its closing boundary or with more parts than it allows only when the request has been
 * handled, with a 500 and a stack trace in the log. Here both are a 400 that says what was expected.
 */
final class MultipartCheck {
    /** Most parts one upload may have: a scan sends a file or a text and a field or two. */
    static final int MAX_PARTS = 100;

    private MultipartCheck() {}

    /** What is wrong with this body, or null when it is a multipart body Jetty can parse (or not multipart). */
    static String problem(String contentType, byte[] body, int size) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        String boundary = boundary(contentType);
        if (boundary == null) {
            return "Content-Type: a multipart body needs a boundary, like multipart/form-data; boundary=X";
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int delimiters = 0;
        int from = 0;
        boolean closed = false;
        while (true) {
            int at = indexOf(body, size, delimiter, from);
            if (at < 0) {
                break;
            }
            // A delimiter starts the body or follows a line break.
            if (at == 0 || (at >= 1 && body[at - 1] == '\n')) {
                delimiters++;
                int after = at + delimiter.length;
                if (after + 1 < size && body[after] == '-' && body[after + 1] == '-') {
                    closed = true;
                    break;
                }
                if (delimiters > MAX_PARTS) {
                    return "multipart body: at most " + MAX_PARTS + " parts";
                }
            }
            from = at + delimiter.length;
        }
        if (delimiters == 0) {
            return "multipart body: no part starts with the boundary \"" + boundary + "\" of its Content-Type";
        }
        if (!closed) {
            return "multipart body: cut off, it does not end with its closing boundary \"--" + boundary + "--\"";
        }
        return null;
    }

    static String boundary(String contentType) {
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String b = p.substring("boundary=".length()).strip();
                if (b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"")) {
                    b = b.substring(1, b.length() - 1);
                }
                return b.isEmpty() || b.length() > 200 ? null : b;
            }
        }
        return null;
    }

    private static int indexOf(byte[] haystack, int size, byte[] needle, int from) {
        byte first = needle[0];
        int last = size - needle.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (haystack[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
