package dev.embargo.cli;

import dev.embargo.server.json.Json;
import dev.embargo.lists.diff.ListDiff;
import dev.embargo.lists.model.Source;
import dev.embargo.lists.sync.ListSync;
import dev.embargo.lists.sync.SnapshotStore;
import dev.embargo.lists.sync.SourceOutcome;
import dev.embargo.lists.sync.SyncReport;
import dev.embargo.lists.sync.SyncSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "sync", mixinStandardHelpOptions = true, description = {
        "Download the current official lists into a new dated snapshot, check that every file arrived whole, "
                + "reads, and is not much smaller than before, then make the snapshot current.",
        "A source that fails keeps its previous files; the command then exits with 1 and says why."})
public final class SyncCommand implements Callable<Integer> {
    enum Format { table, json }

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Store to sync into (default: $EMBARGO_LISTS or ~/.embargo/lists, where --lists looks).")
    Path dir;

    @Option(names = "--source", paramLabel = "CODE", split = ",", converter = SourceCodeConverter.class,
            description = "Only these sources: un, us-ofac-sdn, us-ofac-cons, eu-fsf, uk-ofsi, ca-sema, au-dfat "
                    + "(default: all).")
    List<Source> sources;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Fetch URL/<source>/<file> from a mirror instead of the publishers' own addresses "
                    + "(default: $EMBARGO_SYNC_BASE_URL, else the official URLs).")
    URI baseUrl;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time allowed for each whole file (default: ${DEFAULT-VALUE}; connecting: 10 s).")
    double timeoutSeconds;

    @Option(names = "--allow-shrink",
            description = "Accept a list with fewer than 80 %% of the previous entities (after a real mass delisting).")
    boolean allowShrink;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "10",
            description = "Snapshots to keep, the current one included (default: ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = dir != null ? dir : ListsOption.configuredDefault();
        SyncReport report;
        try {
            report = new ListSync(new SnapshotStore(root), settings(), Clock.systemUTC()).run();
        } catch (IOException e) {
            err.println("error: sync of " + root + " failed: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (format == Format.json) {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(root, report)));
        } else {
            printTable(out, root, report);
        }
        for (SourceOutcome o : report.failures()) {
            err.println("error: " + o.source().code() + " not updated: " + o.problem()
                    + (o.keptPrevious() ? "; keeping its previous files" : "; it has no previous copy")
                    + (o.problem().contains("fewer than") ? " (--allow-shrink accepts it)" : ""));
        }
        out.flush();
        err.flush();
        return report.failures().isEmpty() ? 0 : 1;
    }

    private SyncSettings settings() {
        if (timeoutSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must be positive");
        }
        if (keep < 1) {
            throw new ParameterException(spec.commandLine(), "--keep must be at least 1");
        }
        URI mirror = baseUrl;
        String env = System.getenv("EMBARGO_SYNC_BASE_URL");
        if (mirror == null && env != null && !env.isBlank()) {
            mirror = URI.create(env.strip());
        }
        SyncSettings s = SyncSettings.defaults()
                .withMirrorBase(mirror)
                .withRequestTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)))
                .withAllowShrink(allowShrink)
                .withKeepSnapshots(keep);
        return sources == null || sources.isEmpty() ? s : s.withSources(sources.stream().distinct().toList());
    }

    private static void printTable(PrintWriter out, Path root, SyncReport report) {
        String fmt = "%-13s %-9s %-22s %7s %8s %8s  %s%n";
        out.printf(fmt, "SOURCE", "RESULT", "ENTITIES", "ADDED", "REMOVED", "CHANGED", "PUBLISHED");
        for (SourceOutcome o : report.outcomes()) {
            ListDiff d = o.diff();
            out.printf(fmt, o.source().code(), o.status().code(), entities(o),
                    d == null ? "" : count(d.added().size()), d == null ? "" : count(d.removed().size()),
                    d == null ? "" : count(d.changed().size()), published(o));
        }
        if (report.switched()) {
            out.println("current snapshot: " + report.currentSnapshot()
                    + (report.previousSnapshot() == null ? "" : " (was " + report.previousSnapshot() + ")")
                    + " in " + root);
        } else if (report.currentSnapshot() != null) {
            out.println("current snapshot unchanged: " + report.currentSnapshot() + " in " + root);
        } else {
            out.println("no snapshot: nothing could be downloaded into " + root);
        }
        if (!report.pruned().isEmpty()) {
            out.println("deleted old snapshots: " + String.join(", ", report.pruned()));
        }
        for (SourceOutcome o : report.outcomes()) {
            if (o.note() != null) {
                out.println("note: " + o.source().code() + ": " + o.note());
            }
        }
    }

    private static String entities(SourceOutcome o) {
        if (o.status() == SourceOutcome.Status.FAILED && o.entitiesAfter() == null) {
            return o.keptPrevious() ? "previous kept" : "none";
        }
        String before = o.entitiesBefore() == null ? "-" : count(o.entitiesBefore());
        String after = o.entitiesAfter() == null ? "-" : count(o.entitiesAfter());
        return o.entitiesBefore() == null && o.entitiesAfter() == null ? "" : before + " -> " + after;
    }

    private static String published(SourceOutcome o) {
        if (o.publishedBefore() == null && o.publishedAfter() == null) {
            return "";
        }
        return date(o.publishedBefore()) + " -> " + date(o.publishedAfter());
    }

    private static String date(LocalDate d) {
        return d == null ? "-" : d.toString();
    }

    static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static Map<String, Object> json(Path root, SyncReport report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("dir", root.toString());
        doc.put("previous_snapshot", report.previousSnapshot());
        doc.put("current_snapshot", report.currentSnapshot());
        doc.put("switched", report.switched());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SourceOutcome o : report.outcomes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("source", o.source().code());
            row.put("status", o.status().code());
            row.put("problem", o.problem());
            row.put("kept_previous", o.keptPrevious());
            row.put("entities_before", o.entitiesBefore());
            row.put("entities_after", o.entitiesAfter());
            row.put("published_before", o.publishedBefore());
            row.put("published_after", o.publishedAfter());
            if (o.diff() != null) {
                row.put("counts", DiffCommand.counts(o.diff()));
            }
            row.put("note", o.note());
            rows.add(row);
        }
        doc.put("sources", rows);
        doc.put("pruned", report.pruned());
        return doc;
    }
}
