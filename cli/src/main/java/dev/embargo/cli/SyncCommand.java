package dev.embargo.cli;

import dev.embargo.lists.diff.ListDiff;
import dev.embargo.lists.model.Source;
import dev.embargo.lists.sync.ListSync;
import dev.embargo.lists.sync.SnapshotStore;
import dev.embargo.lists.sync.SourceOutcome;
import dev.embargo.lists.sync.SyncReport;
import dev.embargo.lists.sync.SyncSettings;
import dev.embargo.report.json.OutputJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = {
            "Download the current official lists into a new dated snapshot, check that every file arrived whole, "
                    + "reads, and is not much smaller than before, then make the snapshot current.",
            "A source that fails keeps its previous files; the command then exits with 3 and says why.",
            "Each file may be at most its source's size limit (--max-size); redirects are followed only to the "
                    + "host asked (or its www. twin) unless --allow-redirect-host names another.",
            "Exits 0 when every source is current, 2 on a usage error, 3 when a source could not be updated or the "
                    + "store could not be written."
        })
public final class SyncCommand implements Callable<Integer> {
    enum Format {
        table,
        json
    }

    @Option(
            names = "--dir",
            paramLabel = "DIR",
            description = "Store to sync into (default: $EMBARGO_LISTS or ~/.embargo/lists, where --lists looks).")
    Path dir;

