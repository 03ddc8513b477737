package dev.embargo.matching.score;

import dev.embargo.matching.name.Token;
import dev.embargo.matching.name.TokenKind;

/**
 * A name's words and joined words as fixed-size runs of ints in one array: what {@link NameScorer#bound}
 * needs to tell whether two words can pair at all (kind, the spelling's hash code, letter sets, lengths, first
 * letters), without reading the tokens and their strings. The words come first, then the joined pairs, then the joined
 * triples ({@link WeightedName}); a joined word of a number or legal form, which is not made, has kind
 * {@link #ABSENT}.
 */
final class TokenDigest {
    /** Ints per token. */
    static final int SIZE = 8;
    /** Kind of a joined word that was not made. */
    static final int ABSENT = 0xFF;

    private static final int KIND = 0;
    private static final int TEXT_HASH = 1;
    private static final int TEXT_LETTERS = 2;
    private static final int VARIANT_LETTERS = 3;
    private static final int TEXT_LENGTH = 4;
    private static final int VARIANT_LENGTH = 5;
    /** The spelling's first letter; the skeleton's is in the kind's int, above the kind and the flag. */
    private static final int TEXT_FIRST = 6;

    private static final int SKELETON_FIRST_SHIFT = 9;
    /** A word's weight (its float's bits); 0 for joined words, which weigh what their words weigh. */
    private static final int WEIGHT = 7;

    private static final int VOWELLESS = 1 << 8;
    /** No first letter: the string is empty. */
    private static final int NONE = 0x1FFFF;

    private static final int NUMBER = TokenKind.NUMBER.ordinal();
    private static final int LEGAL_FORM = TokenKind.LEGAL_FORM.ordinal();
    private static final int INITIAL = TokenKind.INITIAL.ordinal();

    private TokenDigest() {}

    static int[] of(Token[] words, float[] weights, Token[] joined2, Token[] joined3) {
        int[] d = new int[SIZE * (words.length + joined2.length + joined3.length)];
        setWeights(d, weights);
        int at = 0;
        for (Token[] tokens : new Token[][] {words, joined2, joined3}) {
            for (Token t : tokens) {
                put(d, at, t);
                at += SIZE;
            }
        }
        return d;
    }

    /** The same digest with the words weighing {@code weights} instead. */
    static int[] withWeights(int[] digest, float[] weights) {
        int[] d = digest.clone();
        setWeights(d, weights);
        return d;
    }

    /**
     * The index (in tokens, not ints) of the first joined word of {@code span} words in the digest of a name of
     * {@code words} words: its joined pairs follow its words, its joined triples its pairs.
     */
    static int joinedAt(int words, int span) {
        return span == 2 ? words : words + Math.max(0, words - 1);
    }

    /** Word {@code word}'s weight. */
    static float weight(int[] d, int word) {
        return Float.intBitsToFloat(d[word * SIZE + WEIGHT]);
    }

    private static void setWeights(int[] d, float[] weights) {
        for (int i = 0; i < weights.length; i++) {
            d[i * SIZE + WEIGHT] = Float.floatToRawIntBits(weights[i]);
        }
    }

    private static void put(int[] d, int at, Token t) {
        if (t == null) {
            d[at + KIND] = ABSENT;
            return;
        }
        d[at + KIND] =
                t.kind().ordinal() | (t.vowelless() ? VOWELLESS : 0) | first(t.skeleton()) << SKELETON_FIRST_SHIFT;
        d[at + TEXT_HASH] = t.textHash();
        d[at + TEXT_LETTERS] = t.textLetters();
        d[at + VARIANT_LETTERS] = t.variantLetters();
        d[at + TEXT_LENGTH] = t.textLength();
        d[at + VARIANT_LENGTH] = t.variantLength();
        d[at + TEXT_FIRST] = first(t.text());
    }

    private static int first(String s) {
        return s.isEmpty() ? NONE : s.charAt(0);
    }

