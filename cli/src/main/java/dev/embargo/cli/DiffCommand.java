package dev.embargo.cli;

import dev.embargo.lists.ListCheck;
import dev.embargo.lists.ListFormatException;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.diff.EntityChange;
import dev.embargo.lists.diff.EntityField;
import dev.embargo.lists.diff.EntityRef;
import dev.embargo.lists.diff.ListDiff;
import dev.embargo.lists.diff.SourceDiff;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Source;
import dev.embargo.lists.sync.SnapshotStore;
import dev.embargo.parties.Grouping;
import dev.embargo.parties.PartyGrouper;
import dev.embargo.parties.PartyIdHistory;
import dev.embargo.report.json.OutputJson;
import dev.embargo.report.party.PartyDiff;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "What changed between two versions of the lists, per source: entities added, removed, and changed "
                    + "(with the fields that changed), matched by id; then per party: parties added, removed, and"
                    + " those whose listings came, went or changed (party ids of OLD kept in NEW).",
            "OLD and NEW are each a store that `embargo sync` fills (its current snapshot), a snapshot folder, "
                    + "a folder of list files, or one list file."
        })
public final class DiffCommand implements Callable<Integer> {
    enum Format {
        table,
        json
    }

    /** Exit status for an unreadable, incomplete or hostile list file (see the README's exit codes). */
    static final int RUNTIME_ERROR = 3;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older lists.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer lists.")
    Path newer;

