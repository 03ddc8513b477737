package dev.embargo.cli;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.Source;
import dev.embargo.report.json.OutputJson;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        mixinStandardHelpOptions = true,
        name = "show",
        description = {
            "Show one listed entity with every field, by its id (e.g. us-ofac-sdn:20157).",
            "Exits 0 when shown, 2 for an id not of the form <source>:<id>, 3 when the lists do not hold it or cannot be read."
        })
public final class ShowCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    @Mixin
    ListsOption lists;

    @Parameters(paramLabel = "ID", description = "Entity id, <source>:<id-in-source>")
    String id;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int colon = id.indexOf(':');
        if (colon <= 0
                || colon == id.length() - 1
                || Source.fromCode(id.substring(0, colon)).isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "ID: expected <source>:<id-in-source> with a source of "
                            + Arrays.stream(Source.values()).map(Source::code).collect(Collectors.joining(", "))
                            + " (e.g. us-ofac-sdn:20157), got \"" + id + "\"");
        }
        ListLoader.Report report = lists.load(err);
        Optional<Entity> found =
                report.entities().stream().filter(e -> e.id().equals(id)).findFirst();
        if (found.isEmpty()) {
            // A well-formed id that is not (or no longer) listed: the lists, not the command line, say no.
            err.println("error: no entity with id " + id + " in the lists loaded from " + lists.dir());
            err.flush();
            return EmbargoCommand.EXIT_ERROR;
        }
        Entity e = found.get();
        if (format == Format.json) {
            out.println(OutputJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(e));
        } else {
            printText(out, e);
        }
        out.flush();
        return 0;
    }

    static void printText(PrintWriter out, Entity e) {
        out.println(e.primaryName().full());
        field(out, "id", List.of(e.id()), s -> s);
        field(out, "kind", List.of(e.kind().code()), s -> s);
        field(out, "source", List.of(e.source().title()), s -> s);
        field(
                out,
                "names",
                e.names(),
                (Name n) -> n.full() + "  [" + OutputJson.code(n.type()) + ", " + OutputJson.code(n.quality()) + ", "
                        + n.script() + "]");
        field(
                out,
                "born",
                e.birthDates(),
                (ListedDate d) -> d.iso()
                        + (d.circa() ? " (circa)" : "")
                        + (d.asListed().equals(d.iso()) ? "" : "  (listed as \"" + d.asListed() + "\")"));
        field(out, "birth place", e.birthPlaces(), s -> s);
        field(out, "nationality", e.nationalities(), s -> s);
        field(out, "citizenship", e.citizenships(), s -> s);
        field(out, "countries", e.countries(), s -> s);
        field(out, "gender", e.gender() == null ? List.of() : List.of(e.gender()), s -> s);
        field(out, "titles", e.titles(), s -> s);
        field(
                out,
                "addresses",
                e.addresses(),
                (Address a) -> a.full() + (a.country() == null ? "" : "  [" + a.country() + "]"));
        field(
                out,
                "identifiers",
                e.identifiers(),
                (Identifier i) -> OutputJson.code(i.type()) + " " + i.value()
                        + (i.currency() == null ? "" : " (" + i.currency() + ")")
                        + (i.country() == null ? "" : " [" + i.country() + "]")
                        + (i.label() == null ? "" : "  \"" + i.label() + "\""));
        field(out, "programs", e.programs(), s -> s);
        field(
                out,
                "listed on",
                e.listedOn() == null ? List.of() : List.of(e.listedOn().toString()),
                s -> s);
        field(
                out,
                "links",
                e.links(),
                (Link l) ->
                        l.relation() + ": " + l.targetName() + (l.targetId() == null ? "" : " (" + l.targetId() + ")"));
        field(out, "remarks", e.remarks() == null ? List.of() : List.of(e.remarks()), s -> s);
        field(
                out,
                "source file",
                List.of(e.sourceFile() + (e.published() == null ? "" : " (published " + e.published() + ")")),
                s -> s);
    }

    private static <T> void field(PrintWriter out, String label, List<T> values, Function<T, String> show) {
        for (int i = 0; i < values.size(); i++) {
            out.printf("  %-12s %s%n", i == 0 ? label : "", show.apply(values.get(i)));
        }
    }
}