    /**
     * Whether the words at {@code a} and {@code b} of {@code d} may be spelled alike: equal spellings have equal
     * hash codes, lengths and letter sets (unequal ones rarely do, and then this says yes, as a bound may).
     */
    static boolean maySpellAlike(int[] d, int a, int b) {
        return d[a + TEXT_HASH] == d[b + TEXT_HASH]
                && d[a + TEXT_LENGTH] == d[b + TEXT_LENGTH]
                && d[a + TEXT_LETTERS] == d[b + TEXT_LETTERS];
    }

    /** The hash code of the spelling of the word at {@code at}. */
    static int textHash(int[] d, int at) {
        return d[at + TEXT_HASH];
    }

    static int kind(int[] d, int at) {
        return d[at + KIND] & 0xFF;
    }

    private static boolean vowelless(int[] d, int at) {
        return (d[at + KIND] & VOWELLESS) != 0;
    }

    /**
     * Whether {@link TokenSimilarity#compare} may pair word {@code a} of {@code da} with word {@code b} of
     * {@code db} (offsets into the arrays): false only where compare surely finds no rule. Numbers pair only
     * when equal (told here by hash code and length), legal forms only with legal forms, other words only when
     * their spellings or their variant keys are within reach of an edit ({@link TokenSimilarity#mayBeClose}:
     * every exact, variant, edit and phonetic pair needs that, equal strings being closest of all); initials
     * and words of scripts without vowels are always given a chance.
     */
    static boolean mayPair(int[] da, int a, int[] db, int b) {
        int ka = kind(da, a);
        int kb = kind(db, b);
        if (ka == NUMBER || kb == NUMBER) {
            return ka == kb && da[a + TEXT_HASH] == db[b + TEXT_HASH] && da[a + TEXT_LENGTH] == db[b + TEXT_LENGTH];
        }
        if (ka == LEGAL_FORM || kb == LEGAL_FORM) {
            return ka == kb;
        }
        if (vowelless(da, a) || vowelless(db, b) || ka == INITIAL || kb == INITIAL) {
            return true;
        }
        return TokenSimilarity.mayBeClose(
                        da[a + TEXT_LETTERS], db[b + TEXT_LETTERS], da[a + TEXT_LENGTH], db[b + TEXT_LENGTH])
                || TokenSimilarity.mayBeClose(
                        da[a + VARIANT_LETTERS],
                        db[b + VARIANT_LETTERS],
                        da[a + VARIANT_LENGTH],
                        db[b + VARIANT_LENGTH]);
    }

    /**
     * Whether word {@code s} of {@code ds} may pair with the words written together {@code j} of {@code dj}
     * (which must not be {@link #ABSENT}), the first test of {@link NameScorer}'s joined pairs: words written
     * together start with the same letter (consonant, where vowels are not written) and are about as long.
     */
    static boolean mayPairJoined(int[] ds, int s, int[] dj, int j) {
        if (vowelless(ds, s) || vowelless(dj, j)) {
            int skeleton = ds[s + KIND] >>> SKELETON_FIRST_SHIFT;
            return skeleton != NONE && skeleton == dj[j + KIND] >>> SKELETON_FIRST_SHIFT;
        }
        int joinedFirst = dj[j + TEXT_FIRST];
        int singleFirst = ds[s + TEXT_FIRST];
        int longer = dj[j + TEXT_LENGTH] - ds[s + TEXT_LENGTH];
        // Or the article written apart and the name after it, against the two as one word without the article's
        // vowel (Al-Azhar / Lazhar: ArabicVowels.elidedArticle) or with it said as the letter after it (El Sayed /
        // Essayed: ArabicVowels.assimilatedArticleApart).
        boolean article = joinedFirst == 'a' || joinedFirst == 'e';
        return Math.abs(longer) <= 3
                && (joinedFirst == singleFirst
                        || article && (singleFirst == 'a' || singleFirst == 'e')
                        || article && singleFirst == 'l' && (longer == 1 || longer == 2));
    }
}
