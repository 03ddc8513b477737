package dev.embargo.matching.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Single letters that other words of a name could be taken for: the Spanish conjunction y and legal forms of
 * single letters (S. A., B. V.) are a person's initials where they stand as initials do.
 */
class InitialsReadingTest {
    private static final NameAnalyzer ANALYZER = new NameAnalyzer();

    private static List<TokenKind> kinds(String name) {
        return ANALYZER.analyzeFirst(name).tokens().stream().map(Token::kind).toList();
    }

    @Test
    void aYBesideInitialsFirstOrLastIsAnInitial() {
        assertThat(kinds("S. Y. Naryshkin")).containsExactly(TokenKind.INITIAL, TokenKind.INITIAL, TokenKind.WORD);
        assertThat(kinds("Y. Kim")).containsExactly(TokenKind.INITIAL, TokenKind.WORD);
        assertThat(kinds("Naryshkin S Y")).containsExactly(TokenKind.WORD, TokenKind.INITIAL, TokenKind.INITIAL);
    }

    @Test
    void aDottedYBetweenWordsIsAnInitialAndAnUndottedOneTheConjunction() {
        assertThat(kinds("Juan Y. Garcia")).containsExactly(TokenKind.WORD, TokenKind.INITIAL, TokenKind.WORD);
        assertThat(kinds("Jose Ortega y Gasset"))
                .containsExactly(TokenKind.WORD, TokenKind.WORD, TokenKind.PARTICLE, TokenKind.WORD);
    }

    @Test
    void singleLetterFormsBeforeANameWordAreInitials() {
        assertThat(kinds("S. A. Mortazavi")).containsExactly(TokenKind.INITIAL, TokenKind.INITIAL, TokenKind.WORD);
        assertThat(kinds("B. V. Kolosov")).containsExactly(TokenKind.INITIAL, TokenKind.INITIAL, TokenKind.WORD);
        // A company's form after its name stays a form.
        assertThat(kinds("Acme Trading S. A.")).last().isEqualTo(TokenKind.LEGAL_FORM);
        assertThat(kinds("Acme Trading S. A. Holding")).contains(TokenKind.LEGAL_FORM);
    }
}
