package dev.embargo.matching.name;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.SharedData;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NameAnalyzer#analyzeUpTo} gives the first readings of {@link NameAnalyzer#analyze}, each as the whole
 * analysis gives it and numbered alike, and works out no later one.
 */
class AnalyzeUpToTest {
    private final NameAnalyzer analyzer = new NameAnalyzer();

    @Test
    void theFirstReadingsOfEveryEvaluationNameAreTheWholeAnalysisFirstReadings() throws Exception {
        List<String> names = new ArrayList<>();
        List<String> lines = Files.readAllLines(SharedData.require("eval/negatives_global.csv"));
        for (String line : lines.subList(1, lines.size())) {
            names.add(
                    line.startsWith("\"")
                            ? line.substring(1, line.indexOf('"', 1))
                            : line.substring(0, line.indexOf(',')));
        }
        assertThat(names).hasSizeGreaterThan(20_000);
        int cut = 0;
        int several = 0;
        for (String name : names) {
            List<AnalyzedName> whole = analyzer.analyze(name);
            several += whole.size() > 1 ? 1 : 0;
            for (int last = 0; last <= whole.size(); last++) {
                List<AnalyzedName> first = analyzer.analyzeUpTo(name, last);
                assertThat(first)
                        .as(name + " up to " + last)
                        .isEqualTo(whole.subList(0, Math.min(whole.size(), last + 1)));
                cut += first.size() < whole.size() ? 1 : 0;
            }
        }
        // Names of several readings (characters read in three languages, nicknames, Wade-Giles) are cut short.
        assertThat(several).isGreaterThan(5_000);
        assertThat(cut).isGreaterThan(several);
    }
}
