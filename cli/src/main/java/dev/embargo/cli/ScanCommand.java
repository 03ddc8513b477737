package dev.embargo.cli;

import dev.embargo.lists.ListLoader;
import dev.embargo.matching.Screener;
import dev.embargo.parties.PartyIndex;
import dev.embargo.report.html.HtmlReport;
import dev.embargo.report.json.OutputJson;
import dev.embargo.report.json.ScanJson;
import dev.embargo.report.text.ScanText;
import dev.embargo.scanning.Deadline;
import dev.embargo.scanning.ScanException;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.language.TextLanguage;
import dev.embargo.scanning.read.Document;
import dev.embargo.scanning.read.DocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        mixinStandardHelpOptions = true,
        name = "scan",
        description = "Scan a text for listed parties, jurisdictions and identifiers.")
public final class ScanCommand implements Callable<Integer> {
    enum Format {
        text,
        json,
        html
    }

    @Mixin
    ListsOption lists;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(
            names = "--lang",
            defaultValue = "auto",
            description =
                    "language of the text: auto (detected from its commonest words), nl, en, de or fr; it decides "
                            + "the attribution cues and number formats of claims and which capitalised function words are not names")
    String lang;

    @Option(
            names = "--threshold",
            defaultValue = "" + Screener.DEFAULT_THRESHOLD,
            description = "lowest score reported (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--output", paramLabel = "FILE", description = "write the report here instead of standard output")
    Path output;

    @Parameters(paramLabel = "FILE", description = "the document; - for standard input")
    String file;

    @Spec
    CommandSpec spec;

    /**
     * Exit status: 0 nothing listed found, 1 a listed party found (a mention, or an identifier a listed party
     * carries), 2 a usage error, 3 a document or lists that cannot be read.
     */
    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try {
            TextLanguage.of(lang, "");
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage(), 2);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            return fail(err, "--threshold: expected a number from 0 to 1, got " + threshold, 2);
        }
        // The lists first: a document can take long to read, and without lists the scan would be for nothing.
        ListLoader.Report loaded;
        try {
            loaded = lists.load(err);
        } catch (IOException e) {
            return fail(err, "--lists: cannot read " + lists.dir() + " (" + e.getMessage() + ")", 3);
        }
        if (loaded.lists().isEmpty()) {
            return fail(err, file + ": not scanned: no sanctions lists to scan it against", 3);
        }
        Document document;
        DocumentReader reader = new DocumentReader();
        try {
            if (file.equals("-")) {
                document = reader.read("-", System.in);
            } else {
                // Read as a stream up to the size limit: a device or pipe (/dev/zero) never ends.
                try (InputStream in = Files.newInputStream(Path.of(file))) {
                    document = reader.read(file, in);
                }
            }
        } catch (IOException e) {
            return fail(err, file + ": cannot read (" + e.getMessage() + ")", 3);
        } catch (ScanException e) {
            return fail(err, e.getMessage(), 3);
        }
        for (String w : document.warnings()) {
            err.println("warning: " + file + ": " + w);
        }
        err.flush();
        Scanner scanner = new Scanner(PartyIndex.build(loaded.entities()).screener());
        Scanner.Report report = scanner.scan(document, threshold, lang, Deadline.NONE);
        String rendered = switch (format) {
            case json ->
                OutputJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ScanJson.report(report));
            case html -> HtmlReport.render(report, document.text());
            case text -> ScanText.render(report);
        };
        if (output != null) {
            try {
                Files.writeString(output, rendered + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                return fail(err, "--output: cannot write " + output + " (" + e.getMessage() + ")", 3);
            }
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.println(rendered);
            out.flush();
        }
        return foundListedParty(report) ? 1 : 0;
    }

    /** Whether the report names a listed party: by name, or by an identifier one carries. */
    static boolean foundListedParty(Scanner.Report report) {
        return !report.mentions().isEmpty()
                || report.identifiers().stream().anyMatch(i -> !i.matches().isEmpty());
    }

    private static int fail(PrintWriter err, String message, int status) {
        err.println("error: " + message);
        err.flush();
        return status;
    }
}
