package dev.embargo.cli;

import dev.embargo.store.AuditTrail;
import dev.embargo.store.Store;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code embargo audit verify|export}: the store's hash-chained audit trail. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The audit trail: verify its chain, export its entries.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
public final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "expected verify or export");
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Walks the audit chain: every entry's hash, its link to the entry before, no gaps, the recorded head."
                        + " Names the first entry changed, removed, inserted or reordered.",
                "With --anchor FILE, also checks the heads written to FILE by earlier runs (an outside copy the"
                        + " database cannot rewrite) and appends today's; with --head FILE, checks the heads a"
                        + " server wrote there (serve --audit-head-file).",
                "Exits 0 when the chain is whole, 1 when it is broken, 3 when it cannot be read."
            })
    static final class Verify implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(
                names = "--anchor",
                paramLabel = "FILE",
                description = "A file of chain heads (seq hash time) to check and extend.")
        Path anchor;

        @Option(
                names = "--head",
                paramLabel = "FILE",
                description = "A file of chain heads the server wrote (serve --audit-head-file) to check the chain"
                        + " against; read only.")
        Path head;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Store db = store.open()) {
                AuditTrail.Verification v = db.audit().verify();
                if (!v.valid()) {
                    err.println("error: audit chain broken: " + v.problem() + " (entries 1 to " + v.entries()
                            + " are intact)");
                    err.flush();
                    return EmbargoCommand.EXIT_HIT;
                }
                // Heads the server wrote (--head) and heads earlier runs of this command anchored (--anchor) are
                // checked alike: each line's entry must still have the hash written beside it.
                for (Path heads : new Path[] {head, anchor}) {
                    if (heads == null || (heads == anchor && !Files.exists(anchor))) {
                        continue;
                    }
                    java.util.Optional<String> problem = db.audit().checkHeads(heads);
                    if (problem.isPresent()) {
                        err.println("error: audit chain broken: " + problem.get());
                        err.flush();
                        return EmbargoCommand.EXIT_HIT;
                    }
                }
                if (anchor != null) {
                    Files.writeString(
                            anchor,
                            v.head().seq() + " " + v.head().hash() + " " + Instant.now() + "\n",
                            StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                }
                out.println("audit chain valid: " + v.entries() + " entries, head "
                        + v.head().seq() + " " + v.head().hash());
                out.flush();
                return EmbargoCommand.EXIT_OK;
            }
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Writes the entries made from --from to --to (dates, UTC, or instants; --to exclusive) as"
                    + " JSON lines, each with its chain fields so a reader can check them.")
    static final class Export implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(names = "--from", paramLabel = "DATE", description = "First day or instant (default: the beginning).")
        String from;

        @Option(
                names = "--to",
                paramLabel = "DATE",
                description = "Day or instant to stop before (default: now and later).")
        String to;

        @Option(names = "--output", paramLabel = "FILE", description = "Where to write (default: standard output).")
        Path output;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            long fromMs = from == null ? 0 : instant("--from", from);
            long toMs = to == null ? Long.MAX_VALUE : instant("--to", to);
            try (Store db = store.open();
                    Writer w = output == null
                            ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                                @Override
                                public void close() throws java.io.IOException {
                                    flush();
                                }
                            }
                            : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                long n = db.audit().export(fromMs, toMs, w);
                spec.commandLine().getErr().println("exported " + n + " audit entries");
                spec.commandLine().getErr().flush();
            }
            return EmbargoCommand.EXIT_OK;
        }

        private long instant(String option, String text) {
            try {
                if (text.length() == 10) {
                    return LocalDate.parse(text)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .toEpochMilli();
                }
                return Instant.parse(text).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        option + ": expected a date like 2026-12-07 or an instant like 2026-12-07T10:00:00Z, got \""
                                + text + "\"");
            }
        }
    }
}
