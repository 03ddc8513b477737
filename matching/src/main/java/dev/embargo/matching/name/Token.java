package dev.embargo.matching.name;

/**
 * One word of a normalised name.
 *
 * @param text        folded Latin form ("jong")
 * @param variant     romanisation-variant key: spellings of the same sound share it (jeong/chong/jong)
 * @param skeleton    consonant skeleton: vowels, y and w dropped, voicing merged; how vowelless scripts compare
 * @param kind        word, legal form, particle, initial or number
 * @param vowelless   the word came from a script that does not write short vowels (Arabic, Hebrew, Thai)
 * @param textLetters bit set of the letters a–z in {@code text}: two words whose sets differ in more than
 *                    2·k letters are more than k edits apart, which rules most pairs out without computing
 *                    an edit distance
 * @param variantLetters the same for {@code variant}
 * @param textHash    {@code text}'s hash code. This and the four below are kept beside the other fields: a
 *                    query compares its words with the words of a dozen listed names, most pairs differ, and
 *                    telling so from the token alone spares reading two more objects per word from memory (the
 *                    string and its characters), which would be most of the cost
 * @param variantHash  {@code variant}'s hash code
 * @param skeletonHash {@code skeleton}'s hash code
 * @param textLength   {@code text}'s length
 * @param variantLength {@code variant}'s length
 * @param nicknameForm how a nickname reading made the word: {@link #AS_WRITTEN} (not made so), {@link
 *                    #AS_ITS_GIVEN_NAME} or {@link #AS_GIVEN_NAME_OF_ITS_ROW} (see {@link #standsForAGivenNameWrittenOut})
 */
public record Token(
        String text,
        String variant,
        String skeleton,
        TokenKind kind,
        boolean vowelless,
        int textLetters,
        int variantLetters,
        int textHash,
        int variantHash,
        int skeletonHash,
        int textLength,
        int variantLength,
        int nicknameForm) {
    /** A word as the name writes it. */
    public static final int AS_WRITTEN = 0;
    /** A nickname with the key of a given name it stands for (Bob as Robert). */
    public static final int AS_ITS_GIVEN_NAME = 1;
    /**
     * A listed word with the key of a given name whose row in the nickname table holds it (Bill as William, by
     * william's row): it stands for a query of that given name written out.
     */
    public static final int AS_GIVEN_NAME_OF_ITS_ROW = 2;

    public Token(String text, String variant, String skeleton, TokenKind kind, boolean vowelless) {
        this(text, variant, skeleton, kind, vowelless, AS_WRITTEN);
    }

    public Token(String text, String variant, String skeleton, TokenKind kind, boolean vowelless, int nicknameForm) {
        this(
                text,
                variant,
                skeleton,
                kind,
                vowelless,
                letters(text),
                letters(variant),
                text.hashCode(),
                variant.hashCode(),
                skeleton.hashCode(),
                text.length(),
                variant.length(),
                nicknameForm);
    }

    /**
     * Whether this is a listed word read as a given name whose row holds it (Bill as William): it stands for a
     * query of that given name written out, and pairs only with a query word of its key written as such. Not with
     * a query's nickname read as its given name (Micky as Michael: Micky and Miguel, which michael's row holds,
     * are two forms of one name through the table's rows read backwards), nor by the edits of a key the word is
     * not written with (Micky against Mike for Miguel).
     */
    public boolean standsForAGivenNameWrittenOut() {
        return nicknameForm == AS_GIVEN_NAME_OF_ITS_ROW;
    }

    /** The same spelling as {@code other}. */
    public boolean sameText(Token other) {
        return textHash == other.textHash && textLength == other.textLength && text.equals(other.text);
    }

    /** The same romanisation-variant key as {@code other}. */
    public boolean sameVariant(Token other) {
        return variantHash == other.variantHash
                && variantLength == other.variantLength
                && variant.equals(other.variant);
    }

    /** The same consonant skeleton as {@code other}. */
    public boolean sameSkeleton(Token other) {
        return skeletonHash == other.skeletonHash && skeleton.equals(other.skeleton);
    }

    /** The word is its own variant key. */
    public boolean variantIsText() {
        return variantHash == textHash && variantLength == textLength && variant.equals(text);
    }

    /** The token of words written together ("kimjongun"): a plain word whatever its parts were. */
    public static Token joinedWords(String text, boolean vowelless) {
        return new Token(
                text,
                RomanizationVariants.variantKey(text),
                RomanizationVariants.skeleton(text),
                TokenKind.WORD,
                vowelless);
    }

    static int letters(String s) {
        int mask = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                mask |= 1 << (c - 'a');
            } else if (c >= '0' && c <= '9') {
                mask |= 1 << 26;
            } else {
                mask |= 1 << 27;
            }
        }
        return mask;
    }
}
