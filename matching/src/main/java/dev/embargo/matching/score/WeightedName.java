package dev.embargo.matching.score;

import dev.embargo.matching.name.AnalyzedName;
import dev.embargo.matching.name.NameAnalyzer;
import dev.embargo.matching.name.Titles;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;
import dev.embargo.matching.text.LatinFolder;
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
 * @param keyWords the words a person's name cannot do without, as bits by position: the first of the given
 *                 names and the first of the family names where the name tells them apart ("FAMILY, Given",
 *                 "Given FAMILY"), else its first word; left out, the name is most likely a relative's
 */
public record WeightedName(
        AnalyzedName name,
        Token[] words,
        float[] weights,
        Token[] joined2,
        Token[] joined3,
        int[] digest,
        long keyWords) {

    public List<Token> tokens() {
        return name.tokens();
    }

    /** The same name and joined words with other weights (the joined words cost more to make than weights). */
    public WeightedName withWeights(float[] newWeights) {
        return new WeightedName(
                name, words, newWeights, joined2, joined3, TokenDigest.withWeights(digest, newWeights), keyWords);
    }

    public static WeightedName of(AnalyzedName name, float[] weights) {
        return of(name, weights, null);
    }

    /**
     * {@link #of(AnalyzedName, float[])}, taking the joined words and key words from {@code sameWords} (may be
     * null) where that reading of the same name has the same words: the same spellings, kinds and scripts in
     * the same places, which is all they are made of. A name's nickname readings differ from its own reading
     * only in a word's keys.
     */
    public static WeightedName of(AnalyzedName name, float[] weights, WeightedName sameWords) {
        if (sameWords != null && sameSpellings(name, sameWords.name())) {
            Token[] words = name.tokens().toArray(new Token[0]);
            return new WeightedName(
                    name,
                    words,
                    weights,
                    sameWords.joined2,
                    sameWords.joined3,
                    TokenDigest.of(words, weights, sameWords.joined2, sameWords.joined3),
                    sameWords.keyWords);
        }
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
        return new WeightedName(
                name, words, weights, j2, j3, TokenDigest.of(words, weights, j2, j3), keyWords(name, words));
    }

    /**
     * See {@link #keyWords}: the first plain word of each part of a Latin name whose parts can be told — the
     * family names before the comma of "FAMILY, Given", or written in capitals in "Given FAMILY" — and of the
     * given names after or before them; in a name whose parts cannot be told, its first plain word.
     */
    /**
     * Whether two readings have what {@link #joined} and {@link #keyWords} read alike: the same original and
     * reading, and words of the same spelling, kind and script, in the same order.
     */
    private static boolean sameSpellings(AnalyzedName a, AnalyzedName b) {
        List<Token> ta = a.tokens();
        List<Token> tb = b.tokens();
        if (ta.size() != tb.size()
                || !a.original().equals(b.original())
                || !a.reading().equals(b.reading())) {
            return false;
        }
        for (int i = 0; i < ta.size(); i++) {
            Token x = ta.get(i);
            Token y = tb.get(i);
            if (x != y && (x.kind() != y.kind() || x.vowelless() != y.vowelless() || !x.sameText(y))) {
                return false;
            }
        }
        return true;
    }

    static long keyWords(AnalyzedName name, Token[] words) {
        if (words.length == 0 || words.length > 63) {
            return 0;
        }
        boolean[] family = name.reading().equals("latin") ? familyWords(name.original(), words.length) : null;
        if (family == null) {
            return firstPlain(words, 0, words.length, null, false);
        }
        return firstPlain(words, 0, words.length, family, true) | firstPlain(words, 0, words.length, family, false);
    }

    /** The bit of the first plain word in from..to (whose family flag is {@code inFamily}, when flags are given). */
    private static long firstPlain(Token[] words, int from, int to, boolean[] family, boolean inFamily) {
        for (int i = from; i < to; i++) {
            if (words[i].kind() == TokenKind.WORD
                    && !Titles.isTitle(words[i].text())
                    && (family == null || family[i] == inFamily)) {
                return 1L << i;
            }
        }
        return 0;
    }

    /**
     * Which of a Latin name's {@code count} words are family names: those before the first comma, or those written
     * in capitals in a name that also has words in lower case; null when neither tells, or the words of the
     * original cannot be lined up with the name's.
     */
    static boolean[] familyWords(String original, int count) {
        int comma = original.indexOf(',');
        if (comma <= 0 && !mixedCase(original)) {
            return null;
        }
        boolean[] family = new boolean[count];
        int at = 0;
        boolean anyFamily = false;
        boolean anyGiven = false;
        int end = 0;
        // The chunks between runs of white space (as \s+ splits them; an empty one adds no word).
        while (true) {
            int chunkAt = end;
            while (chunkAt < original.length() && isSpace(original.charAt(chunkAt))) {
                chunkAt++;
            }
            if (chunkAt == original.length()) {
                break;
            }
            end = chunkAt + 1;
            while (end < original.length() && !isSpace(original.charAt(end))) {
                end++;
            }
            String chunk = original.substring(chunkAt, end);
            String folded = LatinFolder.fold(chunk).strip();
            // What split(" ") counts in a string that neither begins nor ends with a space.
            int words = folded.isEmpty() ? 0 : 1 + spaces(folded);
            boolean isFamily = comma > 0 ? chunkAt < comma : isCapitals(chunk);
            for (int k = 0; k < words; k++) {
                if (at >= count) {
                    return null;
                }
                family[at++] = isFamily;
                anyFamily |= isFamily;
                anyGiven |= !isFamily;
            }
        }
        if (at != count || !anyFamily || !anyGiven) {
            return null;
        }
        // The analyser reads "FAMILY, Given" given names first: its family words are then its last.
        int putLast = NameAnalyzer.familyWordsPutLast(original);
        if (putLast > 0 && putLast < count) {
            for (int i = 0; i < count; i++) {
                family[i] = i >= count - putLast;
            }
        }
        return family;
    }

    /** White space as the regular expression \s reads it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int spaces(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether the text has letters in both cases: it differs from both its upper-case and its lower-case form.
     * Told letter by letter for ASCII text (most names), without making either form.
     */
    static boolean mixedCase(String text) {
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return !text.equals(text.toUpperCase(java.util.Locale.ROOT))
                        && !text.equals(text.toLowerCase(java.util.Locale.ROOT));
            }
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }
        return upper && lower;
    }

    /** Two or more letters, all capitals. */
    private static boolean isCapitals(String chunk) {
        int letters = 0;
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    static Token joined(List<Token> tokens, int from, int count) {
        StringBuilder text = new StringBuilder();
        boolean vowelless = false;
        for (int i = from; i < from + count; i++) {
            Token t = tokens.get(i);
            // A name's closing legal form joins the word before it (IFIC HOLDINGAG / IFIC HOLDING AG): forms are
            // written onto names, in capitals that do not show the joint, more often than split off them.
            boolean closingForm = count == 2 && i == from + 1 && i == tokens.size() - 1;
            if (t.kind() == TokenKind.NUMBER || t.kind() == TokenKind.LEGAL_FORM && !closingForm) {
                return null;
            }
            text.append(t.text());
            vowelless |= t.vowelless();
        }
        // Made anew, not looked up in a memo: two of three joined words of the evaluation's queries occur once,
        // and looking one up in a table of 100,000 (a hash of a new string and misses in memory) cost more than
        // making it.
        return Token.joinedWords(text.toString(), vowelless);
    }
}
