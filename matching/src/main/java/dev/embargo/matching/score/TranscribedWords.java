package dev.embargo.matching.score;

import dev.embargo.matching.ScoringPolicy;
import dev.embargo.matching.name.Token;
import dev.embargo.matching.text.TranscriptionKey;

/**
 * A word of a transcribed reading (katakana, Chinese transcription characters) against a word of another name,
 * through {@link TranscriptionKey}: the Latin word's key made from its spelling, the transcription's from its
 * reading. Graded by the keys' distance and length; the grades and their reasons: {@link
 * ScoringPolicy.Transcription}.
 */
final class TranscribedWords {
    private static final ScoringPolicy.Transcription POLICY = ScoringPolicy.TRANSCRIPTION;

    private static final TokenSimilarity.Result SAME =
            new TokenSimilarity.Result(POLICY.sameKey(), MatchRule.TRANSLITERATION);
    private static final TokenSimilarity.Result SAME_SHORT =
            new TokenSimilarity.Result(POLICY.sameShortKey(), MatchRule.TRANSLITERATION);
    private static final TokenSimilarity.Result CONFUSED =
            new TokenSimilarity.Result(POLICY.confusedKey(), MatchRule.PHONETIC);
    private static final TokenSimilarity.Result CLOSE =
            new TokenSimilarity.Result(POLICY.closeKey(), MatchRule.PHONETIC);
    private static final TokenSimilarity.Result CLOSE_FOUR =
            new TokenSimilarity.Result(POLICY.closeFourKey(), MatchRule.PHONETIC);
    private static final TokenSimilarity.Result CLOSE_SHORT =
            new TokenSimilarity.Result(POLICY.closeShortKey(), MatchRule.PHONETIC);
    private static final TokenSimilarity.Result EMPTY =
            new TokenSimilarity.Result(POLICY.noConsonants(), MatchRule.PHONETIC);

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
        if (TranscriptionKey.isStrict(q.skeleton()) || TranscriptionKey.isStrict(n.skeleton())) {
            // Khmer writes each consonant with a letter of its own (k, kh, g, t, th, d, p, ph, b, l, r, s, h
            // are all apart), so a name written in it loses none of what the key's classes keep: a consonant
            // class more, less or another is another name, not a transcription's loss. Only what the
            // standard's own readings confuse (a half edit: kh as h, an h not written) still pairs.
            return switch (halves) {
                case 0 -> longer >= 2 ? SAME : SAME_SHORT;
                case 1 -> longer >= 2 ? CONFUSED : TokenSimilarity.Result.NONE;
                default -> TokenSimilarity.Result.NONE;
            };
        }
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
