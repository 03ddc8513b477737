package dev.embargo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "embargo",
        mixinStandardHelpOptions = true,
        version = "embargo 0.1.0",
        description = "Sanctions screening: official lists, multilingual name matching, document scanning.",
        subcommands = {ServeCommand.class, ListsCommand.class, ShowCommand.class, ScreenCommand.class, CompareCommand.class, ScanCommand.class,
                SyncCommand.class, DiffCommand.class, CommandLine.HelpCommand.class})
public final class EmbargoCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EmbargoCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // A user sees what went wrong, never a stack trace.
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            String message = ex.getMessage() == null ? ex.toString() : ex.getMessage();
            cmd.getErr().println("error: " + message);
            if (ex instanceof java.io.IOException && message.contains("no such folder of lists")) {
                cmd.getErr().println("hint: run `embargo sync` to fetch the lists, or pass --lists DIR");
            }
            cmd.getErr().flush();
            return 2;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