    @Option(
            names = "--source",
            paramLabel = "CODE",
            split = ",",
            converter = SourceCodeConverter.class,
            description = "Only these sources: un, us-ofac-sdn, us-ofac-cons, eu-fsf, uk-ofsi, ca-sema, au-dfat "
                    + "(default: all).")
    List<Source> sources;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Fetch URL/<source>/<file> from a mirror instead of the publishers' own addresses "
                    + "(default: $EMBARGO_SYNC_BASE_URL, else the official URLs).")
    URI baseUrl;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "120",
            description = "Time allowed for each whole file (default: ${DEFAULT-VALUE}; connecting: 10 s).")
    double timeoutSeconds;

    @Option(
            names = "--allow-shrink",
            description = "Accept a list with fewer than 80 %% of the previous entities (after a real mass delisting).")
    boolean allowShrink;

    @Option(
            names = "--keep",
            paramLabel = "N",
            defaultValue = "10",
            description = "Snapshots to keep, the current one included (default: ${DEFAULT-VALUE}).")
    int keep;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(
            names = "--max-size",
            paramLabel = "[SOURCE=]SIZE",
            split = ",",
            description = "Largest file to accept, for every source or for one (e.g. 100MB, eu-fsf=1GB; K, M, G are "
                    + "powers of 1024). A download that grows past it is stopped and the source keeps its previous "
                    + "files. Defaults: un 32 MB, us-ofac-sdn 64 MB, us-ofac-cons 16 MB, eu-fsf 256 MB, uk-ofsi 32 MB, "
                    + "ca-sema 32 MB, au-dfat 16 MB.")
    List<String> maxSizes;

    @Option(
            names = "--allow-redirect-host",
            paramLabel = "HOST",
            split = ",",
            description =
                    "Also follow redirects to this host (a publisher's storage or CDN host); by default a "
                            + "download follows redirects only to the host it asked, or its www. twin, never from https to http.")
    List<String> redirectHosts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = dir != null ? dir : ListsOption.configuredDefault();
        SyncSettings settings = settings();
        SyncReport report;
        try {
            report = new ListSync(new SnapshotStore(root), settings, Clock.systemUTC()).run();
        } catch (IOException e) {
            err.println("error: sync of " + root + " failed: " + EmbargoCommand.describe(e));
            err.flush();
            return EmbargoCommand.EXIT_ERROR;
        }
        if (format == Format.json) {
            out.println(OutputJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(root, report)));
        } else {
            printTable(out, root, report);
        }
        for (SourceOutcome o : report.failures()) {
            err.println("error: " + o.source().code() + " not updated: " + o.problem()
                    + (o.keptPrevious() ? "; keeping its previous files" : "; it has no previous copy")
                    + hint(o));
        }
        out.flush();
        err.flush();
        return report.failures().isEmpty() ? EmbargoCommand.EXIT_OK : EmbargoCommand.EXIT_ERROR;
    }

    private static final Pattern REFUSED_HOST = Pattern.compile("refused: host (\\S+) is not ");

    /** The option that accepts what was refused, when the refusal was a judgement an operator may overrule. */
    private static String hint(SourceOutcome o) {
        String problem = o.problem();
        if (problem.contains("fewer than")) {
            return " (--allow-shrink accepts it)";
        }
        if (problem.contains("too large:")) {
            return " (--max-size " + o.source().code() + "=SIZE raises the limit)";
        }
        Matcher host = REFUSED_HOST.matcher(problem);
        if (host.find()) {
            return " (--allow-redirect-host " + host.group(1) + " follows it)";
        }
        return "";
    }

    private SyncSettings settings() {
        if (!(timeoutSeconds > 0 && timeoutSeconds <= 86_400)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--timeout: expected seconds from 0 (excluded) to 86400, got " + timeoutSeconds);
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
                .withKeepSnapshots(keep)
                .withMaxBytes(maxBytes())
                .withRedirectHosts(
                        redirectHosts == null
                                ? Set.of()
                                : redirectHosts.stream().map(this::host).collect(Collectors.toSet()));
        return sources == null || sources.isEmpty()
                ? s
                : s.withSources(sources.stream().distinct().toList());
    }

    /** The --max-size values: a bare SIZE for every source, SOURCE=SIZE for one (the later one wins). */
    private Map<Source, Long> maxBytes() {
        Map<Source, Long> limits = new EnumMap<>(Source.class);
        if (maxSizes == null) {
            return limits;
        }
        SourceCodeConverter codes = new SourceCodeConverter();
        for (String given : maxSizes) {
            int eq = given.indexOf('=');
            long bytes;
            try {
                bytes = parseSize(eq < 0 ? given : given.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--max-size: " + e.getMessage());
            }
            if (eq < 0) {
                for (Source source : Source.values()) {
                    limits.put(source, bytes);
                }
            } else {
                Source source;
                try {
                    source = codes.convert(given.substring(0, eq));
                } catch (picocli.CommandLine.TypeConversionException e) {
                    throw new ParameterException(spec.commandLine(), "--max-size: " + e.getMessage());
                }
                limits.put(source, bytes);
            }
        }
        return limits;
    }

    private static final Pattern SIZE =
            Pattern.compile("(?i)\\s*(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\\s*");

    /** "100MB", "1.5G", "500000": a byte count, K, M and G being powers of 1024. */
    static long parseSize(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "expected a size such as 100MB, 1GB or 500000 (bytes), got \"" + text + "\"");
        }
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        int shift = switch (unit.charAt(0)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        double bytes = new java.math.BigDecimal(m.group(1)).doubleValue() * (1L << shift);
        if (bytes < 1 || bytes > (1L << 40)) {
            throw new IllegalArgumentException("expected a size from 1 byte to 1024 GB, got \"" + text + "\"");
        }
        return (long) bytes;
    }

    /** A host name as given to --allow-redirect-host. */
    private String host(String given) {
        String h = given.strip();
        if (h.isEmpty() || !h.matches("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]")) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--allow-redirect-host: expected a host name such as " + "cdn.example.org, got \"" + given + "\"");
        }
        return h.toLowerCase(Locale.ROOT);
    }

    private static void printTable(PrintWriter out, Path root, SyncReport report) {
        String fmt = "%-13s %-9s %-22s %7s %8s %8s  %s%n";
        out.printf(fmt, "SOURCE", "RESULT", "ENTITIES", "ADDED", "REMOVED", "CHANGED", "PUBLISHED");
        for (SourceOutcome o : report.outcomes()) {
            ListDiff d = o.diff();
            out.printf(
                    fmt,
                    o.source().code(),
                    o.status().code(),
                    entities(o),
                    d == null ? "" : count(d.added().size()),
                    d == null ? "" : count(d.removed().size()),
                    d == null ? "" : count(d.changed().size()),
                    published(o));
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
