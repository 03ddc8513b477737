package dev.embargo.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.embargo.lists.ListLoader;
import dev.embargo.lists.SharedData;
import dev.embargo.matching.Screener;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision and recall of the listed parties found in short news texts of our own, in English, German and
 * Dutch, against hand labels: which names in them belong to listed parties (checked against the lists)
 * and which do not (politicians, companies and news organisations that are on no list).
 */
class LabelledTextsScanTest {
    private static Scanner scanner;

    @BeforeAll
    static void load() throws Exception {
        scanner = new Scanner(
                Screener.of(ListLoader.loadDirectory(SharedData.lists()).entities()));
    }

    /** Names in the texts that are listed parties (as written; each must be found). */
    private static Set<String> listed(String lang) {
        return switch (lang) {
            case "en" ->
                Set.of(
                        "Lazarus Group",
                        "Kim Jong Un",
                        "Choe Ryong Hae",
                        "Sergey Lavrov",
                        "Rosneft",
                        "Yevgeny Prigozhin",
                        "Wagner Group",
                        "Korea Mining Development Trading Corporation",
                        "Chon Ma San");
            case "de" ->
                Set.of("Kim Jong Un", "Bank Melli Iran", "Wagner Group", "Sergej Lawrow", "Lazarus Group", "Hamas");
            case "nl" -> Set.of("Kim Jong Un", "Rosneft", "Wagner Group", "Poetin", "Lazarus Group", "Choe Ryong Hae");
            default -> throw new IllegalArgumentException(lang);
        };
    }

    @ParameterizedTest
    @CsvSource({"en", "de", "nl"})
    void precisionAndRecallOnLabelledMentions(String lang) throws Exception {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/texts/" + lang + ".txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Scanner.Report report = scanner.scan(lang + ".txt", text, Screener.DEFAULT_THRESHOLD);
        Set<String> expected = listed(lang);
        List<String> reported = report.mentions().stream()
                .map(h -> h.mention().written().replaceAll("\\s+", " "))
                .toList();
        long correct = reported.stream().filter(expected::contains).count();
        Set<String> found = new HashSet<>(reported);
        found.retainAll(expected);
        double precision = reported.isEmpty() ? 0 : (double) correct / reported.size();
        double recall = (double) found.size() / expected.size();
        System.out.printf(
                "%s: precision %.2f (%d of %d reported), recall %.2f (%d of %d); reported %s%n",
                lang, precision, correct, reported.size(), recall, found.size(), expected.size(), reported);
        assertThat(precision).as("precision, reported " + reported).isGreaterThanOrEqualTo(0.9);
        assertThat(recall)
                .as("recall, reported " + reported + ", expected " + expected)
                .isGreaterThanOrEqualTo(0.8);
    }
}
