package dev.embargo.cli;

import dev.embargo.matching.Screener;
import dev.embargo.scanning.ScanException;
import dev.embargo.scanning.Scanner;
import dev.embargo.scanning.claim.Claim;
import dev.embargo.scanning.claim.ClaimGroup;
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
            description = "language of the text for attributions and number formats: auto, nl, en, de, fr")
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
            case json -> Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(report));
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

    static Map<String, Object> toJson(Scanner.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", r.source());
        m.put("characters", r.characters());
        List<Object> mentions = new ArrayList<>();
        for (Scanner.MentionHit h : r.mentions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("start", h.mention().start());
            x.put("end", h.mention().end());
            x.put("text", h.mention().written());
            x.put("screened_as", h.mention().query());
            x.put("exonym", h.mention().exonym());
            x.putAll(MatchJson.match(h.match()));
            x.put("also_listed_as", h.matches().stream().skip(1).map(MatchJson::match).toList());
            mentions.add(x);
        }
        m.put("mentions", mentions);
        List<Object> jurisdictions = new ArrayList<>();
        for (Scanner.JurisdictionHit j : r.jurisdictions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("country", j.iso());
            x.put("name", j.name());
            List<Object> spans = new ArrayList<>();
            for (Jurisdictions.Found f : j.mentions()) {
                spans.add(Map.of("start", f.start(), "end", f.end(), "text", f.written()));
            }
            x.put("mentions", spans);
            List<Object> programs = new ArrayList<>();
            for (Scanner.ProgramCount p : j.programs()) {
                programs.add(Map.of("source", p.source(), "program", p.program(), "entities", p.entities()));
            }
            x.put("programs", programs);
            jurisdictions.add(x);
        }
        m.put("jurisdictions", jurisdictions);
        List<Object> identifiers = new ArrayList<>();
        for (Scanner.IdentifierHit i : r.identifiers()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("start", i.found().start());
            x.put("end", i.found().end());
            x.put("kind", i.found().kind());
            x.put("value", i.found().value());
            x.put("matches", i.matches().stream().map(MatchJson::match).toList());
            identifiers.add(x);
        }
        m.put("identifiers", identifiers);
        List<Object> claims = new ArrayList<>();
        for (ClaimGroup g : r.claimGroups()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("topic", g.topic());
            x.put("sources_differ", g.contested());
            x.put("claims", g.claims().stream().map(ScanCommand::claim).toList());
            claims.add(x);
        }
        m.put("claim_groups", claims);
        m.put("claims", r.claims().stream().map(ScanCommand::claim).toList());
        return m;
    }

    private static Map<String, Object> claim(Claim c) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("source", c.source());
        x.put("source_start", c.sourceStart());
        x.put("source_end", c.sourceEnd());
        x.put("sentence", c.sentence());
        x.put("sentence_start", c.sentenceStart());
        x.put("sentence_end", c.sentenceEnd());
        x.put("quantities", c.quantities().stream().map(q -> {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("value", q.value());
            y.put("unit", q.unit());
            y.put("text", q.written());
            y.put("start", q.start());
            y.put("end", q.end());
            return y;
        }).toList());
        return x;
    }

    static String toText(Scanner.Report r) {
        StringBuilder sb = new StringBuilder();
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
