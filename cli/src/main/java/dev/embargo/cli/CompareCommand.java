package dev.embargo.cli;

import dev.embargo.server.json.MatchJson;
import dev.embargo.server.json.Json;
import com.fasterxml.jackson.databind.ObjectWriter;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.embargo.matching.Comparison;
import dev.embargo.matching.Query;
import dev.embargo.matching.Screener;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "compare", description = "Compare two names (or a CSV file of pairs) and explain the score.")
public final class CompareCommand implements Callable<Integer> {
    @Mixin
    ListsOption lists;

    @Option(names = "--type", defaultValue = "any", description = "person, organization, vessel, aircraft or any")
    String type;

    @Option(names = "--threshold", defaultValue = "" + Screener.DEFAULT_THRESHOLD,
            description = "score at which the names match (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--input", paramLabel = "CSV", description = "CSV with header id,name1,name2 and optional type; - for stdin")
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
        boolean pair = names != null && names.length == 2;
        if (pair == (input != null)) {
            err.println("error: give two names, or --input CSV");
            err.flush();
            return 2;
        }
        // Word weights come from the lists when they are there; two names can be compared without them.
        Screener screener = Screener.of(lists.loadQuietly().entities());
        if (pair) {
            Comparison c = screener.compare(names[0], names[1], Query.of("x", type, null, null).kind(), threshold);
            PrintWriter out = spec.commandLine().getOut();
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(MatchJson.comparison(c)));
            out.flush();
            return 0;
        }
        ObjectWriter writer = Json.mapper().writer();
        Reader reader = BatchFiles.input(input);
        Writer sink = BatchFiles.output(output);
        int bad = 0;
        long line = 1;
        try (reader; sink; CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(reader)) {
            for (NamedCsvRecord r : csv) {
                line++;
                try {
                    String n1 = r.findField("name1").orElseThrow(() -> new IllegalArgumentException("expected a name1 column"));
                    String n2 = r.findField("name2").orElseThrow(() -> new IllegalArgumentException("expected a name2 column"));
                    Comparison c = screener.compare(n1, n2, Query.of("x", r.findField("type").orElse(type), null, null).kind(),
                            threshold);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", r.findField("id").orElse(""));
                    row.putAll(MatchJson.comparison(c));
                    sink.write(writer.writeValueAsString(row));
                    sink.write('\n');
                } catch (IllegalArgumentException e) {
                    bad++;
                    err.println("error: " + input + ": line " + line + ": " + e.getMessage());
                }
            }
        }
        err.flush();
        return bad == 0 ? 0 : 1;
    }
}
