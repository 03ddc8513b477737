package dev.embargo.matching.score;

import dev.embargo.matching.name.Token;
import dev.embargo.matching.text.TranscriptionKey;

/**
 * A word of a transcribed reading (katakana, Chinese transcription characters) against a word of another name,
 * through {@link TranscriptionKey}: the Latin word's key made from its spelling, the transcription's from its
 * reading. Graded by the keys' distance and length: the same key of two classes or more is nearly the same word
 * (a transcription can say no more), what transcriptions confuse (chi for ti, a lost v) a little less, one class
 * more or less only in keys of four or more, where it is a quarter of the word; anything further is another word.
 * A transcription never reaches 1: its reading is not a spelling. A name's score counts its words' similarity
 * about twice over (as the query's coverage and as the name's), so a name whose words all have the same keys
 * scores about 0.94, one confusion in a word of two about 0.92, a whole edit in a word of two about 0.87.
 */
final class TranscribedWords {
    /** The same key of two classes or more. */
    static final double SAME_KEY = 0.97;
    /** The same key of one class (Ken / ケン). */
    static final double SAME_SHORT_KEY = 0.9;
    /** Keys one confusion apart (half an edit: T/S, K/S, K/H, P/H, a P or H dropped). */
    static final double CONFUSED_KEY = 0.95;
    /**
     * Keys a whole edit apart, in keys of five classes or more; of three (and less so of four), where one class is a large part of
     * the word and as often another name (Putin / Pupkin, Tokarev / Nikolaev), or an edit and a half apart in keys
     * of five,
     * {@link #CLOSE_SHORT_KEY}, which pairs the words but keeps the name below the threshold alone.
     */
    static final double CLOSE_KEY = 0.9;

    static final double CLOSE_SHORT_KEY = 0.7;
    /** Keys of four classes a whole edit apart: between, a name with such a word alone stays below 0.85. */
    static final double CLOSE_FOUR_KEY = 0.85;
    /** Words without a consonant on both sides. */
    static final double NO_CONSONANTS = 0.7;

    private static final TokenSimilarity.Result SAME = new TokenSimilarity.Result(SAME_KEY, MatchRule.TRANSLITERATION);
    private static final TokenSimilarity.Result SAME_SHORT =
            new TokenSimilarity.Result(SAME_SHORT_KEY, MatchRule.TRANSLITERATION);
    private static final TokenSimilarity.Result CONFUSED = new TokenSimilarity.Result(CONFUSED_KEY, MatchRule.PHONETIC);
    private static final TokenSimilarity.Result CLOSE = new TokenSimilarity.Result(CLOSE_KEY, MatchRule.PHONETIC);
    private static final TokenSimilarity.Result CLOSE_FOUR =
            new TokenSimilarity.Result(CLOSE_FOUR_KEY, MatchRule.PHONETIC);
    private static final TokenSimilarity.Result CLOSE_SHORT =
            new TokenSimilarity.Result(CLOSE_SHORT_KEY, MatchRule.PHONETIC);
    private static final TokenSimilarity.Result EMPTY = new TokenSimilarity.Result(NO_CONSONANTS, MatchRule.PHONETIC);

    private TranscribedWords() {}

    static TokenSimilarity.Result compare(Token q, Token n) {
        String a = key(q);
        String b = key(n);
        if (a == null || b == null) {
            return TokenSimilarity.Result.NONE;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty() ? EMPTY : TokenSimilarity.Result.NONE;
        }
        int longer = Math.max(a.length(), b.length());
        int halves = TranscriptionKey.distance(a, b, 3);
        return switch (halves) {
            case 0 -> longer >= 2 ? SAME : SAME_SHORT;
            case 1 -> longer >= 2 ? CONFUSED : TokenSimilarity.Result.NONE;
            case 2 ->
                longer >= 5
                        ? CLOSE
                        : longer == 4 ? CLOSE_FOUR : longer == 3 ? CLOSE_SHORT : TokenSimilarity.Result.NONE;
            case 3 -> longer >= 5 ? CLOSE_SHORT : TokenSimilarity.Result.NONE;
            default -> TokenSimilarity.Result.NONE;
        };
    }

    /**
     * A transcription's key as its token keeps it; a Latin word's key made from its spelling; null for a word of
     * a script without vowels (Arabic, Hebrew), whose letters are no spelling of the name's sounds.
     */
    static String key(Token t) {
        String skeleton = t.skeleton();
        if (TranscriptionKey.isMarked(skeleton)) {
            return skeleton.substring(1);
        }
        return t.vowelless() ? null : TranscriptionKey.ofLatin(t.text());
    }
}
