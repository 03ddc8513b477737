package dev.embargo.cli;

import dev.embargo.store.ListsSnapshot;
import dev.embargo.store.Portfolio;
import dev.embargo.store.PortfolioReader;
import dev.embargo.store.RecordScreening;
import dev.embargo.store.Rescreening;
import dev.embargo.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code embargo portfolio import|rescreen}: the screened portfolio of the store. */
@Command(
        name = "portfolio",
        mixinStandardHelpOptions = true,
        description = "The screened portfolio: import records, screen them again.",
        subcommands = {PortfolioCommand.Import.class, PortfolioCommand.Rescreen.class})
public final class PortfolioCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected import or rescreen");
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Imports FILE (CSV with a header, or JSON lines): columns id, name, kind (person, organization,"
                        + " vessel, aircraft), dates_of_birth, countries, identifiers (several values split by ';');"
                        + " other columns are kept as given. New and changed records are screened and their alerts"
                        + " raised; with --sync, records FILE does not hold are removed.",
                "Exits 0 when no alert was raised, 1 when one was, 3 when a row was rejected (each named on standard"
                        + " error with its line) or the import failed."
            })
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--sync", description = "Remove the records FILE does not hold.")
        boolean sync;

        @Option(names = "--progress", description = "Print a line on standard error after each committed batch.")
        boolean progress;

        @Mixin
        ListsOption lists;

        @Mixin
        StoreOptions store;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            double threshold = store.threshold(spec.commandLine());
            ListsSnapshot snapshot = StoreOptions.lists(lists.dir());
            RecordScreening screening = new RecordScreening(snapshot, threshold);
            try (Store db = store.open()) {
                Optional<Rescreening.Report> full = new Rescreening(db).ensureCurrent(screening, store.holder());
                full.ifPresent(r -> out.println(PortfolioCommand.describe(r)));
                Portfolio.ImportReport r = new Portfolio(db).importFile(file, sync, screening, store.holder(), n -> {
                    if (progress) {
                        err.println("committed " + n.rows() + " rows, up to " + n.lastId());
                        err.flush();
                    }
                });
                for (PortfolioReader.Row bad : r.rejected()) {
                    err.println("error: " + file + ": line " + bad.line() + ": " + bad.problem());
                }
                if (r.syncSkipped()) {
                    err.println("warning: " + file + ": nothing removed (--sync): a rejected row had no readable id,"
                            + " so it cannot be told which records the file still holds");
                }
                out.printf(
                        "%s: %,d rows: %,d inserted, %,d updated, %,d unchanged, %,d removed, %,d rejected; %,d screened,"
                                + " %,d alerts raised, %,d raised again, %,d closed (run %d)%n",
                        file,
                        r.rows(),
                        r.inserted(),
                        r.updated(),
                        r.unchanged(),
                        r.removed(),
                        r.rejected().size(),
                        r.screened(),
                        r.raised(),
                        r.raisedAgain(),
                        r.closed(),
                        r.runId());
                out.flush();
                err.flush();
                if (!r.rejected().isEmpty()) {
                    return EmbargoCommand.EXIT_ERROR;
                }
                boolean raised = r.raised() + r.raisedAgain() > 0
                        || full.map(f -> f.raised() + f.raisedAgain() > 0).orElse(false);
                return raised ? EmbargoCommand.EXIT_HIT : EmbargoCommand.EXIT_OK;
            }
        }
    }

    @Command(
            name = "rescreen",
            mixinStandardHelpOptions = true,
            description = {
                "Screens the portfolio again against the lists (--lists). With --since OLD, the lists in service"
                        + " before: only the records the change can affect are screened, the undecided alerts of"
                        + " removed listings closed; a partial or failed new copy is refused and closes nothing."
                        + " Without it, every record.",
                "Exits 0 when no alert was raised, 1 when one was, 3 when the change was refused or failed."
            })
    static final class Rescreen implements Callable<Integer> {
        @Option(names = "--since", paramLabel = "OLD", description = "The lists in service before the change.")
        Path since;

        @Mixin
        ListsOption lists;

        @Mixin
        StoreOptions store;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            RecordScreening screening = store.screening(StoreOptions.lists(lists.dir()), spec.commandLine());
            try (Store db = store.open()) {
                Rescreening rescreening = new Rescreening(db);
                Rescreening.Report r = since == null
                        ? rescreening.full(screening, store.holder())
                        : rescreening.listChange(StoreOptions.lists(since), screening, store.holder());
                out.println(describe(r));
                out.flush();
                return r.raised() + r.raisedAgain() > 0 ? EmbargoCommand.EXIT_HIT : EmbargoCommand.EXIT_OK;
            }
        }
    }

    static String describe(Rescreening.Report r) {
        return String.format(
                java.util.Locale.ROOT,
                "%s re-screening (run %d): %,d records, %,d screened; listings %,d added, %,d changed, %,d removed;"
                        + " %,d alerts raised, %,d raised again, %,d closed, %,d closed as their listing was removed",
                r.kind(),
                r.runId(),
                r.records(),
                r.screened(),
                r.added(),
                r.changed(),
                r.removed(),
                r.raised(),
                r.raisedAgain(),
                r.closed(),
                r.closedByRemoval());
    }
}
