package dev.embargo.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.embargo.lists.ListLoader;
import dev.embargo.lists.model.Address;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.lists.model.Link;
import dev.embargo.lists.model.ListedDate;
import dev.embargo.lists.model.Name;
import dev.embargo.lists.model.Source;
import dev.embargo.parties.FtmIds;
import dev.embargo.parties.Party;
import dev.embargo.parties.PartyIds;
import dev.embargo.parties.PartyIndex;
import dev.embargo.report.json.OutputJson;
import dev.embargo.report.party.PartyView;
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
            "Show one listed entity with every field, by its id (e.g. us-ofac-sdn:20157), and the party it is one of:",
            "its listings on every list side by side, facts that differ between lists marked. A party id shows its"
                    + " first listing and the party.",
            "Exits 0 when shown, 2 for an id not of the form <source>:<id>, 3 when the lists do not hold it or cannot be read."
        })
public final class ShowCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    @Mixin
    ListsOption lists;

    @Parameters(paramLabel = "ID", description = "Entity id, <source>:<id-in-source>, or a party id party-...")
    String id;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean partyId = id.startsWith(PartyIds.PREFIX) && FtmIds.isValid(id);
        int colon = id.indexOf(':');
        if (!partyId
                && (colon <= 0
                        || colon == id.length() - 1
                        || Source.fromCode(id.substring(0, colon)).isEmpty())) {
            throw new ParameterException(
                    spec.commandLine(),
                    "ID: expected <source>:<id-in-source> with a source of "
                            + Arrays.stream(Source.values()).map(Source::code).collect(Collectors.joining(", "))
                            + " (e.g. us-ofac-sdn:20157), or a party id " + PartyIds.PREFIX + "..., got \"" + id
                            + "\"");
        }
        ListLoader.Report report = lists.load(err);
        PartyIndex index = PartyIndex.build(report.entities());
        Optional<Party> party = partyId ? index.party(id) : index.partyOfListing(id);
        Optional<Entity> found = partyId
                ? party.flatMap(p -> index.screener().entity(p.listingIds().getFirst()))
                : index.screener().entity(id);
        if (found.isEmpty() || party.isEmpty()) {
            // A well-formed id that is not (or no longer) listed: the lists, not the command line, say no.
            err.println("error: no " + (partyId ? "party" : "entity") + " with id " + id + " in the lists loaded from "
                    + lists.dir());
            err.flush();
            return EmbargoCommand.EXIT_ERROR;
        }
        Entity e = found.get();
        PartyView view = PartyView.of(party.get(), index.listings(party.get()));
        if (format == Format.json) {
            // The listing's fields as before, and its party beside them.
            ObjectNode tree = OutputJson.mapper().valueToTree(e);
            tree.set("party", OutputJson.mapper().valueToTree(view.json()));
            out.println(OutputJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));
        } else {
            printText(out, e);
            out.println();
            out.print(view.text());
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
