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
    private BatchFiles() {
    }

    static Reader input(String name) throws IOException {
        return name.equals("-") ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(name), StandardCharsets.UTF_8);
    }

    static Writer output(String name) throws IOException {
        return name == null || name.equals("-")
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(Path.of(name), StandardCharsets.UTF_8);
    }
}
