package dev.embargo.matching.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Russian and Ukrainian short forms, written in Cyrillic or romanised, are read as the given names they stand
 * for (the readings a query gets besides its own).
 */
class SlavicDiminutivesTest {
    private static final NameAnalyzer ANALYZER = new NameAnalyzer();

    @ParameterizedTest
    @CsvSource({
        "Володя Иванов, vladimir",
        "Вова Иванов, volodymyr",
        "Volodya Ivanov, vladimir",
        "Саша Петров, aleksandr",
        "Sasha Petrov, oleksandr",
        "Женя Смирнова, yevgeniya",
        "Алёша Кузнецов, aleksey",
        "Дима Соколов, dmitriy",
        "Коля Мельник, mykola",
        "Seryozha Orlov, sergey"
    })
    void aShortFormIsReadAsItsGivenName(String name, String given) {
        String key = RomanizationVariants.variantKey(given);
        List<AnalyzedName> readings = ANALYZER.analyze(name);
        assertThat(readings)
                .as(name)
                .anyMatch(r -> r.tokens().getFirst().variant().equals(key));
    }
}
