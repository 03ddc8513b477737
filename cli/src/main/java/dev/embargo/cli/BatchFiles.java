package dev.embargo.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The input and output of the batch commands: a file, or standard input/output for "-". */
final class BatchFiles {
    private BatchFiles() {}

    static Reader input(String name) throws IOException {
        return name.equals("-")
                ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(name), StandardCharsets.UTF_8);
    }

    static Writer output(String name) throws IOException {
        return name == null || name.equals("-")
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(Path.of(name), StandardCharsets.UTF_8);
    }

    /**
     * The lines of a reader as names, one per line ({@code screen -}), each with its line number; a line
     * longer than {@code maxChars} is skipped to its end rather than held, so an endless line costs no
     * memory, and comes back marked too long.
     */
    static final class NameLines implements java.util.Iterator<NameLines.Line> {
        record Line(long number, String text, boolean tooLong) {}

        private final Reader in;
        private final int maxChars;
        private final char[] buffer = new char[8192];
        private int at;
        private int end;
        private long number;
        private boolean eof;
        private Line next;

        NameLines(Reader in, int maxChars) {
            this.in = in;
            this.maxChars = maxChars;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !eof) {
                next = read();
            }
            return next != null;
        }

        @Override
        public Line next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            Line l = next;
            next = null;
            return l;
        }

        private Line read() {
            StringBuilder text = new StringBuilder();
            boolean tooLong = false;
            boolean any = false;
            try {
                while (true) {
                    if (at == end) {
                        end = in.read(buffer);
                        at = 0;
                        if (end <= 0) {
                            end = 0;
                            eof = true;
                            break;
                        }
                    }
                    any = true;
                    char c = buffer[at++];
                    if (c == '\n') {
                        break;
                    }
                    if (tooLong) {
                        continue;
                    }
                    text.append(c);
                    if (text.length() > maxChars + 1) {
                        // One more than the limit, for a trailing \r.
                        tooLong = true;
                        text.setLength(0);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (!any) {
                return null;
            }
            number++;
            if (!text.isEmpty() && text.charAt(text.length() - 1) == '\r') {
                text.setLength(text.length() - 1);
            }
            if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text.deleteCharAt(0);
            }
            boolean over = tooLong || text.length() > maxChars;
            return new Line(number, over ? "" : text.toString(), over);
        }
    }
}
