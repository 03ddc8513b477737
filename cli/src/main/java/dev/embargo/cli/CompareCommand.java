package dev.embargo.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.embargo.lists.model.EntityKind;
import dev.embargo.matching.Comparison;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
import dev.embargo.report.json.MatchJson;
import dev.embargo.report.json.OutputJson;
import dev.embargo.server.Limits;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        mixinStandardHelpOptions = true,
        name = "compare",
        description = {
            "Compare two names (or a CSV file of pairs) and explain the score.",
            "Exits 0 when the names do not match, 1 when they match at the threshold (in a batch: when any pair does),"
                    + " 2 on a usage error, 3 when the input could not be read (or some rows of a batch could not be compared)."
        })
public final class CompareCommand implements Callable<Integer> {
    @Mixin
    ListsOption lists;

    @Option(names = "--type", defaultValue = "any", description = "person, organization, vessel, aircraft or any")
    String type;

    @Option(
            names = "--threshold",
            defaultValue = "" + Screener.DEFAULT_THRESHOLD,
            description = "score at which the names match, 0 to 1 (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(
            names = "--input",
            paramLabel = "CSV",
            description = "CSV with header id,name1,name2 and optional type; - for stdin")
    String input;

    @Option(names = "--output", paramLabel = "JSONL", description = "one JSON line per pair; - for stdout (default)")
    String output;

    @Parameters(arity = "0..2", paramLabel = "NAME")
    String[] names;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new ParameterException(
                    spec.commandLine(), "--threshold: expected a number from 0 to 1, got " + threshold);
        }
        boolean pair = names != null && names.length == 2;
        if (pair == (input != null)) {
            throw new ParameterException(spec.commandLine(), "give two names, or --input CSV");
        }
        if (pair) {
            for (String n : names) {
                if (n.length() > Limits.DEFAULT.maxNameChars()) {
                    throw new ParameterException(
                            spec.commandLine(),
                            "NAME: expected at most " + Limits.DEFAULT.maxNameChars() + " characters, got "
                                    + n.length());
                }
            }
        }
        EntityKind kind;
        try {
            kind = Query.of("x", type, null, null).kind();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        // Word weights come from the lists when they are there; two names can be compared without them.
        Screener screener = Screener.of(lists.loadQuietly().entities());
        if (pair) {
            Comparison c = screener.compare(names[0], names[1], kind, threshold);
            PrintWriter out = spec.commandLine().getOut();
            out.println(
                    OutputJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(MatchJson.comparison(c)));
            out.flush();
            return c.match() ? EmbargoCommand.EXIT_HIT : EmbargoCommand.EXIT_OK;
        }
        ObjectWriter writer = OutputJson.mapper().writer();
        Reader reader = BatchFiles.input(input);
        Writer sink = BatchFiles.output(output);
        int bad = 0;
        int matched = 0;
        String where = input.equals("-") ? "standard input" : input;
        try (reader;
                sink;
                CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord r : csv) {
                try {
                    String n1 = r.findField("name1")
                            .orElseThrow(() -> new IllegalArgumentException("expected a name1 column"));
                    String n2 = r.findField("name2")
                            .orElseThrow(() -> new IllegalArgumentException("expected a name2 column"));
                    if (n1.length() > Limits.DEFAULT.maxNameChars() || n2.length() > Limits.DEFAULT.maxNameChars()) {
                        throw new IllegalArgumentException(
                                "names of at most " + Limits.DEFAULT.maxNameChars() + " characters expected");
                    }
                    Comparison c = screener.compare(
                            n1,
                            n2,
                            Query.of("x", r.findField("type").orElse(type), null, null)
                                    .kind(),
                            threshold);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", r.findField("id").orElse(""));
                    row.putAll(MatchJson.comparison(c));
                    sink.write(writer.writeValueAsString(row));
                    sink.write('\n');
                    if (c.match()) {
                        matched++;
                    }
                } catch (IllegalArgumentException e) {
                    bad++;
                    err.println("error: " + where + ": line " + r.getStartingLineNumber() + ": " + e.getMessage());
                }
            }
        }
        if (bad > 0) {
            err.println("error: " + where + ": " + bad + " row(s) could not be compared (see above)");
        }
        err.flush();
        return bad > 0 ? EmbargoCommand.EXIT_ERROR : matched > 0 ? EmbargoCommand.EXIT_HIT : EmbargoCommand.EXIT_OK;
    }
}
