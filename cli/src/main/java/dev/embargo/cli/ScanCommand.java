package dev.embargo.cli;

import dev.embargo.lists.ListLoader;
import dev.embargo.matching.Screener;
import dev.embargo.scanning.Deadline;
import dev.embargo.scanning.ScanException;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.claim.Claim;
import dev.embargo.scanning.claim.ClaimGroup;
import dev.embargo.scanning.language.TextLanguage;
import dev.embargo.scanning.read.Document;
import dev.embargo.scanning.read.DocumentReader;
import dev.embargo.scanning.report.HtmlReport;
import dev.embargo.server.json.Json;
import dev.embargo.server.json.ScanJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
        Scanner scanner = new Scanner(Screener.of(loaded.entities()));
        Scanner.Report report = scanner.scan(document, threshold, lang, Deadline.NONE);
        String rendered = switch (format) {
            case json -> Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ScanJson.report(report));
            case html -> HtmlReport.render(report, document.text());
            case text -> toText(report);
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

    static String toText(Scanner.Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Read as ")
                .append(r.language().language().code())
                .append(r.language().clear() ? "" : " (not clear: function words of all four languages skipped)")
                .append('\n');
        sb.append("Listed parties named in ").append(r.source()).append(":\n");
        if (r.mentions().isEmpty()) {
            sb.append("  none at or above the threshold\n");
        }
        for (Scanner.MentionHit h : r.mentions()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  %6d-%-6d %-28s %.2f %-24s %s%s%n",
                    h.mention().start(),
                    h.mention().end(),
                    "\"" + h.mention().written().replaceAll("\\s+", " ") + "\"",
                    h.match().score(),
                    h.match().entity().id(),
                    h.match().entity().primaryName().full(),
                    h.mention().exonym() ? "  (exonym of " + h.mention().query() + ")" : ""));
            r.fieldAt(h.mention().start())
                    .ifPresent(f ->
                            sb.append("                in: ").append(f.place()).append('\n'));
            if (h.matches().size() > 1) {
                sb.append("                also: ")
                        .append(String.join(
                                ", ",
                                h.matches().stream()
                                        .skip(1)
                                        .map(m -> m.entity().id())
                                        .toList()))
                        .append('\n');
            }
        }
        sb.append("Jurisdictions:\n");
        for (Scanner.JurisdictionHit j : r.jurisdictions()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  %-3s %-16s named %d×; programs: %s%n",
                    j.iso(),
                    j.name(),
                    j.mentions().size(),
                    j.programs().stream()
                            .limit(6)
                            .map(p -> p.source() + " " + p.program())
                            .toList()));
        }
        sb.append("Who says what (figures grouped by what they count):\n");
        for (ClaimGroup g : r.claimGroups()) {
            sb.append("  ")
                    .append(g.topic())
                    .append(g.contested() ? "  (sources differ)" : "")
                    .append('\n');
            for (Claim c : g.claims()) {
                sb.append(String.format(
                        Locale.ROOT,
                        "    %-30s %s%n",
                        c.source(),
                        c.quantities().stream()
                                .map(q -> q.written() + " = " + String.format(Locale.ROOT, "%,.0f", q.value()) + " "
                                        + q.unit())
                                .toList()));
            }
        }
        sb.append("Identifiers:\n");
        if (r.identifiers().isEmpty()) {
            sb.append("  none\n");
        }
        for (Scanner.IdentifierHit i : r.identifiers()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  %-16s %-44s %s%n",
                    i.found().kind(),
                    i.found().value(),
                    i.matches().isEmpty()
                            ? "not on the loaded lists"
                            : i.matches().stream()
                                    .map(m -> m.entity().id() + " "
                                            + m.entity().primaryName().full())
                                    .toList()));
        }
        return sb.toString();
    }
}
