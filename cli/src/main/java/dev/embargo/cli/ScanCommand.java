package dev.embargo.cli;

import dev.embargo.matching.Screener;
import dev.embargo.server.json.Json;
import dev.embargo.server.json.ScanJson;
import dev.embargo.scanning.ScanException;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.claim.Claim;
import dev.embargo.scanning.claim.ClaimGroup;
import dev.embargo.scanning.language.TextLanguage;
import dev.embargo.scanning.report.HtmlReport;
import dev.embargo.scanning.read.Document;
import dev.embargo.scanning.read.DocumentReader;
import dev.embargo.scanning.place.Jurisdictions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "scan",
        description = "Scan a text for listed parties, jurisdictions and identifiers.")
public final class ScanCommand implements Callable<Integer> {
    enum Format { text, json, html }

    @Mixin
    ListsOption lists;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--lang", defaultValue = "auto",
            description = "language of the text: auto (detected from its commonest words), nl, en, de or fr; it decides "
                    + "the attribution cues and number formats of claims and which capitalised function words are not names")
    String lang;

    @Option(names = "--threshold", defaultValue = "" + Screener.DEFAULT_THRESHOLD,
            description = "lowest score reported (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--output", paramLabel = "FILE", description = "write the report here instead of standard output")
    Path output;

    @Parameters(paramLabel = "FILE", description = "the document; - for standard input")
    String file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try {
            TextLanguage.of(lang, "");
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        Document document;
        try {
            byte[] bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(file));
            document = new DocumentReader().read(file, bytes);
        } catch (IOException e) {
            err.println("error: " + file + ": cannot read (" + e.getMessage() + ")");
            err.flush();
            return 2;
        } catch (ScanException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 2;
        }
        for (String w : document.warnings()) {
            err.println("warning: " + file + ": " + w);
        }
        Scanner scanner = new Scanner(Screener.of(lists.load(err).entities()));
        Scanner.Report report = scanner.scan(file, document.text(), threshold, lang);
        String rendered = switch (format) {
            case json -> Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ScanJson.report(report));
            case html -> HtmlReport.render(report, document.text());
            case text -> toText(report);
        };
        if (output != null) {
            Files.writeString(output, rendered + "\n", StandardCharsets.UTF_8);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.println(rendered);
            out.flush();
        }
        return 0;
    }

    static String toText(Scanner.Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Read as ").append(r.language().language().code())
                .append(r.language().clear() ? "" : " (not clear: function words of all four languages skipped)").append('\n');
        sb.append("Listed parties named in ").append(r.source()).append(":\n");
        if (r.mentions().isEmpty()) {
            sb.append("  none at or above the threshold\n");
        }
        for (Scanner.MentionHit h : r.mentions()) {
            sb.append(String.format(Locale.ROOT, "  %6d-%-6d %-28s %.2f %-24s %s%s%n", h.mention().start(), h.mention().end(),
                    "\"" + h.mention().written().replaceAll("\\s+", " ") + "\"", h.match().score(),
                    h.match().entity().id(), h.match().entity().primaryName().full(),
                    h.mention().exonym() ? "  (exonym of " + h.mention().query() + ")" : ""));
            if (h.matches().size() > 1) {
                sb.append("                also: ").append(String.join(", ",
                        h.matches().stream().skip(1).map(m -> m.entity().id()).toList())).append('\n');
            }
        }
        sb.append("Jurisdictions:\n");
        for (Scanner.JurisdictionHit j : r.jurisdictions()) {
            sb.append(String.format(Locale.ROOT, "  %-3s %-16s named %d×; programs: %s%n", j.iso(), j.name(), j.mentions().size(),
                    j.programs().stream().limit(6).map(p -> p.source() + " " + p.program()).toList()));
        }
        sb.append("Who says what (figures grouped by what they count):\n");
        for (ClaimGroup g : r.claimGroups()) {
            sb.append("  ").append(g.topic()).append(g.contested() ? "  (sources differ)" : "").append('\n');
            for (Claim c : g.claims()) {
                sb.append(String.format(Locale.ROOT, "    %-30s %s%n", c.source(),
                        c.quantities().stream().map(q -> q.written() + " = " + String.format(Locale.ROOT, "%,.0f", q.value())
                                + " " + q.unit()).toList()));
            }
        }
        sb.append("Identifiers:\n");
        if (r.identifiers().isEmpty()) {
            sb.append("  none\n");
        }
        for (Scanner.IdentifierHit i : r.identifiers()) {
            sb.append(String.format(Locale.ROOT, "  %-16s %-44s %s%n", i.found().kind(), i.found().value(),
                    i.matches().isEmpty() ? "not on the loaded lists"
                            : i.matches().stream().map(m -> m.entity().id() + " " + m.entity().primaryName().full()).toList()));
        }
        return sb.toString();
    }
}
