package dev.embargo.cli;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.LoadWarning;
import dev.embargo.lists.LoadedList;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.report.json.ListsJson;
import dev.embargo.report.json.OutputJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        mixinStandardHelpOptions = true,
        name = "lists",
        description =
                "Show the loaded lists: publication date, file, entities by kind, " + "names, identifiers, warnings.")
public final class ListsCommand implements Callable<Integer> {
    enum Format {
        table,
        json
    }

    @Mixin
    ListsOption lists;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ListLoader.Report report;
        try {
            report = lists.load(err);
        } catch (IOException | RuntimeException e) {
            err.println("error: " + e.getMessage());
            err.println("hint: run `embargo sync` to fetch the lists, or pass --lists DIR");
            err.flush();
            return DiffCommand.RUNTIME_ERROR;
        }
        List<LoadedList> sorted = report.lists().stream()
                .sorted(Comparator.comparing((LoadedList l) -> l.source().ordinal())
                        .thenComparing(LoadedList::file))
                .toList();
        if (format == Format.json) {
            List<Map<String, Object>> rows =
                    sorted.stream().map(ListsJson::list).toList();
            out.println(OutputJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
        } else {
            String fmt = "%-13s %-11s %8s %7s %7s %7s %7s %6s %8s %7s %8s  %s%n";
            out.printf(
                    fmt,
                    "SOURCE",
                    "PUBLISHED",
                    "ENTITIES",
                    "PERSON",
                    "ORG",
                    "VESSEL",
                    "AIRCR.",
                    "OTHER",
                    "NAMES",
                    "IDS",
                    "WARNINGS",
                    "FILE");
            for (LoadedList l : sorted) {
                Map<EntityKind, Integer> k = l.countByKind();
                out.printf(
                        fmt,
                        l.source().code(),
                        l.published() == null ? "-" : l.published(),
                        l.entities().size(),
                        k.getOrDefault(EntityKind.PERSON, 0),
                        k.getOrDefault(EntityKind.ORGANIZATION, 0),
                        k.getOrDefault(EntityKind.VESSEL, 0),
                        k.getOrDefault(EntityKind.AIRCRAFT, 0),
                        k.getOrDefault(EntityKind.OTHER, 0),
                        l.nameCount(),
                        l.identifierCount(),
                        l.warnings().size(),
                        l.file());
            }
            for (LoadedList l : sorted) {
                for (LoadWarning w : l.warnings()) {
                    out.println("warning: " + w);
                }
            }
        }
        out.flush();
        if (!report.errors().isEmpty()) {
            // Printed first on standard error; a script must not take a partial table for the lists.
            err.println("error: " + report.errors().size() + " list file(s) did not read or are incomplete;"
                    + " the table shows only the lists that did");
            err.flush();
            return DiffCommand.RUNTIME_ERROR;
        }
        return 0;
    }
}