    @Option(
            names = "--source",
            paramLabel = "CODE",
            split = ",",
            converter = SourceCodeConverter.class,
            description = "Only these sources (default: every source found on either side).")
    List<Source> sources;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ListLoader.Report before;
        ListLoader.Report after;
        try {
            before = load(older);
            after = load(newer);
        } catch (IOException | RuntimeException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return RUNTIME_ERROR;
        }
        List<ListFormatException> errors = new ArrayList<>(before.errors());
        errors.addAll(after.errors());
        if (!errors.isEmpty()) {
            // A list that did not read, or that is cut off, would show its entities as removed or added:
            // refuse instead.
            errors.forEach(e -> err.println("error: " + e.getMessage()));
            err.println("error: no diff, because a list file did not read or is incomplete (its entities would"
                    + " look removed)");
            err.flush();
            return RUNTIME_ERROR;
        }
        List<SourceDiff> diffs = SourceDiff.perSource(selected(before.lists()), selected(after.lists()));
        for (SourceDiff d : diffs) {
            String fewer = ListCheck.DEFAULT.entityShrinkage(
                    d.entities().oldCount(), d.entities().newCount(), "OLD");
            if (d.presence() == SourceDiff.Presence.BOTH && fewer != null) {
                err.println("warning: " + d.source().code() + ": NEW has " + fewer
                        + "; if that is not a real mass delisting, the NEW file is damaged or partial");
            }
        }
        err.flush();
        PartyDiff parties = parties(selected(before.lists()), selected(after.lists()), diffs);
        if (format == Format.json) {
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("sources", diffs.stream().map(DiffCommand::json).toList());
            reply.put("parties", parties.json());
            out.println(OutputJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(reply));
        } else {
            printTable(out, diffs);
            out.println();
            out.print(parties.text());
        }
        out.flush();
        return 0;
    }

    /**
     * The change per party: both versions grouped, the newer with the older's party ids, so that a party that
     * stays keeps its id and the two are matched by id.
     */
    static PartyDiff parties(List<LoadedList> before, List<LoadedList> after, List<SourceDiff> diffs) {
        Grouping older = grouping(before, PartyIdHistory.NONE);
        Grouping newer = grouping(after, older.history());
        Map<String, List<String>> changed = new HashMap<>();
        for (SourceDiff d : diffs) {
            for (EntityChange c : d.entities().changed()) {
                changed.put(c.id(), c.fields().stream().map(EntityField::code).toList());
            }
        }
        Map<String, String> names = new HashMap<>();
        for (List<LoadedList> side : List.of(before, after)) {
            side.forEach(l ->
                    l.entities().forEach(e -> names.put(e.id(), e.primaryName().full())));
        }
        return PartyDiff.of(older, newer, changed, id -> names.getOrDefault(id, ""));
    }

    private static Grouping grouping(List<LoadedList> lists, PartyIdHistory previous) {
        Map<String, Entity> distinct = new LinkedHashMap<>();
        lists.forEach(l -> l.entities().forEach(e -> distinct.putIfAbsent(e.id(), e)));
        return PartyGrouper.of(List.copyOf(distinct.values())).group(PartyGrouper.Options.ALL, previous);
    }

    /** A single file is read with its OFAC companions; a folder is resolved like --lists. */
    static ListLoader.Report load(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            try {
                return new ListLoader.Report(List.of(ListLoader.loadFile(path)), List.of(), List.of());
            } catch (ListFormatException e) {
                return new ListLoader.Report(List.of(), List.of(e), List.of());
            }
        }
        if (!Files.exists(path)) {
            throw new IOException(path + ": no such file or folder");
        }
        return ListLoader.loadDirectory(SnapshotStore.resolveListsFolder(path));
    }

    private List<LoadedList> selected(List<LoadedList> lists) {
        return sources == null || sources.isEmpty()
                ? lists
                : lists.stream().filter(l -> sources.contains(l.source())).toList();
    }

    private static void printTable(PrintWriter out, List<SourceDiff> diffs) {
        String fmt = "%-13s %-24s %-20s %7s %8s %8s %10s%n";
        out.printf(fmt, "SOURCE", "PUBLISHED", "ENTITIES", "ADDED", "REMOVED", "CHANGED", "UNCHANGED");
        for (SourceDiff d : diffs) {
            ListDiff e = d.entities();
            String entities = SyncCommand.count(e.oldCount()) + " -> " + SyncCommand.count(e.newCount());
            if (d.presence() == SourceDiff.Presence.BOTH) {
                out.printf(
                        fmt,
                        d.source().code(),
                        date(d.oldPublished()) + " -> " + date(d.newPublished()),
                        entities,
                        SyncCommand.count(e.added().size()),
                        SyncCommand.count(e.removed().size()),
                        SyncCommand.count(e.changed().size()),
                        SyncCommand.count(e.unchanged()));
            } else {
                out.printf(
                        fmt,
                        d.source().code(),
                        date(d.oldPublished()) + " -> " + date(d.newPublished()),
                        entities,
                        "",
                        "",
                        "",
                        d.presence() == SourceDiff.Presence.ONLY_NEW ? "only NEW" : "only OLD");
            }
        }
        for (SourceDiff d : diffs) {
            ListDiff e = d.entities();
            if (d.presence() != SourceDiff.Presence.BOTH || e.isEmpty()) {
                continue;
            }
            out.println();
            out.println(d.source().code() + ": " + e.added().size() + " added, "
                    + e.removed().size() + " removed, " + e.changed().size() + " changed");
            for (EntityRef r : e.added()) {
                out.println("  + " + r.id() + "  " + r.name());
            }
            for (EntityRef r : e.removed()) {
                out.println("  - " + r.id() + "  " + r.name());
            }
            for (EntityChange c : e.changed()) {
                out.println("  ~ " + c.id() + "  " + c.name() + "  ["
                        + c.fields().stream().map(EntityField::code).collect(Collectors.joining(", ")) + "]");
            }
        }
        for (SourceDiff d : diffs) {
            if (d.presence() != SourceDiff.Presence.BOTH) {
                out.println("note: " + d.source().code() + " is only in "
                        + (d.presence() == SourceDiff.Presence.ONLY_NEW ? "NEW" : "OLD")
                        + "; its entities are counted, not compared");
            }
        }
    }

    private static String date(LocalDate d) {
        return d == null ? "-" : d.toString();
    }

    private static Map<String, Object> json(SourceDiff d) {
        ListDiff e = d.entities();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("source", d.source().code());
        row.put("presence", d.presence().code());
        row.put("old_published", d.oldPublished());
        row.put("new_published", d.newPublished());
        row.put("added", e.added().stream().map(DiffCommand::ref).toList());
        row.put("removed", e.removed().stream().map(DiffCommand::ref).toList());
        row.put(
                "changed",
                e.changed().stream()
                        .map(c -> {
                            Map<String, Object> m = ref(new EntityRef(c.id(), c.name()));
                            m.put(
                                    "fields",
                                    c.fields().stream().map(EntityField::code).toList());
                            return m;
                        })
                        .toList());
        row.put("counts", counts(e));
        return row;
    }

    private static Map<String, Object> ref(EntityRef r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        return m;
    }

    static Map<String, Integer> counts(ListDiff e) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("old_entities", e.oldCount());
        counts.put("new_entities", e.newCount());
        counts.put("added", e.added().size());
        counts.put("removed", e.removed().size());
        counts.put("changed", e.changed().size());
        counts.put("unchanged", e.unchanged());
        return counts;
    }
}
