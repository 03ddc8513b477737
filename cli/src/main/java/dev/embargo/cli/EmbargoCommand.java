package dev.embargo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code embargo} command and the exit codes all its commands share, set here in one place:
 * <ul>
 *   <li>{@value #EXIT_OK}: done, nothing found;</li>
 *   <li>{@value #EXIT_HIT}: a hit (screen or compare matched at the threshold, scan found a listed party),
 *       which a command signals by returning {@link #EXIT_HIT} from {@code call()};</li>
 *   <li>{@value #EXIT_USAGE}: a usage error (unknown option, value out of range), signalled by throwing
 *       {@link CommandLine.ParameterException} (picocli throws it itself for what it parses);</li>
 *   <li>{@value #EXIT_ERROR}: a runtime error (unreadable or hostile file, I/O, network), signalled by
 *       throwing any other exception, whose message names the file, the place and what was expected, or by
 *       returning {@link #EXIT_ERROR} after printing such messages.</li>
 * </ul>
 * A runtime error outranks a hit: a batch in which some rows could not be screened exits 3 even when
 * others matched, so a script never takes an incomplete screening for a complete one.
 */
@Command(
        name = "embargo",
        mixinStandardHelpOptions = true,
        version = "embargo 0.1.0",
        description = "Sanctions screening: official lists, multilingual name matching, document scanning.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success, nothing found",
            "1:a hit: a name or party matched at the threshold",
            "2:usage error: unknown option, value out of range",
            "3:runtime error: unreadable file, I/O, network"
        },
        subcommands = {
            ServeCommand.class,
            ListsCommand.class,
            ShowCommand.class,
            ScreenCommand.class,
            CompareCommand.class,
            ScanCommand.class,
            SyncCommand.class,
            DiffCommand.class,
            PortfolioCommand.class,
            AuditCommand.class,
            SparkScreenCommand.class,
            CommandLine.HelpCommand.class
        })
public final class EmbargoCommand implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_HIT = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "expected a command");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new EmbargoCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE);
        cl.getCommandSpec().exitCodeOnExecutionException(EXIT_ERROR);
        cl.setParameterExceptionHandler(EmbargoCommand::usageError);
        // A user sees what went wrong, never a stack trace.
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            String message = describe(ex);
            cmd.getErr().println("error: " + message);
            if (ex instanceof IOException && message.contains("no such folder of lists")) {
                cmd.getErr().println("hint: run `embargo sync` to fetch the lists, or pass --lists DIR");
            }
            cmd.getErr().flush();
            return EXIT_ERROR;
        });
        // Errors are not exceptions to picocli and would end in a stack trace; the ones a hostile input can
        // cause get the same one-line message and code as any runtime error.
        cl.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (OutOfMemoryError | StackOverflowError e) {
                CommandLine cmd = parseResult.subcommands().isEmpty()
                        ? parseResult.commandSpec().commandLine()
                        : parseResult.subcommands().getLast().commandSpec().commandLine();
                cmd.getErr()
                        .println("error: "
                                + (e instanceof OutOfMemoryError
                                        ? "out of memory (" + e.getMessage() + "); the input is too large for the heap"
                                                + " (raise it with EMBARGO_JAVA_OPTS=-Xmx...)"
                                        : "input nested too deeply to process (stack overflow)"));
                cmd.getErr().flush();
                return EXIT_ERROR;
            }
        });
        return cl;
    }

    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("see `" + cmd.getCommandSpec().qualifiedName() + " --help`");
        err.flush();
        return EXIT_USAGE;
    }

    /** What went wrong in words: the file and the reason, rather than an exception's class or a bare path. */
    static String describe(Throwable t) {
        if (t instanceof UncheckedIOException u && u.getCause() != null) {
            return describe(u.getCause());
        }
        if (t instanceof NoSuchFileException e) {
            return e.getFile() + ": no such file or folder";
        }
        if (t instanceof AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (t instanceof FileSystemException e && e.getReason() != null) {
            return e.getFile() + ": " + e.getReason();
        }
        String message = t.getMessage();
        boolean bug = t instanceof NullPointerException
                || t instanceof IndexOutOfBoundsException
                || t instanceof ClassCastException
                || t instanceof IllegalStateException;
        if (message != null && !message.isBlank() && !bug) {
            return message;
        }
        return "internal error: " + t.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : ": " + message);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
