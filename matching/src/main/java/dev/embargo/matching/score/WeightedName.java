package dev.embargo.matching.score;

import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import java.util.List;

/**
 * A name's tokens with how much each counts (rare words more, legal forms and particles little), and the
 * tokens of adjacent words written together, for matching names split differently.
 *
 * @param words the name's tokens as an array: the scorer reads a dozen listed names per query, and reaching a
 *              name's words through its analysis and a list cost it two more dependent memory reads each
 * @param digest what {@link NameScorer#bound} reads of the words (with their weights) and of the joined words, in
 *               one array
 *               ({@link TokenDigest}): most candidates of a document's spans are ruled out from it, and
 *               reading it whole costs a few neighbouring memory reads instead of a few per word
 */
public record WeightedName(
        AnalyzedName name, Token[] words, float[] weights, Token[] joined2, Token[] joined3, int[] digest) {

    public List<Token> tokens() {
        return name.tokens();
    }

    /** The same name and joined words with other weights (the joined words cost more to make than weights). */
    public WeightedName withWeights(float[] newWeights) {
        return new WeightedName(name, words, newWeights, joined2, joined3, TokenDigest.withWeights(digest, newWeights));
    }

    public static WeightedName of(AnalyzedName name, float[] weights) {
        List<Token> t = name.tokens();
        Token[] j2 = new Token[Math.max(0, t.size() - 1)];
        Token[] j3 = new Token[Math.max(0, t.size() - 2)];
        for (int i = 0; i + 1 < t.size(); i++) {
            j2[i] = joined(t, i, 2);
            if (i + 2 < t.size()) {
                j3[i] = joined(t, i, 3);
            }
        }
        Token[] words = t.toArray(new Token[0]);
        return new WeightedName(name, words, weights, j2, j3, TokenDigest.of(words, weights, j2, j3));
    }

    static Token joined(List<Token> tokens, int from, int count) {
        StringBuilder text = new StringBuilder();
        boolean vowelless = false;
        for (int i = from; i < from + count; i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.NUMBER || t.kind() == TokenKind.LEGAL_FORM) {
                return null;
            }
            text.append(t.text());
            vowelless |= t.vowelless();
        }
        return Token.joinedWords(text.toString(), vowelless);
    }
}
